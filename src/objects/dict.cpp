// dict: the compact ordered hash table. Entries are appended to a dense array
// in insertion order; a separate index table (slots of 8 to 64 bits, chosen
// by the table size) maps hash positions to entry numbers, with kEmpty for a
// never-used slot and kDummy for one whose entry was deleted. Probing follows
// the perturbation recurrence i = 5*i + 1 + (perturb >>= 5). The table grows
// when the entry array is full, to the power of two above 3 * used, and the
// rebuild drops deleted entries. Views and iterators are in dict_views.cpp.
#include "objects/dict.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/int.h"
#include "objects/list.h"
#include "objects/repr_guard.h"
#include "objects/sequence.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/thread_state.h"

namespace taipan {

Type dict_type;

constexpr int64_t kEmpty = -1;
constexpr int64_t kDummy = -2;
constexpr int64_t kMinIndexSize = 8;
constexpr int64_t kLookupError = -2;  // lookup()'s "an exception is set"

// Versions are unique across all dicts, so a cache guard never confuses two.
static uint64_t g_dict_version = 0;
static void bump_keys_version(Dict* d) { d->keys_version = ++g_dict_version; }

static int64_t usable_fraction(int64_t index_size) { return (index_size << 1) / 3; }

static int index_width(int64_t index_size) {
  if (index_size <= 0x80) return 1;
  if (index_size <= 0x8000) return 2;
  if (index_size <= 0x80000000LL) return 4;
  return 8;
}

static int64_t index_get(const Dict* d, uint64_t i) {
  switch (index_width(d->index_size)) {
    case 1: return static_cast<const int8_t*>(d->index)[i];
    case 2: return static_cast<const int16_t*>(d->index)[i];
    case 4: return static_cast<const int32_t*>(d->index)[i];
    default: return static_cast<const int64_t*>(d->index)[i];
  }
}

static void index_set(Dict* d, uint64_t i, int64_t ix) {
  switch (index_width(d->index_size)) {
    case 1: static_cast<int8_t*>(d->index)[i] = static_cast<int8_t>(ix); break;
    case 2: static_cast<int16_t*>(d->index)[i] = static_cast<int16_t>(ix); break;
    case 4: static_cast<int32_t*>(d->index)[i] = static_cast<int32_t>(ix); break;
    default: static_cast<int64_t*>(d->index)[i] = ix; break;
  }
}

int64_t key_hash(Value key) {
  if (is_exact_str(key)) {
    Str* s = key.as<Str>();
    return s->hash != -1 ? s->hash : str_hash(s);
  }
  if (key.is_small_int()) {
    int64_t v = key.as_small_int();
    return v == -1 ? -2 : v;
  }
  return hash(key);
}

// CPython's probe sequence over the index slots for a hash.
struct Probe {
  uint64_t mask;
  uint64_t perturb;
  uint64_t slot;
  Probe(const Dict* d, int64_t hash)
      : mask(static_cast<uint64_t>(d->index_size) - 1), perturb(static_cast<uint64_t>(hash)), slot(perturb & mask) {}
  void next() {
    perturb >>= 5;
    slot = (slot * 5 + perturb + 1) & mask;
  }
};

static inline bool may_hold_hash(const Dict* d, int64_t hash) { return (d->key_bits >> (hash & 63)) & 1; }

// lookup() once a key of the same hash but another identity is met: compares
// with ==, and starts over when a key's __eq__ changed the dict. Out of line,
// so that the common lookups (an identical key, or none) stay a leaf.
[[gnu::noinline]] static int64_t lookup_comparing(Dict* d, Value key, int64_t hash) {
restart:
  if (d->used == 0 || !may_hold_hash(d, hash)) return -1;
  Probe p(d, hash);
  for (;; p.next()) {
    int64_t ix = index_get(d, p.slot);
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      DictEntry* e = &d->entries[ix];
      if (e->key == key) return ix;
      if (e->hash == hash) {
        Value start_key = e->key;
        if (is_exact_str(start_key) && is_exact_str(key)) {
          if (str_equal(start_key.as<Str>(), key.as<Str>())) return ix;
        } else {
          DictEntry* entries = d->entries;
          void* index = d->index;
          Ref hold = Ref::borrow(start_key);
          int r = rich_compare_bool(start_key, key, CompareOp::Eq);
          if (r < 0) return kLookupError;
          if (d->entries != entries || d->index != index || d->entries[ix].key != start_key) {
            goto restart;
          }
          if (r) return ix;
        }
      }
    }
  }
}

