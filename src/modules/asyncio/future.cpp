// _asyncio.Future: CPython's C Future, a result-or-exception cell with done
// callbacks scheduled on its loop, and the iterator `await` drives
// (yielding the future itself until it is done, as futures.py's __await__).

#include "modules/asyncio/asyncio_internal.h"
#include "objects/generic_alias.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

namespace taipan::asyncio_native {

Type future_type;
Type future_iter_type;

namespace {

FutureObj* as_fut(Value v) { return static_cast<FutureObj*>(v.as_object()); }

// What `await future` iterates: yields the future while it is pending.
struct FutureIter : Object {
  Value future;  // owned; null once exhausted
};

void set_owned(Value* field, Value v) {
  Value old = *field;
  if (!v.is_null()) incref(v);
  *field = v;
  if (!old.is_null()) decref(old);
}

Ref raise_invalid_state(const char* message) {
  const Helpers* h = helpers();
  if (h == nullptr) return nullptr;
  Ref text = str_from_utf8(message);
  if (!text) return nullptr;
  Ref exc = call(h->invalid_state_error, {text.get()});
  return exc ? raise_value(exc.get()) : nullptr;
}

bool check_initialized(FutureObj* f) {
  if (!f->loop.is_null()) return true;
  raise(exc::RuntimeError, "Future object is not initialized.");
  return false;
}

// Schedules every callback with the future as argument, clearing the list first.
int schedule_callbacks(FutureObj* f) {
  if (f->callbacks == nullptr || f->callbacks->empty()) return 0;
  std::vector<std::pair<Value, Value>> callbacks;
  callbacks.swap(*f->callbacks);
  int rc = 0;
  for (auto& [fn, ctx] : callbacks) {
    if (rc == 0 && !call_soon(f->loop, fn, Value::object(f), ctx)) rc = -1;
    decref(fn);
    decref(ctx);
  }
  return rc;
}

Ref fut_new(Type* type, const Value*, size_t, Tuple*) {
  auto* f = new_object<FutureObj>(type, static_cast<size_t>(type->basic_size));
  if (f == nullptr) return nullptr;
  f->callbacks = new std::vector<std::pair<Value, Value>>();
  f->state = FutState::kPending;
  return Ref::steal(f);
}

int fut_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"loop"};
  static const ArgSpec spec = {"Future", names, 1, 0, 0, 0};
  Value a[1];
  if (!bind_args(spec, args, nargs, kwnames, a)) return -1;
  return future_init(as_fut(self), a[0].is_null() ? Value::none() : a[0]);
}

void fut_traverse(Object* self, VisitFn visit, void* arg) { future_traverse_fields(static_cast<FutureObj*>(self), visit, arg); }
void fut_clear(Object* self) { future_clear_fields(static_cast<FutureObj*>(self)); }

void fut_dealloc(Object* self) {
  auto* f = static_cast<FutureObj*>(self);
  future_clear_fields(f);
  delete f->callbacks;
  f->callbacks = nullptr;
  free_object(self);
}

Ref fut_result(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("result", kwnames) || !check_arg_count("result", nargs, 0, 0)) return nullptr;
  return future_result(as_fut(self));
}

Ref fut_exception(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("exception", kwnames) || !check_arg_count("exception", nargs, 0, 0)) return nullptr;
  FutureObj* f = as_fut(self);
  if (!check_initialized(f)) return nullptr;
  if (f->state == FutState::kCancelled) {
    Ref exc = future_make_cancelled_error(f);
    return exc ? raise_value(exc.get()) : nullptr;
  }
  if (f->state != FutState::kFinished) return raise_invalid_state("Exception is not set.");
  f->log_tb = false;
  return f->exception.is_null() ? Ref::none() : Ref::borrow(f->exception);
}

Ref fut_set_result(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("set_result", kwnames) || !check_arg_count("set_result", nargs, 1, 1)) return nullptr;
  return future_set_result(as_fut(self), args[0]);
}

Ref fut_set_exception(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("set_exception", kwnames) || !check_arg_count("set_exception", nargs, 1, 1)) return nullptr;
  return future_set_exception(as_fut(self), args[0]);
}

