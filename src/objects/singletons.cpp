// NoneType, NotImplementedType and ellipsis: the types of the three
// value-less singletons, and the NotImplemented and Ellipsis objects.
#include "objects/singletons.h"

#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan {

Type none_type;
Type not_implemented_type;
Type ellipsis_type;

namespace {

Object not_implemented_object{kImmortalRefcnt, &not_implemented_type};
Object ellipsis_object{kImmortalRefcnt, &ellipsis_type};

Ref none_repr(Value) { return Ref::borrow(Value::object(intern("None"))); }
Ref not_implemented_repr(Value) { return Ref::borrow(Value::object(intern("NotImplemented"))); }
Ref ellipsis_repr(Value) { return Ref::borrow(Value::object(intern("Ellipsis"))); }

int none_bool(Value) { return 0; }

// Calling the type returns the singleton; arguments are refused.
Ref singleton_new(Type* type, const Value*, size_t nargs, Tuple* kwnames, Value singleton) {
  if (nargs != 0 || (kwnames != nullptr)) {
    return raise(exc::TypeError, std::string(type->name) + " takes no arguments");
  }
  return Ref::borrow(singleton);
}
Ref none_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return singleton_new(type, args, nargs, kwnames, Value::none());
}
Ref not_implemented_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return singleton_new(type, args, nargs, kwnames, not_implemented_value());
}
Ref ellipsis_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return singleton_new(type, args, nargs, kwnames, ellipsis_value());
}

// NotImplemented and Ellipsis pickle as the builtins of those names: their
// __reduce__ returns the name, as CPython's does.
Ref not_implemented_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__reduce__", kwnames) || !check_arg_count("__reduce__", nargs, 0, 0)) return nullptr;
  return not_implemented_repr(self);
}
Ref ellipsis_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__reduce__", kwnames) || !check_arg_count("__reduce__", nargs, 0, 0)) return nullptr;
  return ellipsis_repr(self);
}
const MethodDef kNotImplementedMethods[] = {
    {"__reduce__", not_implemented_reduce, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kEllipsisMethods[] = {
    {"__reduce__", ellipsis_reduce, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

int init_one(Type* t, const char* name, UnaryFn repr_fn, NewFn new_fn) {
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = name;
  t->basic_size = sizeof(Object);
  t->repr = repr_fn;
  t->new_ = new_fn;
  return type_ready(t);
}

}  // namespace

Object* not_implemented = &not_implemented_object;
Object* ellipsis = &ellipsis_object;

int init_singleton_types() {
  none_type.number.bool_ = none_bool;
  if (init_one(&none_type, "NoneType", none_repr, none_new) < 0) return -1;
  not_implemented_type.methods = kNotImplementedMethods;
  if (init_one(&not_implemented_type, "NotImplementedType", not_implemented_repr,
               not_implemented_new) < 0) {
    return -1;
  }
  ellipsis_type.methods = kEllipsisMethods;
  return init_one(&ellipsis_type, "ellipsis", ellipsis_repr, ellipsis_new);
}

}  // namespace taipan