// The entry number holding key, -1 when absent, kLookupError on error.
static inline int64_t lookup(Dict* d, Value key, int64_t hash) {
  if (d->used == 0 || !may_hold_hash(d, hash)) return -1;
  Probe p(d, hash);
  for (;; p.next()) {
    int64_t ix = index_get(d, p.slot);
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      const DictEntry& e = d->entries[ix];
      if (e.key == key) return ix;
      if (e.hash == hash) return lookup_comparing(d, key, hash);
    }
  }
}

// The index slot where entry `ix` (of `hash`) sits; it must be present.
static uint64_t slot_of_entry(Dict* d, int64_t hash, int64_t ix) {
  Probe p(d, hash);
  while (index_get(d, p.slot) != ix) p.next();
  return p.slot;
}

static uint64_t free_slot(Dict* d, int64_t hash) {
  Probe p(d, hash);
  while (index_get(d, p.slot) >= 0) p.next();
  return p.slot;
}

// Rebuilds the tables with an index of the power of two >= min_size,
// compacting the entries. 0 or -1. Entries and index share one allocation
// (the entries first, the index after them), owned through `entries`.
static int resize(Dict* d, int64_t min_size) {
  int64_t size = kMinIndexSize;
  while (size < min_size) size <<= 1;
  int64_t capacity = usable_fraction(size);
  if (capacity < d->used) capacity = d->used;
  size_t entry_bytes = static_cast<size_t>(capacity) * sizeof(DictEntry);
  size_t index_bytes = static_cast<size_t>(size) * index_width(size);
  auto* entries = static_cast<DictEntry*>(std::malloc(entry_bytes + index_bytes));
  if (entries == nullptr) {
    raise_no_memory();
    return -1;
  }
  void* index = reinterpret_cast<char*>(entries) + entry_bytes;
  std::memset(index, 0xff, index_bytes);  // all kEmpty
  int64_t n = 0;
  for (int64_t i = 0; i < d->entry_count; ++i) {
    if (!d->entries[i].key.is_null()) entries[n++] = d->entries[i];
  }
  std::free(d->entries);
  d->index = index;
  d->index_size = size;
  d->entries = entries;
  d->entry_capacity = capacity;
  d->entry_count = n;
  for (int64_t i = 0; i < n; ++i) index_set(d, free_slot(d, entries[i].hash), i);
  return 0;
}

// CPython's MAINTAIN_TRACKING: an exact dict is created untracked and joins
// the collector's lists once it holds something that may be part of a cycle
// (instance dicts of numbers and strings never do).
static inline bool is_gc_object(Value v) { return v.is_object() && (v.as_object()->type->flags & kTypeGC); }

static inline void maintain_tracking(Dict* d, Value key, Value value) {
  if (gc_head_of(d)->next != nullptr || !(is_gc_object(key) || is_gc_object(value))) return;
  if (gc_may_be_tracked(key) || gc_may_be_tracked(value)) gc_track(d);
}

// Appends a new entry; key and value are stolen.
static int insert_new(Dict* d, Value key, int64_t hash, Value value) {
  if (d->entry_count >= d->entry_capacity && resize(d, d->used * 3) < 0) {
    decref(key);
    decref(value);
    return -1;
  }
  int64_t ix = d->entry_count++;
  index_set(d, free_slot(d, hash), ix);
  d->entries[ix] = DictEntry{hash, key, value};
  d->key_bits |= uint64_t{1} << (hash & 63);
  ++d->used;
  bump_keys_version(d);
  maintain_tracking(d, key, value);
  return 0;
}

