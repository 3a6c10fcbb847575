// The `_queue` module under CPython's queue.py: SimpleQueue, an unbounded
// FIFO whose get() blocks (without the GIL) until an item arrives, and the
// Empty exception. As in CPython, a semaphore is held while the queue is
// empty: get() waits on it, put() hands it back.
#include <semaphore.h>
#include <time.h>

#include <cmath>
#include <deque>
#include <string>

#include "modules/module_exception.h"
#include "modules/modules.h"
#include "modules/thread.h"
#include "objects/float.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

Type* g_empty = nullptr;  // _queue.Empty

struct SimpleQueue : Object {
  std::deque<Value>* items;  // owned references
  sem_t sem;                 // taken by a get() that found the queue empty
  bool locked;
  Object* weaklist;
};

Type simple_queue_type;

Ref queue_new(Type* type, const Value*, size_t nargs, Tuple* kwnames) {
  if (nargs > 0 || (kwnames != nullptr && kwnames->size > 0)) {
    return raise(exc::TypeError, "SimpleQueue() takes no arguments");
  }
  auto* q = new_object<SimpleQueue>(type, static_cast<size_t>(type->basic_size));
  if (q == nullptr) return nullptr;
  q->items = new std::deque<Value>();
  sem_init(&q->sem, 0, 1);
  q->locked = false;
  return Ref::steal(q);
}

void queue_traverse(Object* self, VisitFn visit, void* arg) {
  auto* q = static_cast<SimpleQueue*>(self);
  if (q->items == nullptr) return;
  for (Value v : *q->items) visit(v, arg);
}

void queue_clear(Object* self) {
  auto* q = static_cast<SimpleQueue*>(self);
  if (q->items == nullptr) return;
  std::deque<Value> items;
  items.swap(*q->items);
  for (Value v : items) decref(v);
}

void queue_dealloc(Object* self) {
  auto* q = static_cast<SimpleQueue*>(self);
  queue_clear(self);
  delete q->items;
  sem_destroy(&q->sem);
  free_object(self);
}

void queue_push(SimpleQueue* q, Value item) {
  incref(item);
  q->items->push_back(item);
  if (q->locked) {
    q->locked = false;
    sem_post(&q->sem);
  }
}

Ref queue_put(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"item", "block", "timeout"};
  static const ArgSpec spec = {"put", names, 3, 0, 1};
  Value a[3];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  queue_push(self.as<SimpleQueue>(), a[0]);
  return Ref::none();
}

Ref queue_put_nowait(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"item"};
  static const ArgSpec spec = {"put_nowait", names, 1, 0, 1};
  Value a[1];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  queue_push(self.as<SimpleQueue>(), a[0]);
  return Ref::none();
}

double monotonic_now() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

// get(block, timeout): `timeout` seconds at most (negative: no limit, 0:
// do not wait).
Ref queue_take(SimpleQueue* q, double timeout) {
  double deadline = timeout > 0 ? monotonic_now() + timeout : 0;
  while (q->items->empty()) {
    if (timeout == 0) return raise_empty(g_empty);
    WaitResult r = wait_semaphore(&q->sem, timeout);
    if (r == WaitResult::Error) return error_occurred() ? nullptr : raise_os_error(errno);
    if (r == WaitResult::TimedOut) return raise_empty(g_empty);
    q->locked = true;
    if (timeout > 0) {
      timeout = deadline - monotonic_now();
      if (timeout < 0) timeout = 0;
    }
  }
  Value item = q->items->front();
  q->items->pop_front();
  return Ref::steal(item);
}

Ref queue_get(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"block", "timeout"};
  static const ArgSpec spec = {"get", names, 2, 0, 0};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  bool block = true;
  if (!a[0].is_null()) {
    int truth = is_true(a[0]);
    if (truth < 0) return nullptr;
    block = truth != 0;
  }
  double timeout = -1;
  if (block && !a[1].is_null() && !a[1].is_none()) {
    int rc = number_to_double(a[1], &timeout);
    if (rc < 0) return nullptr;
    if (rc == 0) {
      return raise(exc::TypeError, std::string("'") + type_name_of(a[1]) + "' object cannot be interpreted as an integer");
    }
    if (std::isnan(timeout)) return raise(exc::ValueError, "Invalid value NaN (not a number)");
    if (timeout < 0) return raise(exc::ValueError, "'timeout' must be a non-negative number");
  }
  return queue_take(self.as<SimpleQueue>(), block ? timeout : 0);
}

Ref queue_get_nowait(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("get_nowait", kwnames) || !check_arg_count("get_nowait", nargs, 0, 0)) return nullptr;
  return queue_take(self.as<SimpleQueue>(), 0);
}

Ref queue_empty(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("empty", kwnames) || !check_arg_count("empty", nargs, 0, 0)) return nullptr;
  return Ref::boolean(self.as<SimpleQueue>()->items->empty());
}

Ref queue_qsize(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("qsize", kwnames) || !check_arg_count("qsize", nargs, 0, 0)) return nullptr;
  return int_from_int64(static_cast<int64_t>(self.as<SimpleQueue>()->items->size()));
}

const MethodDef kQueueMethods[] = {
    {"put", queue_put, kMethodInstance, "Put the item on the queue."},
    {"put_nowait", queue_put_nowait, kMethodInstance, "Put an item into the queue without blocking."},
    {"get", queue_get, kMethodInstance, "Remove and return an item from the queue."},
    {"get_nowait", queue_get_nowait, kMethodInstance, "Remove and return an item from the queue without blocking."},
    {"empty", queue_empty, kMethodInstance, "Return True if the queue is empty, False otherwise (not reliable!)."},
    {"qsize", queue_qsize, kMethodInstance, "Return the approximate size of the queue (not reliable!)."},
    {"__class_getitem__", generic_alias_class_getitem, kMethodClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

int init_queue_types() {
  if (type_has_flag(&simple_queue_type, kTypeReady)) return 0;
  Type* t = &simple_queue_type;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = "_queue.SimpleQueue";
  t->basic_size = sizeof(SimpleQueue);
  t->flags = kTypeBaseType | kTypeGC;
  t->base = &object_type;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  t->weaklist_offset = offsetof(SimpleQueue, weaklist);
#pragma GCC diagnostic pop
  t->methods = kQueueMethods;
  t->new_ = queue_new;
  t->dealloc = queue_dealloc;
  t->traverse = queue_traverse;
  t->clear = queue_clear;
  if (type_ready(t) < 0) return -1;
  if (g_empty == nullptr) g_empty = new_exception_class("_queue", "Empty", {exc::Exception});
  return g_empty == nullptr ? -1 : 0;
}

}  // namespace

Ref make_queue_module() {
  if (init_queue_types() < 0) return nullptr;
  Ref module = module_new("_queue", true);
  if (!module) return nullptr;
  if (module_add(*module, "SimpleQueue", Value::object(&simple_queue_type)) < 0 ||
      module_add(*module, "Empty", Value::object(g_empty)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
