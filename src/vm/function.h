// Python functions (`function`), bound methods (`method`) and closure cells
// (`cell`), and the binding of call arguments to a function's parameters.
#pragma once

#include "compiler/code.h"
#include "objects/dict.h"
#include "objects/tuple.h"

namespace taipan {

struct Frame;

struct Function : Object {
  Code* code;           // owned
  Dict* globals;        // owned
  Dict* builtins;       // owned
  Value name;           // str
  Value qualname;       // str
  Value module;         // any (globals["__name__"] at creation)
  Value doc;            // any
  Value defaults;       // tuple or null
  Value kwdefaults;     // dict or null
  Value closure;        // tuple of cells or null
  Value annotations;    // dict or null
  Dict* dict;           // __dict__, or null
  Value weakrefs;       // managed by the weakref machinery
  uint32_t version;     // changes when code/defaults change (call caches)
};

struct Method : Object {
  Value func;   // owned
  Value self;   // owned
  Value weakrefs;  // managed by the weakref machinery (objects/weakref.h)
};

struct Cell : Object {
  Value contents;  // owned, or null when empty
};

extern Type function_type;
extern Type method_type;
extern Type cell_type;

int init_function_type();
int init_method_type();
int init_cell_type();

inline bool is_function(Value v) { return v.is_object() && v.as_object()->type == &function_type; }
inline bool is_method(Value v) { return v.is_object() && v.as_object()->type == &method_type; }
inline bool is_cell(Value v) { return v.is_object() && v.as_object()->type == &cell_type; }

// A function for `code` in `globals`; qualname from the code. New reference.
Ref function_new(Code* code, Dict* globals);
// A bound method (new reference).
Ref method_new(Value func, Value self);
// A cell holding `contents` (may be null).
Ref cell_new(Value contents);

// Whether a call with `nargs` positional arguments and no keywords fills
// exactly co's parameters: no defaults, *args, **kwargs or keyword-only ones
// to work out, so the arguments can be copied into the frame as they are.
inline bool binds_positionally(const Code* co, size_t nargs) {
  return co->argcount == static_cast<int32_t>(nargs) && co->kwonlyargcount == 0 &&
         !(co->flags & (kCoVarargs | kCoVarkeywords));
}

// Binds arguments (vectorcall form) into the frame's parameter slots, taking
// new references; defaults, *args and **kwargs included. False with
// TypeError set (CPython's messages, naming the function by qualname).
bool bind_function_args(Function* f, Frame* frame, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace taipan