// Sets d[key] = value for a key of known hash; increfs both.
static int set_with_hash(Dict* d, Value key, int64_t hash, Value value) {
  int64_t ix = lookup(d, key, hash);
  if (ix == kLookupError) return -1;
  incref(value);
  if (ix >= 0) {
    Value old = d->entries[ix].value;
    d->entries[ix].value = value;
    maintain_tracking(d, Value(), value);
    decref(old);
    return 0;
  }
  incref(key);
  return insert_new(d, key, hash, value);
}

// Removes entry ix (found for hash) and returns its key and value (owned).
static void remove_entry(Dict* d, int64_t hash, int64_t ix, Ref* key, Ref* value) {
  index_set(d, slot_of_entry(d, hash, ix), kDummy);
  DictEntry& e = d->entries[ix];
  *key = Ref::steal(e.key);
  *value = Ref::steal(e.value);
  e.key = Value();
  e.value = Value();
  --d->used;
  bump_keys_version(d);
}

// An exact dict starts untracked, until maintain_tracking says otherwise.
static Dict* dict_alloc(Type* type) {
  size_t size = static_cast<size_t>(type->basic_size);
  return static_cast<Dict*>(type == &dict_type ? alloc_object_untracked(type, size) : alloc_object(type, size));
}

Dict* dict_new() { return dict_alloc(&dict_type); }

Dict* dict_new_presized(int64_t n) {
  Dict* d = dict_new();
  if (d == nullptr || n <= usable_fraction(kMinIndexSize)) return d;
  if (resize(d, (n * 3 + 1) / 2) < 0) {
    decref(d);
    return nullptr;
  }
  return d;
}

Value dict_get(Dict* d, Value key) {
  int64_t h = key_hash(key);
  if (h == -1) return Value();
  int64_t ix = lookup(d, key, h);
  return ix >= 0 ? d->entries[ix].value : Value();
}

// Dicts of at most this many entries (instance dicts, keyword arguments) are
// searched for a str key by a scan of the entries: cheaper than probing the
// index, above all when the key is absent (a method not shadowed by the
// instance, the check every cached method call makes).
constexpr int64_t kScanLimit = 8;

// The scan: the entry index of key, -1 when absent, or -2 when an entry of
// the same hash is not a str, which only lookup() can compare.
static int64_t scan_for_str(const Dict* d, Str* key, int64_t hash) {
  Value k = Value::object(key);
  for (int64_t i = 0; i < d->entry_count; ++i) {
    const DictEntry& e = d->entries[i];
    if (e.hash != hash || e.key.is_null()) continue;
    if (e.key == k) return i;
    if (!is_exact_str(e.key)) return -2;
    if (str_equal(e.key.as<Str>(), key)) return i;
  }
  return -1;
}

Value dict_get_str(Dict* d, Str* key) {
  int64_t hash = key->hash != -1 ? key->hash : str_hash(key);
  if (!may_hold_hash(d, hash)) return Value();
  int64_t ix = d->entry_count <= kScanLimit ? scan_for_str(d, key, hash) : -2;
  if (ix == -2) ix = lookup(d, Value::object(key), hash);
  return ix >= 0 ? d->entries[ix].value : Value();
}

int dict_contains(Dict* d, Value key) {
  int64_t h = key_hash(key);
  if (h == -1) return -1;
  int64_t ix = lookup(d, key, h);
  return ix == kLookupError ? -1 : ix >= 0;
}

void dict_note_value_replaced(Dict* d, Value value) {
  maintain_tracking(d, Value(), value);
}

