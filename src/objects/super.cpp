// super: attribute lookup that starts after a given class in the MRO of an
// object's type. super() with no arguments takes __class__ and the first
// argument from the calling frame (frame_super_args, in the VM).
#include <cstdio>
#include <string>

#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_slots.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/eval.h"

namespace taipan {

Type super_type;

namespace {

struct Super : Object {
  Type* type;      // owned: the class after which lookup starts
  Value obj;       // owned, or null for unbound super
  Type* obj_type;  // owned, or null: the type whose MRO is searched
};

Super* as_super(Value v) { return v.as<Super>(); }

// The type whose MRO super(type, obj) searches, or null with TypeError.
Type* supercheck(Type* type, Value obj) {
  if (is_type(obj) && type_is_subtype(obj.as<Type>(), type)) return obj.as<Type>();
  if (type_is_subtype(type_of(obj), type)) return type_of(obj);
  Ref cls = getattr_optional(obj, INTERNED("__class__"));
  if (!cls && error_occurred()) return nullptr;
  if (cls && is_type(cls.get()) && cls.get() != Value::object(type_of(obj)) &&
      type_is_subtype(cls.as<Type>(), type)) {
    return cls.as<Type>();
  }
  raise(exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

void set_super(Super* s, Type* type, Value obj, Type* obj_type) {
  Value old[] = {s->type ? Value::object(s->type) : Value(), s->obj,
                 s->obj_type ? Value::object(s->obj_type) : Value()};
  s->type = type;
  incref(Value::object(type));
  s->obj = obj;
  incref(obj);
  s->obj_type = obj_type;
  if (obj_type) incref(Value::object(obj_type));
  for (Value v : old) decref(v);
}

Ref super_tp_new(Type* type, const Value*, size_t, Tuple*) {
  Object* o = alloc_object(type, static_cast<size_t>(type->basic_size));
  if (o == nullptr) return nullptr;
  return Ref::steal(o);
}

int super_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("super", kwnames) || !check_arg_count("super", nargs, 0, 2)) return -1;
  Value cls, obj;
  if (nargs == 0) {
    if (!frame_super_args(&cls, &obj)) return -1;
  } else {
    cls = args[0];
    if (nargs == 2) obj = args[1];
  }
  if (!is_type(cls)) {
    return fail(exc::TypeError, std::string("super() argument 1 must be a type, not ") + type_name_of(cls));
  }
  Type* obj_type = nullptr;
  if (!obj.is_null()) {
    obj_type = supercheck(cls.as<Type>(), obj);
    if (obj_type == nullptr) return -1;
  }
  set_super(as_super(self), cls.as<Type>(), obj, obj_type);
  return 0;
}

void super_dealloc(Object* o) {
  Super* s = static_cast<Super*>(o);
  if (s->type) decref(Value::object(s->type));
  decref(s->obj);
  if (s->obj_type) decref(Value::object(s->obj_type));
  free_object(o);
}

void super_traverse(Object* o, VisitFn visit, void* arg) {
  Super* s = static_cast<Super*>(o);
  if (s->type) visit(Value::object(s->type), arg);
  if (!s->obj.is_null()) visit(s->obj, arg);
  if (s->obj_type) visit(Value::object(s->obj_type), arg);
}

Ref super_getattr(Value self, Str* name) {
  Super* s = as_super(self);
  Type* start = s->obj_type;
  if (start == nullptr || str_utf8(name) == "__class__") return generic_getattr(self, name);
  Tuple* mro = start->mro;
  int64_t i = 0;
  while (i < mro->size && mro->items[i].as_object() != s->type) i++;
  for (i++; i < mro->size; i++) {
    Type* c = mro->items[i].as<Type>();
    Value v = dict_get_str(c->dict, name);
    if (v.is_null()) continue;
    DescrGetFn get = type_of(v)->descr_get;
    if (get == nullptr) return Ref::borrow(v);
    Value obj = s->obj == Value::object(start) ? Value() : s->obj;
    return get(v, obj, start);
  }
  return generic_getattr(self, name);
}

Ref super_descr_get(Value self, Value obj, Type*) {
  Super* s = as_super(self);
  if (obj.is_null() || !s->obj.is_null()) return Ref::borrow(self);
  Ref ns = super_tp_new(type_of(self), nullptr, 0, nullptr);
  if (!ns) return nullptr;
  Type* obj_type = supercheck(s->type, obj);
  if (obj_type == nullptr) return nullptr;
  set_super(as_super(ns.get()), s->type, obj, obj_type);
  return ns;
}

Ref super_repr(Value self) {
  Super* s = as_super(self);
  std::string out = std::string("<super: <class '") + s->type->name + "'>, ";
  if (s->obj_type == nullptr) {
    out += "NULL>";
  } else {
    out += std::string("<") + s->obj_type->name + " object>>";
  }
  return str_from_utf8(out);
}

Ref get_thisclass(Value self) { return Ref::borrow(Value::object(as_super(self)->type)); }
Ref get_self(Value self) {
  Value o = as_super(self)->obj;
  return o.is_null() ? Ref::none() : Ref::borrow(o);
}
Ref get_self_class(Value self) {
  Type* t = as_super(self)->obj_type;
  return t == nullptr ? Ref::none() : Ref::borrow(Value::object(t));
}

const GetSetDef kSuperGetSets[] = {
    {"__thisclass__", get_thisclass, nullptr, "the class invoking super()"},
    {"__self__", get_self, nullptr, "the instance invoking super(); may be None"},
    {"__self_class__", get_self_class, nullptr, "the type of the instance invoking super(); may be None"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

int init_super_type() {
  Type* t = &super_type;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = "super";
  t->doc =
      "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\n"
      "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
      "super(type, type2) -> bound super object; requires issubclass(type2, type)";
  t->basic_size = sizeof(Super);
  t->flags = kTypeBaseType | kTypeGC;
  t->dealloc = super_dealloc;
  t->traverse = super_traverse;
  t->new_ = super_tp_new;
  t->init = super_init;
  t->getattr = super_getattr;
  t->descr_get = super_descr_get;
  t->repr = super_repr;
  t->getsets = kSuperGetSets;
  return type_ready(t);
}

}  // namespace taipan
