// list: a growable array of values.
#pragma once

#include "objects/type.h"

namespace taipan {

struct List : Object {
  int64_t size;
  int64_t capacity;
  Value* items;  // owned references
};

extern Type list_type;

inline bool is_list(Value v) {
  return v.is_object() && (v.as_object()->type == &list_type ||
                           type_has_flag(v.as_object()->type, kTypeListSubclass));
}

// A new list of n null items that the caller fills (stealing references).
List* list_new(int64_t n);
int list_append(List* l, Value v);  // increfs v
Ref list_from_iterable(Value iterable);
// Sorts in place; key may be null. Stable. 0 or -1.
int list_sort(List* l, Value key, bool reverse);

// Appends every item of iterable (list.extend). 0 or -1.
int list_extend(List* l, Value iterable);
// list.insert semantics: index clamped to [0, size]. 0 or -1.
int list_insert(List* l, int64_t index, Value v);
// A new list holding items [lo, hi) of l (clamped).
Ref list_slice(List* l, int64_t lo, int64_t hi);
// A new tuple with the list's items.
Ref list_as_tuple(List* l);

extern Type list_iterator_type;
extern Type list_reverseiterator_type;

int init_list_type();

}  // namespace taipan