int dict_append_absent_str(Dict* d, Str* key, Value value) {
  incref(Value::object(key));
  return insert_new(d, Value::object(key), key->hash != -1 ? key->hash : str_hash(key), value);
}

int dict_set(Dict* d, Value key, Value value) {
  int64_t h = key_hash(key);
  if (h == -1) return -1;
  return set_with_hash(d, key, h, value);
}

int dict_set_str(Dict* d, std::string_view key, Value value) {
  return dict_set(d, Value::object(intern(key)), value);
}

int dict_del(Dict* d, Value key) {
  int64_t h = key_hash(key);
  if (h == -1) return -1;
  int64_t ix = lookup(d, key, h);
  if (ix == kLookupError) return -1;
  if (ix < 0) {
    raise_with_arg(exc::KeyError, key);
    return -1;
  }
  Ref k, v;
  remove_entry(d, h, ix, &k, &v);
  return 0;
}

int64_t dict_find_entry(Dict* d, Value key, int64_t hash) { return lookup(d, key, hash); }

int dict_append_entry(Dict* d, Value key, int64_t hash, Value value) {
  incref(key);
  incref(value);
  return insert_new(d, key, hash, value);
}

void dict_set_entry_value(Dict* d, int64_t ix, Value value) {
  incref(value);
  Value old = d->entries[ix].value;
  d->entries[ix].value = value;
  maintain_tracking(d, Value(), value);
  decref(old);
}

void dict_remove_entry(Dict* d, int64_t ix, Ref* key, Ref* value) {
  remove_entry(d, d->entries[ix].hash, ix, key, value);
}

bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value) {
  while (*pos < d->entry_count) {
    DictEntry& e = d->entries[(*pos)++];
    if (!e.key.is_null()) {
      if (key != nullptr) *key = e.key;
      if (value != nullptr) *value = e.value;
      return true;
    }
  }
  return false;
}

void dict_clear(Dict* d) {
  DictEntry* entries = d->entries;
  int64_t n = d->entry_count;
  d->index = nullptr;
  d->entries = nullptr;
  d->index_size = 0;
  d->entry_capacity = 0;
  d->entry_count = 0;
  d->used = 0;
  d->key_bits = 0;
  bump_keys_version(d);
  for (int64_t i = 0; i < n; ++i) {
    decref(entries[i].key);
    decref(entries[i].value);
  }
  std::free(entries);
}

Dict* dict_copy(Dict* d) {
  Dict* r = dict_new_presized(d->used);
  if (r == nullptr) return nullptr;
  for (int64_t i = 0; i < d->entry_count; ++i) {
    DictEntry& e = d->entries[i];
    if (e.key.is_null()) continue;
    incref(e.key);
    incref(e.value);
    if (insert_new(r, e.key, e.hash, e.value) < 0) {
      decref(r);
      return nullptr;
    }
  }
  return r;
}

int dict_merge(Dict* d, Value mapping, bool override, bool report_duplicates) {
  if (is_dict(mapping) && type_of(mapping)->iter == dict_type.iter) {
    Dict* src = mapping.as<Dict>();
    if (src == d) return 0;
    if (d->used == 0 && src->used > usable_fraction(d->index_size) &&
        resize(d, (src->used * 3 + 1) / 2) < 0) {
      return -1;
    }
    for (int64_t i = 0; i < src->entry_count; ++i) {
      DictEntry e = src->entries[i];
      if (e.key.is_null()) continue;
      Ref key = Ref::borrow(e.key), value = Ref::borrow(e.value);
      if (!override) {
        int64_t ix = lookup(d, e.key, e.hash);
        if (ix == kLookupError) return -1;
        if (ix >= 0) {
          if (report_duplicates) {
            raise_with_arg(exc::KeyError, e.key);
            return -1;
          }
          continue;
        }
      }
      if (set_with_hash(d, e.key, e.hash, e.value) < 0) return -1;
      if (src->entry_count <= i) break;  // the source shrank under us
    }
    return 0;
  }
  Ref keys = call_method(mapping, "keys", {});
  if (!keys) return -1;
  Ref it = iter(*keys);
  if (!it) return -1;
  for (;;) {
    Ref key = next(*it);
    if (!key) return error_occurred() ? -1 : 0;
    if (!override) {
      int present = dict_contains(d, *key);
      if (present < 0) return -1;
      if (present) {
        if (report_duplicates) {
          raise_with_arg(exc::KeyError, *key);
          return -1;
        }
        continue;
      }
    }
    Ref value = getitem(mapping, *key);
    if (!value || dict_set(d, *key, *value) < 0) return -1;
  }
}

