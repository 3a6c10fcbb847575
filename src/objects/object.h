// Object: the header every heap value starts with, reference counting, and
// type_of(), which answers the type of any Value (immediates included).
#pragma once

#include <cstddef>
#include <cstdint>

#include "objects/value.h"

namespace taipan {

struct Type;

struct Object {
  int64_t refcnt;
  Type* type;
};

// Objects that live for the whole run (built-in types, interned strings, the
// empty tuple, NotImplemented, Ellipsis) start with this count and never reach 0.
constexpr int64_t kImmortalRefcnt = int64_t{1} << 60;

// True for those objects; static ones (built-in types) have no GcHead before
// them, so the cycle collector must not look for one.
inline bool is_immortal(const Object* o) { return o->refcnt >= kImmortalRefcnt / 2; }

// Runs the type's dealloc slot; defined in runtime/memory.cpp.
void dealloc_object(Object* o);

inline void incref(Object* o) { ++o->refcnt; }
inline void decref(Object* o) {
  if (--o->refcnt == 0) dealloc_object(o);
}
inline void incref(Value v) {
  if (v.is_object()) ++v.as_object()->refcnt;
}
inline void decref(Value v) {
  if (v.is_object() && --v.as_object()->refcnt == 0) dealloc_object(v.as_object());
}

// The built-in types that immediates belong to; defined by their own files.
extern Type int_type;
extern Type bool_type;
extern Type float_type;
extern Type none_type;

inline Type* type_of(Value v) {
  if (v.is_object()) return v.as_object()->type;
  if (v.is_small_int()) return &int_type;
  if (v.is_double()) return &float_type;
  if (v.is_none()) return &none_type;
  return &bool_type;
}

}  // namespace taipan
