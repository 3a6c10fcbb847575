// The descriptor types that expose native code as attributes of types
// (method_descriptor, classmethod_descriptor, wrapper_descriptor,
// getset_descriptor, member_descriptor) and their bound forms
// (builtin_function_or_method, method-wrapper). See descriptors.h.
#include "objects/descriptors.h"

#include <cstdio>
#include <string>

#include "objects/dict.h"
#include "objects/module.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/text_signature.h"
#include "objects/tuple.h"
#include "objects/type_slots.h"
#include "runtime/errors.h"
#include "runtime/native_boundary.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/frame.h"

namespace taipan {

Type method_descriptor_type;
Type builtin_function_type;
Type classmethod_descriptor_type;
Type wrapper_descriptor_type;
Type method_wrapper_type;
Type getset_descriptor_type;
Type member_descriptor_type;

namespace {

std::string address_of(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

// What the four unbound descriptor kinds have in common.
struct DescrInfo {
  Type* owner;
  std::string name;
  const char* doc;
};

// The class a descriptor belongs to, without describe()'s copy of the name
// (the checks that run on every call need only this).
Type* descr_owner(Value self) {
  Object* o = self.as_object();
  if (o->type == &method_descriptor_type || o->type == &classmethod_descriptor_type)
    return static_cast<MethodDescriptor*>(o)->owner;
  if (o->type == &wrapper_descriptor_type) return static_cast<WrapperDescriptor*>(o)->owner;
  if (o->type == &getset_descriptor_type) return static_cast<GetSetDescriptor*>(o)->owner;
  return static_cast<MemberDescriptor*>(o)->owner;
}

DescrInfo describe(Value self) {
  Object* o = self.as_object();
  if (o->type == &method_descriptor_type || o->type == &classmethod_descriptor_type) {
    auto* d = static_cast<MethodDescriptor*>(o);
    return {d->owner, d->def->name, d->def->doc};
  }
  if (o->type == &wrapper_descriptor_type) {
    auto* d = static_cast<WrapperDescriptor*>(o);
    return {d->owner, d->name, d->doc};
  }
  if (o->type == &getset_descriptor_type) {
    auto* d = static_cast<GetSetDescriptor*>(o);
    return {d->owner, d->def->name, d->def->doc};
  }
  auto* d = static_cast<MemberDescriptor*>(o);
  return {d->owner, std::string(str_utf8(d->name)), nullptr};
}

Ref descr_get_name(Value self) { return str_from_utf8(describe(self).name); }
Ref descr_get_qualname(Value self) {
  DescrInfo i = describe(self);
  Ref owner_name = getattr(Value::object(i.owner), "__qualname__");
  if (!owner_name) return nullptr;
  if (!is_str(owner_name.get())) return raise(exc::TypeError, "<descriptor>.__objclass__.__qualname__ is not a unicode object");
  return str_from_utf8(std::string(str_utf8(owner_name.as<Str>())) + "." + i.name);
}
Ref descr_get_doc(Value self) {
  DescrInfo i = describe(self);
  return native_doc(i.name.c_str(), i.doc);
}
Ref descr_get_text_signature(Value self) {
  DescrInfo i = describe(self);
  return native_text_signature(i.name.c_str(), i.doc);
}
Ref descr_get_objclass(Value self) { return Ref::borrow(Value::object(descr_owner(self))); }

const GetSetDef kDescrGetSets[] = {
    {"__name__", descr_get_name, nullptr, nullptr},
    {"__qualname__", descr_get_qualname, nullptr, nullptr},
    {"__doc__", descr_get_doc, nullptr, nullptr},
    {"__text_signature__", descr_get_text_signature, nullptr, nullptr},
    {"__objclass__", descr_get_objclass, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

Ref descr_repr_with(Value self, const char* kind) {
  DescrInfo i = describe(self);
  return str_from_utf8(std::string("<") + kind + " '" + i.name + "' of '" + i.owner->name + "' objects>");
}

// "descriptor 'x' for 'T' objects doesn't apply to a 'U' object"
bool check_descr_self(Value self, Value obj) {
  if (type_is_subtype(type_of(obj), descr_owner(self))) return true;
  DescrInfo i = describe(self);
  raise(exc::TypeError, "descriptor '" + i.name + "' for '" + i.owner->name +
                            "' objects doesn't apply to a '" + type_name_of(obj) + "' object");
  return false;
}

// The checks of calling an unbound method_descriptor / wrapper_descriptor.
bool check_descr_call(Value self, const Value* args, size_t nargs) {
  bool wrapper = self.as_object()->type == &wrapper_descriptor_type;
  if (nargs > 0 && !wrapper) return check_descr_self(self, args[0]);
  if (nargs > 0 && type_is_subtype(type_of(args[0]), descr_owner(self))) return true;
  DescrInfo i = describe(self);
  if (nargs == 0) {
    if (wrapper) {
      raise(exc::TypeError, "descriptor '" + i.name + "' of '" + i.owner->name + "' object needs an argument");
    } else {
      // The method's __qualname__, which names the type without its module.
      std::string_view owner = i.owner->name;
      owner = owner.substr(owner.rfind('.') + 1);
      raise(exc::TypeError, "unbound method " + std::string(owner) + "." + i.name + "() needs an argument");
    }
    return false;
  }
  raise(exc::TypeError, "descriptor '" + i.name + "' requires a '" + i.owner->name + "' object but received a '" +
                            type_name_of(args[0]) + "'");
  return false;
}

void owner_descr_dealloc(Object* o, Type* owner) {
  decref(Value::object(owner));
  free_object(o);
}

void descr_traverse(Object* o, VisitFn visit, void* arg) {
  visit(Value::object(descr_owner(Value::object(o))), arg);
}

// ---- method_descriptor ----

Ref method_descriptor_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_descr_call(self, args, nargs)) return nullptr;
  auto fn = self.as<MethodDescriptor>()->def->fn;
  return memory_errors_raised([&] { return fn(args[0], args + 1, nargs - 1, kwnames); });
}

Ref method_descriptor_get(Value self, Value obj, Type*) {
  if (obj.is_null()) return Ref::borrow(self);
  if (!check_descr_self(self, obj)) return nullptr;
  return builtin_function_new(self.as<MethodDescriptor>()->def, obj);
}

Ref method_descriptor_repr(Value self) { return descr_repr_with(self, "method"); }

void method_descriptor_dealloc(Object* o) { owner_descr_dealloc(o, static_cast<MethodDescriptor*>(o)->owner); }

// ---- classmethod_descriptor ----

Ref classmethod_descriptor_get(Value self, Value obj, Type* owner) {
  auto* d = self.as<MethodDescriptor>();
  Type* t = owner != nullptr ? owner : type_of(obj);
  if (!type_is_subtype(t, d->owner)) {
    return raise(exc::TypeError, std::string("descriptor '") + d->def->name + "' for type '" +
                                     d->owner->name + "' doesn't apply to type '" + t->name + "'");
  }
  return builtin_function_new(d->def, Value::object(t));
}

Ref classmethod_descriptor_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* d = self.as<MethodDescriptor>();
  if (nargs == 0) {
    return raise(exc::TypeError, std::string("descriptor '") + d->def->name + "' of '" + d->owner->name +
                                     "' object needs an argument");
  }
  if (!is_type(args[0])) {
    return raise(exc::TypeError, std::string("descriptor '") + d->def->name + "' for type '" + d->owner->name +
                                     "' needs a type, not a '" + type_name_of(args[0]) + "' as arg 2");
  }
  if (!type_is_subtype(args[0].as<Type>(), d->owner)) {
    return raise(exc::TypeError, std::string("descriptor '") + d->def->name + "' requires a subtype of '" +
                                     d->owner->name + "' but received '" + args[0].as<Type>()->name + "'");
  }
  return memory_errors_raised([&] { return d->def->fn(args[0], args + 1, nargs - 1, kwnames); });
}

// ---- builtin_function_or_method ----

Ref builtin_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* f = self.as<BuiltinFunction>();
  return memory_errors_raised([&] { return f->def->fn(f->self, args, nargs, kwnames); });
}

bool bound_to_instance(BuiltinFunction* f) { return !f->self.is_null() && !is_module(f->self); }

Ref builtin_repr(Value self) {
  auto* f = self.as<BuiltinFunction>();
  if (!bound_to_instance(f)) return str_from_utf8(std::string("<built-in function ") + f->def->name + ">");
  return str_from_utf8(std::string("<built-in method ") + f->def->name + " of " + type_name_of(f->self) +
                       " object at " + address_of(f->self.as_object()) + ">");
}

Ref builtin_richcompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &builtin_function_type) {
    return ref_not_implemented();
  }
  auto* x = a.as<BuiltinFunction>();
  auto* y = b.as<BuiltinFunction>();
  bool eq = x->def == y->def && x->self == y->self;
  return Ref::boolean(op == CompareOp::Eq ? eq : !eq);
}