// d.update(iterable of pairs).
static int merge_pairs(Dict* d, Value pairs) {
  Ref it = iter(pairs);
  if (!it) return -1;
  for (int64_t n = 0;; ++n) {
    Ref item = next(*it);
    if (!item) return error_occurred() ? -1 : 0;
    Ref seq = is_tuple(*item) || is_list(*item) ? item : list_from_iterable(*item);
    if (!seq) {
      if (error_matches(exc::TypeError)) {
        clear_error();
        raise(exc::TypeError, "cannot convert dictionary update sequence element #" +
                                  std::to_string(n) + " to a sequence");
      }
      return -1;
    }
    const Value* kv = is_tuple(*seq) ? seq.as<Tuple>()->items : seq.as<List>()->items;
    int64_t len = is_tuple(*seq) ? seq.as<Tuple>()->size : seq.as<List>()->size;
    if (len != 2) {
      return fail(exc::ValueError, "dictionary update sequence element #" + std::to_string(n) +
                                       " has length " + std::to_string(len) + "; 2 is required");
    }
    Ref key = Ref::borrow(kv[0]), value = Ref::borrow(kv[1]);
    if (dict_set(d, *key, *value) < 0) return -1;
  }
}

int dict_update(Dict* d, Value mapping_or_pairs) {
  if (is_dict(mapping_or_pairs)) return dict_merge(d, mapping_or_pairs, true);
  static Str* keys_name = intern("keys");
  Ref keys = getattr_optional(mapping_or_pairs, keys_name);
  if (keys) return dict_merge(d, mapping_or_pairs, true);
  if (error_occurred()) return -1;
  return merge_pairs(d, mapping_or_pairs);
}

// Collects one column of the live entries into a new list.
enum class EntryPart { Key, Value, Item };

static Ref entries_list(Dict* d, EntryPart part) {
  List* l = list_new(d->used);
  if (l == nullptr) return nullptr;
  Ref result = Ref::steal(l);
  int64_t n = 0;
  for (int64_t i = 0; i < d->entry_count && n < l->size; ++i) {
    DictEntry& e = d->entries[i];
    if (e.key.is_null()) continue;
    if (part == EntryPart::Item) {
      Ref pair = tuple_pack({e.key, e.value});
      if (!pair) return nullptr;
      l->items[n++] = pair.release();
    } else {
      Value v = part == EntryPart::Key ? e.key : e.value;
      incref(v);
      l->items[n++] = v;
    }
  }
  return result;
}

Ref dict_keys_list(Dict* d) { return entries_list(d, EntryPart::Key); }
Ref dict_values_list(Dict* d) { return entries_list(d, EntryPart::Value); }
Ref dict_items_list(Dict* d) { return entries_list(d, EntryPart::Item); }

Ref dict_subscript(Value self, Value key) {
  Dict* d = self.as<Dict>();
  int64_t h = key_hash(key);
  if (h == -1) return nullptr;
  int64_t ix = lookup(d, key, h);
  if (ix == kLookupError) return nullptr;
  if (ix >= 0) return Ref::borrow(d->entries[ix].value);
  if (d->type != &dict_type) {
    static Str* missing = intern("__missing__");
    if (!type_lookup(d->type, missing).is_null()) return call_method(self, missing, {key});
  }
  return raise_with_arg(exc::KeyError, key);
}

