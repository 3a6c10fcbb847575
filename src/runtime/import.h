// The import system: finding modules (sys.modules, native modules, the
// embedded lib/, then sys.path folders), running them, packages, relative
// imports, and builtins.__import__'s semantics.
#pragma once

#include <string_view>

#include "objects/type.h"

namespace taipan {

// __import__(name, globals, locals, fromlist, level): returns the top-level
// package for `import a.b.c`, or the module itself when fromlist is not empty
// (fromlist entries that are submodules are imported too).
Ref import_module_level(Str* name, Value globals, Value fromlist, int64_t level);
// Imports a module by its absolute dotted name and returns that module
// (importlib.import_module(name)).
Ref import_module(std::string_view name);
// Runs module `name` as __main__ (`taipan -m name`): a package runs its
// __main__ submodule. Sets sys.argv[0] to the file found. Null on error.
Ref run_module_as_main(std::string_view name);
// Runs source as the module `module` (its dict receives __file__ if `path`
// is not empty). Used for __main__ and for every file import.
Ref exec_source_in_module(std::string_view source, std::string_view path, Value module);

}  // namespace taipan
