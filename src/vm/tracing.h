// Tracing and profiling hooks (sys.settrace, sys.setprofile), per thread.
//
// Tracing off costs the dispatch loop nothing: while no thread has a hook,
// the loop's dispatch table holds the instructions themselves. The first
// hook set anywhere fills every entry of the table with the loop's tracing
// entry (interpreter.cpp), which calls trace_instruction() before each
// instruction of a thread with hooks and then runs the instruction; when the
// last hook goes, the table is restored. Events and their order are
// CPython 3.11's: `call` at each RESUME (entry and generator resumption),
// `line` when an instruction starts a new line or jumps backwards, `opcode`
// with f_trace_opcodes, `return` before RETURN_VALUE and YIELD_VALUE and when
// an exception leaves a frame, `exception` where one is raised or passes;
// the profiler sees `call`, `return`, `c_call`, `c_return`, `c_exception`.
// Internal to src/vm (and sys).
#pragma once

#include "vm/frame.h"

namespace taipan {

// CPython's PyTrace_* numbering.
enum TraceEvent : int {
  kTraceCall = 0,
  kTraceException = 1,
  kTraceLine = 2,
  kTraceReturn = 3,
  kTraceCCall = 4,
  kTraceCException = 5,
  kTraceCReturn = 6,
  kTraceOpcode = 7,
};

// A builtin call announced by c_call whose c_return (or c_exception) is due
// when its frame goes on (or fails).
struct PendingCCall {
  Frame* frame;
  Value func;  // owned
  PendingCCall* next;
};

// sys.settrace / sys.setprofile for thread `ts` (null or None: off).
void set_trace_hook(ThreadState* ts, Value func);
void set_profile_hook(ThreadState* ts, Value func);
// Drops a dying thread's hooks.
void clear_thread_hooks(ThreadState* ts);

// A profile hook written in C++ (_lsprof's Profiler): a profile function
// whose type is `type` (or a subclass) is called through `fn`, without a
// frame object or f_locals work. CPython's C profilers are called so.
using NativeProfileFn = void (*)(Value self, Frame* f, int what, Value arg);
void register_native_profiler(Type* type, NativeProfileFn fn);

// Whether some thread has a hook (the loop's tracing table is installed).
bool tracing_installed();
// Installs or restores the loop's dispatch table (interpreter.cpp).
void set_trace_dispatch(bool on);

// Whether hooks of `ts` may run now (it has one and none is running).
inline bool hooks_active(const ThreadState* ts) {
  return ts->tracing == 0 && (!ts->trace_func.is_null() || !ts->profile_func.is_null());
}

// Before the instruction at f->instr (the value stack saved in the frame):
// 0 to run it (f->instr may have moved: a jump), -1 with an exception to
// raise at it, -2 with an exception that leaves the frame at once (a
// failing `return` hook).
int trace_instruction(ThreadState* ts, Frame* f);
// The `call` event of frame f (entry, a generator resumed or thrown
// into); -1 with the hook's exception.
int trace_call_event(ThreadState* ts, Frame* f);
// At the loop's error label, the exception pending: c_exception for a
// builtin this frame called, then the `exception` event.
void trace_exception(ThreadState* ts, Frame* f);
// A StopIteration (pending) that ends a `for` loop or a `yield from`
// here: its `exception` event, as CPython's loop reports it while tracing.
// -1 when the hook raised (its exception replaces the StopIteration).
int trace_stop_iteration(ThreadState* ts, Frame* f);
// A `yield from`/`await` whose generator or coroutine returned `value`
// here: CPython, tracing, gets the value through a StopIteration and
// reports it when one is raised: always when it called send() (a value
// sent, or a coroutine, which has no __next__), and for a value other than
// None when it called a generator's __next__ (`through_next`). -1 when the
// hook raised.
int trace_send_return(ThreadState* ts, Frame* f, bool through_next, Value value);
// An exception leaves frame f: the `return` event with None.
void trace_unwind(ThreadState* ts, Frame* f);

// The frame whose event the running hook of this thread was called for, or null.
Frame* traced_frame();
// The f_lineno setter: the jump of a trace function in a `line` event
// (frame_jump.cpp).
int frame_set_lineno(Value self, Value v);

}  // namespace taipan