// Slots.

static void dict_dealloc(Object* self) {
  dict_clear(static_cast<Dict*>(self));
  free_object(self);
}

static void dict_traverse(Object* self, VisitFn visit, void* arg) {
  Dict* d = static_cast<Dict*>(self);
  for (int64_t i = 0; i < d->entry_count; ++i) {
    DictEntry& e = d->entries[i];
    if (e.key.is_null()) continue;
    visit(e.key, arg);
    visit(e.value, arg);
  }
}

static void dict_gc_clear(Object* self) { dict_clear(static_cast<Dict*>(self)); }

static Ref dict_repr(Value self) {
  Dict* d = self.as<Dict>();
  if (d->used == 0) return str_from_utf8("{}");
  ReprGuard guard(d);
  if (!guard.active()) return str_from_utf8("{...}");
  std::string out = "{";
  bool first = true;
  for (int64_t i = 0; i < d->entry_count; ++i) {
    if (d->entries[i].key.is_null()) continue;
    Ref key = Ref::borrow(d->entries[i].key);
    Ref value = Ref::borrow(d->entries[i].value);
    if (!first) out += ", ";
    first = false;
    if (!append_repr(out, *key)) return nullptr;
    out += ": ";
    if (!append_repr(out, *value)) return nullptr;
  }
  out += "}";
  return str_from_utf8(out);
}

// 1 when a and b hold equal items (every key of a maps to an equal value in
// b), 0 if not, -1 on error.
static int dict_equal(Dict* a, Dict* b) {
  if (a->used != b->used) return 0;
  for (int64_t i = 0; i < a->entry_count; ++i) {
    DictEntry& e = a->entries[i];
    if (e.key.is_null()) continue;
    Ref key = Ref::borrow(e.key), value = Ref::borrow(e.value);
    int64_t ix = lookup(b, *key, e.hash);
    if (ix == kLookupError) return -1;
    if (ix < 0) return 0;
    Ref other = Ref::borrow(b->entries[ix].value);
    int r = equal(*value, *other);
    if (r <= 0) return r;
  }
  return 1;
}

static Ref dict_richcompare(Value a, Value b, CompareOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return ref_not_implemented();
  }
  int r = dict_equal(a.as<Dict>(), b.as<Dict>());
  if (r < 0) return nullptr;
  return Ref::boolean((r == 1) == (op == CompareOp::Eq));
}

static int64_t dict_length(Value self) { return self.as<Dict>()->used; }

static int dict_ass_subscript(Value self, Value key, Value v) {
  return v.is_null() ? dict_del(self.as<Dict>(), key) : dict_set(self.as<Dict>(), key, v);
}

static int dict_contains_slot(Value self, Value key) { return dict_contains(self.as<Dict>(), key); }

static Ref dict_iter(Value self) { return dict_iter_new(self.as<Dict>(), &dict_keyiterator_type); }

static Ref dict_or(Value a, Value b) {
  if (!is_dict(a) || !is_dict(b)) return ref_not_implemented();
  Dict* r = dict_copy(a.as<Dict>());
  if (r == nullptr) return nullptr;
  Ref result = Ref::steal(r);
  if (dict_update(r, b) < 0) return nullptr;
  return result;
}

static Ref dict_inplace_or(Value a, Value b) {
  if (dict_update(a.as<Dict>(), b) < 0) return nullptr;
  return Ref::borrow(a);
}

// d.update / dict(...): one optional positional argument, then keywords.
static int update_from_args(Dict* d, const char* name, const Value* args, size_t nargs,
                            Tuple* kwnames) {
  if (nargs > 1) {
    return fail(exc::TypeError,
                std::string(name) + " expected at most 1 argument, got " + std::to_string(nargs));
  }
  if (nargs == 1 && dict_update(d, args[0]) < 0) return -1;
  if (kwnames != nullptr) {
    for (int64_t i = 0; i < kwnames->size; ++i) {
      if (dict_set(d, kwnames->items[i], args[nargs + i]) < 0) return -1;
    }
  }
  return 0;
}

