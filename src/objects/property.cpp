// property: the data descriptor built from getter/setter/deleter functions,
// with getter()/setter()/deleter() copies, __set_name__ for error messages
// and the docstring taken from the getter.
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

namespace taipan {

Type property_type;

namespace {

struct Property : Object {
  Value fget, fset, fdel, doc, name;  // owned; null when absent
  bool doc_from_getter;
};

Property* as_property(Value v) { return v.as<Property>(); }

void set_field(Value* field, Value v) {
  Value old = *field;
  *field = v.is_none() ? Value() : v;
  incref(*field);
  decref(old);
}

Value or_none(Value v) { return v.is_null() ? Value::none() : v; }

Ref property_tp_new(Type* type, const Value*, size_t, Tuple*) {
  Object* o = alloc_object(type, static_cast<size_t>(type->basic_size));
  if (o == nullptr) return nullptr;
  return Ref::steal(o);
}

int property_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"fget", "fset", "fdel", "doc"};
  static const ArgSpec spec = {"property", names, 4, 0, 0};
  Value out[4];
  if (!bind_args(spec, args, nargs, kwnames, out)) return -1;
  Property* p = as_property(self);
  set_field(&p->fget, or_none(out[0]));
  set_field(&p->fset, or_none(out[1]));
  set_field(&p->fdel, or_none(out[2]));
  set_field(&p->doc, or_none(out[3]));
  p->doc_from_getter = false;
  if ((out[3].is_null() || out[3].is_none()) && !p->fget.is_null()) {
    Ref d = getattr_optional(p->fget, intern("__doc__"));
    if (!d && error_occurred()) return -1;
    if (d) {
      set_field(&p->doc, d.get());
      p->doc_from_getter = true;
    }
  }
  // A subclass keeps the doc in its instance __dict__, where __doc__ lives for it.
  if (type_of(self) != &property_type && !p->doc.is_null()) {
    if (setattr(self, intern("__doc__"), p->doc) < 0) {
      if (!error_matches(exc::AttributeError)) return -1;
      clear_error();
    }
  }
  return 0;
}

void property_dealloc(Object* o) {
  Property* p = static_cast<Property*>(o);
  for (Value* f : {&p->fget, &p->fset, &p->fdel, &p->doc, &p->name}) set_field(f, Value::none());
  free_object(o);
}

void property_traverse(Object* o, VisitFn visit, void* arg) {
  Property* p = static_cast<Property*>(o);
  for (Value f : {p->fget, p->fset, p->fdel, p->doc, p->name}) {
    if (!f.is_null()) visit(f, arg);
  }
}

void property_clear(Object* o) {
  Property* p = static_cast<Property*>(o);
  for (Value* f : {&p->fget, &p->fset, &p->fdel, &p->doc, &p->name}) set_field(f, Value::none());
}

// "property 'x' of 'C' object has no setter", or without the name when unknown.
Ref missing_accessor(Value self, Value obj, const char* what) {
  Property* p = as_property(self);
  std::string msg = "property ";
  if (!p->name.is_null()) {
    Ref r = repr(p->name);
    if (!r) return nullptr;
    msg += std::string(str_utf8(r.as<Str>())) + " ";
  }
  msg += std::string("of '") + type_name_of(obj) + "' object has no " + what;
  return raise(exc::AttributeError, msg);
}

Ref property_get(Value self, Value obj, Type*) {
  if (obj.is_null()) return Ref::borrow(self);
  Property* p = as_property(self);
  if (p->fget.is_null()) return missing_accessor(self, obj, "getter");
  return call(p->fget, {obj});
}

int property_set(Value self, Value obj, Value v) {
  Property* p = as_property(self);
  if (v.is_null()) {
    if (p->fdel.is_null()) {
      missing_accessor(self, obj, "deleter");
      return -1;
    }
    return call(p->fdel, {obj}) ? 0 : -1;
  }
  if (p->fset.is_null()) {
    missing_accessor(self, obj, "setter");
    return -1;
  }
  return call(p->fset, {obj, v}) ? 0 : -1;
}

