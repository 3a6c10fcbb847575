// dict: the insertion-ordered hash table (a compact index array pointing into
// a dense entry array). Every mutation bumps `version`, which the VM's caches
// use as a guard.
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
  void* index;           // int8/16/32/64 slots by index_size
  DictEntry* entries;
  uint64_t version;
};

extern Type dict_type;

inline bool is_dict(Value v) {
  return v.is_object() && (v.as_object()->type == &dict_type ||
                           type_has_flag(v.as_object()->type, kTypeDictSubclass));
}

Dict* dict_new();
// Borrowed value or null. Null with an exception set means the key's __hash__
// or __eq__ failed; null with none set means the key is absent.
Value dict_get(Dict* d, Value key);
Value dict_get_str(Dict* d, Str* key);  // key hashing cannot fail
int dict_set(Dict* d, Value key, Value value);  // increfs both
int dict_set_str(Dict* d, std::string_view key, Value value);
int dict_del(Dict* d, Value key);  // KeyError if absent
// Iterates live entries: start with pos = 0; false when done. Borrowed.
bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value);
inline int64_t dict_size(const Dict* d) { return d->used; }
int dict_update(Dict* d, Value mapping_or_pairs);  // dict.update semantics
Dict* dict_copy(Dict* d);

int init_dict_type();

}  // namespace taipan
