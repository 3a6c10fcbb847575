// The `_imp` module: what CPython's importlib._bootstrap and
// _bootstrap_external ask of the interpreter — built-in modules (Taipan's
// native modules), frozen modules (CPython's, compiled from the library:
// runtime/frozen_modules.h), extension modules (none: Taipan cannot load
// CPython's C extensions), the import lock and source hashes.
#include <cstring>
#include <string>

#include "compiler/code.h"
#include "modules/modules.h"
#include "modules/sys.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/hash_bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/frozen_modules.h"
#include "runtime/import.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

const NativeModule* native_module(std::string_view name) {
  for (size_t i = 0; i < kNativeModuleCount; ++i) {
    if (name == kNativeModules[i].name) return &kNativeModules[i];
  }
  return nullptr;
}

bool is_core_module(std::string_view name) { return name == "sys" || name == "builtins"; }

bool name_arg(const char* function, const Value* args, size_t nargs, Tuple* kwnames, std::string* out) {
  if (!no_keywords(function, kwnames) || !check_arg_count(function, nargs, 1, 1)) return false;
  if (!is_str(args[0])) {
    raise(exc::TypeError, std::string(function) + "() argument must be str, not " + type_name_of(args[0]));
    return false;
  }
  *out = str_to_std(args[0].as<Str>());
  return true;
}

// is_builtin(name): 1 for a native module, -1 for sys and builtins (which
// cannot be made again), 0 otherwise.
Ref imp_is_builtin(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string name;
  if (!name_arg("is_builtin", args, nargs, kwnames, &name)) return nullptr;
  if (is_core_module(name)) return Ref::small_int(-1);
  return Ref::small_int(native_module(name) != nullptr ? 1 : 0);
}

// create_builtin(spec): the module named spec.name, made by its native
// make function (sys and builtins are the running ones).
Ref imp_create_builtin(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("create_builtin", kwnames) || !check_arg_count("create_builtin", nargs, 1, 1)) return nullptr;
  Ref name = getattr(args[0], "name");
  if (!name) return nullptr;
  if (!is_str(name.get())) {
    return raise(exc::TypeError, std::string("name must be string, not ") + type_name_of(name.get()));
  }
  std::string text = str_to_std(name.as<Str>());
  if (is_core_module(text)) {
    Value existing = dict_get(sys_modules().as<Dict>(), name.get());
    if (!existing.is_null()) return Ref::borrow(existing);
  }
  const NativeModule* native = native_module(text);
  if (native == nullptr) return raise(exc::ImportError, "no built-in module named " + text);
  return native->make();
}

Ref imp_exec_module(Value, const Value*, size_t, Tuple*) { return Ref::small_int(0); }

Ref imp_false(Value, const Value*, size_t, Tuple*) { return Ref::boolean(false); }

Ref imp_none(Value, const Value*, size_t, Tuple*) { return Ref::none(); }

Ref imp_no_frozen(Value, const Value* args, size_t nargs, Tuple*) {
  Ref text = nargs > 0 ? repr(args[0]) : str_from_utf8("''");
  if (!text) return nullptr;
  return raise(exc::ImportError, "No such frozen object named " + str_to_std(text.as<Str>()));
}

// The frozen module `name` names (the function's one str argument), or
// null: with ImportError when `must_exist`.
bool frozen_arg(const char* function, const Value* args, size_t nargs, Tuple* kwnames, bool must_exist,
                const FrozenModule** out) {
  std::string name;
  if (!name_arg(function, args, nargs, kwnames, &name)) return false;
  *out = find_frozen_module(name);
  if (*out == nullptr && must_exist) {
    imp_no_frozen(Value::none(), args, nargs, kwnames);
    return false;
  }
  return true;
}

Ref imp_is_frozen(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  const FrozenModule* frozen;
  if (!frozen_arg("is_frozen", args, nargs, kwnames, false, &frozen)) return nullptr;
  return Ref::boolean(frozen != nullptr);
}

Ref imp_is_frozen_package(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  const FrozenModule* frozen;
  if (!frozen_arg("is_frozen_package", args, nargs, kwnames, true, &frozen)) return nullptr;
  return Ref::boolean(frozen->package);
}

// find_frozen(name, *, withdata=False): (data, ispkg, origname) or None. The
// data (CPython's marshalled code) is always None: Taipan compiles the
// source when get_frozen_object asks.
Ref imp_find_frozen(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"name", "withdata"};
  static const ArgSpec spec = {"find_frozen", names, 2, 1, 1, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  const FrozenModule* frozen;
  if (!frozen_arg("find_frozen", a, 1, nullptr, false, &frozen)) return nullptr;
  if (frozen == nullptr) return Ref::none();
  Ref origname = str_from_utf8(frozen->origname);
  if (!origname) return nullptr;
  return tuple_pack({Value::none(), Value::boolean(frozen->package), origname.get()});
}