int64_t builtin_hash(Value self) {
  auto* f = self.as<BuiltinFunction>();
  uint64_t h = reinterpret_cast<uintptr_t>(f->def) >> 4;
  if (!f->self.is_null()) {
    int64_t sh = hash(f->self);
    if (sh == -1) return -1;
    h ^= static_cast<uint64_t>(sh);
  }
  int64_t r = static_cast<int64_t>(h >> 1);
  return r == -1 ? -2 : r;
}

void builtin_dealloc(Object* o) {
  auto* f = static_cast<BuiltinFunction*>(o);
  decref(f->self);
  decref(f->module);
  free_object(o);
}

void builtin_traverse(Object* o, VisitFn visit, void* arg) {
  auto* f = static_cast<BuiltinFunction*>(o);
  if (!f->self.is_null()) visit(f->self, arg);
  if (!f->module.is_null()) visit(f->module, arg);
}

Ref builtin_get_name(Value self) { return str_from_utf8(self.as<BuiltinFunction>()->def->name); }
Ref builtin_get_qualname(Value self) {
  auto* f = self.as<BuiltinFunction>();
  if (!bound_to_instance(f)) return builtin_get_name(self);
  Type* t = is_type(f->self) ? f->self.as<Type>() : type_of(f->self);
  Ref tq = getattr(Value::object(t), "__qualname__");
  if (!tq) return nullptr;
  return str_from_utf8(std::string(str_utf8(tq.as<Str>())) + "." + f->def->name);
}
Ref builtin_get_self(Value self) {
  Value s = self.as<BuiltinFunction>()->self;
  return s.is_null() ? Ref::none() : Ref::borrow(s);
}
Ref builtin_get_module(Value self) {
  Value m = self.as<BuiltinFunction>()->module;
  return m.is_null() ? Ref::none() : Ref::borrow(m);
}
int builtin_set_module(Value self, Value v) {
  auto* f = self.as<BuiltinFunction>();
  Value old = f->module;
  f->module = v.is_null() ? Value() : v;
  incref(f->module);
  decref(old);
  return 0;
}
Ref builtin_get_doc(Value self) {
  const MethodDef* def = self.as<BuiltinFunction>()->def;
  return native_doc(def->name, def->doc);
}
Ref builtin_get_text_signature(Value self) {
  const MethodDef* def = self.as<BuiltinFunction>()->def;
  return native_text_signature(def->name, def->doc);
}

