// The `importlib` module: import_module (with relative names), reload and
// invalidate_caches, over the runtime's import system.
#include <string>

#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

Ref importlib_import_module(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"name", "package"};
  static const ArgSpec spec = {"import_module", names, 2, 0, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  if (!is_str(a[0])) return raise(exc::TypeError, "module name must be str");
  std::string name = str_to_std(a[0].as<Str>());
  size_t level = name.find_first_not_of('.');
  if (level == std::string::npos) level = name.size();
  if (level == 0) return import_module(name);
  if (a[1].is_null() || a[1].is_none()) {
    return raise(exc::TypeError, "the 'package' argument is required to perform a relative import for '" + name + "'");
  }
  // A relative name resolves against `package` as __import__ does; a
  // fromlist naming an attribute every module has makes __import__ return
  // the module itself without importing anything more.
  Ref globals = Ref::steal(static_cast<Object*>(dict_new()));
  Ref leaf = str_from_utf8(name.substr(level));
  if (!globals || !leaf || dict_set_str(globals.as<Dict>(), "__package__", a[1]) < 0) return nullptr;
  Ref fromlist = tuple_pack({Value::object(intern("__name__"))});
  if (!fromlist) return nullptr;
  return import_module_level(leaf.as<Str>(), globals.get(), fromlist.get(), static_cast<int64_t>(level));
}

Ref importlib_reload(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("reload", kwnames) || !check_arg_count("reload", nargs, 1, 1)) return nullptr;
  if (!is_module(args[0])) return raise(exc::TypeError, "reload() argument must be a module");
  return reload_module(args[0]);
}

Ref importlib_invalidate_caches(Value, const Value*, size_t, Tuple*) { return Ref::none(); }

const MethodDef kImportlibFunctions[] = {
    {"import_module", importlib_import_module, kMethodInstance, "Import a module."},
    {"reload", importlib_reload, kMethodInstance, "Reload the module and return it."},
    {"invalidate_caches", importlib_invalidate_caches, kMethodInstance, "Call the invalidate_caches() method on all meta path finders."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_importlib_module() {
  Ref module = module_new("importlib", true);
  if (!module || module_add_functions(module.get(), kImportlibFunctions) < 0) return nullptr;
  return module;
}

}  // namespace taipan
