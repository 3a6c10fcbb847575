// ThreadState: what each Python thread carries: the pending exception, the
// frame stack and the recursion depth. The VM owns and extends it.
#pragma once

#include "objects/value.h"

namespace taipan {

struct Frame;

struct ThreadState {
  Value current_exception;   // pending exception instance (owned), or null
  Frame* current_frame = nullptr;
  int recursion_depth = 0;
  int recursion_limit = 1000;
};

// The running thread's state; set up by the interpreter at start.
extern thread_local ThreadState* t_thread_state;
inline ThreadState* current_thread() { return t_thread_state; }

}  // namespace taipan
