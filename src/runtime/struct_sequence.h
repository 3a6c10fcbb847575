// Struct sequences: tuple subclasses whose items also have names, such as
// sys.version_info and sys.float_info ("named tuples" made in C++).
#pragma once

#include "objects/type.h"

namespace taipan {

struct StructSequenceDesc {
  const char* name;           // "sys.version_info"
  const char* const* fields;  // one name per item
  int count;                  // at most kStructSequenceMaxFields
};

constexpr int kStructSequenceMaxFields = 32;

// Readies `t` (a zeroed static Type) as a tuple subclass with one read-only
// attribute per field and the repr "name(field=value, ...)". 0 or -1.
int struct_sequence_init_type(Type* t, const StructSequenceDesc* desc);
// A new instance holding new references to items[0..desc->count).
Ref struct_sequence_new(Type* t, const Value* items);

}  // namespace taipan
