// _asyncio.Task: a Future driving a coroutine one step per loop callback, as
// CPython's C Task (tasks.py's Task with the same messages): each step sends
// into the coroutine (or throws into it), then waits on the future it
// yielded through `task_wakeup`, or schedules the next step.
#include <string>

#include "modules/asyncio/asyncio_internal.h"
#include "objects/descriptors.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/generator.h"

namespace taipan::asyncio_native {

Type task_type;

namespace {

TaskObj* as_task(Value v) { return static_cast<TaskObj*>(v.as_object()); }

void set_owned(Value* field, Value v) {
  Value old = *field;
  if (!v.is_null()) incref(v);
  *field = v;
  if (!old.is_null()) decref(old);
}

int64_t g_task_name_counter = 0;

Ref task_step_fn(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref task_wakeup_fn(Value self, const Value* args, size_t nargs, Tuple* kwnames);

const MethodDef kStepDef = {"task_step", task_step_fn, kMethodInstance, nullptr};
const MethodDef kWakeupDef = {"task_wakeup", task_wakeup_fn, kMethodInstance, nullptr};

// loop.call_soon(self.__step[, exc], context=self._context)
int schedule_step(TaskObj* t, Value exc) {
  Ref step = builtin_function_new(&kStepDef, Value::object(t));
  if (!step) return -1;
  return call_soon(t->loop, step.get(), exc, t->context) ? 0 : -1;
}

// Schedules a step that throws RuntimeError(message) into the coroutine.
int schedule_error_step(TaskObj* t, const std::string& message) {
  Ref text = str_from_utf8(message);
  if (!text) return -1;
  Value arg = text.get();
  Ref exc = make_exception(exc::RuntimeError, &arg, 1);
  return exc ? schedule_step(t, exc.get()) : -1;
}

std::string repr_text(Value v) {
  Ref r = repr(v);
  if (!r) return "";
  return str_to_std(r.as<Str>());
}

// What the coroutine yielded: a future to wait on, None (yield to the loop)
// or a mistake, each as tasks.py's __step handles it.
int handle_yield(TaskObj* t, Value result) {
  Value self = Value::object(t);
  bool fast = is_future(result);
  int blocking = -1;  // -1: no _asyncio_future_blocking attribute
  if (fast) {
    blocking = static_cast<FutureObj*>(result.as_object())->blocking ? 1 : 0;
  } else {
    Ref b = getattr_optional(result, intern("_asyncio_future_blocking"));
    if (!b) {
      if (error_occurred()) return -1;
    } else if (!b.get().is_none()) {
      blocking = is_true(b.get());
      if (blocking < 0) return -1;
    }
  }
  if (blocking >= 0) {
    Ref loop;
    if (fast) {
      loop = Ref::borrow(static_cast<FutureObj*>(result.as_object())->loop);
    } else {
      loop = call_method(result, "get_loop", {});
      if (!loop) return -1;
    }
    if (loop.get() != t->loop) {
      return schedule_error_step(t, "Task " + repr_text(self) + " got Future " + repr_text(result) +
                                        " attached to a different loop");
    }
    if (!blocking) {
      return schedule_error_step(t, "yield was used instead of yield from in task " + repr_text(self) + " with " +
                                        repr_text(result));
    }
    if (result == self) return schedule_error_step(t, "Task cannot await on itself: " + repr_text(self));
    Ref wakeup = builtin_function_new(&kWakeupDef, self);
    if (!wakeup) return -1;
    if (fast) {
      auto* f = static_cast<FutureObj*>(result.as_object());
      f->blocking = false;
      if (!future_add_done_callback(f, wakeup.get(), t->context)) return -1;
    } else {
      if (setattr(result, intern("_asyncio_future_blocking"), Value::false_()) < 0) return -1;
      static Tuple* kwnames = [] {
        Ref names = tuple_pack({Value::object(intern("context"))});
        return static_cast<Tuple*>(names.release().as_object());
      }();
      Ref add = getattr(result, "add_done_callback");
      if (!add) return -1;
      Value args[] = {wakeup.get(), t->context};
      if (!call(add.get(), args, 1, kwnames)) return -1;
    }
    set_owned(&t->fut_waiter, result);
    if (t->must_cancel) {
      Ref msg = t->cancel_msg.is_null() ? Ref::none() : Ref::borrow(t->cancel_msg);
      static Tuple* msg_kw = [] {
        Ref names = tuple_pack({Value::object(intern("msg"))});
        return static_cast<Tuple*>(names.release().as_object());
      }();
      Ref cancel = getattr(result, "cancel");
      if (!cancel) return -1;
      Value args[] = {msg.get()};
      Ref done = call(cancel.get(), args, 0, msg_kw);
      if (!done) return -1;
      int truth = is_true(done.get());
      if (truth < 0) return -1;
      if (truth) t->must_cancel = false;
    }
    return 0;
  }
  if (result.is_none()) return schedule_step(t, Value());
  if (is_generator(result)) {
    return schedule_error_step(t, "yield was used instead of yield from for generator in task " + repr_text(self) +
                                      " with " + repr_text(result));
  }
  return schedule_error_step(t, "Task got bad yield: " + repr_text(result));
}

// One step: resume the coroutine with None or throw `exc` into it.
Ref task_step(TaskObj* t, Value exc_in) {
  Value self = Value::object(t);
  if (t->state != FutState::kPending) {
    const Helpers* h = helpers();
    if (h == nullptr) return nullptr;
    std::string text = "_step(): already done: " + repr_text(self) + ", " +
                       (exc_in.is_null() ? std::string("None") : repr_text(exc_in));
    Ref message = str_from_utf8(text);
    if (!message) return nullptr;
    Ref e = call(h->invalid_state_error, {message.get()});
    return e ? raise_value(e.get()) : nullptr;
  }
  Ref exc = exc_in.is_null() ? Ref() : Ref::borrow(exc_in);
  if (t->must_cancel) {
    const Helpers* h = helpers();
    if (h == nullptr) return nullptr;
    int is_cancel = exc ? isinstance(exc.get(), h->cancelled_error) : 0;
    if (is_cancel < 0) return nullptr;
    if (!is_cancel) {
      exc = future_make_cancelled_error(t);
      if (!exc) return nullptr;
    }
    t->must_cancel = false;
  }
  set_owned(&t->fut_waiter, Value());
  if (enter_task(t->loop, self) < 0) return nullptr;

  Ref result;
  SendResult outcome;
  if (!exc && is_coroutine(t->coro)) {
    outcome = generator_send(static_cast<Generator*>(t->coro.as_object()), Value::none(), false, &result);
  } else {  // throw() delegates to the awaitable the coroutine is suspended in
    result = exc ? call_method(t->coro, "throw", {exc.get()}) : call_method(t->coro, "send", {Value::none()});
    if (result) {
      outcome = SendResult::kYield;
    } else if (error_matches(exc::StopIteration)) {
      Ref stop = fetch_error();
      result = Ref::borrow(stop_iteration_value(stop.get()));
      outcome = SendResult::kReturn;
    } else {
      outcome = SendResult::kError;
    }
  }

  int rc = 0;
  Ref escaping;  // KeyboardInterrupt / SystemExit: set on the task, then raised
  if (outcome == SendResult::kReturn) {
    if (t->must_cancel) {
      t->must_cancel = false;
      rc = future_cancel(t, t->cancel_msg.is_null() ? Value::none() : t->cancel_msg) ? 0 : -1;
    } else {
      rc = future_set_result(t, result.get()) ? 0 : -1;
    }
  } else if (outcome == SendResult::kError) {
    Ref e = fetch_error();
    const Helpers* h = helpers();
    if (h == nullptr) return nullptr;
    int is_cancel = isinstance(e.get(), h->cancelled_error);
    if (is_cancel < 0) return nullptr;
    if (is_cancel) {
      set_owned(&t->cancelled_exc, e.get());
      rc = future_cancel(t, Value::none()) ? 0 : -1;
    } else {
      rc = future_set_exception(t, e.get()) ? 0 : -1;
      Type* et = type_of(e.get());
      if (rc == 0 && (type_is_subtype(et, exc::KeyboardInterrupt) || type_is_subtype(et, exc::SystemExit))) {
        escaping = std::move(e);
      }
    }
  } else {
    rc = handle_yield(t, result.get());
  }
  if (rc < 0) {
    Ref pending = fetch_error();
    leave_task(t->loop, self);
    restore_error(std::move(pending));
    return nullptr;
  }
  if (leave_task(t->loop, self) < 0) return nullptr;
  if (escaping) return raise_value(escaping.get());
  return Ref::none();
}

Ref task_step_fn(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("task_step", kwnames) || !check_arg_count("task_step", nargs, 0, 1)) return nullptr;
  Value exc = nargs > 0 && !args[0].is_none() ? args[0] : Value();
  return task_step(as_task(self), exc);
}

// The done callback of the future a task waits on: the next step, with the
// future's exception thrown in if it has one.
Ref task_wakeup_fn(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("task_wakeup", kwnames) || !check_arg_count("task_wakeup", nargs, 1, 1)) return nullptr;
  Value fut = args[0];
  Ref r = is_future(fut) ? future_result(static_cast<FutureObj*>(fut.as_object())) : call_method(fut, "result", {});
  if (r) return task_step(as_task(self), Value());
  Ref e = fetch_error();
  return task_step(as_task(self), e.get());
}

int task_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"coro", "loop", "name", "context"};
  static const ArgSpec spec = {"Task", names, 4, 0, 1, 1};
  Value a[4];
  if (!bind_args(spec, args, nargs, kwnames, a)) return -1;
  TaskObj* t = as_task(self);
  if (future_init(t, a[1].is_null() ? Value::none() : a[1]) < 0) return -1;
  Value coro = a[0];
  int ok = is_coroutine(coro) ? 1 : 0;
  if (!ok) {
    const Helpers* h = helpers();
    if (h == nullptr) return -1;
    Ref r = call(h->iscoroutine, {coro});
    if (!r) return -1;
    ok = is_true(r.get());
    if (ok < 0) return -1;
  }
  if (!ok) {
    t->log_destroy_pending = false;
    raise(exc::TypeError, "a coroutine was expected, got " + repr_text(coro));
    return -1;
  }
  t->log_destroy_pending = true;
  Ref context;
  if (a[3].is_null() || a[3].is_none()) {
    const Helpers* h = helpers();
    if (h == nullptr) return -1;
    context = call(h->copy_context, {});
    if (!context) return -1;
  } else {
    context = Ref::borrow(a[3]);
  }
  set_owned(&t->context, context.get());
  Ref name;
  if (a[2].is_null() || a[2].is_none()) {
    name = str_from_utf8("Task-" + std::to_string(++g_task_name_counter));
  } else if (is_str(a[2])) {
    name = Ref::borrow(a[2]);
  } else {
    name = str(a[2]);
  }
  if (!name) return -1;
  set_owned(&t->name, name.get());
  t->num_cancels_requested = 0;
  t->must_cancel = false;
  set_owned(&t->fut_waiter, Value());
  set_owned(&t->coro, coro);
  if (schedule_step(t, Value()) < 0) return -1;
  return register_task(self);
}