// Pickled by reference: a function by its name, looked up in __module__; a
// method as getattr(self, name).
Ref builtin_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if ((kwnames && kwnames->size) || nargs != 0) {
    return raise(exc::TypeError, std::string("__reduce__() takes no arguments (") + std::to_string(nargs) + " given)");
  }
  auto* f = self.as<BuiltinFunction>();
  if (!bound_to_instance(f)) return str_from_utf8(f->def->name);
  Value getattr_fn = dict_get_str(default_builtins(), intern("getattr"));
  if (getattr_fn.is_null()) return raise(exc::RuntimeError, "lost builtins.getattr");
  Ref name = str_from_utf8(f->def->name);
  Ref args = name ? tuple_pack({f->self, *name}) : nullptr;
  if (!args) return nullptr;
  return tuple_pack({getattr_fn, *args});
}

const MethodDef kBuiltinMethods[] = {
    {"__reduce__", builtin_reduce, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kBuiltinGetSets[] = {
    {"__name__", builtin_get_name, nullptr, nullptr},
    {"__qualname__", builtin_get_qualname, nullptr, nullptr},
    {"__self__", builtin_get_self, nullptr, nullptr},
    {"__module__", builtin_get_module, builtin_set_module, nullptr},
    {"__doc__", builtin_get_doc, nullptr, nullptr},
    {"__text_signature__", builtin_get_text_signature, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---- wrapper_descriptor and method-wrapper ----

Ref wrapper_descriptor_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_descr_call(self, args, nargs)) return nullptr;
  auto* d = self.as<WrapperDescriptor>();
  return memory_errors_raised([&] { return d->wrapper(args[0], args + 1, nargs - 1, kwnames, d->slot_fn); });
}

Ref method_wrapper_new(WrapperDescriptor* d, Value obj) {
  auto* w = new_object<MethodWrapper>(&method_wrapper_type);
  if (w == nullptr) return nullptr;
  w->descr = d;
  incref(Value::object(d));
  w->self = obj;
  incref(obj);
  return Ref::steal(w);
}

Ref wrapper_descriptor_get(Value self, Value obj, Type*) {
  if (obj.is_null()) return Ref::borrow(self);
  if (!check_descr_self(self, obj)) return nullptr;
  return method_wrapper_new(self.as<WrapperDescriptor>(), obj);
}

Ref wrapper_descriptor_repr(Value self) { return descr_repr_with(self, "slot wrapper"); }

void wrapper_descriptor_dealloc(Object* o) {
  owner_descr_dealloc(o, static_cast<WrapperDescriptor*>(o)->owner);
}

Ref method_wrapper_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* w = self.as<MethodWrapper>();
  return memory_errors_raised([&] { return w->descr->wrapper(w->self, args, nargs, kwnames, w->descr->slot_fn); });
}

Ref method_wrapper_repr(Value self) {
  auto* w = self.as<MethodWrapper>();
  std::string addr = w->self.is_object() ? address_of(w->self.as_object())
                                         : address_of(reinterpret_cast<void*>(w->self.bits()));
  return str_from_utf8(std::string("<method-wrapper '") + w->descr->name + "' of " +
                       type_name_of(w->self) + " object at " + addr + ">");
}

Ref method_wrapper_richcompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &method_wrapper_type) {
    return ref_not_implemented();
  }
  auto* x = a.as<MethodWrapper>();
  auto* y = b.as<MethodWrapper>();
  bool eq = x->descr == y->descr && x->self == y->self;
  return Ref::boolean(op == CompareOp::Eq ? eq : !eq);
}

