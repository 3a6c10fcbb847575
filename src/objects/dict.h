// dict: the insertion-ordered hash table (a compact index array pointing into
// a dense entry array). Adding or removing a key bumps `keys_version`, which
// the VM's global caches use as a guard.
#pragma once

#include <string_view>

#include "objects/type.h"

namespace taipan {

struct Str;

struct DictEntry {
  int64_t hash;
  Value key;    // null for a deleted entry
  Value value;
};

struct Dict : Object {
  int64_t used;          // live entries
  int64_t entry_count;   // entries filled (live + deleted)
  int64_t entry_capacity;
  int64_t index_size;    // a power of two
  void* index;           // int8/16/32/64 slots by index_size, inside the entries' allocation
  DictEntry* entries;    // owns the allocation of both tables
  uint64_t keys_version;  // changes when the set of keys does, not with values
  // Bit (hash & 63) of every key inserted since the last clear: a key whose
  // bit is clear is absent, found without probing (a miss in a small dict).
  uint64_t key_bits;
};

extern Type dict_type;

inline bool is_dict(Value v) {
  return v.is_object() && (v.as_object()->type == &dict_type ||
                           type_has_flag(v.as_object()->type, kTypeDictSubclass));
}

// hash(key) with the common key types (exact str, small int) inline; dict
// and set use it. -1 on error.
int64_t key_hash(Value key);

Dict* dict_new();
// Borrowed value or null. Null with an exception set means the key's __hash__
// or __eq__ failed; null with none set means the key is absent.
Value dict_get(Dict* d, Value key);
Value dict_get_str(Dict* d, Str* key);  // key hashing cannot fail
int dict_set(Dict* d, Value key, Value value);  // increfs both
// For code that replaced an entry's value in place (the VM's attribute
// caches) with `value`: tracks the dict if it now holds a container.
void dict_note_value_replaced(Dict* d, Value value);
// Appends the entry key: value for an exact str key the dict lacks (checked
// by the caller with dict_get_str); steals value. For the VM's attribute
// cache (an attribute first set). 0, or -1 with MemoryError.
int dict_append_absent_str(Dict* d, Str* key, Value value);
int dict_set_str(Dict* d, std::string_view key, Value value);
int dict_del(Dict* d, Value key);  // KeyError if absent
// Iterates live entries: start with pos = 0; false when done. Borrowed.
bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value);
inline int64_t dict_size(const Dict* d) { return d->used; }
int dict_update(Dict* d, Value mapping_or_pairs);  // dict.update semantics
Dict* dict_copy(Dict* d);

// A dict with room for n entries before it resizes.
Dict* dict_new_presized(int64_t n);
// 1 present / 0 absent / -1 error.
int dict_contains(Dict* d, Value key);
void dict_clear(Dict* d);
// Merges a mapping: keys() then [] for non-dicts. With override false, an
// existing key is kept (and, when report_duplicates, raises KeyError(key), as
// DICT_MERGE needs for f(**a, **b)). 0 or -1.
int dict_merge(Dict* d, Value mapping, bool override, bool report_duplicates = false);
// A new list of the keys / values / (key, value) tuples.
Ref dict_keys_list(Dict* d);
Ref dict_values_list(Dict* d);
Ref dict_items_list(Dict* d);
// d[key] for a dict subclass too: calls __missing__ when the type defines it.
Ref dict_subscript(Value d, Value key);

// Entry-level access for dict subclasses that keep their own index over the
// entries (collections.OrderedDict). An entry number stays valid until the
// entries are compacted, which always moves d->entries.
// The entry number holding key (of known hash), -1 absent, -2 on error.
int64_t dict_find_entry(Dict* d, Value key, int64_t hash);
// Adds key (known absent) with value at d->entries[d->entry_count - 1]; increfs both.
int dict_append_entry(Dict* d, Value key, int64_t hash, Value value);
void dict_set_entry_value(Dict* d, int64_t ix, Value value);  // increfs value
// Removes entry ix and hands back its key and value (owned).
void dict_remove_entry(Dict* d, int64_t ix, Ref* key, Ref* value);

// A new iterator / view of d; the type says which (dict_keyiterator, dict_items …).
Ref dict_iter_new(Dict* d, Type* iterator_type);
Ref dict_view_new(Dict* d, Type* view_type);

extern Type dict_keys_type;
extern Type dict_values_type;
extern Type dict_items_type;
extern Type dict_keyiterator_type;
extern Type dict_valueiterator_type;
extern Type dict_itemiterator_type;
extern Type dict_reversekeyiterator_type;
extern Type dict_reversevalueiterator_type;
extern Type dict_reverseitemiterator_type;

// Readies dict and, through init_dict_view_types(), its views and iterators.
int init_dict_type();
int init_dict_view_types();

}  // namespace taipan
