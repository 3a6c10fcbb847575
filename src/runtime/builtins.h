// The `builtins` module: the built-in functions, grouped by concern in
// builtins_*.cpp, placed by make_builtins_module() together with the built-in
// types, constants and exception classes.
#pragma once

#include "objects/type.h"

namespace taipan {

// Builds the module; null on failure.
Ref make_builtins_module();
// The builtins module made at start-up (borrowed), or null.
Value builtins_module();

// One table per file.
extern const MethodDef kBuiltinObjectFunctions[];  // builtins_object.cpp: attributes, identity, types, text
extern const MethodDef kBuiltinNumberFunctions[];  // builtins_number.cpp: abs, divmod, pow, round, bin …
extern const MethodDef kBuiltinIterFunctions[];    // builtins_iter.cpp: iter, next, min, max, sum, sorted …
extern const MethodDef kBuiltinCodeFunctions[];    // builtins_code.cpp: compile, eval, exec, dir, vars …
extern const MethodDef kBuiltinIOFunctions[];      // builtins_io.cpp: print, input, open

}  // namespace taipan
