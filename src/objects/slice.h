// slice: the object `a[i:j:k]` builds, and the index arithmetic every
// sequence type (list, tuple, str, bytes, range) uses to apply one.
#pragma once

#include <cstdint>

#include "objects/type.h"

namespace taipan {

struct Slice : Object {
  Value start;  // owned; None when omitted
  Value stop;
  Value step;
};

extern Type slice_type;

inline bool is_slice(Value v) { return v.is_object() && v.as_object()->type == &slice_type; }

// slice(start, stop, step); a null argument stands for None.
Ref slice_new(Value start, Value stop, Value step);

// Reads a slice's fields as integers, before any length is known: None gives
// the defaults for the step's direction, values beyond int64 are clamped.
// False with an exception set for non-integers ("slice indices must be
// integers or None or have an __index__ method") or a zero step.
bool slice_unpack(Slice* s, int64_t* start, int64_t* stop, int64_t* step);

// Clamps start/stop from slice_unpack to a sequence of `length` items and
// returns how many items the slice selects (0 or more).
int64_t slice_adjust_indices(int64_t length, int64_t* start, int64_t* stop, int64_t step);

int init_slice_type();

}  // namespace taipan
