// classmethod and staticmethod: wrappers that change how a callable binds
// when found on a class. Both copy the wrapped callable's __name__,
// __qualname__, __doc__, __module__ and set __wrapped__ (as CPython 3.10+).
#include <string>

#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/type_slots.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/function.h"

namespace taipan {

Type classmethod_type;
Type staticmethod_type;

namespace {

StaticOrClassMethod* as_wrapper(Value v) { return v.as<StaticOrClassMethod>(); }

// functools.wraps-style copying of the callable's metadata into our __dict__.
int copy_metadata(StaticOrClassMethod* w) {
  if (w->dict == nullptr) {
    w->dict = dict_new();
    if (w->dict == nullptr) return -1;
  }
  for (const char* attr : {"__module__", "__name__", "__qualname__", "__doc__"}) {
    Ref v = getattr_optional(w->callable, intern(attr));
    if (!v) {
      if (error_occurred()) return -1;
      continue;
    }
    if (dict_set_str(w->dict, attr, v.get()) < 0) return -1;
  }
  return dict_set_str(w->dict, "__wrapped__", w->callable);
}

Ref wrapper_tp_new(Type* type, const Value*, size_t, Tuple*) {
  Object* o = alloc_object(type, static_cast<size_t>(type->basic_size));
  if (o == nullptr) return nullptr;
  return Ref::steal(o);
}

int wrapper_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = type_of(self) == &staticmethod_type || type_is_subtype(type_of(self), &staticmethod_type)
                         ? "staticmethod"
                         : "classmethod";
  if (!no_keywords(name, kwnames) || !check_arg_count(name, nargs, 1, 1)) return -1;
  StaticOrClassMethod* w = as_wrapper(self);
  Value old = w->callable;
  w->callable = args[0];
  incref(args[0]);
  decref(old);
  return copy_metadata(w);
}

Ref make_wrapper(Type* type, Value callable) {
  Ref w = wrapper_tp_new(type, nullptr, 0, nullptr);
  if (!w) return nullptr;
  StaticOrClassMethod* m = as_wrapper(w.get());
  m->callable = callable;
  incref(callable);
  if (copy_metadata(m) < 0) return nullptr;
  return w;
}

void wrapper_dealloc(Object* o) {
  auto* w = static_cast<StaticOrClassMethod*>(o);
  decref(w->callable);
  if (w->dict != nullptr) decref(Value::object(w->dict));
  free_object(o);
}

void wrapper_traverse(Object* o, VisitFn visit, void* arg) {
  auto* w = static_cast<StaticOrClassMethod*>(o);
  if (!w->callable.is_null()) visit(w->callable, arg);
  if (w->dict != nullptr) visit(Value::object(w->dict), arg);
}

void wrapper_clear(Object* o) {
  auto* w = static_cast<StaticOrClassMethod*>(o);
  Value c = w->callable;
  w->callable = Value();
  decref(c);
  if (w->dict != nullptr) {
    Dict* d = w->dict;
    w->dict = nullptr;
    decref(Value::object(d));
  }
}

Ref check_initialized(Value self) {
  if (as_wrapper(self)->callable.is_null()) {
    return raise(exc::RuntimeError, std::string("uninitialized ") + type_name_of(self) + " object");
  }
  return Ref::none();
}

Ref classmethod_get(Value self, Value obj, Type* owner) {
  if (!check_initialized(self)) return nullptr;
  Type* t = owner != nullptr ? owner : type_of(obj);
  Value callable = as_wrapper(self)->callable;
  DescrGetFn get = type_of(callable)->descr_get;
  if (get != nullptr) return get(callable, Value::object(t), type_of(Value::object(t)));
  return method_new(callable, Value::object(t));
}

Ref staticmethod_get(Value self, Value, Type*) {
  if (!check_initialized(self)) return nullptr;
  return Ref::borrow(as_wrapper(self)->callable);
}

Ref staticmethod_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_initialized(self)) return nullptr;
  return call(as_wrapper(self)->callable, args, nargs, kwnames);
}

Ref wrapper_repr(Value self) {
  Value callable = as_wrapper(self)->callable;
  Ref inner = callable.is_null() ? str_from_utf8("NULL") : repr(callable);
  if (!inner) return nullptr;
  return str_from_utf8(std::string("<") + type_name_of(self) + "(" + std::string(str_utf8(inner.as<Str>())) + ")>");
}

Ref wrapper_get_func(Value self) {
  Value c = as_wrapper(self)->callable;
  return c.is_null() ? Ref::none() : Ref::borrow(c);
}

Ref wrapper_get_isabstract(Value self) {
  Value c = as_wrapper(self)->callable;
  if (c.is_null()) return Ref::boolean(false);
  Ref v = getattr_optional(c, intern("__isabstractmethod__"));
  if (!v) return error_occurred() ? Ref() : Ref::boolean(false);
  int t = is_true(v.get());
  if (t < 0) return nullptr;
  return Ref::boolean(t != 0);
}

Ref wrapper_get_dict(Value self) {
  StaticOrClassMethod* w = as_wrapper(self);
  if (w->dict == nullptr) {
    w->dict = dict_new();
    if (w->dict == nullptr) return nullptr;
  }
  return Ref::borrow(Value::object(w->dict));
}

const GetSetDef kWrapperGetSets[] = {
    {"__dict__", wrapper_get_dict, nullptr, nullptr},
    {"__func__", wrapper_get_func, nullptr, nullptr},
    {"__isabstractmethod__", wrapper_get_isabstract, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

int init_wrapper_type(Type* t, const char* name, const char* doc) {
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = name;
  t->doc = doc;
  t->basic_size = sizeof(StaticOrClassMethod);
  t->flags = kTypeBaseType | kTypeGC;
  StaticOrClassMethod probe{};
  t->dict_offset = reinterpret_cast<char*>(&probe.dict) - reinterpret_cast<char*>(&probe);
  t->dealloc = wrapper_dealloc;
  t->traverse = wrapper_traverse;
  t->clear = wrapper_clear;
  t->new_ = wrapper_tp_new;
  t->init = wrapper_init;
  t->repr = wrapper_repr;
  t->getsets = kWrapperGetSets;
  return 0;
}

}  // namespace

Ref classmethod_new(Value callable) { return make_wrapper(&classmethod_type, callable); }
Ref staticmethod_new(Value callable) { return make_wrapper(&staticmethod_type, callable); }

int init_classmethod_types() {
  init_wrapper_type(&classmethod_type, "classmethod",
                    "classmethod(function) -> method\n\nConvert a function to be a class method.");
  classmethod_type.descr_get = classmethod_get;
  init_wrapper_type(&staticmethod_type, "staticmethod",
                    "staticmethod(function) -> method\n\nConvert a function to be a static method.");
  staticmethod_type.descr_get = staticmethod_get;
  staticmethod_type.call = staticmethod_call;
  if (type_ready(&classmethod_type) < 0) return -1;
  return type_ready(&staticmethod_type);
}

}  // namespace taipan