int64_t method_wrapper_hash(Value self) {
  auto* w = self.as<MethodWrapper>();
  int64_t h = hash(w->self);
  if (h == -1) return -1;
  int64_t r = static_cast<int64_t>((static_cast<uint64_t>(h) ^ (reinterpret_cast<uintptr_t>(w->descr) >> 4)) >> 1);
  return r == -1 ? -2 : r;
}

void method_wrapper_dealloc(Object* o) {
  auto* w = static_cast<MethodWrapper*>(o);
  decref(Value::object(w->descr));
  decref(w->self);
  free_object(o);
}

void method_wrapper_traverse(Object* o, VisitFn visit, void* arg) {
  auto* w = static_cast<MethodWrapper*>(o);
  visit(Value::object(w->descr), arg);
  visit(w->self, arg);
}

Ref method_wrapper_get_self(Value self) { return Ref::borrow(self.as<MethodWrapper>()->self); }
Ref method_wrapper_get_name(Value self) { return str_from_utf8(self.as<MethodWrapper>()->descr->name); }
Ref method_wrapper_get_doc(Value self) {
  const WrapperDescriptor* d = self.as<MethodWrapper>()->descr;
  return native_doc(d->name, d->doc);
}
Ref method_wrapper_get_text_signature(Value self) {
  const WrapperDescriptor* d = self.as<MethodWrapper>()->descr;
  return native_text_signature(d->name, d->doc);
}
Ref method_wrapper_get_qualname(Value self) {
  auto* w = self.as<MethodWrapper>();
  return descr_get_qualname(Value::object(w->descr));
}