// getter/setter/deleter: a new property of the same type with one accessor replaced.
Ref property_copy(Value self, Value fget, Value fset, Value fdel) {
  Property* p = as_property(self);
  Value doc = p->doc_from_getter ? Value::none() : or_none(p->doc);
  Ref np = call(Value::object(type_of(self)), {or_none(fget), or_none(fset), or_none(fdel), doc});
  if (!np) return nullptr;
  if (type_is_subtype(type_of(np.get()), &property_type)) set_field(&as_property(np.get())->name, or_none(p->name));
  return np;
}

Ref property_getter(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_arg_count("getter", nargs, 1, 1)) return nullptr;
  Property* p = as_property(self);
  return property_copy(self, args[0], p->fset, p->fdel);
}
Ref property_setter(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_arg_count("setter", nargs, 1, 1)) return nullptr;
  Property* p = as_property(self);
  return property_copy(self, p->fget, args[0], p->fdel);
}
Ref property_deleter(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_arg_count("deleter", nargs, 1, 1)) return nullptr;
  Property* p = as_property(self);
  return property_copy(self, p->fget, p->fset, args[0]);
}
Ref property_set_name(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_arg_count("__set_name__", nargs, 2, 2)) return nullptr;
  set_field(&as_property(self)->name, args[1]);
  return Ref::none();
}

const MethodDef kPropertyMethods[] = {
    {"getter", property_getter, kMethodInstance, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, kMethodInstance, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, kMethodInstance,
     "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, kMethodInstance, "Method to set name of a property."},
    {nullptr, nullptr, 0, nullptr},
};

Ref get_fget(Value self) { return Ref::borrow(or_none(as_property(self)->fget)); }
Ref get_fset(Value self) { return Ref::borrow(or_none(as_property(self)->fset)); }
Ref get_fdel(Value self) { return Ref::borrow(or_none(as_property(self)->fdel)); }
Ref get_doc(Value self) { return Ref::borrow(or_none(as_property(self)->doc)); }
int set_doc(Value self, Value v) {
  set_field(&as_property(self)->doc, or_none(v));
  as_property(self)->doc_from_getter = false;
  return 0;
}

Ref get_isabstract(Value self) {
  Property* p = as_property(self);
  for (Value f : {p->fget, p->fset, p->fdel}) {
    if (f.is_null()) continue;
    Ref v = getattr_optional(f, intern("__isabstractmethod__"));
    if (!v) {
      if (error_occurred()) return nullptr;
      continue;
    }
    int t = is_true(v.get());
    if (t < 0) return nullptr;
    if (t) return Ref::boolean(true);
  }
  return Ref::boolean(false);
}

const GetSetDef kPropertyGetSets[] = {
    {"fget", get_fget, nullptr, nullptr},
    {"fset", get_fset, nullptr, nullptr},
    {"fdel", get_fdel, nullptr, nullptr},
    {"__doc__", get_doc, set_doc, nullptr},
    {"__isabstractmethod__", get_isabstract, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

int init_property_type() {
  Type* t = &property_type;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = "property";
  t->doc =
      "property(fget=None, fset=None, fdel=None, doc=None)\n--\n\nProperty attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    "
      "function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an "
      "attribute\n  doc\n    docstring";
  t->basic_size = sizeof(Property);
  t->flags = kTypeBaseType | kTypeGC;
  t->dealloc = property_dealloc;
  t->traverse = property_traverse;
  t->clear = property_clear;
  t->new_ = property_tp_new;
  t->init = property_init;
  t->descr_get = property_get;
  t->descr_set = property_set;
  t->methods = kPropertyMethods;
  t->getsets = kPropertyGetSets;
  return type_ready(t);
}

}  // namespace taipan