Ref task_cancel(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"msg"};
  static const ArgSpec spec = {"cancel", names, 1, 0, 0};
  Value a[1];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Value msg = a[0].is_null() ? Value::none() : a[0];
  TaskObj* t = as_task(self);
  t->log_tb = false;
  if (t->state != FutState::kPending) return Ref::boolean(false);
  t->num_cancels_requested += 1;
  if (!t->fut_waiter.is_null()) {
    static Tuple* msg_kw = [] {
      Ref kw = tuple_pack({Value::object(intern("msg"))});
      return static_cast<Tuple*>(kw.release().as_object());
    }();
    Ref cancel = getattr(t->fut_waiter, "cancel");
    if (!cancel) return nullptr;
    Value cargs[] = {msg};
    Ref done = call(cancel.get(), cargs, 0, msg_kw);
    if (!done) return nullptr;
    int truth = is_true(done.get());
    if (truth < 0) return nullptr;
    if (truth) return Ref::boolean(true);
  }
  t->must_cancel = true;
  set_owned(&t->cancel_msg, msg);
  return Ref::boolean(true);
}

Ref task_cancelling(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("cancelling", kwnames) || !check_arg_count("cancelling", nargs, 0, 0)) return nullptr;
  return Ref::small_int(as_task(self)->num_cancels_requested);
}