Ref fut_add_done_callback(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"", "context"};
  static const ArgSpec spec = {"add_done_callback", names, 2, 1, 1, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  return future_add_done_callback(as_fut(self), a[0], a[1].is_null() ? Value::none() : a[1]);
}

Ref fut_remove_done_callback(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("remove_done_callback", kwnames) || !check_arg_count("remove_done_callback", nargs, 1, 1)) {
    return nullptr;
  }
  FutureObj* f = as_fut(self);
  if (!check_initialized(f)) return nullptr;
  int64_t removed = 0;
  std::vector<std::pair<Value, Value>> kept;
  std::vector<std::pair<Value, Value>> all;
  all.swap(*f->callbacks);
  bool failed = false;
  for (auto& entry : all) {
    int eq = failed ? 0 : rich_compare_bool(entry.first, args[0], CompareOp::Eq);
    if (eq < 0) failed = true;
    if (eq > 0) {
      ++removed;
      decref(entry.first);
      decref(entry.second);
    } else {
      kept.push_back(entry);
    }
  }
  // Callbacks added while comparing come after the kept ones.
  for (auto& entry : *f->callbacks) kept.push_back(entry);
  f->callbacks->swap(kept);
  if (failed) return nullptr;
  return Ref::small_int(removed);
}

Ref fut_cancel(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"msg"};
  static const ArgSpec spec = {"cancel", names, 1, 0, 0};
  Value a[1];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  return future_cancel(as_fut(self), a[0].is_null() ? Value::none() : a[0]);
}

Ref fut_cancelled(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("cancelled", kwnames) || !check_arg_count("cancelled", nargs, 0, 0)) return nullptr;
  return Ref::boolean(as_fut(self)->state == FutState::kCancelled);
}

Ref fut_done(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("done", kwnames) || !check_arg_count("done", nargs, 0, 0)) return nullptr;
  return Ref::boolean(as_fut(self)->state != FutState::kPending);
}

Ref fut_get_loop(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("get_loop", kwnames) || !check_arg_count("get_loop", nargs, 0, 0)) return nullptr;
  FutureObj* f = as_fut(self);
  if (!check_initialized(f)) return nullptr;
  return Ref::borrow(f->loop);
}

Ref fut_make_cancelled_error(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_make_cancelled_error", kwnames) || !check_arg_count("_make_cancelled_error", nargs, 0, 0)) {
    return nullptr;
  }
  return future_make_cancelled_error(as_fut(self));
}

Ref fut_repr_info(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_repr_info", kwnames) || !check_arg_count("_repr_info", nargs, 0, 0)) return nullptr;
  const Helpers* h = helpers();
  return h == nullptr ? nullptr : call(h->future_repr_info, {self});
}

Ref fut_repr(Value self) {
  const Helpers* h = helpers();
  return h == nullptr ? nullptr : call(h->future_repr, {self});
}

Ref fut_await(Value self) {
  if (!check_initialized(as_fut(self))) return nullptr;
  auto* it = new_object<FutureIter>(&future_iter_type);
  if (it == nullptr) return nullptr;
  incref(self);
  it->future = self;
  return Ref::steal(it);
}

Ref fut_del(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__del__", kwnames) || !check_arg_count("__del__", nargs, 0, 0)) return nullptr;
  self.as_object()->type->finalize(self);
  return error_occurred() ? nullptr : Ref::none();
}

// ---------------------------------------------------------------- attributes

Ref get_state(Value self) {
  switch (as_fut(self)->state) {
    case FutState::kPending: return Ref::borrow(Value::object(intern("PENDING")));
    case FutState::kCancelled: return Ref::borrow(Value::object(intern("CANCELLED")));
    case FutState::kFinished: break;
  }
  return Ref::borrow(Value::object(intern("FINISHED")));
}

Ref get_blocking(Value self) { return Ref::boolean(as_fut(self)->blocking); }
int set_blocking(Value self, Value v) {
  if (v.is_null()) return raise(exc::AttributeError, "cannot delete attribute"), -1;
  int truth = is_true(v);
  if (truth < 0) return -1;
  as_fut(self)->blocking = truth != 0;
  return 0;
}

