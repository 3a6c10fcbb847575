// Internal to the type system (type.cpp, type_slots.cpp, object_type.cpp,
// descriptors.cpp, protocol.cpp): the table that maps each type slot to its
// dunder name(s), and the helpers that call dunders on instances.
//
// Each SlotDef row names one dunder, the Type field it lives in, the wrapper
// that calls the slot from Python (for the wrapper_descriptor a built-in type
// exposes, e.g. int.__add__), and the dispatcher a heap type installs in the
// field when a class defines the dunder in Python. Several rows may share a
// field (__add__ and __radd__; the six comparisons).
#pragma once

#include "objects/descriptors.h"
#include "objects/type.h"

namespace taipan {

struct SlotDef {
  const char* name;
  void* (*field)(Type* t);  // the address of the slot field in t
  SlotWrapperFn wrapper;
  AnySlotFn dispatcher;
  const char* doc;
  Str* name_str;  // interned `name`, filled on first use
};

// The table, its interned names filled in on first use.
SlotDef* slot_defs();

inline AnySlotFn read_slot(Type* t, const SlotDef& d) { return *static_cast<AnySlotFn*>(d.field(t)); }
inline void write_slot(Type* t, const SlotDef& d, AnySlotFn fn) { *static_cast<AnySlotFn*>(d.field(t)) = fn; }

// Adds a wrapper_descriptor to t's dict for every slot t defines itself. 0 or -1.
int add_slot_wrappers(Type* t);
// Static types: null slots take the base's.
void inherit_slots(Type* t, Type* base);
// Heap types: sets every dunder slot from what the MRO defines (name null), or
// only the slots fed by `name` (after `C.name = ...`).
void update_heap_slots(Type* t, Str* name);

// The __new__ that every type with a new_ slot exposes (a builtin function
// bound to the type), and the test for it.
Ref new_wrapper_for(Type* t);
bool is_new_wrapper(Value v, Type** owner);

// Readies `object` (called by init_type_and_object). 0 or -1.
int init_object_type();
// The other files' type initialisers, run by init_descriptor_types().
int init_classmethod_types();
int init_property_type();
int init_super_type();
int init_mappingproxy_type();
// type's getattr without raising AttributeError for a missing name.
Ref type_getattr_optional(Value self, Str* name);

// The slot dispatchers that type.cpp compares against.
Ref slot_new_dispatcher(Type* type, const Value* args, size_t nargs, Tuple* kwnames);

// Instances of subclasses of variable-size built-ins (str, tuple, bytes)
// keep their __dict__ in a side table, marked by dict_offset == -1, since
// their items follow the header. The slot for o (made empty on first use),
// and its release when o dies.
constexpr int64_t kSideTableDict = -1;
Dict** side_table_dict_slot(Object* o);
void side_table_dict_release(Object* o);

// The instance dict slot of obj, or null if its type has none.
inline Dict** instance_dict_ptr(Value obj) {
  if (!obj.is_object()) return nullptr;
  int64_t off = obj.as_object()->type->dict_offset;
  if (off == 0) return nullptr;
  if (off == kSideTableDict) return side_table_dict_slot(obj.as_object());
  return reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.as_object()) + off);
}

// Looks `name` up on type(self) (not the instance) and calls it with self
// bound: how the runtime calls dunders. If the type lacks it, *found is set
// false and null is returned with no exception.
Ref call_special(Value self, Str* name, const Value* args, size_t nargs, Tuple* kwnames,
                 bool* found);
// Same, raising AttributeError when missing.
Ref call_special(Value self, Str* name, std::initializer_list<Value> args);
// Binds a descriptor found on type(obj) to obj (descr_get), or returns it.
Ref bind_descriptor(Value descr, Value obj, Type* type);

// "attribute name must be string, not 'int'" check.
bool check_attribute_name(Value name);

// The default __getattribute__ with the option of not raising AttributeError
// for a missing name (returns null, no exception): used by getattr_optional.
Ref generic_getattr_impl(Value obj, Str* name, bool suppress_missing);

}  // namespace taipan
