// range: an immutable arithmetic sequence. Ranges whose bounds fit in int64
// take the fast paths; others compute with arbitrary-precision ints.
#pragma once

#include <cstdint>

#include "objects/type.h"

namespace taipan {

struct Range : Object {
  Value start;   // owned ints
  Value stop;
  Value step;
  Value length;  // owned int: len(range), possibly beyond int64
};

// The iterator of a range whose values fit in int64: the VM's FOR_ITER can
// call range_iterator_next() directly when type_of(it) == &range_iterator_type.
struct RangeIterator : Object {
  int64_t next;
  int64_t step;
  int64_t remaining;
};

extern Type range_type;
extern Type range_iterator_type;
extern Type longrange_iterator_type;

inline bool is_range(Value v) { return v.is_object() && v.as_object()->type == &range_type; }

// range(start, stop, step) with int64 bounds; ValueError for step 0.
Ref range_new(int64_t start, int64_t stop, int64_t step);

// The VM's FOR_ITER fast path: false when exhausted.
inline bool range_iterator_next(RangeIterator* it, int64_t* out) {
  if (it->remaining <= 0) return false;
  *out = it->next;
  // Unsigned: stepping past the last value must not overflow.
  it->next = static_cast<int64_t>(static_cast<uint64_t>(it->next) + static_cast<uint64_t>(it->step));
  --it->remaining;
  return true;
}

int init_range_type();

}  // namespace taipan
