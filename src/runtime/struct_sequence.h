// Struct sequences: tuple subclasses whose items also have names, such as
// sys.version_info, os.stat_result and time.struct_time ("named tuples" made
// in C++). As CPython's, a type may have more fields than its tuple shows
// (n_fields > n_sequence_fields: the rest are attributes only) and fields
// without a name (reachable by index only).
#pragma once

#include "objects/type.h"

namespace taipan {

struct StructSequenceDesc {
  const char* name;           // "sys.version_info"
  const char* const* fields;  // one name per field; kStructSequenceUnnamed for an unnamed one
  int count;                  // n_fields, at most kStructSequenceMaxFields
  int visible = -1;           // n_sequence_fields (the tuple's length); -1: all of them
  bool constructible = false; // type(sequence, dict=None) makes instances
  NewFn construct = nullptr;  // a constructible type's own __new__ (default: struct_sequence_construct)
};

// The name of a field reachable by index only (os.stat_result's int times).
extern const char* const kStructSequenceUnnamed;
constexpr int kStructSequenceMaxFields = 32;

// Readies `t` (a zeroed static Type) as a tuple subclass with one read-only
// attribute per named field, n_fields, n_sequence_fields, n_unnamed_fields,
// __match_args__, __reduce__ and the repr "name(field=value, ...)". 0 or -1.
int struct_sequence_init_type(Type* t, const StructSequenceDesc* desc);
// A new instance holding new references to items[0..desc->count).
Ref struct_sequence_new(Type* t, const Value* items);
// The constructor of constructible types: type(sequence, dict=None), the
// fields past the sequence's length read from dict or None.
Ref struct_sequence_construct(Type* type, const Value* args, size_t nargs, Tuple* kwnames);
// Field i of an instance (hidden fields included), borrowed.
Value struct_sequence_item(Value self, int i);

}  // namespace taipan