const GetSetDef kMethodWrapperGetSets[] = {
    {"__self__", method_wrapper_get_self, nullptr, nullptr},
    {"__name__", method_wrapper_get_name, nullptr, nullptr},
    {"__qualname__", method_wrapper_get_qualname, nullptr, nullptr},
    {"__doc__", method_wrapper_get_doc, nullptr, nullptr},
    {"__text_signature__", method_wrapper_get_text_signature, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---- getset_descriptor ----

Ref getset_get(Value self, Value obj, Type*) {
  if (obj.is_null()) return Ref::borrow(self);
  if (!check_descr_self(self, obj)) return nullptr;
  auto* d = self.as<GetSetDescriptor>();
  if (d->def->get == nullptr) {
    return raise(exc::AttributeError, std::string("attribute '") + d->def->name + "' of '" +
                                          d->owner->name + "' objects is not readable");
  }
  return d->def->get(obj);
}

int getset_set(Value self, Value obj, Value v) {
  if (!check_descr_self(self, obj)) return -1;
  auto* d = self.as<GetSetDescriptor>();
  if (d->def->set == nullptr) {
    return fail(exc::AttributeError, std::string("attribute '") + d->def->name + "' of '" +
                                         d->owner->name + "' objects is not writable");
  }
  return d->def->set(obj, v);
}

Ref getset_repr(Value self) { return descr_repr_with(self, "attribute"); }

void getset_dealloc(Object* o) { owner_descr_dealloc(o, static_cast<GetSetDescriptor*>(o)->owner); }

// ---- member_descriptor ----

Value* member_slot(Value self, Value obj) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.as_object()) + self.as<MemberDescriptor>()->offset);
}

Ref member_missing(Value self, Value obj) {
  return raise(exc::AttributeError, std::string("'") + type_name_of(obj) + "' object has no attribute '" +
                                        std::string(str_utf8(self.as<MemberDescriptor>()->name)) + "'");
}

Ref member_get(Value self, Value obj, Type*) {
  if (obj.is_null()) return Ref::borrow(self);
  if (!check_descr_self(self, obj)) return nullptr;
  Value v = *member_slot(self, obj);
  if (v.is_null()) return member_missing(self, obj);
  return Ref::borrow(v);
}

int member_set(Value self, Value obj, Value v) {
  if (!check_descr_self(self, obj)) return -1;
  Value* slot = member_slot(self, obj);
  Value old = *slot;
  if (v.is_null() && old.is_null()) {
    // CPython's message here is just the slot's name.
    raise(exc::AttributeError, str_utf8(self.as<MemberDescriptor>()->name));
    return -1;
  }
  incref(v);
  *slot = v;
  decref(old);
  return 0;
}

Ref member_repr(Value self) { return descr_repr_with(self, "member"); }

void member_dealloc(Object* o) {
  auto* m = static_cast<MemberDescriptor*>(o);
  decref(Value::object(m->name));
  owner_descr_dealloc(o, m->owner);
}

int init_descr_type(Type* t, const char* name, int64_t size, DeallocFn dealloc, UnaryFn repr_fn) {
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = name;
  t->basic_size = size;
  t->flags = kTypeGC;
  t->dealloc = dealloc;
  t->repr = repr_fn;
  return 0;
}

}  // namespace

Ref method_descriptor_new(Type* owner, const MethodDef* def) {
  auto* d = new_object<MethodDescriptor>(&method_descriptor_type);
  if (d == nullptr) return nullptr;
  d->owner = owner;
  incref(Value::object(owner));
  d->def = def;
  return Ref::steal(d);
}

Ref classmethod_descriptor_new(Type* owner, const MethodDef* def) {
  auto* d = new_object<MethodDescriptor>(&classmethod_descriptor_type);
  if (d == nullptr) return nullptr;
  d->owner = owner;
  incref(Value::object(owner));
  d->def = def;
  return Ref::steal(d);
}

Ref builtin_function_new(const MethodDef* def, Value self, Value module) {
  auto* f = new_object<BuiltinFunction>(&builtin_function_type);
  if (f == nullptr) return nullptr;
  f->def = def;
  f->self = self;
  incref(self);
  f->module = module;
  incref(module);
  return Ref::steal(f);
}

Ref wrapper_descriptor_new(Type* owner, const char* name, SlotWrapperFn wrapper, AnySlotFn slot_fn,
                           const char* doc) {
  auto* d = new_object<WrapperDescriptor>(&wrapper_descriptor_type);
  if (d == nullptr) return nullptr;
  d->owner = owner;
  incref(Value::object(owner));
  d->name = name;
  d->wrapper = wrapper;
  d->slot_fn = slot_fn;
  d->doc = doc;
  return Ref::steal(d);
}

