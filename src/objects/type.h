// Type: the layout of every type object, built-in or made by `class`, and
// the slot signatures through which the VM and the runtime reach a type's
// behaviour. Built-in types are static `Type` objects whose slots and method
// tables are filled by their own file's init function, then finished by
// type_ready(); classes made at run time are heap types whose slots
// dispatch to the dunder methods found along the MRO.
#pragma once

#include <cstdint>

#include "objects/object.h"

namespace taipan {

struct Str;
struct Tuple;
struct Dict;

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

using VisitFn = void (*)(Value child, void* arg);

// Slot signatures. A function returning Ref returns null with an exception
// set on failure; one returning int or int64_t returns -1 on failure.
using DeallocFn = void (*)(Object* self);
using TraverseFn = void (*)(Object* self, VisitFn visit, void* arg);
using ClearFn = void (*)(Object* self);
using UnaryFn = Ref (*)(Value self);
using BinaryFn = Ref (*)(Value a, Value b);
using TernaryFn = Ref (*)(Value a, Value b, Value c);
using InquiryFn = int (*)(Value self);
using HashFn = int64_t (*)(Value self);
using LenFn = int64_t (*)(Value self);
using RichCompareFn = Ref (*)(Value a, Value b, CompareOp op);
using GetAttrFn = Ref (*)(Value self, Str* name);
using SetAttrFn = int (*)(Value self, Str* name, Value v);  // v null: delete
using CallFn = Ref (*)(Value callable, const Value* args, size_t nargs, Tuple* kwnames);
using NextFn = Ref (*)(Value self);  // null without an exception set: exhausted
using DescrGetFn = Ref (*)(Value descr, Value obj, Type* owner);  // obj null: accessed on the class
using DescrSetFn = int (*)(Value descr, Value obj, Value v);      // v null: delete
using NewFn = Ref (*)(Type* type, const Value* args, size_t nargs, Tuple* kwnames);
using InitFn = int (*)(Value self, const Value* args, size_t nargs, Tuple* kwnames);
using GetItemFn = Ref (*)(Value self, Value key);
using SetItemFn = int (*)(Value self, Value key, Value v);  // v null: delete
using ContainsFn = int (*)(Value self, Value item);

// Arguments follow the vectorcall convention: args[0..nargs) positional, then
// one value per name in kwnames (which may be null).
using NativeFn = Ref (*)(Value self, const Value* args, size_t nargs, Tuple* kwnames);

enum MethodFlags : uint32_t {
  kMethodInstance = 0,    // self is the instance (or the module for module functions)
  kMethodClass = 1 << 0,  // self is the type (classmethod)
  kMethodStatic = 1 << 1, // self is null
};

struct MethodDef {
  const char* name;  // null name ends a table
  NativeFn fn;
  uint32_t flags;
  const char* doc;
};

struct GetSetDef {
  const char* name;  // null name ends a table
  Ref (*get)(Value self);
  int (*set)(Value self, Value v);  // null: read-only; v null: delete
  const char* doc;
};

struct NumberSlots {
  BinaryFn add, subtract, multiply, remainder, divmod, floor_divide, true_divide, matrix_multiply;
  TernaryFn power;  // third argument None when absent
  BinaryFn lshift, rshift, and_, xor_, or_;
  BinaryFn inplace_add, inplace_subtract, inplace_multiply, inplace_remainder,
      inplace_floor_divide, inplace_true_divide, inplace_matrix_multiply;
  TernaryFn inplace_power;
  BinaryFn inplace_lshift, inplace_rshift, inplace_and, inplace_xor, inplace_or;
  UnaryFn negative, positive, absolute, invert;
  InquiryFn bool_;
  UnaryFn int_, float_, index;
};

enum TypeFlags : uint64_t {
  kTypeHeap = 1 << 0,          // made at run time (class statement, type())
  kTypeBaseType = 1 << 1,      // may be subclassed
  kTypeGC = 1 << 2,            // instances are tracked by the cycle collector
  kTypeReady = 1 << 3,         // type_ready() has run
  kTypeAbstract = 1 << 4,      // has abstract methods
  kTypeIsAbstractBase = 1 << 5,
  // Fast subclass checks for the built-in families.
  kTypeIntSubclass = 1 << 8,
  kTypeFloatSubclass = 1 << 9,
  kTypeStrSubclass = 1 << 10,
  kTypeBytesSubclass = 1 << 11,
  kTypeListSubclass = 1 << 12,
  kTypeTupleSubclass = 1 << 13,
  kTypeDictSubclass = 1 << 14,
  kTypeTypeSubclass = 1 << 15,
  kTypeBaseExceptionSubclass = 1 << 16,
  // Instances are unbound-method-like descriptors (Python functions, method
  // descriptors): descr(obj, *args) is the same as descr.__get__(obj)(*args),
  // so the runtime may skip making a bound method when it calls a dunder.
  kTypeMethodDescriptor = 1 << 17,
  // What `case [...]` and `case {...}` match (CPython's Py_TPFLAGS_SEQUENCE
  // and _MAPPING): set on the built-in sequences and mappings, inherited from
  // the base, and given by _abc to ABCs with __abc_tpflags__ and the classes
  // registered with them.
  kTypeSequence = 1 << 18,
  kTypeMapping = 1 << 19,
};

// CPython's values of those two bits, as __flags__ and __abc_tpflags__ show them.
constexpr uint64_t kCPythonSequenceFlag = 1 << 5;
constexpr uint64_t kCPythonMappingFlag = 1 << 6;

struct Type : Object {
  const char* name = nullptr;  // tp_name: "int", "collections.OrderedDict", a class's __name__
  int64_t basic_size = 0;      // bytes of an instance (header included)
  int64_t item_size = 0;       // bytes per item for variable-size instances
  uint64_t flags = 0;
  uint32_t version_tag = 0;    // bumped when the type or a base changes (cache guards)

