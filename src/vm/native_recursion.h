// Inline forms of the native recursion guards of vm/thread_state.h, for the
// shared spots that every native recursion through the object protocol passes
// (the call of a class or of an instance, rich comparison, isinstance with a
// tuple, next() of an iterator, special-method dispatch). The common case
// costs a few instructions; the out-of-line functions raise RecursionError.
#pragma once

#include "vm/thread_state.h"

namespace taipan {

// Whether the native stack still has room (the limit is computed on the
// first slow-path check; until then every check takes the slow path).
inline bool c_stack_has_room(const ThreadState* ts) {
  const char* here = static_cast<const char*>(__builtin_frame_address(0));
  return here >= ts->c_stack_limit && ts->c_stack_limit != nullptr;
}

// enter_recursive_call(where), inline when nothing is exceeded.
inline bool enter_native_recursion(const char* where) {
  ThreadState* ts = t_thread_state;
  if (c_stack_has_room(ts) && ts->recursion_depth < ts->recursion_limit) {
    ++ts->recursion_depth;
    return true;
  }
  return enter_recursive_call(where);
}

// c_stack_exhausted(), inline when there is room.
inline bool native_stack_exhausted() { return !c_stack_has_room(t_thread_state) && c_stack_exhausted(); }

}  // namespace taipan