Ref task_uncancel(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("uncancel", kwnames) || !check_arg_count("uncancel", nargs, 0, 0)) return nullptr;
  TaskObj* t = as_task(self);
  if (t->num_cancels_requested > 0) t->num_cancels_requested -= 1;
  return Ref::small_int(t->num_cancels_requested);
}

Ref task_get_coro(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("get_coro", kwnames) || !check_arg_count("get_coro", nargs, 0, 0)) return nullptr;
  Value coro = as_task(self)->coro;
  return coro.is_null() ? Ref::none() : Ref::borrow(coro);
}

Ref task_get_name(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("get_name", kwnames) || !check_arg_count("get_name", nargs, 0, 0)) return nullptr;
  Value name = as_task(self)->name;
  return name.is_null() ? Ref::none() : Ref::borrow(name);
}

Ref task_set_name(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("set_name", kwnames) || !check_arg_count("set_name", nargs, 1, 1)) return nullptr;
  Ref name = is_str(args[0]) ? Ref::borrow(args[0]) : str(args[0]);
  if (!name) return nullptr;
  set_owned(&as_task(self)->name, name.get());
  return Ref::none();
}

Ref task_refuse(const char* operation) {
  return raise(exc::RuntimeError, std::string("Task does not support ") + operation + " operation");
}
Ref task_set_result(Value, const Value*, size_t, Tuple*) { return task_refuse("set_result"); }
Ref task_set_exception(Value, const Value*, size_t, Tuple*) { return task_refuse("set_exception"); }