  Type* base = nullptr;       // __base__
  Tuple* bases = nullptr;     // __bases__
  Tuple* mro = nullptr;       // __mro__
  Dict* dict = nullptr;       // __dict__
  Value heap_name;            // heap types: the __name__ Str (owned)
  Value qualname;             // heap types: __qualname__ (owned)
  Value subclasses;           // list of weak references to direct subclasses, or null
  int64_t dict_offset = 0;    // offset of the instance's Dict* slot, 0 if none
  int64_t weaklist_offset = 0;
  // Heap types: where this class's own __slots__ values start in an instance
  // and how many there are (a base's slots lie before them).
  int64_t slots_offset = 0;
  int64_t slot_count = 0;
  Value weakrefs;             // this type's own weak references (objects/weakref.h)

  // Tables read by type_ready() to fill the dict.
  const MethodDef* methods = nullptr;
  const GetSetDef* getsets = nullptr;
  const char* doc = nullptr;

  // Lifetime and the cycle collector.
  DeallocFn dealloc = nullptr;
  TraverseFn traverse = nullptr;
  ClearFn clear = nullptr;

  // Basic behaviour.
  UnaryFn repr = nullptr;
  UnaryFn str = nullptr;
  HashFn hash = nullptr;
  RichCompareFn richcompare = nullptr;
  GetAttrFn getattr = nullptr;
  SetAttrFn setattr = nullptr;
  CallFn call = nullptr;
  UnaryFn iter = nullptr;
  NextFn next = nullptr;
  DescrGetFn descr_get = nullptr;
  DescrSetFn descr_set = nullptr;
  NewFn new_ = nullptr;
  InitFn init = nullptr;
  // The instance's finaliser (__del__ of heap types).
  void (*finalize)(Value self) = nullptr;

  // Containers.
  LenFn len = nullptr;
  GetItemFn getitem = nullptr;
  SetItemFn setitem = nullptr;
  ContainsFn contains = nullptr;

  // Numbers.
  NumberSlots number{};

  // Coroutines.
  UnaryFn await = nullptr;
  UnaryFn aiter = nullptr;
  UnaryFn anext = nullptr;
};

extern Type type_type;    // `type`
extern Type object_type;  // `object`

// Finishes a type: inherits slots from the base, computes the MRO, builds the
// dict from methods/getsets and exposes slots as dunder wrappers. 0 or -1.
int type_ready(Type* t);

// True when a is b or a subclass of b (walks a's MRO).
bool type_is_subtype(const Type* a, const Type* b);

// Looks a name up along the MRO without descriptors; borrowed, null if absent.
Value type_lookup(Type* t, Str* name);

inline bool type_has_flag(const Type* t, uint64_t f) { return (t->flags & f) != 0; }

inline bool is_type(Value v) {
  return v.is_object() && (v.as_object()->type == &type_type ||
                           type_has_flag(v.as_object()->type, kTypeTypeSubclass));
}

// The same lookup by a C string name (interned on the way).
Value type_lookup(Type* t, const char* name);

// The hash slot of unhashable types (list, dict, set, classes defining __eq__
// without __hash__): raises "unhashable type: 'X'". A type whose hash slot is
// still null after type_ready() gets this one and __hash__ = None.
int64_t hash_not_implemented(Value self);

// Call after changing a type's dict by hand: bumps the version tag of t and of
// every subclass (attribute caches use it) and re-derives dunder slots.
void type_modified(Type* t);

// The most derived metaclass of `meta` and the metaclasses of `bases`, or
// null with "metaclass conflict" TypeError. Used by __build_class__.
Type* calculate_metaclass(Type* meta, Tuple* bases);

// The __dict__ attribute of instances whose type has a dict_offset (heap
// types, and native types that keep a dict): get makes the dict on first use.
Ref instance_dict_get(Value self);
int instance_dict_set(Value self, Value v);

// The dotted name shown by repr: "int", "__main__.C".
Ref type_qualified_name(Type* t);

// object's default behaviour, shared with other types.
Ref object_default_repr(Value self);  // <__main__.C object at 0x...>
int64_t object_default_hash(Value self);
Ref object_default_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames);

// Fills in `object` and `type`. The type system boots (readies object, type,
// the descriptor types and every static type whose type_ready() was called
// earlier) as soon as str, tuple, dict and list have their fields filled in:
// until then type_ready() only records the type, since readying allocates
// dicts, tuples and strings. Call it first. 0 or -1.
int init_type_and_object();

}  // namespace taipan