Ref imp_get_frozen_object(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"name", "data"};
  static const ArgSpec spec = {"get_frozen_object", names, 2, 2, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  const FrozenModule* frozen;
  if (!frozen_arg("get_frozen_object", a, 1, nullptr, true, &frozen)) return nullptr;
  Ref code = frozen_module_code(frozen->name);
  if (!code && !error_occurred()) return imp_no_frozen(Value::none(), a, 1, nullptr);
  return code;
}

Ref imp_extension_suffixes(Value, const Value*, size_t, Tuple*) {
  return Ref::steal(static_cast<Object*>(list_new(0)));
}

Ref imp_frozen_module_names(Value, const Value*, size_t, Tuple*) {
  Ref names = Ref::steal(static_cast<Object*>(list_new(0)));
  if (!names) return nullptr;
  for (const FrozenModule& m : frozen_modules()) {
    Ref name = str_from_utf8(m.name);
    if (!name || list_append(names.as<List>(), name.get()) < 0) return nullptr;
  }
  return names;
}

Ref imp_create_dynamic(Value, const Value* args, size_t nargs, Tuple*) {
  Ref name = nargs > 0 ? getattr(args[0], "name") : str_from_utf8("?");
  if (!name) return nullptr;
  Ref text = str(name.get());
  if (!text) return nullptr;
  return raise(exc::ImportError, "taipan cannot load the C extension module " + str_to_std(text.as<Str>()));
}

Ref imp_fix_co_filename(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_fix_co_filename", kwnames) || !check_arg_count("_fix_co_filename", nargs, 2, 2)) return nullptr;
  if (type_of(args[0]) != &code_type) {
    return raise(exc::TypeError, std::string("_fix_co_filename() argument 1 must be code, not ") + type_name_of(args[0]));
  }
  if (!is_str(args[1])) {
    return raise(exc::TypeError, std::string("_fix_co_filename() argument 2 must be str, not ") + type_name_of(args[1]));
  }
  code_set_filename(args[0].as<Code>(), args[1]);
  return Ref::none();
}

// source_hash(key, source): SipHash-1-3 of the source keyed by (key, 0),
// as 8 little-endian bytes (hash-based .pyc files).
Ref imp_source_hash(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"key", "source"};
  static const ArgSpec spec = {"source_hash", names, 2, 2, 0};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  int64_t key;
  if (!int_to_int64(a[0], &key)) return nullptr;
  Buffer source;
  if (!require_buffer(a[1], &source)) return nullptr;
  uint64_t h = siphash13(static_cast<uint64_t>(key), 0, source.data.data(), source.data.size());
  char out[8];
  for (int i = 0; i < 8; ++i) out[i] = static_cast<char>(h >> (8 * i));
  return bytes_from_string(std::string_view(out, 8));
}

const MethodDef kImpFunctions[] = {
    {"is_builtin", imp_is_builtin, kMethodInstance, "Returns True if the module name corresponds to a built-in module."},
    {"create_builtin", imp_create_builtin, kMethodInstance, "Create an extension module."},
    {"exec_builtin", imp_exec_module, kMethodInstance, "Initialize a built-in module."},
    {"exec_dynamic", imp_exec_module, kMethodInstance, "Initialize an extension module."},
    {"create_dynamic", imp_create_dynamic, kMethodInstance, "Create an extension module."},
    {"is_frozen", imp_is_frozen, kMethodInstance, "Returns True if the module name corresponds to a frozen module."},
    {"is_frozen_package", imp_is_frozen_package, kMethodInstance, "Returns True if the module name is of a frozen package."},
    {"find_frozen", imp_find_frozen, kMethodInstance, "Return info about the corresponding frozen module (if there is one) or None."},
    {"get_frozen_object", imp_get_frozen_object, kMethodInstance, "Create a code object for a frozen module."},
    {"init_frozen", imp_no_frozen, kMethodInstance, "Initializes a frozen module."},
    {"_frozen_module_names", imp_frozen_module_names, kMethodInstance, "Returns the list of available frozen modules."},
    {"_override_frozen_modules_for_tests", imp_none, kMethodInstance, nullptr},
    {"acquire_lock", imp_none, kMethodInstance, "Acquires the interpreter's import lock for the current thread."},
    {"release_lock", imp_none, kMethodInstance, "Release the interpreter's import lock."},
    {"lock_held", imp_false, kMethodInstance, "Return True if the import lock is currently held, else False."},
    {"extension_suffixes", imp_extension_suffixes, kMethodInstance, "Returns the list of file suffixes used to identify extension modules."},
    {"_fix_co_filename", imp_fix_co_filename, kMethodInstance, "Changes code.co_filename to specify the passed-in file path."},
    {"source_hash", imp_source_hash, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_imp_module() {
  Ref module = module_new("_imp", true);
  if (!module || module_add_functions(module.get(), kImpFunctions) < 0) return nullptr;
  Ref check = str_from_utf8("default");
  if (!check || module_add(module.get(), "check_hash_based_pycs", check.get()) < 0) return nullptr;
  return module;
}

}  // namespace taipan
