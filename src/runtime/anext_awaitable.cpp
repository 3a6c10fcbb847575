// anext(iterator, default): the awaitable that steps iterator.__anext__()'s
// awaitable and turns its StopAsyncIteration into a StopIteration carrying
// the default, as CPython's anext_awaitable does.
#include "runtime/anext_awaitable.h"

#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/generator.h"
#include "vm/ops.h"

namespace taipan {

namespace {

Type anext_awaitable_type;

struct AnextAwaitable : Object {
  Value wrapped;        // what __anext__() returned (owned)
  Value default_value;  // owned
};

AnextAwaitable* as_anext(Value v) { return v.as<AnextAwaitable>(); }

// The iterator that drives the wrapped awaitable, asked for afresh at each
// step as CPython does; a coroutine is driven through its __await__ wrapper.
Ref awaitable_iter(AnextAwaitable* a) {
  Value w = a->wrapped;
  if (is_coroutine(w)) return type_of(w)->await(w);
  return get_awaitable_iter(w, 0);
}

// The end of the wrapped awaitable's iteration by StopAsyncIteration
// becomes the default value.
Ref finish_step(AnextAwaitable* a, Ref result) {
  if (!result && error_matches(exc::StopAsyncIteration)) {
    clear_error();
    raise_with_arg(exc::StopIteration, a->default_value);
  }
  return result;
}

Ref anext_next(Value self) {
  AnextAwaitable* a = as_anext(self);
  Ref it = awaitable_iter(a);
  if (!it) return nullptr;
  NextFn next = type_of(*it)->next;
  if (next == nullptr) return raise(exc::TypeError, "__await__ returned a non-iterable");
  return finish_step(a, next(*it));
}

// send/throw/close go to the driving iterator's method of the same name.
Ref forward(Value self, const char* method, const Value* args, size_t nargs) {
  AnextAwaitable* a = as_anext(self);
  Ref it = awaitable_iter(a);
  if (!it) return nullptr;
  Ref meth = getattr(*it, method);
  if (!meth) return nullptr;
  return finish_step(a, call(*meth, args, nargs));
}

Ref anext_send(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("send", kwnames) || !check_arg_count("send", nargs, 1, 1)) return nullptr;
  if (args[0].is_none()) return anext_next(self);
  return forward(self, "send", args, nargs);
}

Ref anext_throw(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("throw", kwnames) || !check_arg_count("throw", nargs, 1, 3)) return nullptr;
  return forward(self, "throw", args, nargs);
}

Ref anext_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("close", kwnames) || !check_arg_count("close", nargs, 0, 0)) return nullptr;
  return forward(self, "close", nullptr, 0);
}

Ref anext_self(Value self) { return Ref::borrow(self); }

void anext_traverse(Object* self, VisitFn visit, void* arg) {
  auto* a = static_cast<AnextAwaitable*>(self);
  visit(a->wrapped, arg);
  visit(a->default_value, arg);
}

void anext_dealloc(Object* self) {
  auto* a = static_cast<AnextAwaitable*>(self);
  decref(a->wrapped);
  decref(a->default_value);
  free_object(self);
}

const MethodDef kAnextMethods[] = {
    {"send", anext_send, kMethodInstance, nullptr},
    {"throw", anext_throw, kMethodInstance, nullptr},
    {"close", anext_close, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

int ready_type() {
  static bool done = false;
  if (done) return 0;
  Type* t = &anext_awaitable_type;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = "anext_awaitable";
  t->basic_size = sizeof(AnextAwaitable);
  t->flags = kTypeGC;
  t->getattr = generic_getattr;
  t->dealloc = anext_dealloc;
  t->traverse = anext_traverse;
  t->iter = anext_self;
  t->next = anext_next;
  t->await = anext_self;
  t->methods = kAnextMethods;
  if (type_ready(t) < 0) return -1;
  done = true;
  return 0;
}

}  // namespace

Ref anext_awaitable_new(Value wrapped, Value default_value) {
  if (ready_type() < 0) return nullptr;
  auto* a = new_object<AnextAwaitable>(&anext_awaitable_type);
  if (a == nullptr) return nullptr;
  a->wrapped = Ref::borrow(wrapped).release();
  a->default_value = Ref::borrow(default_value).release();
  return Ref::steal(a);
}

}  // namespace taipan
