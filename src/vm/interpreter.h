// Internal to src/vm: the dispatch loop's entry point, used by eval.cpp-level
// callers (call_function, eval_code) and by generators to resume their frame.
#pragma once

#include "vm/frame.h"

namespace taipan {

// Runs `frame` (already linked as the thread's current frame's callee) until
// it returns, yields, or an exception escapes it. With `throw_pending`, the
// pending exception is raised at the frame's current instruction first.
// Thread frames are popped when they finish; generator frames are left to
// their generator. Returns the returned/yielded value, or null on error.
Ref run_frame(ThreadState* ts, Frame* frame, bool throw_pending);

}  // namespace taipan
