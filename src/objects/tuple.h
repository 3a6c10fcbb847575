// tuple: an immutable array of values allocated inline with the object.
#pragma once

#include <initializer_list>

#include "objects/type.h"

namespace taipan {

struct Tuple : Object {
  int64_t size;
  int64_t hash;  // cached, -1 until computed
  Value items[];  // owned references
};

extern Type tuple_type;

inline bool is_tuple(Value v) {
  return v.is_object() && (v.as_object()->type == &tuple_type ||
                           type_has_flag(v.as_object()->type, kTypeTupleSubclass));
}

// A new tuple of n null items; the caller fills every item (stealing references).
Tuple* tuple_new(int64_t n);
// A new tuple holding new references to the given values.
Ref tuple_pack(std::initializer_list<Value> items);
Ref tuple_from_array(const Value* items, int64_t n);  // increfs
// The immortal empty tuple (borrowed).
Tuple* empty_tuple();

// tuple(iterable): the iterable itself when it is an exact tuple.
Ref tuple_from_iterable(Value iterable);
// A new tuple holding items [lo, hi) of t (clamped).
Ref tuple_slice(Tuple* t, int64_t lo, int64_t hi);

extern Type tuple_iterator_type;

int init_tuple_type();

}  // namespace taipan