Ref getset_descriptor_new(Type* owner, const GetSetDef* def) {
  auto* d = new_object<GetSetDescriptor>(&getset_descriptor_type);
  if (d == nullptr) return nullptr;
  d->owner = owner;
  incref(Value::object(owner));
  d->def = def;
  return Ref::steal(d);
}

Ref member_descriptor_new(Type* owner, Str* name, int64_t offset) {
  auto* d = new_object<MemberDescriptor>(&member_descriptor_type);
  if (d == nullptr) return nullptr;
  d->owner = owner;
  incref(Value::object(owner));
  d->name = name;
  incref(Value::object(name));
  d->offset = offset;
  return Ref::steal(d);
}

int init_descriptor_types() {
  static bool initialized = false;
  if (initialized) return 0;
  initialized = true;
  Type* t = &method_descriptor_type;
  init_descr_type(t, "method_descriptor", sizeof(MethodDescriptor), method_descriptor_dealloc,
                  method_descriptor_repr);
  t->flags |= kTypeMethodDescriptor;
  t->traverse = descr_traverse;
  t->call = method_descriptor_call;
  t->descr_get = method_descriptor_get;
  t->getsets = kDescrGetSets;

  t = &classmethod_descriptor_type;
  init_descr_type(t, "classmethod_descriptor", sizeof(MethodDescriptor), method_descriptor_dealloc,
                  method_descriptor_repr);
  t->traverse = descr_traverse;
  t->call = classmethod_descriptor_call;
  t->descr_get = classmethod_descriptor_get;
  t->getsets = kDescrGetSets;

  t = &builtin_function_type;
  init_descr_type(t, "builtin_function_or_method", sizeof(BuiltinFunction), builtin_dealloc, builtin_repr);
  t->traverse = builtin_traverse;
  {
    static BuiltinFunction probe{};
    t->weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  }
  t->call = builtin_call;
  t->richcompare = builtin_richcompare;
  t->hash = builtin_hash;
  t->getsets = kBuiltinGetSets;
  t->methods = kBuiltinMethods;

  t = &wrapper_descriptor_type;
  init_descr_type(t, "wrapper_descriptor", sizeof(WrapperDescriptor), wrapper_descriptor_dealloc,
                  wrapper_descriptor_repr);
  t->flags |= kTypeMethodDescriptor;
  t->traverse = descr_traverse;
  t->call = wrapper_descriptor_call;
  t->descr_get = wrapper_descriptor_get;
  t->getsets = kDescrGetSets;

  t = &method_wrapper_type;
  init_descr_type(t, "method-wrapper", sizeof(MethodWrapper), method_wrapper_dealloc, method_wrapper_repr);
  t->traverse = method_wrapper_traverse;
  t->call = method_wrapper_call;
  t->richcompare = method_wrapper_richcompare;
  t->hash = method_wrapper_hash;
  t->getsets = kMethodWrapperGetSets;

  t = &getset_descriptor_type;
  init_descr_type(t, "getset_descriptor", sizeof(GetSetDescriptor), getset_dealloc, getset_repr);
  t->traverse = descr_traverse;
  t->descr_get = getset_get;
  t->descr_set = getset_set;
  t->getsets = kDescrGetSets;

  t = &member_descriptor_type;
  init_descr_type(t, "member_descriptor", sizeof(MemberDescriptor), member_dealloc, member_repr);
  t->traverse = descr_traverse;
  t->descr_get = member_get;
  t->descr_set = member_set;
  t->getsets = kDescrGetSets;

  for (Type* ty : {&method_descriptor_type, &classmethod_descriptor_type, &builtin_function_type,
                   &wrapper_descriptor_type, &method_wrapper_type, &getset_descriptor_type,
                   &member_descriptor_type}) {
    if (type_ready(ty) < 0) return -1;
  }
  if (init_classmethod_types() < 0 || init_property_type() < 0 || init_super_type() < 0 ||
      init_mappingproxy_type() < 0) {
    return -1;
  }
  return 0;
}

}  // namespace taipan
