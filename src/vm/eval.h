// The VM's public entry points: running code objects, calling Python
// functions from C++, and the frame introspection that builtins need
// (globals(), locals(), zero-argument super(), __build_class__).
#pragma once

#include "compiler/code.h"
#include "objects/dict.h"
#include "objects/tuple.h"

namespace taipan {

struct Function;
struct Frame;

// Runs module code or exec/eval code. `locals` is the mapping for name
// lookups (usually globals itself); null runs `code` with fast locals.
Ref eval_code(Code* code, Dict* globals, Value locals);

// Calls a Python function object (vectorcall form); generator functions
// return their generator. The `function` type's call slot.
Ref call_function(Function* f, const Value* args, size_t nargs, Tuple* kwnames);

// Runs a function's code with a locals mapping instead of fast locals (class
// bodies), the function's closure providing free variables.
Ref call_function_with_locals(Function* f, Value locals);

// For zero-argument super(): the calling Python frame's __class__ cell content
// and first argument (borrowed). False with RuntimeError set otherwise.
bool frame_super_args(Value* cls, Value* self);

// The globals dict of the running Python frame (borrowed), or null.
Value current_globals();
// locals() of the running Python frame: its mapping for module/class bodies,
// a fresh dict of the fast locals for functions. New reference; null if no frame.
Ref current_locals();
// The innermost running Python frame, or null.
Frame* current_frame();

// builtins.__build_class__(func, name, *bases, metaclass=..., **kwds).
Ref build_class(Value self, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace taipan