static Ref dict_type_new(Type* type, const Value*, size_t, Tuple*) {
  Dict* d = dict_alloc(type);
  return d == nullptr ? nullptr : Ref::steal(d);
}

static int dict_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return update_from_args(self.as<Dict>(), "dict", args, nargs, kwnames);
}

// Methods.

static Ref dict_keys(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("dict.keys", nargs, kwnames)) return nullptr;
  return dict_view_new(self.as<Dict>(), &dict_keys_type);
}

static Ref dict_values(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("dict.values", nargs, kwnames)) return nullptr;
  return dict_view_new(self.as<Dict>(), &dict_values_type);
}

static Ref dict_items(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("dict.items", nargs, kwnames)) return nullptr;
  return dict_view_new(self.as<Dict>(), &dict_items_type);
}

static Ref dict_get_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("dict.get", kwnames) || !check_arg_count("get", nargs, 1, 2)) return nullptr;
  Value v = dict_get(self.as<Dict>(), args[0]);
  if (!v.is_null()) return Ref::borrow(v);
  if (error_occurred()) return nullptr;
  return nargs == 2 ? Ref::borrow(args[1]) : Ref::none();
}

static Ref dict_setdefault(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("dict.setdefault", kwnames) || !check_arg_count("setdefault", nargs, 1, 2)) {
    return nullptr;
  }
  Dict* d = self.as<Dict>();
  Value fallback = nargs == 2 ? args[1] : Value::none();
  int64_t h = key_hash(args[0]);
  if (h == -1) return nullptr;
  int64_t ix = lookup(d, args[0], h);
  if (ix == kLookupError) return nullptr;
  if (ix >= 0) return Ref::borrow(d->entries[ix].value);
  incref(args[0]);
  incref(fallback);
  if (insert_new(d, args[0], h, fallback) < 0) return nullptr;
  return Ref::borrow(fallback);
}

static Ref dict_pop(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("dict.pop", kwnames) || !check_arg_count("pop", nargs, 1, 2)) return nullptr;
  Dict* d = self.as<Dict>();
  int64_t h = key_hash(args[0]);
  if (h == -1) return nullptr;
  int64_t ix = lookup(d, args[0], h);
  if (ix == kLookupError) return nullptr;
  if (ix < 0) return nargs == 2 ? Ref::borrow(args[1]) : raise_with_arg(exc::KeyError, args[0]);
  Ref key, value;
  remove_entry(d, h, ix, &key, &value);
  return value;
}

static Ref dict_popitem(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("dict.popitem", nargs, kwnames)) return nullptr;
  Dict* d = self.as<Dict>();
  if (d->used == 0) return raise(exc::KeyError, "popitem(): dictionary is empty");
  int64_t ix = d->entry_count - 1;
  while (d->entries[ix].key.is_null()) --ix;
  Ref key, value;
  // The entry stays a hole until the next resize: reusing it would leave its
  // index slot a dummy that no insertion counts, until no slot is empty.
  remove_entry(d, d->entries[ix].hash, ix, &key, &value);
  return tuple_pack({*key, *value});
}

static Ref dict_update_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (update_from_args(self.as<Dict>(), "update", args, nargs, kwnames) < 0) return nullptr;
  return Ref::none();
}

static Ref dict_copy_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("dict.copy", nargs, kwnames)) return nullptr;
  if (type_of(self)->iter != dict_type.iter) {  // a subclass with its own order (OrderedDict)
    Ref copy = Ref::steal(dict_new());
    if (!copy || dict_merge(copy.as<Dict>(), self, true) < 0) return nullptr;
    return copy;
  }
  Dict* d = dict_copy(self.as<Dict>());
  return d == nullptr ? nullptr : Ref::steal(d);
}

