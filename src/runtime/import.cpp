// The import system. A module is looked for, in order, in sys.modules, the
// native modules (modules.h), then along the search path: sys.path for
// top-level names (the embedded lib/ right after the script's folder) or the
// parent package's __path__ for submodules. In each folder a package
// (NAME/__init__.py) wins over a module (NAME.py). The module object is in
// sys.modules before its code runs, so circular imports see it partially
// initialised, as in CPython.
#include "runtime/import.h"

#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/code.h"
#include "compiler/compile.h"
#include "modules/modules.h"
#include "modules/sys.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/namespace.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/code_cache.h"
#include "runtime/embedded_lib.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/frozen_modules.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "runtime/version.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/gil.h"
#include "vm/thread_state.h"

namespace taipan {

namespace {

// The embedded library shows up as this folder in __file__ and __path__.
constexpr std::string_view kEmbeddedRoot = "<taipan-lib>";

const std::unordered_map<std::string_view, std::string_view>& embedded_files() {
  static const auto* files = [] {
    auto* map = new std::unordered_map<std::string_view, std::string_view>();
    for (size_t i = 0; i < kEmbeddedLibCount; ++i) (*map)[kEmbeddedLib[i].path] = kEmbeddedLib[i].source;
    return map;
  }();
  return *files;
}

// --- ModuleSpec: the minimal __spec__ ----------------------------------------------

struct ModuleSpec : Object {
  Dict* dict;
};

Type module_spec_type;

void spec_traverse(Object* self, VisitFn visit, void* arg) {
  Dict* d = static_cast<ModuleSpec*>(self)->dict;
  if (d != nullptr) visit(Value::object(d), arg);
}

void spec_clear(Object* self) {
  ModuleSpec* s = static_cast<ModuleSpec*>(self);
  Dict* d = s->dict;
  s->dict = nullptr;
  if (d != nullptr) decref(static_cast<Object*>(d));
}

void spec_dealloc(Object* self) {
  spec_clear(self);
  free_object(self);
}

Ref spec_repr(Value self) {
  Dict* d = self.as<ModuleSpec>()->dict;
  std::string out = "ModuleSpec(";
  bool first = true;
  for (const char* key : {"name", "loader", "origin"}) {
    Value v = dict_get_str(d, intern(key));
    if (v.is_null()) continue;
    Ref r = repr(v);
    if (!r) return nullptr;
    out += std::string(first ? "" : ", ") + key + "=" + str_to_std(r.as<Str>());
    first = false;
  }
  return str_from_utf8(out + ")");
}

// Where a module's code comes from.
struct Found {
  const NativeModule* native = nullptr;
  std::string source;       // the embedded library's text; files are read when loaded
  std::string file;         // __file__ (source modules)
  std::string package_dir;  // the folder of a package, for __path__; empty for modules
  // Folders named like the module but without __init__.py: a namespace
  // package (PEP 420) when nothing else matches.
  std::vector<std::string> namespace_dirs;
  bool is_namespace = false;
  // Found by the finder a sys.path_hooks entry made for a path entry that is
  // not a folder (a zip archive): its ModuleSpec, loaded as importlib does.
  Ref hook_spec;
  // One of CPython's frozen modules (compiled from `file` all the same).
  const FrozenModule* frozen = nullptr;
};

// The name a found module's code carries: "<frozen os>" for the modules
// CPython freezes, else its file.
std::string code_name_of(const Found& found) {
  return found.frozen != nullptr ? frozen_code_name(*found.frozen) : found.file;
}

Ref make_spec(std::string_view name, const Found& found) {
  ModuleSpec* spec = new_object<ModuleSpec>(&module_spec_type);
  if (spec == nullptr) return nullptr;
  Ref result = Ref::steal(static_cast<Object*>(spec));
  spec->dict = dict_new();
  if (spec->dict == nullptr) return nullptr;
  bool package = !found.package_dir.empty();
  size_t dot = name.rfind('.');
  std::string_view parent = package ? name : dot == std::string_view::npos ? "" : name.substr(0, dot);
  Ref name_str = str_from_utf8(name);
  Ref origin = found.is_namespace    ? Ref::none()
               : found.native != nullptr ? str_from_utf8("built-in")
               : found.frozen != nullptr ? str_from_utf8("frozen")
                                         : str_from_utf8(found.file);
  Ref parent_str = str_from_utf8(parent);
  if (!name_str || !origin || !parent_str) return nullptr;
  Ref locations = Ref::none();
  if (package) {
    locations = Ref::steal(static_cast<Object*>(list_new(0)));
    if (!locations) return nullptr;
    std::vector<std::string> dirs = found.is_namespace ? found.namespace_dirs : std::vector<std::string>{found.package_dir};
    for (const std::string& d : dirs) {
      Ref dir = str_from_utf8(d);
      if (!dir || list_append(locations.as<List>(), dir.get()) < 0) return nullptr;
    }
  }
  Dict* d = spec->dict;
  if (dict_set_str(d, "name", name_str.get()) < 0 || dict_set_str(d, "loader", Value::none()) < 0 ||
      dict_set_str(d, "origin", origin.get()) < 0 || dict_set_str(d, "parent", parent_str.get()) < 0 ||
      dict_set_str(d, "submodule_search_locations", locations.get()) < 0 ||
      dict_set_str(d, "has_location",
                   Value::boolean(found.native == nullptr && found.frozen == nullptr && !found.is_namespace)) < 0 ||
      dict_set_str(d, "cached", Value::none()) < 0) {
    return nullptr;
  }
  if (found.frozen != nullptr) {
    // What FrozenImporter keeps (importlib's _setup checks it).
    Ref state_fields = Ref::steal(static_cast<Object*>(dict_new()));
    Ref file = str_from_utf8(found.file);
    Ref origname = str_from_utf8(found.frozen->origname);
    if (!state_fields || !file || !origname || dict_set_str(state_fields.as<Dict>(), "filename", file.get()) < 0 ||
        dict_set_str(state_fields.as<Dict>(), "origname", origname.get()) < 0) {
      return nullptr;
    }
    Ref state = namespace_from_dict(state_fields.as<Dict>());
    if (!state || dict_set_str(d, "loader_state", state.get()) < 0) return nullptr;
  }
  return result;
}

// --- Finding -------------------------------------------------------------------

bool is_regular_file(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool is_directory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool read_text(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return true;
}

std::string absolute_folder(std::string_view entry) {
  if (!entry.empty() && entry[0] == '/') return std::string(entry);
  char buf[PATH_MAX];
  std::string cwd = getcwd(buf, sizeof buf) != nullptr ? buf : ".";
  return entry.empty() ? cwd : cwd + "/" + std::string(entry);
}

bool find_in_embedded(std::string_view entry, std::string_view leaf, Found* out) {
  std::string_view rel = entry.substr(kEmbeddedRoot.size());
  if (!rel.empty() && rel[0] == '/') rel.remove_prefix(1);
  std::string prefix = rel.empty() ? "" : std::string(rel) + "/";
  const auto& files = embedded_files();
  std::string package = prefix + std::string(leaf) + "/__init__.py";
  std::string module = prefix + std::string(leaf) + ".py";
  for (bool is_package : {true, false}) {
    const std::string& candidate = is_package ? package : module;
    auto found = files.find(candidate);
    if (found == files.end()) continue;
    out->source = std::string(found->second);
    out->file = std::string(kEmbeddedRoot) + "/" + candidate;
    if (is_package) out->package_dir = std::string(kEmbeddedRoot) + "/" + prefix + std::string(leaf);
    return true;
  }
  return false;
}

bool find_in_folder(std::string_view entry, std::string_view leaf, Found* out) {
  if (entry.substr(0, kEmbeddedRoot.size()) == kEmbeddedRoot) return find_in_embedded(entry, leaf, out);
  std::string folder = absolute_folder(entry);
  std::string package_dir = folder + "/" + std::string(leaf);
  std::string init = package_dir + "/__init__.py";
  if (is_regular_file(init)) {
    out->file = init;
    out->package_dir = package_dir;
    return true;
  }
  std::string module = package_dir + ".py";
  if (is_regular_file(module)) {
    out->file = module;
    return true;
  }
  if (is_directory(package_dir)) out->namespace_dirs.push_back(package_dir);
  return false;
}

// CPython's import system in Python, which CPython freezes into its binary
// under these names: Taipan loads them from the library's importlib folder
// when importlib is first imported.
constexpr std::string_view kFrozenBootstrap = "_frozen_importlib";
constexpr std::string_view kFrozenBootstrapExternal = "_frozen_importlib_external";

// The library folder (PREFIX/lib/python3.11), from sys.base_prefix.
bool stdlib_dir(std::string* out) {
  Value prefix = sys_attr("base_prefix");
  if (prefix.is_null() || !is_str(prefix)) return false;
  *out = str_to_std(prefix.as<Str>()) + kLibrarySubdir;
  return true;
}

// One of the modules CPython freezes, compiled from the library's source.
bool find_frozen(std::string_view fullname, Found* out) {
  const FrozenModule* frozen = find_frozen_module(fullname);
  std::string library;
  if (frozen == nullptr || !stdlib_dir(&library)) return false;
  std::string file = frozen_source_file(*frozen, library);
  if (!is_regular_file(file)) return false;
  out->file = std::move(file);
  if (frozen->package) out->package_dir = out->file.substr(0, out->file.rfind('/'));
  out->frozen = frozen;
  return true;
}

Ref import_absolute(std::string_view fullname);

// The finder sys.path_hooks make for a path entry (cached in
// sys.path_importer_cache, None there when no hook takes it), as CPython's
// PathFinder gets it. Null with no exception when there is none.
Ref path_entry_finder(Value entry) {
  Value cache = sys_attr("path_importer_cache");
  Dict* cache_dict = !cache.is_null() && is_dict(cache) ? cache.as<Dict>() : nullptr;
  if (cache_dict != nullptr) {
    Value cached = dict_get(cache_dict, entry);
    if (!cached.is_null()) return cached.is_none() ? nullptr : Ref::borrow(cached);
    if (error_occurred()) return nullptr;
  }
  Value hooks = sys_attr("path_hooks");
  if (hooks.is_null() || !is_list(hooks)) return nullptr;
  if (hooks.as<List>()->size == 0) {
    // The hooks come with importlib, loaded on first need: an archive on
    // the path is one (while importlib itself is looked for, there are none).
    static bool loading_importlib = false;
    if (loading_importlib || !is_regular_file(str_to_std(entry.as<Str>()))) return nullptr;
    loading_importlib = true;
    Ref importlib = import_absolute("importlib");
    loading_importlib = false;
    if (!importlib) return nullptr;
    hooks = sys_attr("path_hooks");
    if (hooks.is_null() || !is_list(hooks) || hooks.as<List>()->size == 0) return nullptr;
  }
  Ref copy = list_from_iterable(hooks);  // a hook may change the list
  if (!copy) return nullptr;
  Ref finder = Ref::none();
  for (int64_t i = 0; i < copy.as<List>()->size; ++i) {
    Ref made = call(copy.as<List>()->items[i], {entry});
    if (made) {
      finder = std::move(made);
      break;
    }
    if (!error_matches(exc::ImportError)) return nullptr;
    clear_error();
  }
  if (cache_dict != nullptr && dict_set(cache_dict, entry, finder.get()) < 0) return nullptr;
  return finder.get().is_none() ? nullptr : finder;
}

// A module under a path entry that is not a folder (a zip archive on
// sys.path, or a package inside one): asks the entry's path-hook finder.
// False with an exception set when a finder fails.
bool find_with_path_hook(Value entry, std::string_view fullname, Found* out) {
  if (is_directory(str_to_std(entry.as<Str>()))) return false;  // the native search covers folders
  Ref finder = path_entry_finder(entry);
  if (!finder) return false;
  Ref name = str_from_utf8(fullname);
  if (!name) return false;
  Ref spec = call_method(finder.get(), "find_spec", {name.get()});
  if (!spec || spec.get().is_none()) return false;
  Ref loader = getattr(spec.get(), "loader");
  if (!loader) return false;
  if (loader.get().is_none()) return false;  // a namespace portion: not supported here
  out->hook_spec = std::move(spec);
  return true;
}

// Searches `path` (a list of folder names, borrowed), or for a top-level
// name the native modules, the frozen importlib modules and then sys.path
// with the embedded lib after its first entry.
bool find_module(std::string_view fullname, Value path, Found* out) {
  size_t dot = fullname.rfind('.');
  std::string_view leaf = dot == std::string_view::npos ? fullname : fullname.substr(dot + 1);
  bool top_level = path.is_null();
  if (top_level) {
    for (size_t i = 0; i < kNativeModuleCount; ++i) {
      if (fullname == kNativeModules[i].name) {
        out->native = &kNativeModules[i];
        return true;
      }
    }
  }
  if (find_frozen(fullname, out)) return true;
  if (top_level) path = sys_attr("path");
  int64_t n = is_list(path) ? path.as<List>()->size : 0;
  for (int64_t i = 0; i < n; ++i) {
    Value entry = path.as<List>()->items[i];
    if (is_str(entry) && find_in_folder(str_utf8(entry.as<Str>()), leaf, out)) return true;
    if (is_str(entry) && find_with_path_hook(entry, fullname, out)) return true;
    if (error_occurred()) return false;
    if (top_level && i == 0 && find_in_folder(kEmbeddedRoot, leaf, out)) return true;
  }
  if (top_level && n == 0 && find_in_folder(kEmbeddedRoot, leaf, out)) return true;
  if (out->namespace_dirs.empty()) return false;
  out->is_namespace = true;
  out->package_dir = out->namespace_dirs[0];
  return true;
}

// --- Loading -------------------------------------------------------------------

Dict* modules_dict() { return sys_modules().as<Dict>(); }

Ref raise_not_found(std::string_view message, std::string_view name) {
  Ref msg = str_from_utf8(message);
  Ref name_str = str_from_utf8(name);
  if (!msg || !name_str) return nullptr;
  Value arg = msg.get();
  Ref e = make_exception(exc::ModuleNotFoundError, &arg, 1);
  if (!e) return nullptr;
  e.as<ImportErrorObject>()->name = name_str.release();
  return raise_value(e.get());
}

// The code of a module found on disk, named `code_name` (its file, or
// "<frozen NAME>"): from the code cache, or compiled from its source (and
// then cached).
Ref code_of_file(const std::string& file, const std::string& code_name) {
  SourceStamp stamp;
  bool stamped = source_stamp(file, &stamp);
  if (stamped) {
    Ref cached = code_cache_load(file, code_name, stamp);
    if (cached) return cached;
  }
  std::string source;
  if (!read_text(file, &source)) {
    Ref name = str_from_utf8(file);
    return name ? raise_os_error(errno, name.get()) : nullptr;
  }
  Ref code = compile_source(source, code_name, CompileMode::Exec);
  if (code && stamped) code_cache_store(file, stamp, code.get());
  return code;
}

// Runs a found module's code in `module`.
Ref exec_found_in_module(const Found& found, Value module) {
  if (found.file.substr(0, kEmbeddedRoot.size()) == kEmbeddedRoot) {
    return exec_source_in_module(found.source, found.file, module);
  }
  Ref code = code_of_file(found.file, code_name_of(found));
  if (!code) return nullptr;
  return exec_code_in_module(code.get(), found.file, module);
}

// Once importlib is loaded, modules get its ModuleSpec and loader objects,
// as in CPython: a SourceFileLoader for files, BuiltinImporter for native
// modules. Null with no exception when importlib is not loaded (or the
// module is one it has no spec for); the native ModuleSpec serves then.
Ref importlib_spec(std::string_view name, const Found& found) {
  Value modules = sys_modules();
  Value external = dict_get_str(modules.as<Dict>(), intern(kFrozenBootstrapExternal));
  Value bootstrap = dict_get_str(modules.as<Dict>(), intern(kFrozenBootstrap));
  if (external.is_null() || bootstrap.is_null() || found.is_namespace) return nullptr;
  bool embedded = found.file.substr(0, kEmbeddedRoot.size()) == kEmbeddedRoot;
  if (found.native == nullptr && embedded) return nullptr;
  Ref name_str = str_from_utf8(name);
  if (!name_str) return nullptr;
  if (found.native != nullptr || found.frozen != nullptr) {
    Ref importer = getattr(bootstrap, found.native != nullptr ? "BuiltinImporter" : "FrozenImporter");
    return importer ? call_method(importer.get(), "find_spec", {name_str.get()}) : nullptr;
  }
  // spec_from_file_location tells a package by its __init__.py, as FileFinder.
  Ref file = str_from_utf8(found.file);
  Ref from_file = getattr(external, "spec_from_file_location");
  if (!file || !from_file) return nullptr;
  return call(from_file.get(), {name_str.get(), file.get()});
}

// The module's spec: importlib's when it is loaded, else the native one.
Ref spec_for(std::string_view name, const Found& found) {
  Ref spec = importlib_spec(name, found);
  if (spec && !spec.get().is_none()) return spec;
  if (error_occurred()) return nullptr;
  return make_spec(name, found);
}

// __spec__ and, from it, __loader__ (and __cached__ for files).
int set_spec_attributes(Value module, Value spec) {
  if (setattr(module, intern("__spec__"), spec) < 0) return -1;
  if (type_of(spec) == &module_spec_type) return 0;
  Ref loader = getattr(spec, "loader");
  if (!loader || setattr(module, intern("__loader__"), loader.get()) < 0) return -1;
  Ref has_location = getattr(spec, "has_location");
  if (!has_location) return -1;
  if (!has_location.get().is_true()) return 0;
  Ref cached = getattr(spec, "cached");
  if (!cached) {
    clear_error();
    return 0;
  }
  return setattr(module, intern("__cached__"), cached.get());
}

Ref load_source_module(std::string_view fullname, const Found& found) {
  Ref module = module_new(fullname);
  if (!module) return nullptr;
  Value m = module.get();
  bool package = !found.package_dir.empty();
  size_t dot = fullname.rfind('.');
  std::string_view parent = package ? fullname : dot == std::string_view::npos ? "" : fullname.substr(0, dot);
  Ref package_name = str_from_utf8(parent);
  Ref spec = spec_for(fullname, found);
  if (!package_name || !spec) return nullptr;
  if (module_add(m, "__package__", package_name.get()) < 0 || set_spec_attributes(m, spec.get()) < 0) {
    return nullptr;
  }
  if (package) {
    Ref path = getattr(spec.get(), "submodule_search_locations");
    if (!path || module_add(m, "__path__", path.get()) < 0) return nullptr;
  }
  if (found.is_namespace && module_add(m, "__file__", Value::none()) < 0) return nullptr;
  Ref key = str_from_utf8(fullname);
  if (!key || dict_set(modules_dict(), key.get(), m) < 0) return nullptr;
  // __spec__._initializing tells "partially initialized module" apart for
  // the errors of circular imports.
  Str* initializing = INTERNED("_initializing");
  if (setattr(spec.get(), initializing, Value::true_()) < 0) return nullptr;
  bool ok = found.is_namespace || static_cast<bool>(exec_found_in_module(found, m));
  Ref error = fetch_error();
  if (setattr(spec.get(), initializing, Value::false_()) < 0) clear_error();
  if (!ok) {
    if (dict_get(modules_dict(), key.get()) == m && dict_del(modules_dict(), key.get()) < 0) clear_error();
    restore_error(std::move(error));
    return nullptr;
  }
  Value loaded = dict_get(modules_dict(), key.get());
  if (loaded.is_null()) {
    if (!error_occurred()) raise(exc::ImportError, "Loaded module " + std::string(fullname) + " not found in sys.modules");
    return nullptr;
  }
  return Ref::borrow(loaded);
}

Ref load_native_module(std::string_view fullname, const NativeModule* native) {
  Ref module = native->make();
  if (!module) return nullptr;
  Found found;
  found.native = native;
  Ref spec = spec_for(fullname, found);
  if (!spec || set_spec_attributes(module.get(), spec.get()) < 0) return nullptr;
  if (dict_set_str(modules_dict(), fullname, module.get()) < 0) return nullptr;
  return module;
}

// A module already in sys.modules (new reference), null when absent; null
// with ModuleNotFoundError when sys.modules holds None for it.
Ref cached_module(std::string_view fullname) {
  Ref key = str_from_utf8(fullname);
  if (!key) return nullptr;
  Value m = dict_get(modules_dict(), key.get());
  if (m.is_null()) return nullptr;
  if (m.is_none()) {
    return raise_not_found("import of " + std::string(fullname) + " halted; None in sys.modules", fullname);
  }
  return Ref::borrow(m);
}

// Whether a sys.meta_path entry is one of importlib's own finders, which
// the native search stands for.
bool is_importlib_finder(Value finder) {
  Value owner = is_type(finder) ? finder : Value::object(type_of(finder));
  Ref module = getattr_optional(owner, intern("__module__"));
  if (!module) {
    if (error_occurred()) clear_error();
    return false;
  }
  if (!is_str(module.get())) return false;
  std::string_view name = str_utf8(module.as<Str>());
  return name == kFrozenBootstrap || name == kFrozenBootstrapExternal || name == "importlib._bootstrap" ||
         name == "importlib._bootstrap_external";
}

// Asks the meta path finders other than importlib's: with `before_native`
// those ahead of importlib's first finder (all of them when importlib is
// not loaded), else those after it. A spec found is loaded as importlib
// loads it. Null with no exception: none of them knows the module.
Ref import_with_finders(std::string_view fullname, Value path, bool before_native) {
  Value meta_path = sys_attr("meta_path");
  if (meta_path.is_null() || !is_list(meta_path) || meta_path.as<List>()->size == 0) return nullptr;
  Ref finders = list_from_iterable(meta_path);  // a copy: finders may change the list
  if (!finders) return nullptr;
  List* list = finders.as<List>();
  int64_t first_own = list->size;
  for (int64_t i = 0; i < list->size; ++i) {
    if (is_importlib_finder(list->items[i])) {
      first_own = i;
      break;
    }
  }
  int64_t from = before_native ? 0 : first_own, to = before_native ? first_own : list->size;
  Ref name = str_from_utf8(fullname);
  if (!name) return nullptr;
  for (int64_t i = from; i < to; ++i) {
    Value finder = list->items[i];
    if (is_importlib_finder(finder)) continue;
    Ref find_spec = getattr_optional(finder, intern("find_spec"));
    if (!find_spec) {
      if (error_occurred()) return nullptr;
      continue;
    }
    Ref spec = call(find_spec.get(), {name.get(), path.is_null() ? Value::none() : path, Value::none()});
    if (!spec) return nullptr;
    if (spec.get().is_none()) continue;
    Ref bootstrap = import_absolute(kFrozenBootstrap);
    if (!bootstrap) return nullptr;
    return call_method(bootstrap.get(), "_load_unlocked", {spec.get()});
  }
  return nullptr;
}

// importlib._bootstrap._find_and_load(name, import_) made native: the
// entry of importlib.import_module and of importlib's __import__, so they
// import through this import system as the `import` statement does.
Ref native_find_and_load(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_find_and_load", kwnames) || !check_arg_count("_find_and_load", nargs, 2, 2)) return nullptr;
  if (!is_str(args[0])) return raise(exc::TypeError, "module name must be str, not " + std::string(type_name_of(args[0])));
  return import_absolute(str_utf8(args[0].as<Str>()));
}

const MethodDef kFindAndLoadDef = {"_find_and_load", native_find_and_load, kMethodInstance, "Find and load the module."};

// Gives the source modules imported before importlib was loaded its specs
// and loaders.
int respec_loaded_modules() {
  Ref items = dict_items_list(modules_dict());
  if (!items) return -1;
  List* list = items.as<List>();
  for (int64_t i = 0; i < list->size; ++i) {
    Tuple* item = list->items[i].as<Tuple>();
    Value name = item->items[0], module = item->items[1];
    if (!is_str(name) || !is_module(module)) continue;
    Value spec = dict_get_str(module_dict(module), intern("__spec__"));
    if (spec.is_null() || type_of(spec) != &module_spec_type) continue;
    Found found;
    Dict* d = spec.as<ModuleSpec>()->dict;
    Value origin = dict_get_str(d, intern("origin"));
    Value locations = dict_get_str(d, intern("submodule_search_locations"));
    if (origin.is_null() || !is_str(origin)) continue;
    std::string file = str_to_std(origin.as<Str>());
    if (file == "built-in") {
      found.native = kNativeModules;  // any: only "native or not" matters here
    } else if (file == "frozen") {
      found.frozen = find_frozen_module(str_utf8(name.as<Str>()));
      if (found.frozen == nullptr) continue;
    } else {
      found.file = file;
      if (!locations.is_null() && is_list(locations) && locations.as<List>()->size > 0 &&
          is_str(locations.as<List>()->items[0])) {
        found.package_dir = str_to_std(locations.as<List>()->items[0].as<Str>());
      }
    }
    Ref fresh = importlib_spec(str_utf8(name.as<Str>()), found);
    if (!fresh) {
      if (error_occurred()) return -1;
      continue;
    }
    if (!fresh.get().is_none() && set_spec_attributes(module, fresh.get()) < 0) return -1;
  }
  return 0;
}

// zipimport's hook goes first in sys.path_hooks, as CPython's start-up puts
// it. zipimport imports importlib's bootstrap modules itself: when its import
// is what loads importlib, the hook is added once zipimport has loaded.
bool g_zip_hook_pending = false;

int install_zip_hook() {
  Ref zipimport = import_absolute("zipimport");
  if (!zipimport) return -1;
  Ref hook = getattr(zipimport.get(), "zipimporter");
  Value hooks = sys_attr("path_hooks");
  if (!hook || hooks.is_null() || !is_list(hooks)) return -1;
  return list_insert(hooks.as<List>(), 0, hook.get());
}

// After the frozen bootstrap module runs: importlib._bootstrap._install(sys,
// _imp) and its external importers, as CPython's start-up does, so
// sys.meta_path and sys.path_hooks hold importlib's finders.
int install_importlib(Value bootstrap) {
  Ref imp = import_absolute("_imp");
  if (!imp || !call_method(bootstrap, "_install", {sys_module(), imp.get()})) return -1;
  if (!call_method(bootstrap, "_install_external_importers", {})) return -1;
  if (!dict_get_str(modules_dict(), intern("zipimport")).is_null()) {
    g_zip_hook_pending = true;  // zipimport is being imported: see install_zip_hook
  } else if (install_zip_hook() < 0) {
    return -1;
  }
  Ref find_and_load = builtin_function_new(&kFindAndLoadDef, bootstrap);
  if (!find_and_load || setattr(bootstrap, intern("_find_and_load"), find_and_load.get()) < 0) return -1;
  return respec_loaded_modules();
}

// Imports under way in several threads (CPython's module locks): the
// thread (ThreadState::serial) running each module's import, and the module
// each blocked thread waits for. Used only once threads exist.
struct ImportLocks {
  std::unordered_map<std::string, uint64_t> owner;
  std::unordered_map<uint64_t, std::string> waiting;
};

ImportLocks& import_locks() {
  static auto* locks = new ImportLocks();  // lives as long as the process
  return *locks;
}

// Whether waiting for `owner` would close a cycle of threads waiting for
// each other's imports back to `me`.
bool import_would_deadlock(ImportLocks& locks, uint64_t owner, uint64_t me) {
  for (size_t hops = 0; hops <= locks.waiting.size(); ++hops) {
    if (owner == me) return true;
    auto w = locks.waiting.find(owner);
    if (w == locks.waiting.end()) return false;
    auto o = locks.owner.find(w->second);
    if (o == locks.owner.end()) return false;
    owner = o->second;
  }
  return true;
}

// Blocks (without the GIL) while another thread imports `fullname`, unless
// that would deadlock: then the partly initialised module is seen, as in
// CPython.
void wait_for_import(std::string_view fullname) {
  if (!g_threads_started) return;
  ImportLocks& locks = import_locks();
  uint64_t me = current_thread()->serial;
  std::string name(fullname);
  for (;;) {
    auto it = locks.owner.find(name);
    if (it == locks.owner.end() || import_would_deadlock(locks, it->second, me)) return;
    locks.waiting[me] = name;
    {
      AllowThreads allow;
      usleep(500);
    }
    locks.waiting.erase(me);
  }
}

// Marks `fullname` as being imported by this thread while it lives.
class ImportOwnership {
 public:
  explicit ImportOwnership(std::string_view fullname) : active_(g_threads_started) {
    if (active_) active_ = import_locks().owner.emplace(std::string(fullname), current_thread()->serial).second;
    if (active_) name_ = fullname;
  }
  ~ImportOwnership() {
    if (active_) import_locks().owner.erase(name_);
  }
  ImportOwnership(const ImportOwnership&) = delete;
  ImportOwnership& operator=(const ImportOwnership&) = delete;

 private:
  bool active_;
  std::string name_;
};

Ref import_absolute(std::string_view fullname) {
  wait_for_import(fullname);
  Ref cached = cached_module(fullname);
  if (cached || error_occurred()) return cached;
  size_t dot = fullname.rfind('.');
  Ref parent;
  Value search_path;
  Ref path_holder;
  if (dot != std::string_view::npos) {
    std::string_view parent_name = fullname.substr(0, dot);
    parent = import_absolute(parent_name);
    if (!parent) return nullptr;
    wait_for_import(fullname);
    cached = cached_module(fullname);
    if (cached || error_occurred()) return cached;
    path_holder = getattr_optional(parent.get(), intern("__path__"));
    if (!path_holder) {
      if (error_occurred()) return nullptr;
      return raise_not_found("No module named '" + std::string(fullname) + "'; '" + std::string(parent_name) +
                                 "' is not a package",
                             fullname);
    }
    search_path = path_holder.get();
  }
  ImportOwnership importing(fullname);
  Ref module = import_with_finders(fullname, search_path, true);
  if (!module) {
    if (error_occurred()) return nullptr;
    Found found;
    if (find_module(fullname, search_path, &found)) {
      if (found.hook_spec) {
        Ref bootstrap = import_absolute(kFrozenBootstrap);
        if (!bootstrap) return nullptr;
        module = call_method(bootstrap.get(), "_load_unlocked", {found.hook_spec.get()});
      } else {
        module = found.native != nullptr ? load_native_module(fullname, found.native)
                                         : load_source_module(fullname, found);
      }
      if (module && fullname == kFrozenBootstrap && install_importlib(module.get()) < 0) return nullptr;
    } else if (error_occurred()) {
      return nullptr;
    } else {
      module = import_with_finders(fullname, search_path, false);
      if (!module && !error_occurred()) {
        return raise_not_found("No module named '" + std::string(fullname) + "'", fullname);
      }
    }
  }
  if (!module) return nullptr;
  if (g_zip_hook_pending && fullname == "zipimport") {
    g_zip_hook_pending = false;
    if (install_zip_hook() < 0) return nullptr;
  }
  if (parent) {
    Ref leaf = str_from_utf8(fullname.substr(dot + 1));
    if (!leaf || setattr(parent.get(), leaf.as<Str>(), module.get()) < 0) return nullptr;
  }
  return module;
}

// The package a relative import starts from, from the importing globals.
bool package_of(Value globals, std::string* out) {
  if (!is_dict(globals)) {
    raise(exc::ImportError, "attempted relative import with no known parent package");
    return false;
  }
  Dict* g = globals.as<Dict>();
  Value package = dict_get_str(g, intern("__package__"));
  if (!package.is_null() && !package.is_none()) {
    if (!is_str(package)) {
      raise(exc::TypeError, "package must be a string");
      return false;
    }
    *out = str_to_std(package.as<Str>());
    return true;
  }
  Value spec = dict_get_str(g, intern("__spec__"));
  if (!spec.is_null() && !spec.is_none()) {
    Ref parent = getattr(spec, "parent");
    if (!parent) return false;
    if (is_str(parent.get())) {
      *out = str_to_std(parent.as<Str>());
      return true;
    }
  }
  Value name = dict_get_str(g, intern("__name__"));
  if (name.is_null() || !is_str(name)) {
    raise(exc::KeyError, "'__name__' not in globals");
    return false;
  }
  std::string module_name = str_to_std(name.as<Str>());
  if (!dict_get_str(g, intern("__path__")).is_null()) {
    *out = module_name;
  } else {
    size_t dot = module_name.rfind('.');
    *out = dot == std::string::npos ? "" : module_name.substr(0, dot);
  }
  return true;
}

bool resolve_name(std::string_view name, Value globals, int64_t level, std::string* out) {
  std::string package;
  if (!package_of(globals, &package)) return false;
  if (package.empty()) {
    raise(exc::ImportError, "attempted relative import with no known parent package");
    return false;
  }
  std::string base = package;
  for (int64_t i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) {
      raise(exc::ImportError, "attempted relative import beyond top-level package");
      return false;
    }
    base.resize(dot);
  }
  *out = name.empty() ? base : base + "." + std::string(name);
  return true;
}

// `from package import a, b`: names that are not attributes yet may be submodules.
int import_fromlist(Value module, std::string_view module_name, Value fromlist, bool recursive) {
  Ref items = list_from_iterable(fromlist);
  if (!items) return -1;
  List* l = items.as<List>();
  for (int64_t i = 0; i < l->size; ++i) {
    Value item = l->items[i];
    if (!is_str(item)) {
      return fail(exc::TypeError, std::string("Item in ") + std::string(module_name) +
                                      ".__all__ must be str, not " + type_name_of(item));
    }
    std::string_view sub = str_utf8(item.as<Str>());
    if (sub == "*") {
      if (recursive) continue;
      Ref all = getattr_optional(module, intern("__all__"));
      if (!all) {
        if (error_occurred()) return -1;
        continue;
      }
      if (import_fromlist(module, module_name, all.get(), true) < 0) return -1;
      continue;
    }
    Ref existing = getattr_optional(module, item.as<Str>());
    if (existing) continue;
    if (error_occurred()) return -1;
    std::string full = std::string(module_name) + "." + std::string(sub);
    Ref submodule = import_absolute(full);
    if (submodule) continue;
    if (error_matches(exc::ModuleNotFoundError)) {
      Value e = current_error();
      Value missing = e.as<ImportErrorObject>()->name;
      if (is_str(missing) && str_utf8(missing.as<Str>()) == full) {
        clear_error();
        continue;
      }
    }
    return -1;
  }
  return 0;
}

bool fromlist_is_empty(Value fromlist) {
  if (fromlist.is_null() || fromlist.is_none()) return true;
  if (is_tuple(fromlist)) return fromlist.as<Tuple>()->size == 0;
  if (is_list(fromlist)) return fromlist.as<List>()->size == 0;
  return false;
}

}  // namespace

int init_import() {
  Type* t = &module_spec_type;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = "ModuleSpec";
  t->basic_size = sizeof(ModuleSpec);
  t->flags = kTypeGC;
  t->dict_offset = sizeof(Object);
  t->dealloc = spec_dealloc;
  t->traverse = spec_traverse;
  t->clear = spec_clear;
  t->repr = spec_repr;
  t->getattr = generic_getattr;
  t->setattr = generic_setattr;
  return type_ready(t);
}

Ref exec_source_in_module(std::string_view source, std::string_view filename, Value module) {
  Ref code = compile_source(source, filename, CompileMode::Exec);
  if (!code) return nullptr;
  return exec_code_in_module(code.get(), filename, module);
}

Ref exec_code_in_module(Value code, std::string_view filename, Value module) {
  Dict* globals = module_dict(module);
  if (!filename.empty() && filename[0] != '<') {
    Ref file = str_from_utf8(filename);
    if (!file || dict_set_str(globals, "__file__", file.get()) < 0) return nullptr;
  }
  if (dict_get_str(globals, intern("__builtins__")).is_null() &&
      dict_set_str(globals, "__builtins__", Value::object(default_builtins())) < 0) {
    return nullptr;
  }
  return eval_code(code.as<Code>(), globals, Value::object(globals));
}

Ref import_module(std::string_view name) { return import_absolute(name); }

Ref frozen_module_code(std::string_view name) {
  Found found;
  if (!find_frozen(name, &found)) return nullptr;
  return code_of_file(found.file, code_name_of(found));
}

Ref import_module_level(Str* name, Value globals, Value fromlist, int64_t level) {
  std::string_view requested = str_utf8(name);
  std::string absolute;
  if (level > 0) {
    if (!resolve_name(requested, globals, level, &absolute)) return nullptr;
  } else {
    if (requested.empty()) return raise(exc::ValueError, "Empty module name");
    absolute = std::string(requested);
  }
  Ref module = import_absolute(absolute);
  if (!module) return nullptr;
  if (!fromlist_is_empty(fromlist)) {
    if (!getattr_optional(module.get(), intern("__path__"))) {
      if (error_occurred()) return nullptr;
      return module;
    }
    if (import_fromlist(module.get(), absolute, fromlist, false) < 0) return nullptr;
    return module;
  }
  // `import a.b.c` binds `a`: the package at the top of what was named.
  size_t first_dot = requested.find('.');
  if (level == 0) return first_dot == std::string_view::npos ? module : import_absolute(requested.substr(0, first_dot));
  if (requested.empty()) return module;
  size_t cut = requested.size() - (first_dot == std::string_view::npos ? requested.size() : first_dot);
  return import_absolute(std::string_view(absolute).substr(0, absolute.size() - cut));
}

const std::string_view* embedded_source(std::string_view filename) {
  if (filename.substr(0, kEmbeddedRoot.size()) != kEmbeddedRoot || filename.size() <= kEmbeddedRoot.size() + 1) {
    return nullptr;
  }
  const auto& files = embedded_files();
  auto found = files.find(filename.substr(kEmbeddedRoot.size() + 1));
  return found == files.end() ? nullptr : &found->second;
}

}  // namespace taipan
