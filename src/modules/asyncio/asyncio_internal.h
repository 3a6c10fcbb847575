// Shared between the files of the native `_asyncio` module (CPython's
// interface: Future, Task, the running loop and the task registry, used by
// asyncio's futures.py, tasks.py and events.py in place of their pure-Python
// versions).
#pragma once

#include <utility>
#include <vector>

#include "objects/dict.h"
#include "objects/object.h"
#include "objects/type.h"

namespace taipan::asyncio_native {

enum class FutState : uint8_t { kPending, kCancelled, kFinished };

struct FutureObj : Object {
  Value loop;                // owned; null before __init__
  std::vector<std::pair<Value, Value>>* callbacks;  // (callback, context), owned
  Value result;              // owned when finished with a result
  Value exception;           // owned when finished with an exception
  Value exception_tb;        // the exception's traceback when set
  Value source_tb;           // traceback.extract_stack() in debug mode
  Value cancel_msg;
  Value cancelled_exc;       // the CancelledError a task's coroutine raised
  Dict* dict;
  Object* weakrefs;
  FutState state;
  bool log_tb;
  bool blocking;             // _asyncio_future_blocking
};

struct TaskObj : FutureObj {
  Value coro;
  Value context;
  Value fut_waiter;
  Value name;
  int64_t num_cancels_requested;
  bool must_cancel;
  bool log_destroy_pending;
};

extern Type future_type;
extern Type task_type;
extern Type future_iter_type;

inline bool is_future(Value v) { return v.is_object() && type_is_subtype(v.as_object()->type, &future_type); }

// The Python helpers CPython's C module calls (asyncio's exceptions, the
// repr functions of base_futures and base_tasks, traceback.extract_stack,
// contextvars.copy_context, weakref.WeakSet), imported on first use.
struct Helpers {
  Value invalid_state_error, cancelled_error;
  Value future_repr, future_repr_info, task_repr, task_repr_info, task_get_stack, task_print_stack;
  Value extract_stack, copy_context, iscoroutine, get_event_loop_policy;
  Value all_tasks, current_tasks;  // _all_tasks (a WeakSet), _current_tasks (a dict)
};
// Null with an exception set when an import fails.
const Helpers* helpers();

// Future internals the Task builds on.
int future_init(FutureObj* f, Value loop);
Ref future_cancel(FutureObj* f, Value msg);
Ref future_set_result(FutureObj* f, Value result);
Ref future_set_exception(FutureObj* f, Value exc);
Ref future_make_cancelled_error(FutureObj* f);
Ref future_result(FutureObj* f);
Ref future_add_done_callback(FutureObj* f, Value fn, Value context);
void future_traverse_fields(FutureObj* f, VisitFn visit, void* arg);
void future_clear_fields(FutureObj* f);
void future_finalize(Value self);
// loop.call_soon(fn, *args, context=context).
Ref call_soon(Value loop, Value fn, Value arg, Value context);

// Task registry (module.cpp).
int enter_task(Value loop, Value task);
int leave_task(Value loop, Value task);
int register_task(Value task);

int init_future_types();
int init_task_type();

}  // namespace taipan::asyncio_native
