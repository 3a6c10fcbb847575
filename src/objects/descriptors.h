// The descriptor types through which types expose native code as attributes:
//   method_descriptor            a MethodDef of a type, unbound (list.append)
//   builtin_function_or_method   a MethodDef bound to a self (module functions,
//                                [].append)
//   classmethod_descriptor       a kMethodClass MethodDef (dict.fromkeys)
//   wrapper_descriptor           a type slot exposed as a dunder (int.__add__)
//   method-wrapper               a wrapper_descriptor bound to an instance
//   getset_descriptor            a GetSetDef (int.real, C.__dict__)
//   member_descriptor            one __slots__ entry of a class
#pragma once

#include "objects/type.h"

namespace taipan {

// A generic function pointer: any slot function, converted back to its own
// signature by the wrapper that calls it.
using AnySlotFn = void (*)();

// How a wrapper_descriptor calls the slot function it exposes.
using SlotWrapperFn = Ref (*)(Value self, const Value* args, size_t nargs, Tuple* kwnames,
                              AnySlotFn slot_fn);

struct MethodDescriptor : Object {
  Type* owner;
  const MethodDef* def;
};

struct BuiltinFunction : Object {
  const MethodDef* def;
  Value self;    // owned; null for static methods
  Value module;  // owned: the module's name (str) for module functions, or null
  Value weakrefs;  // managed by the weakref machinery (objects/weakref.h)
};

struct WrapperDescriptor : Object {
  Type* owner;
  const char* name;  // the dunder, e.g. "__add__"
  SlotWrapperFn wrapper;
  AnySlotFn slot_fn;
  const char* doc;
};

struct MethodWrapper : Object {
  WrapperDescriptor* descr;  // owned
  Value self;                // owned
};

struct GetSetDescriptor : Object {
  Type* owner;
  const GetSetDef* def;
};

// A __slots__ entry: the instance keeps a Value at `offset` (null: unset).
struct MemberDescriptor : Object {
  Type* owner;
  Str* name;  // owned
  int64_t offset;
};

extern Type method_descriptor_type;
extern Type builtin_function_type;
extern Type classmethod_descriptor_type;
extern Type wrapper_descriptor_type;
extern Type method_wrapper_type;
extern Type getset_descriptor_type;
extern Type member_descriptor_type;

Ref method_descriptor_new(Type* owner, const MethodDef* def);
Ref classmethod_descriptor_new(Type* owner, const MethodDef* def);
// A builtin function: self is the module (module functions), the instance
// (bound methods) or null; module is the module's __name__ or null.
Ref builtin_function_new(const MethodDef* def, Value self, Value module = Value());
Ref wrapper_descriptor_new(Type* owner, const char* name, SlotWrapperFn wrapper, AnySlotFn slot_fn,
                           const char* doc);
Ref getset_descriptor_new(Type* owner, const GetSetDef* def);
Ref member_descriptor_new(Type* owner, Str* name, int64_t offset);

// classmethod and staticmethod objects (classmethod.cpp), property
// (property.cpp), super (super.cpp) and mappingproxy (mappingproxy.cpp).
extern Type classmethod_type;
extern Type staticmethod_type;
extern Type property_type;
extern Type super_type;
extern Type mappingproxy_type;

struct StaticOrClassMethod : Object {
  Value callable;  // owned
  Dict* dict;      // __dict__ (owned), or null
};

Ref classmethod_new(Value callable);
Ref staticmethod_new(Value callable);
// A read-only view of a mapping (type.__dict__).
Ref mappingproxy_new(Value mapping);

inline bool is_builtin_function(Value v) {
  return v.is_object() && v.as_object()->type == &builtin_function_type;
}

// Readies every type declared above. 0 or -1.
int init_descriptor_types();

}  // namespace taipan
