// set and frozenset: open-addressing hash tables that follow CPython 3.11's
// set algorithm exactly (table sizes, 9-slot linear probes then perturbation,
// resize thresholds), so that iteration order matches CPython's.
#pragma once

#include <cstdint>

#include "objects/type.h"

namespace taipan {

struct SetEntry {
  Value key;     // null: never used; set_dummy(): deleted
  int64_t hash;  // -1 for a deleted slot
};

constexpr int64_t kSetMinSize = 8;

struct Set : Object {
  int64_t fill;   // live + deleted slots
  int64_t used;   // live slots
  int64_t mask;   // table size - 1
  SetEntry* table;  // smalltable, or a heap array of mask + 1 entries
  int64_t hash;   // frozenset: cached, -1 until computed
  int64_t finger; // where pop() looks next
  SetEntry smalltable[kSetMinSize];
  Value weakrefs;  // managed by the weakref machinery (objects/weakref.h)
};

extern Type set_type;
extern Type frozenset_type;
extern Type set_iterator_type;

inline bool is_set(Value v) {
  return v.is_object() && type_is_subtype(v.as_object()->type, &set_type);
}
inline bool is_frozenset(Value v) {
  return v.is_object() && type_is_subtype(v.as_object()->type, &frozenset_type);
}
inline bool is_anyset(Value v) { return is_set(v) || is_frozenset(v); }
inline bool is_exact_anyset(Value v) {
  return v.is_object() &&
         (v.as_object()->type == &set_type || v.as_object()->type == &frozenset_type);
}

// New set / frozenset filled from iterable (null: empty).
Ref set_new(Value iterable);
Ref frozenset_new(Value iterable);
// The constant a set display of 3 or more constants compiles to in CPython
// 3.11 ({5, 3, 17} is BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1):
// built from the items in source order, then rebuilt once from its own
// iteration order, as CPython's constant merging does. The display's
// iteration order depends on this layout.
Ref frozenset_for_set_display(const Value* items, int64_t n);

// 0 or -1.
int set_add(Set* s, Value key);
int set_update(Set* s, Value iterable);
int set_clear(Set* s);
// 1 present / 0 absent / -1 error (an unhashable set key is looked up as a frozenset).
int set_contains(Set* s, Value key);
// 1 removed / 0 absent / -1 error.
int set_discard(Set* s, Value key);
inline int64_t set_size(const Set* s) { return s->used; }
// Iterates live entries: start with pos = 0; false when done. Borrowed key.
bool set_next(Set* s, int64_t* pos, Value* key, int64_t* hash);

int init_set_types();

}  // namespace taipan