Ref task_get_stack(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"limit"};
  static const ArgSpec spec = {"get_stack", names, 1, 0, 0, 0};
  Value a[1];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  const Helpers* h = helpers();
  if (h == nullptr) return nullptr;
  return call(h->task_get_stack, {self, a[0].is_null() ? Value::none() : a[0]});
}

Ref task_print_stack(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"limit", "file"};
  static const ArgSpec spec = {"print_stack", names, 2, 0, 0, 0};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  const Helpers* h = helpers();
  if (h == nullptr) return nullptr;
  return call(h->task_print_stack,
              {self, a[0].is_null() ? Value::none() : a[0], a[1].is_null() ? Value::none() : a[1]});
}

Ref task_repr_info(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_repr_info", kwnames) || !check_arg_count("_repr_info", nargs, 0, 0)) return nullptr;
  const Helpers* h = helpers();
  return h == nullptr ? nullptr : call(h->task_repr_info, {self});
}

Ref task_repr(Value self) {
  const Helpers* h = helpers();
  return h == nullptr ? nullptr : call(h->task_repr, {self});
}

// "Task was destroyed but it is pending!", then the Future's own report.
void task_finalize(Value self) {
  TaskObj* t = as_task(self);
  if (t->state == FutState::kPending && t->log_destroy_pending && !t->loop.is_null()) {
    Ref context = Ref::steal(static_cast<Object*>(dict_new()));
    Ref message = str_from_utf8("Task was destroyed but it is pending!");
    if (context && message) {
      Dict* d = context.as<Dict>();
      bool ok = dict_set_str(d, "task", self) == 0 && dict_set_str(d, "message", message.get()) == 0;
      if (ok && !t->source_tb.is_null()) {
        int truth = is_true(t->source_tb);
        ok = truth >= 0 && (truth == 0 || dict_set_str(d, "source_traceback", t->source_tb) == 0);
      }
      if (ok) Ref r = call_method(t->loop, "call_exception_handler", {context.get()});
    }
    if (error_occurred()) write_unraisable(self);
  }
  future_finalize(self);
}