Ref get_log_traceback(Value self) { return Ref::boolean(as_fut(self)->log_tb); }
int set_log_traceback(Value self, Value v) {
  if (v.is_null()) return raise(exc::AttributeError, "cannot delete attribute"), -1;
  int truth = is_true(v);
  if (truth < 0) return -1;
  if (truth) return raise(exc::ValueError, "_log_traceback can only be set to False"), -1;
  as_fut(self)->log_tb = false;
  return 0;
}

Ref or_none(Value v) { return v.is_null() ? Ref::none() : Ref::borrow(v); }
Ref get_loop_attr(Value self) { return or_none(as_fut(self)->loop); }
Ref get_result_attr(Value self) { return or_none(as_fut(self)->result); }
Ref get_exception_attr(Value self) { return or_none(as_fut(self)->exception); }
Ref get_source_tb(Value self) { return or_none(as_fut(self)->source_tb); }
Ref get_cancel_message(Value self) { return or_none(as_fut(self)->cancel_msg); }
int set_cancel_message(Value self, Value v) {
  if (v.is_null()) return raise(exc::AttributeError, "cannot delete attribute"), -1;
  set_owned(&as_fut(self)->cancel_msg, v);
  return 0;
}

// A list of (callback, context) pairs, or None when there are none (as C's).
Ref get_callbacks(Value self) {
  FutureObj* f = as_fut(self);
  if (f->callbacks == nullptr || f->callbacks->empty()) return Ref::none();
  Ref list = Ref::steal(static_cast<Object*>(list_new(0)));
  if (!list) return nullptr;
  for (auto& [fn, ctx] : *f->callbacks) {
    Ref pair = tuple_pack({fn, ctx});
    if (!pair || list_append(list.as<List>(), pair.get()) < 0) return nullptr;
  }
  return list;
}

