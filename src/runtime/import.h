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
// Runs module `name` as __main__ (`taipan -m name`) in `main`'s dict: a
// package runs its __main__ submodule; sys.argv[0] becomes the file found.
// Null on error; *not_found tells a module that does not exist apart.
Ref run_module_as_main(std::string_view name, Value main, bool* not_found);
// Compiles `source` with `filename` and runs it in `module`'s dict (which
// also receives __file__ unless the filename is like "<stdin>"). Used for
// __main__ and for every source import.
Ref exec_source_in_module(std::string_view source, std::string_view filename, Value module);
// Runs compiled `code` of the file `filename` in `module`'s dict, as above.
Ref exec_code_in_module(Value code, std::string_view filename, Value module);

// Readies the ModuleSpec type behind __spec__. 0 or -1.
int init_import();

// The text of a file of the embedded library by its __file__ (for
// tracebacks, which show source lines), or null when `filename` is not one.
const std::string_view* embedded_source(std::string_view filename);

}  // namespace taipan
