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
// Compiles `source` with `filename` and runs it in `module`'s dict (which
// also receives __file__ unless the filename is like "<stdin>"). Used for
// __main__ and for every source import.
Ref exec_source_in_module(std::string_view source, std::string_view filename, Value module);
// Runs compiled `code` of the file `filename` in `module`'s dict, as above.
Ref exec_code_in_module(Value code, std::string_view filename, Value module);

// The code of one of CPython's frozen modules (runtime/frozen_modules.h),
// compiled from the library's source: _imp.get_frozen_object. Null with no
// exception when CPython does not freeze `name` or its source is missing.
Ref frozen_module_code(std::string_view name);

// Readies the ModuleSpec type behind __spec__. 0 or -1.
int init_import();

// The text of a file of the embedded library by its __file__ (for
// tracebacks, which show source lines), or null when `filename` is not one.
const std::string_view* embedded_source(std::string_view filename);

}  // namespace taipan