const MethodDef kFutureMethods[] = {
    {"result", fut_result, kMethodInstance, "Return the result this future represents."},
    {"exception", fut_exception, kMethodInstance, "Return the exception that was set on this future."},
    {"set_result", fut_set_result, kMethodInstance, "Mark the future done and set its result."},
    {"set_exception", fut_set_exception, kMethodInstance, "Mark the future done and set an exception."},
    {"add_done_callback", fut_add_done_callback, kMethodInstance, "Add a callback to be run when the future becomes done."},
    {"remove_done_callback", fut_remove_done_callback, kMethodInstance, "Remove all instances of a callback from the \"call when done\" list."},
    {"cancel", fut_cancel, kMethodInstance, "Cancel the future and schedule callbacks."},
    {"cancelled", fut_cancelled, kMethodInstance, "Return True if the future was cancelled."},
    {"done", fut_done, kMethodInstance, "Return True if the future is done."},
    {"get_loop", fut_get_loop, kMethodInstance, "Return the event loop the Future is bound to."},
    {"_make_cancelled_error", fut_make_cancelled_error, kMethodInstance, nullptr},
    {"_repr_info", fut_repr_info, kMethodInstance, nullptr},
    {"__del__", fut_del, kMethodInstance, nullptr},
    {"__class_getitem__", generic_alias_class_getitem, kMethodClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kFutureGetSets[] = {
    {"_state", get_state, nullptr, nullptr},
    {"_asyncio_future_blocking", get_blocking, set_blocking, nullptr},
    {"_log_traceback", get_log_traceback, set_log_traceback, nullptr},
    {"_loop", get_loop_attr, nullptr, nullptr},
    {"_callbacks", get_callbacks, nullptr, nullptr},
    {"_result", get_result_attr, nullptr, nullptr},
    {"_exception", get_exception_attr, nullptr, nullptr},
    {"_source_traceback", get_source_tb, nullptr, nullptr},
    {"_cancel_message", get_cancel_message, set_cancel_message, nullptr},
    {"__dict__", instance_dict_get, instance_dict_set, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ------------------------------------------------------------ the iterator

Ref iter_next(Value self) {
  auto* it = self.as<FutureIter>();
  if (it->future.is_null()) return nullptr;
  FutureObj* f = as_fut(it->future);
  if (f->state == FutState::kPending) {
    if (!f->blocking) {
      f->blocking = true;
      return Ref::borrow(it->future);
    }
    return raise(exc::RuntimeError, "await wasn't used with future");
  }
  Ref future = Ref::steal(it->future);
  it->future = Value();
  Ref result = future_result(f);
  if (!result) return nullptr;
  Value value = result.get();
  Ref stop = make_exception(exc::StopIteration, &value, 1);
  return stop ? raise_value(stop.get()) : nullptr;
}

Ref iter_self(Value self) { return Ref::borrow(self); }

Ref iter_send(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("send", kwnames) || !check_arg_count("send", nargs, 1, 1)) return nullptr;
  Ref r = iter_next(self);
  if (!r && !error_occurred()) return raise_empty(exc::StopIteration);
  return r;
}

Ref iter_throw(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("throw", kwnames) || !check_arg_count("throw", nargs, 1, 3)) return nullptr;
  Value type = args[0], value = nargs > 1 ? args[1] : Value::none();
  Ref exc;
  if (is_exception_class(type)) {
    if (!value.is_none() && type_is_subtype(type_of(value), type.as<Type>())) {
      exc = Ref::borrow(value);
    } else {
      exc = value.is_none() ? call(type, {}) : call(type, {value});
    }
    if (!exc) return nullptr;
  } else if (type_is_subtype(type_of(type), exc::BaseException)) {
    if (!value.is_none()) return raise(exc::TypeError, "instance exception may not have a separate value");
    exc = Ref::borrow(type);
  } else {
    return raise(exc::TypeError, "exceptions must be classes deriving BaseException or instances of such a class");
  }
  if (nargs > 2 && !args[2].is_none()) {
    exc = call_method(exc.get(), "with_traceback", {args[2]});
    if (!exc) return nullptr;
  }
  auto* it = self.as<FutureIter>();
  Value future = it->future;
  it->future = Value();
  if (!future.is_null()) decref(future);
  return raise_value(exc.get());
}

Ref iter_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("close", kwnames) || !check_arg_count("close", nargs, 0, 0)) return nullptr;
  auto* it = self.as<FutureIter>();
  Value future = it->future;
  it->future = Value();
  if (!future.is_null()) decref(future);
  return Ref::none();
}

void iter_traverse(Object* self, VisitFn visit, void* arg) {
  auto* it = static_cast<FutureIter*>(self);
  if (!it->future.is_null()) visit(it->future, arg);
}

void iter_clear(Object* self) {
  auto* it = static_cast<FutureIter*>(self);
  Value future = it->future;
  it->future = Value();
  if (!future.is_null()) decref(future);
}

void iter_dealloc(Object* self) {
  iter_clear(self);
  free_object(self);
}

