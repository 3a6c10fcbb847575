// ThreadState: what each Python thread carries: the pending exception, the
// frame stack and the recursion depth. The VM owns and extends it.
#pragma once

#include <cstddef>
#include <cstdint>

#include "objects/value.h"

namespace taipan {

struct Frame;

// The exception being handled (sys.exc_info()). Each running generator links
// its own ExcInfo in front of its caller's, as CPython does, so that an
// `except` block inside a generator does not leak into the caller.
struct ExcInfo {
  Value exc;               // owned; null or None: nothing handled at this level
  ExcInfo* previous = nullptr;
};

struct ThreadState {
  Value current_exception;   // pending exception instance (owned), or null
  Frame* current_frame = nullptr;
  int recursion_depth = 0;
  int recursion_limit = 1000;

  // The frame stack: one contiguous reservation, committed lazily by the OS.
  char* stack_base = nullptr;
  char* stack_top = nullptr;
  char* stack_end = nullptr;

  ExcInfo base_exc_info;
  ExcInfo* exc_info = &base_exc_info;

  // Below this address the native stack is nearly exhausted (set lazily).
  const char* c_stack_limit = nullptr;

  // The current contextvars.Context (owned), made on first use
  // (src/modules/contextvars.cpp).
  Value context;

  // The _thread module's per-thread data (src/modules/thread.cpp), owned:
  // this thread's dictionaries of each _local (a dict keyed by the _local's
  // address), and the sentinel lock released when the thread ends.
  Value locals;
  Value sentinel;

  // sys.settrace / sys.setprofile of this thread (owned, or null) and the
  // tracing state (src/vm/tracing.h): `tracing` counts hooks running (they
  // are not traced themselves), `tracing_what` is the event being delivered
  // (-1: none), `c_calls` the builtin calls announced by c_call whose
  // c_return is still due.
  Value trace_func;
  Value profile_func;
  int tracing = 0;
  int tracing_what = -1;
  struct PendingCCall* c_calls = nullptr;

  // Tells this state apart from every other one ever made, the dead
  // included (an address may come back): 1, 2, ...
  uint64_t serial = 0;
  // The OS thread running this state (pthread_self(), what
  // _thread.get_ident() returns), set when it starts; 0 before.
  uint64_t ident = 0;

  // Every live thread state, linked in creation order (under the GIL).
  ThreadState* prev = nullptr;
  ThreadState* next = nullptr;
};

// The running thread's state; set up by the interpreter at start.
extern constinit thread_local ThreadState* t_thread_state;
inline ThreadState* current_thread() { return t_thread_state; }

// A fresh thread state (frame stack reserved on first use) and its teardown.
// Both link or unlink it in the list of live states, under the GIL.
ThreadState* thread_state_new();
void thread_state_delete(ThreadState* ts);
// The oldest live thread state (the main thread's); follow `next`.
ThreadState* thread_state_first();
// How many thread states live besides the main thread's (_thread._count()).
int64_t thread_state_count_others();
// In a child of fork(): the GIL starts over, held by the caller, and every
// thread state but the caller's is forgotten (their threads do not exist
// there; their memory is left as it is).
void threads_after_fork_child();

// The exception currently being handled (borrowed), or null: what
// sys.exc_info() and a bare `raise` see.
Value handled_exception();

// Guards native recursion (repr of nested containers, __getattr__ chains,
// calls from C into Python). enter_recursive_call raises
// RecursionError("maximum recursion depth exceeded" + where) and returns false
// when the limit is passed; every successful enter is paired with a leave.
bool enter_recursive_call(const char* where);
// True (with RecursionError raised) when the native stack is nearly used
// up, whatever the recursion limit says: deep chains of calls through C.
bool c_stack_exhausted();
inline void leave_recursive_call() { --t_thread_state->recursion_depth; }

}  // namespace taipan
