// The pending-exception API. A failing function sets the thread's current
// exception and returns null (Ref), -1 (int) or false; callers pass the
// failure up the same way. No C++ throw is involved (DESIGN decision 4).
#pragma once

#include <string>
#include <string_view>

#include "objects/type.h"

namespace taipan {

// Sets a new exception of `type` with the message; returns null so that
// `return raise(exc::TypeError, "...");` works in any Ref-returning function.
Ref raise(Type* type, std::string_view message);
// Sets `exc` (an exception instance, or an exception class to instantiate).
Ref raise_value(Value exc);
// Raises with no arguments: `raise KeyError` style, e.g. StopIteration().
Ref raise_empty(Type* type);
// KeyError(key), StopIteration(value) and friends: exception with one argument.
Ref raise_with_arg(Type* type, Value arg);
// For int/int64_t-returning functions.
inline int fail(Type* type, std::string_view message) {
  raise(type, message);
  return -1;
}

bool error_occurred();
// The pending exception instance (borrowed), or null.
Value current_error();
// Takes the pending exception out of the thread state (owned); null if none.
Ref fetch_error();
// Makes `exc` (owned, may be null) the pending exception again.
void restore_error(Ref exc);
void clear_error();
// True when an exception is pending and is an instance of `type`.
bool error_matches(Type* type);

// Message helpers shared by all the "'X' object is not Y" errors.
const char* type_name_of(Value v);  // tp_name of type_of(v)

// Raises a MemoryError, the answer to an allocation that failed.
Ref raise_no_memory();

}  // namespace taipan
