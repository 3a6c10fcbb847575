// The slow halves of instructions, kept out of the dispatch loop so that the
// loop stays small: unpacking, imports, pattern matching, exception groups,
// awaitables, f-string formatting and the errors the loop raises. Internal to
// src/vm. Functions returning Ref return null with an exception set; those
// returning int return -1 on error.
#pragma once

#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/frame.h"

namespace taipan {

// Errors raised by the loop, with CPython's messages.
void raise_name_error(Str* name);               // name 'x' is not defined
// A name found neither in globals nor in the builtins dict: when
// globals["__builtins__"] is an object other than a dict or module, CPython
// indexes that object (a mapping answers; an int raises its TypeError).
// A new reference, or null with the error (NameError when nothing has it).
Ref load_missing_global(Dict* globals, Str* name);
void raise_unbound_local(Code* code, int slot);  // UnboundLocalError / free-variable NameError
// Fills AttributeError's name and obj (for "Did you mean" suggestions)
// when a failed attribute load left them unset.
void add_attribute_error_context(Value obj, Str* name);
// "f() ..." prefix used by call errors: "module.qualname()" for functions.
std::string function_description(Value func);

// A special method looked up on the type and bound to obj; null with no
// exception set when the type lacks it.
Ref lookup_special(Value obj, Str* name);

// UNPACK_SEQUENCE / UNPACK_EX: writes before + (star ? 1 : 0) + after values
// (owned) to out[] in stack order (the last item first). 0 or -1.
int unpack_iterable(Value v, int before, int after, bool star, Value* out);

// Imports.
Ref import_name(Frame* f, Str* name, Value fromlist, Value level);
Ref import_from(Value module, Str* name);
int import_star(Frame* f, Value module);

// Pattern matching.
int match_mapping(Value subject);   // 1/0
int match_sequence(Value subject);  // 1/0
Ref match_keys(Value subject, Value keys);  // tuple of values, or None when a key is missing
Ref match_class(Value subject, Value cls, int nargs, Value kwnames);  // tuple of attributes, or None

// Exceptions.
// isinstance(exc, type) for `except type:` (type may be a tuple). 1/0/-1 with
// TypeError for classes that do not derive from BaseException.
int check_exception_match(Value exc, Value type, bool star);
// except*: splits exc_value by match_type into *match and *rest (None when empty).
int exception_group_match(Value exc_value, Value match_type, Ref* match, Ref* rest);
// The exception to re-raise at the end of an except* block, or None.
Ref prep_reraise_star(Value orig, Value excs);
// Sets `exc`'s __context__ to the handled exception (if any), breaking
// cycles; with `only_if_unset`, leaves an existing context alone.
void set_exception_context(Value exc, bool only_if_unset);
// raise / raise X / raise X from Y: sets the pending exception. Returns true
// when it re-raises the handled exception (no new traceback entry).
bool do_raise(Value exc, Value cause);

// Context managers.
int before_with(Value mgr, Ref* exit, Ref* enter_result, bool async);

// Coroutines.
// The iterator behind `await o` (where: 0 plain, 1 __aenter__, 2 __aexit__).
Ref get_awaitable_iter(Value o, int where);
Ref get_aiter(Value o);
Ref get_anext_awaitable(Value aiter);

// Building values.
Ref build_string(const Value* items, int n);
Ref format_value(Value v, int conversion, Value spec);
int list_extend_or_error(Value list, Value iterable);
int dict_update_or_error(Value dict, Value update);
int dict_merge_or_error(Value func, Value dict, Value update);
Ref annotations_dict(Value annotations);  // MAKE_FUNCTION's tuple of pairs as a dict
int print_expr(Value v);

}  // namespace taipan