static Ref dict_clear_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("dict.clear", nargs, kwnames)) return nullptr;
  dict_clear(self.as<Dict>());
  return Ref::none();
}

static Ref dict_fromkeys(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("dict.fromkeys", kwnames) || !check_arg_count("fromkeys", nargs, 1, 2)) {
    return nullptr;
  }
  Value fill = nargs == 2 ? args[1] : Value::none();
  Ref result = call(cls, nullptr, 0);
  if (!result) return nullptr;
  bool exact = result.get().is_object() && result.get().as_object()->type == &dict_type;
  Ref it = iter(args[0]);
  if (!it) return nullptr;
  for (;;) {
    Ref key = next(*it);
    if (!key) return error_occurred() ? nullptr : result;
    int r = exact ? dict_set(result.as<Dict>(), *key, fill) : setitem(*result, *key, fill);
    if (r < 0) return nullptr;
  }
}

static Ref dict_reversed(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("dict.__reversed__", nargs, kwnames)) return nullptr;
  return dict_iter_new(self.as<Dict>(), &dict_reversekeyiterator_type);
}

static Ref dict_getitem_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("dict.__getitem__", nargs, kwnames)) return nullptr;
  return dict_subscript(self, args[0]);
}

static const MethodDef dict_methods[] = {
    {"keys", dict_keys, kMethodInstance, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", dict_values, kMethodInstance, "D.values() -> an object providing a view on D's values"},
    {"items", dict_items, kMethodInstance, "D.items() -> a set-like object providing a view on D's items"},
    {"get", dict_get_method, kMethodInstance, "get($self, key, default=None, /)\n--\n\nReturn the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault, kMethodInstance, "setdefault($self, key, default=None, /)\n--\n\nInsert key with a value of default if key is not in the dictionary."},
    {"pop", dict_pop, kMethodInstance, "pop($self, key, default=<unrepresentable>, /)\n--\n\nD.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", dict_popitem, kMethodInstance, "popitem($self, /)\n--\n\nRemove and return a (key, value) pair as a 2-tuple."},
    {"update", dict_update_method, kMethodInstance, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"copy", dict_copy_method, kMethodInstance, "D.copy() -> a shallow copy of D"},
    {"clear", dict_clear_method, kMethodInstance, "D.clear() -> None.  Remove all items from D."},
    {"fromkeys", dict_fromkeys, kMethodClass, "fromkeys($type, iterable, value=None, /)\n--\n\nCreate a new dictionary with keys from iterable and values set to value."},
    {"__reversed__", dict_reversed, kMethodInstance, "__reversed__($self, /)\n--\n\nReturn a reverse iterator over the dict keys."},
    {"__getitem__", dict_getitem_method, kMethodInstance, "x.__getitem__(y) <==> x[y]"},
    {nullptr, nullptr, 0, nullptr},
};

int init_dict_type() {
  Type& t = dict_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "dict";
  t.basic_size = sizeof(Dict);
  t.flags = kTypeGC | kTypeBaseType | kTypeDictSubclass | kTypeMapping;
  t.dealloc = dict_dealloc;
  t.traverse = dict_traverse;
  t.clear = dict_gc_clear;
  t.repr = dict_repr;
  t.hash = hash_not_implemented;
  t.richcompare = dict_richcompare;
  t.iter = dict_iter;
  t.new_ = dict_type_new;
  t.init = dict_init;
  t.len = dict_length;
  t.getitem = dict_subscript;
  t.setitem = dict_ass_subscript;
  t.contains = dict_contains_slot;
  t.number.or_ = dict_or;
  t.number.inplace_or = dict_inplace_or;
  t.methods = dict_methods;
  t.doc = "dict() -> new empty dictionary";
  if (type_ready(&t) < 0) return -1;
  return init_dict_view_types();
}

}  // namespace taipan