Ref get_log_destroy_pending(Value self) { return Ref::boolean(as_task(self)->log_destroy_pending); }
int set_log_destroy_pending(Value self, Value v) {
  if (v.is_null()) return raise(exc::AttributeError, "cannot delete attribute"), -1;
  int truth = is_true(v);
  if (truth < 0) return -1;
  as_task(self)->log_destroy_pending = truth != 0;
  return 0;
}
Ref get_must_cancel(Value self) { return Ref::boolean(as_task(self)->must_cancel); }
Ref or_none(Value v) { return v.is_null() ? Ref::none() : Ref::borrow(v); }
Ref get_coro_attr(Value self) { return or_none(as_task(self)->coro); }
Ref get_fut_waiter(Value self) { return or_none(as_task(self)->fut_waiter); }

void task_traverse(Object* self, VisitFn visit, void* arg) {
  auto* t = static_cast<TaskObj*>(self);
  future_traverse_fields(t, visit, arg);
  for (Value v : {t->coro, t->context, t->fut_waiter, t->name}) {
    if (!v.is_null()) visit(v, arg);
  }
}

void task_clear(Object* self) {
  auto* t = static_cast<TaskObj*>(self);
  future_clear_fields(t);
  for (Value* field : {&t->coro, &t->context, &t->fut_waiter, &t->name}) set_owned(field, Value());
}

void task_dealloc(Object* self) {
  task_clear(self);
  auto* t = static_cast<TaskObj*>(self);
  delete t->callbacks;
  t->callbacks = nullptr;
  free_object(self);
}

const MethodDef kTaskMethods[] = {
    {"cancel", task_cancel, kMethodInstance, "Request that this task cancel itself."},
    {"cancelling", task_cancelling, kMethodInstance, "Return the count of the task's cancellation requests."},
    {"uncancel", task_uncancel, kMethodInstance, "Decrement the task's count of cancellation requests."},
    {"get_coro", task_get_coro, kMethodInstance, nullptr},
    {"get_name", task_get_name, kMethodInstance, nullptr},
    {"set_name", task_set_name, kMethodInstance, nullptr},
    {"set_result", task_set_result, kMethodInstance, nullptr},
    {"set_exception", task_set_exception, kMethodInstance, nullptr},
    {"get_stack", task_get_stack, kMethodInstance, "Return the list of stack frames for this task's coroutine."},
    {"print_stack", task_print_stack, kMethodInstance, "Print the stack or traceback for this task's coroutine."},
    {"_repr_info", task_repr_info, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kTaskGetSets[] = {
    {"_log_destroy_pending", get_log_destroy_pending, set_log_destroy_pending, nullptr},
    {"_must_cancel", get_must_cancel, nullptr, nullptr},
    {"_coro", get_coro_attr, nullptr, nullptr},
    {"_fut_waiter", get_fut_waiter, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

int init_task_type() {
  if (type_has_flag(&task_type, kTypeReady)) return 0;
  Type& t = task_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_asyncio.Task";
  t.basic_size = sizeof(TaskObj);
  t.flags = kTypeGC | kTypeBaseType;
  t.base = &future_type;
  t.init = task_init;
  t.repr = task_repr;
  t.finalize = task_finalize;
  t.dealloc = task_dealloc;
  t.traverse = task_traverse;
  t.clear = task_clear;
  t.methods = kTaskMethods;
  t.getsets = kTaskGetSets;
  t.doc = "A coroutine wrapped in a Future.";
  return type_ready(&t);
}

}  // namespace taipan::asyncio_native