const MethodDef kIterMethods[] = {
    {"send", iter_send, kMethodInstance, nullptr},
    {"throw", iter_throw, kMethodInstance, nullptr},
    {"close", iter_close, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

// ------------------------------------------------------------ shared internals

int future_init(FutureObj* f, Value loop) {
  if (!f->loop.is_null()) future_clear_fields(f);  // __init__ called again
  Ref l;
  if (loop.is_none()) {
    Ref events = import_module("asyncio.events");
    if (!events) return -1;
    l = call_method(events.get(), "_get_event_loop", {});
  } else {
    l = Ref::borrow(loop);
  }
  if (!l) return -1;
  f->loop = l.release();
  f->state = FutState::kPending;
  f->log_tb = false;
  f->blocking = false;
  Ref debug = call_method(f->loop, "get_debug", {});
  if (!debug) return -1;
  int truth = is_true(debug.get());
  if (truth < 0) return -1;
  if (truth) {
    const Helpers* h = helpers();
    if (h == nullptr) return -1;
    // As CPython's C Future: the stack of the Python code running.
    Ref frame = frame_object_of(t_thread_state->current_frame);
    if (!frame) return -1;
    Ref stack = call(h->extract_stack, {frame.get()});
    if (!stack) return -1;
    f->source_tb = stack.release();
  }
  return 0;
}

Ref future_result(FutureObj* f) {
  if (!check_initialized(f)) return nullptr;
  if (f->state == FutState::kCancelled) {
    Ref exc = future_make_cancelled_error(f);
    return exc ? raise_value(exc.get()) : nullptr;
  }
  if (f->state != FutState::kFinished) return raise_invalid_state("Result is not set.");
  f->log_tb = false;
  if (!f->exception.is_null()) {
    Ref exc = Ref::borrow(f->exception);
    if (!f->exception_tb.is_null()) {
      exc = call_method(exc.get(), "with_traceback", {f->exception_tb});
      if (!exc) return nullptr;
    }
    return raise_value(exc.get());
  }
  return Ref::borrow(f->result);
}

Ref future_set_result(FutureObj* f, Value result) {
  if (!check_initialized(f)) return nullptr;
  if (f->state != FutState::kPending) return raise_invalid_state("invalid state");
  set_owned(&f->result, result);
  f->state = FutState::kFinished;
  if (schedule_callbacks(f) < 0) return nullptr;
  return Ref::none();
}

Ref future_set_exception(FutureObj* f, Value exc) {
  if (!check_initialized(f)) return nullptr;
  if (f->state != FutState::kPending) return raise_invalid_state("invalid state");
  Ref value;
  if (is_exception_class(exc)) {
    value = call(exc, {});
    if (!value) return nullptr;
    if (f->state != FutState::kPending) return raise_invalid_state("invalid state");
  } else {
    value = Ref::borrow(exc);
  }
  if (!type_is_subtype(type_of(value.get()), exc::BaseException)) {
    return raise(exc::TypeError, "invalid exception object");
  }
  if (type_of(value.get()) == exc::StopIteration) {
    return raise(exc::TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
  }
  Ref tb = getattr(value.get(), "__traceback__");
  if (!tb) return nullptr;
  set_owned(&f->exception, value.get());
  set_owned(&f->exception_tb, tb.get().is_none() ? Value() : tb.get());
  f->state = FutState::kFinished;
  if (schedule_callbacks(f) < 0) return nullptr;
  f->log_tb = true;
  return Ref::none();
}

Ref future_cancel(FutureObj* f, Value msg) {
  if (!check_initialized(f)) return nullptr;
  f->log_tb = false;
  if (f->state != FutState::kPending) return Ref::boolean(false);
  f->state = FutState::kCancelled;
  set_owned(&f->cancel_msg, msg);
  if (schedule_callbacks(f) < 0) return nullptr;
  return Ref::boolean(true);
}

Ref future_make_cancelled_error(FutureObj* f) {
  if (!f->cancelled_exc.is_null()) {
    Ref exc = Ref::steal(f->cancelled_exc);
    f->cancelled_exc = Value();
    return exc;
  }
  const Helpers* h = helpers();
  if (h == nullptr) return nullptr;
  if (f->cancel_msg.is_null() || f->cancel_msg.is_none()) return call(h->cancelled_error, {});
  return call(h->cancelled_error, {f->cancel_msg});
}

Ref future_add_done_callback(FutureObj* f, Value fn, Value context) {
  if (!check_initialized(f)) return nullptr;
  Ref ctx;
  if (context.is_none()) {
    const Helpers* h = helpers();
    if (h == nullptr) return nullptr;
    ctx = call(h->copy_context, {});
    if (!ctx) return nullptr;
  } else {
    ctx = Ref::borrow(context);
  }
  if (f->state != FutState::kPending) {
    if (!call_soon(f->loop, fn, Value::object(f), ctx.get())) return nullptr;
    return Ref::none();
  }
  incref(fn);
  f->callbacks->emplace_back(fn, ctx.release());
  return Ref::none();
}

Ref call_soon(Value loop, Value fn, Value arg, Value context) {
  static Str* call_soon_name = intern("call_soon");
  static Tuple* kwnames = [] {
    Ref t = tuple_pack({Value::object(intern("context"))});
    return static_cast<Tuple*>(t.release().as_object());
  }();
  Ref method = getattr(loop, call_soon_name);
  if (!method) return nullptr;
  if (arg.is_null()) {
    Value args[] = {fn, context};
    return call(method.get(), args, 1, kwnames);
  }
  Value args[] = {fn, arg, context};
  return call(method.get(), args, 2, kwnames);
}

void future_traverse_fields(FutureObj* f, VisitFn visit, void* arg) {
  for (Value v : {f->loop, f->result, f->exception, f->exception_tb, f->source_tb, f->cancel_msg, f->cancelled_exc}) {
    if (!v.is_null()) visit(v, arg);
  }
  if (f->callbacks != nullptr) {
    for (auto& [fn, ctx] : *f->callbacks) {
      visit(fn, arg);
      visit(ctx, arg);
    }
  }
  if (f->dict != nullptr) visit(Value::object(f->dict), arg);
}

void future_clear_fields(FutureObj* f) {
  for (Value* field : {&f->loop, &f->result, &f->exception, &f->exception_tb, &f->source_tb, &f->cancel_msg,
                       &f->cancelled_exc}) {
    set_owned(field, Value());
  }
  if (f->callbacks != nullptr) {
    std::vector<std::pair<Value, Value>> callbacks;
    callbacks.swap(*f->callbacks);
    for (auto& [fn, ctx] : callbacks) {
      decref(fn);
      decref(ctx);
    }
  }
  Dict* d = f->dict;
  f->dict = nullptr;
  if (d != nullptr) decref(Value::object(d));
}

// "exception was never retrieved", reported through the loop's handler.
void future_finalize(Value self) {
  FutureObj* f = as_fut(self);
  if (!f->log_tb || f->loop.is_null()) return;
  f->log_tb = false;
  Ref context = Ref::steal(static_cast<Object*>(dict_new()));
  if (!context) return;
  Ref cls_name = getattr(Value::object(type_of(self)), "__name__");
  if (!cls_name) return;
  Ref message = str_from_utf8(str_to_std(cls_name.as<Str>()) + " exception was never retrieved");
  if (!message) return;
  Dict* d = context.as<Dict>();
  if (dict_set_str(d, "message", message.get()) < 0 || dict_set_str(d, "exception", f->exception) < 0 ||
      dict_set_str(d, "future", self) < 0) {
    return;
  }
  if (!f->source_tb.is_null()) {
    int truth = is_true(f->source_tb);
    if (truth < 0 || (truth > 0 && dict_set_str(d, "source_traceback", f->source_tb) < 0)) return;
  }
  Ref r = call_method(f->loop, "call_exception_handler", {context.get()});
}

int init_future_types() {
  if (type_has_flag(&future_type, kTypeReady)) return 0;
  Type& t = future_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_asyncio.Future";
  t.basic_size = sizeof(FutureObj);
  t.flags = kTypeGC | kTypeBaseType;
  t.base = &object_type;
  FutureObj probe{};
  t.dict_offset = reinterpret_cast<char*>(&probe.dict) - reinterpret_cast<char*>(&probe);
  t.weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  t.new_ = fut_new;
  t.init = fut_init;
  t.repr = fut_repr;
  t.iter = fut_await;
  t.await = fut_await;
  t.finalize = future_finalize;
  t.dealloc = fut_dealloc;
  t.traverse = fut_traverse;
  t.clear = fut_clear;
  t.methods = kFutureMethods;
  t.getsets = kFutureGetSets;
  t.doc = "This class is *almost* compatible with concurrent.futures.Future.";
  if (type_ready(&t) < 0) return -1;

  Type& it = future_iter_type;
  it.refcnt = kImmortalRefcnt;
  it.type = &type_type;
  it.name = "_asyncio.FutureIter";
  it.basic_size = sizeof(FutureIter);
  it.flags = kTypeGC;
  it.base = &object_type;
  it.iter = iter_self;
  it.next = iter_next;
  it.dealloc = iter_dealloc;
  it.traverse = iter_traverse;
  it.clear = iter_clear;
  it.methods = kIterMethods;
  return type_ready(&it);
}

}  // namespace taipan::asyncio_native
