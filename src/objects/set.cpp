// set and frozenset, following CPython 3.11's set algorithm so that
// iteration order matches: a table of 8 slots to start with; a key goes to
// slot hash & mask, then the next 9 slots (linear probes, when they fit
// before the end of the table), then the perturbed position
// i = 5*i + 1 + (perturb >>= 5), and so on. New keys take never-used
// slots or the last deleted slot passed on the way. When 5 * fill reaches
// 3 * mask the table is rebuilt at the power of two above 4 * used (2 * used
// past 50000 keys), reinserting in table order. Set operations insert in the
// same order CPython's do (see each one).
#include "objects/set.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/dict.h"
#include "objects/iterators.h"
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

namespace taipan {

Type set_type;
Type frozenset_type;
Type set_iterator_type;

constexpr int64_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

// The marker of a deleted slot; never seen outside this file.
static Object g_dummy{kImmortalRefcnt, nullptr};
static Value dummy() { return Value::object(&g_dummy); }
static bool is_live(const SetEntry& e) { return !e.key.is_null() && e.key != dummy(); }

static Set* as_set(Value v) { return v.as<Set>(); }

// Lookup.

// The entry holding key, or null when absent; *failed is set when a key's
// __eq__ raised. An __eq__ that changes the set makes the lookup start over.
static SetEntry* lookup(Set* so, Value key, int64_t hash, bool* failed) {
  *failed = false;
restart:
  uint64_t mask = static_cast<uint64_t>(so->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  for (;;) {
    SetEntry* entry = &so->table[i];
    int64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    do {
      if (entry->key.is_null()) return nullptr;
      if (entry->hash == hash) {
        Value start_key = entry->key;
        if (start_key == key) return entry;
        if (is_exact_str(start_key) && is_exact_str(key)) {
          if (str_equal(start_key.as<Str>(), key.as<Str>())) return entry;
        } else {
          SetEntry* table = so->table;
          Ref hold = Ref::borrow(start_key);
          int r = rich_compare_bool(start_key, key, CompareOp::Eq);
          if (r < 0) {
            *failed = true;
            return nullptr;
          }
          if (table != so->table || entry->key != start_key) goto restart;
          if (r) return entry;
          mask = static_cast<uint64_t>(so->mask);
        }
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Places a key known to be absent into a table without dummies.
static void insert_clean(SetEntry* table, uint64_t mask, Value key, int64_t hash) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (entry->key.is_null()) {
      *entry = SetEntry{key, hash};
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (int64_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key.is_null()) {
          *entry = SetEntry{key, hash};
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Rebuilds the table at the smallest power of two above min_used. 0 or -1.
static int table_resize(Set* so, int64_t min_used) {
  int64_t size = kSetMinSize;
  while (size <= min_used) size <<= 1;
  SetEntry* old_table = so->table;
  int64_t old_size = so->mask + 1;
  SetEntry small_copy[kSetMinSize];
  if (old_table == so->smalltable) {
    std::copy(so->smalltable, so->smalltable + kSetMinSize, small_copy);
    old_table = small_copy;
  }
  SetEntry* table;
  if (size == kSetMinSize) {
    table = so->smalltable;
  } else {
    table = static_cast<SetEntry*>(calloc_exact(static_cast<size_t>(size), sizeof(SetEntry)));
    if (table == nullptr) {
      raise_no_memory();
      return -1;
    }
  }
  if (table == so->smalltable) std::fill(table, table + kSetMinSize, SetEntry{});
  for (int64_t i = 0; i < old_size; ++i) {
    if (is_live(old_table[i])) {
      insert_clean(table, static_cast<uint64_t>(size - 1), old_table[i].key, old_table[i].hash);
    }
  }
  if (so->table != so->smalltable) std::free(so->table);
  so->table = table;
  so->mask = size - 1;
  so->fill = so->used;
  return 0;
}

static int grow_after_insert(Set* so) {
  if (so->fill * 5 < so->mask * 3) return 0;
  return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

// Adds key (of known hash) unless present. 0 or -1. A key that is absent
// goes to the last deleted slot its probe passed, if any (without growing
// the table), else to the never-used slot that ended the probe.
static int add_entry(Set* so, Value key, int64_t hash) {
  Ref hold = Ref::borrow(key);
restart:
  uint64_t mask = static_cast<uint64_t>(so->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  SetEntry* free_slot = nullptr;
  for (;;) {
    SetEntry* entry = &so->table[i];
    int64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    do {
      if (entry->key.is_null()) {
        if (free_slot != nullptr) {
          *free_slot = SetEntry{hold.release(), hash};
          ++so->used;
          return 0;
        }
        *entry = SetEntry{hold.release(), hash};
        ++so->fill;
        ++so->used;
        return grow_after_insert(so);
      }
      if (entry->hash == hash) {
        Value start_key = entry->key;
        if (start_key == key) return 0;
        if (is_exact_str(start_key) && is_exact_str(key)) {
          if (str_equal(start_key.as<Str>(), key.as<Str>())) return 0;
        } else {
          SetEntry* table = so->table;
          Ref hold_start = Ref::borrow(start_key);
          int r = rich_compare_bool(start_key, key, CompareOp::Eq);
          if (r < 0) return -1;
          if (r > 0) return 0;
          if (table != so->table || entry->key != start_key) goto restart;
          mask = static_cast<uint64_t>(so->mask);
        }
      } else if (entry->hash == -1) {
        free_slot = entry;
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// 1 removed, 0 absent, -1 error.
static int discard_entry(Set* so, Value key, int64_t hash) {
  bool failed;
  SetEntry* entry = lookup(so, key, hash, &failed);
  if (failed) return -1;
  if (entry == nullptr) return 0;
  Value old = entry->key;
  entry->key = dummy();
  entry->hash = -1;
  --so->used;
  decref(old);
  return 1;
}

static bool contains_entry(Set* so, Value key, int64_t hash, int* result) {
  bool failed;
  SetEntry* entry = lookup(so, key, hash, &failed);
  *result = entry != nullptr;
  return !failed;
}

// The hash of a key; an unhashable set is looked up as the equal frozenset,
// which *substitute then holds. -1 on error.
static int64_t lookup_hash(Value key, Ref* substitute) {
  int64_t h = key_hash(key);
  if (h != -1 || !is_set(key) || !error_matches(exc::TypeError)) return h;
  clear_error();
  *substitute = frozenset_new(key);
  if (!*substitute) return -1;
  return key_hash(substitute->get());
}

bool set_next(Set* s, int64_t* pos, Value* key, int64_t* hash) {
  while (*pos <= s->mask) {
    SetEntry& e = s->table[(*pos)++];
    if (is_live(e)) {
      if (key != nullptr) *key = e.key;
      if (hash != nullptr) *hash = e.hash;
      return true;
    }
  }
  return false;
}

int set_add(Set* s, Value key) {
  int64_t h = key_hash(key);
  if (h == -1) return -1;
  return add_entry(s, key, h);
}

int set_contains(Set* s, Value key) {
  Ref substitute;
  int64_t h = lookup_hash(key, &substitute);
  if (h == -1) return -1;
  int result;
  if (!contains_entry(s, substitute ? *substitute : key, h, &result)) return -1;
  return result;
}

int set_discard(Set* s, Value key) {
  Ref substitute;
  int64_t h = lookup_hash(key, &substitute);
  if (h == -1) return -1;
  return discard_entry(s, substitute ? *substitute : key, h);
}

int set_clear(Set* s) {
  SetEntry* table = s->table;
  int64_t size = s->mask + 1;
  SetEntry small_copy[kSetMinSize];
  if (table == s->smalltable) {
    std::copy(s->smalltable, s->smalltable + kSetMinSize, small_copy);
    table = small_copy;
  }
  bool owned = s->table != s->smalltable;
  std::fill(s->smalltable, s->smalltable + kSetMinSize, SetEntry{});
  s->table = s->smalltable;
  s->mask = kSetMinSize - 1;
  s->fill = 0;
  s->used = 0;
  s->hash = -1;
  for (int64_t i = 0; i < size; ++i) {
    if (is_live(table[i])) decref(table[i].key);
  }
  if (owned) std::free(table);
  return 0;
}

// Updating from other sets, dicts and iterables.

static int merge_set(Set* so, Set* other) {
  if (so == other || other->used == 0) return 0;
  if ((so->fill + other->used) * 5 >= so->mask * 3 &&
      table_resize(so, (so->used + other->used) * 2) < 0) {
    return -1;
  }
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    // Same table size, no dummies: copy slot for slot.
    for (int64_t i = 0; i <= other->mask; ++i) {
      so->table[i] = other->table[i];
      incref(so->table[i].key);
    }
    so->fill = other->fill;
    so->used = other->used;
    return 0;
  }
  if (so->fill == 0) {
    for (int64_t i = 0; i <= other->mask; ++i) {
      SetEntry& e = other->table[i];
      if (!is_live(e)) continue;
      incref(e.key);
      insert_clean(so->table, static_cast<uint64_t>(so->mask), e.key, e.hash);
    }
    so->fill = other->used;
    so->used = other->used;
    return 0;
  }
  for (int64_t i = 0; i <= other->mask; ++i) {
    SetEntry e = other->table[i];
    if (is_live(e) && add_entry(so, e.key, e.hash) < 0) return -1;
  }
  return 0;
}

int set_update(Set* s, Value iterable) {
  if (is_anyset(iterable)) return merge_set(s, as_set(iterable));
  if (iterable.is_object() && iterable.as_object()->type == &dict_type) {
    Dict* d = iterable.as<Dict>();
    if ((s->fill + d->used) * 5 >= s->mask * 3 && table_resize(s, (s->used + d->used) * 2) < 0) {
      return -1;
    }
    for (int64_t i = 0; i < d->entry_count; ++i) {
      DictEntry e = d->entries[i];
      if (!e.key.is_null() && add_entry(s, e.key, e.hash) < 0) return -1;
    }
    return 0;
  }
  Ref it = iter(iterable);
  if (!it) return -1;
  for (;;) {
    Ref key = next(*it);
    if (!key) return error_occurred() ? -1 : 0;
    if (set_add(s, *key) < 0) return -1;
  }
}

// Construction.

static Set* set_alloc(Type* type) {
  Set* s = new_object<Set>(type, static_cast<size_t>(type->basic_size));
  if (s == nullptr) return nullptr;
  s->table = s->smalltable;
  s->mask = kSetMinSize - 1;
  s->hash = -1;
  return s;
}

static Ref make_set(Type* type, Value iterable) {
  Set* s = set_alloc(type);
  if (s == nullptr) return nullptr;
  Ref r = Ref::steal(s);
  if (!iterable.is_null() && set_update(s, iterable) < 0) return nullptr;
  return r;
}

Ref set_new(Value iterable) { return make_set(&set_type, iterable); }
Ref frozenset_new(Value iterable) { return make_set(&frozenset_type, iterable); }

Ref frozenset_for_set_display(const Value* items, int64_t n) {
  Ref first = frozenset_new(Value());
  if (!first) return nullptr;
  for (int64_t i = 0; i < n; ++i) {
    if (set_add(as_set(*first), items[i]) < 0) return nullptr;
  }
  Ref second = frozenset_new(Value());
  if (!second) return nullptr;
  int64_t pos = 0;
  Value key;
  int64_t h;
  while (set_next(as_set(*first), &pos, &key, &h)) {
    if (add_entry(as_set(*second), key, h) < 0) return nullptr;
  }
  return second;
}

// The built-in base (set or frozenset) of a set's type: operations on
// subclass instances return plain sets.
static Type* base_type_of(Value so) { return is_set(so) ? &set_type : &frozenset_type; }

static Ref set_copy_of(Value so) { return make_set(base_type_of(so), so); }

// The set algebra, in CPython's insertion orders.

static Ref set_intersection(Value so_value, Value other) {
  if (so_value == other) return set_copy_of(so_value);
  Ref result = make_set(base_type_of(so_value), Value());
  if (!result) return nullptr;
  Set* r = as_set(*result);
  Set* so = as_set(so_value);
  if (is_anyset(other)) {
    Set* o = as_set(other);
    if (o->used > so->used) std::swap(so, o);
    int64_t pos = 0;
    Value key;
    int64_t h;
    while (set_next(o, &pos, &key, &h)) {
      Ref hold = Ref::borrow(key);
      int found;
      if (!contains_entry(so, key, h, &found)) return nullptr;
      if (found && add_entry(r, key, h) < 0) return nullptr;
    }
    return result;
  }
  Ref it = iter(other);
  if (!it) return nullptr;
  for (;;) {
    Ref key = next(*it);
    if (!key) return error_occurred() ? nullptr : result;
    int64_t h = key_hash(*key);
    if (h == -1) return nullptr;
    int found;
    if (!contains_entry(so, *key, h, &found)) return nullptr;
    if (found && add_entry(r, *key, h) < 0) return nullptr;
  }
}

static int difference_update(Set* so, Value other) {
  if (Value::object(so) == other) return set_clear(so);
  if (is_anyset(other)) {
    Ref source = Ref::borrow(other);
    if ((as_set(other)->used >> 3) > so->used) {
      source = set_intersection(Value::object(so), other);
      if (!source) return -1;
    }
    Set* o = as_set(*source);
    int64_t pos = 0;
    Value key;
    int64_t h;
    while (set_next(o, &pos, &key, &h)) {
      Ref hold = Ref::borrow(key);
      if (discard_entry(so, key, h) < 0) return -1;
    }
  } else {
    Ref it = iter(other);
    if (!it) return -1;
    for (;;) {
      Ref key = next(*it);
      if (!key) {
        if (error_occurred()) return -1;
        break;
      }
      if (set_discard(so, *key) < 0) return -1;
    }
  }
  // Rebuild when more than a quarter of the table is dummies.
  if (so->fill - so->used <= so->mask / 4) return 0;
  return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Ref set_difference(Value so_value, Value other) {
  Set* so = as_set(so_value);
  int64_t other_size;
  bool other_is_dict = other.is_object() && other.as_object()->type == &dict_type;
  if (is_anyset(other)) {
    other_size = as_set(other)->used;
  } else if (other_is_dict) {
    other_size = other.as<Dict>()->used;
  } else {
    other_size = -1;
  }
  if (other_size < 0 || (so->used >> 2) > other_size) {
    Ref result = set_copy_of(so_value);
    if (!result || difference_update(as_set(*result), other) < 0) return nullptr;
    return result;
  }
  Ref result = make_set(base_type_of(so_value), Value());
  if (!result) return nullptr;
  int64_t pos = 0;
  Value key;
  int64_t h;
  while (set_next(so, &pos, &key, &h)) {
    Ref hold = Ref::borrow(key);
    int found;
    if (other_is_dict) {
      found = dict_contains(other.as<Dict>(), key);
      if (found < 0) return nullptr;
    } else if (!contains_entry(as_set(other), key, h, &found)) {
      return nullptr;
    }
    if (!found && add_entry(as_set(*result), key, h) < 0) return nullptr;
  }
  return result;
}

static int symmetric_difference_update(Set* so, Value other) {
  if (Value::object(so) == other) return set_clear(so);
  Ref source;
  if (is_anyset(other)) {
    source = Ref::borrow(other);
  } else {
    source = make_set(base_type_of(Value::object(so)), other);
    if (!source) return -1;
  }
  Set* o = as_set(*source);
  int64_t pos = 0;
  Value key;
  int64_t h;
  while (set_next(o, &pos, &key, &h)) {
    Ref hold = Ref::borrow(key);
    int r = discard_entry(so, key, h);
    if (r < 0) return -1;
    if (r == 0 && add_entry(so, key, h) < 0) return -1;
  }
  return 0;
}

static Ref set_symmetric_difference(Value so, Value other) {
  Ref result = make_set(base_type_of(so), other);
  if (!result || symmetric_difference_update(as_set(*result), so) < 0) return nullptr;
  return result;
}

static Ref set_union(Value so, Value other) {
  Ref result = set_copy_of(so);
  if (!result) return nullptr;
  if (so != other && set_update(as_set(*result), other) < 0) return nullptr;
  return result;
}

// Exchanges the tables of a and b (intersection_update builds the result in
// a fresh set, then swaps it in).
static void swap_bodies(Set* a, Set* b) {
  bool a_small = a->table == a->smalltable;
  bool b_small = b->table == b->smalltable;
  SetEntry* a_table = a->table;
  SetEntry* b_table = b->table;
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  std::swap_ranges(a->smalltable, a->smalltable + kSetMinSize, b->smalltable);
  a->table = b_small ? a->smalltable : b_table;
  b->table = a_small ? b->smalltable : a_table;
  a->hash = -1;
  b->hash = -1;
}

// 1 when every member of a is in b.
static int is_subset(Set* a, Set* b) {
  if (a->used > b->used) return 0;
  int64_t pos = 0;
  Value key;
  int64_t h;
  while (set_next(a, &pos, &key, &h)) {
    Ref hold = Ref::borrow(key);
    int found;
    if (!contains_entry(b, key, h, &found)) return -1;
    if (!found) return 0;
  }
  return 1;
}

// Slots.

static void set_dealloc(Object* self) {
  set_clear(static_cast<Set*>(self));
  free_object(self);
}

static void set_traverse(Object* self, VisitFn visit, void* arg) {
  Set* s = static_cast<Set*>(self);
  for (int64_t i = 0; i <= s->mask; ++i) {
    if (is_live(s->table[i])) visit(s->table[i].key, arg);
  }
}

static void set_gc_clear(Object* self) { set_clear(static_cast<Set*>(self)); }

static Ref set_repr(Value self) {
  Set* s = as_set(self);
  const char* name = s->type->name;
  bool exact_set = s->type == &set_type;
  if (s->used == 0) return str_from_utf8(std::string(name) + "()");
  ReprGuard guard(s);
  if (!guard.active()) return str_from_utf8(std::string(name) + "(...)");
  Ref keys = list_from_iterable(self);
  if (!keys) return nullptr;
  std::string out = exact_set ? "{" : std::string(name) + "({";
  List* l = keys.as<List>();
  if (!append_item_reprs(out, &l->items, &l->size)) return nullptr;
  out += exact_set ? "}" : "})";
  return str_from_utf8(out);
}

// CPython's frozenset hash: the shuffled bits of each member's hash, xored.
static int64_t frozenset_hash(Value self) {
  Set* s = as_set(self);
  if (s->hash != -1) return s->hash;
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  uint64_t h = 0;
  for (int64_t i = 0; i <= s->mask; ++i) {
    if (is_live(s->table[i])) h ^= shuffle(static_cast<uint64_t>(s->table[i].hash));
  }
  h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  int64_t result = static_cast<int64_t>(h);
  if (result == -1) result = 590923713;
  s->hash = result;
  return result;
}

static Ref set_richcompare(Value a, Value b, CompareOp op) {
  if (!is_anyset(a) || !is_anyset(b)) return ref_not_implemented();
  Set* x = as_set(a);
  Set* y = as_set(b);
  int r = 0;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      if (x->used != y->used) {
        r = 0;
      } else if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) {
        r = 0;
      } else {
        r = is_subset(x, y);
      }
      if (r >= 0 && op == CompareOp::Ne) r = !r;
      break;
    case CompareOp::Le: r = is_subset(x, y); break;
    case CompareOp::Ge: r = is_subset(y, x); break;
    case CompareOp::Lt: r = x->used < y->used ? is_subset(x, y) : 0; break;
    case CompareOp::Gt: r = x->used > y->used ? is_subset(y, x) : 0; break;
  }
  if (r < 0) return nullptr;
  return Ref::boolean(r != 0);
}

static int64_t set_length(Value self) { return as_set(self)->used; }
static int set_contains_slot(Value self, Value key) { return set_contains(as_set(self), key); }

static Ref set_or(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return ref_not_implemented();
  return set_union(a, b);
}
static Ref set_and(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return ref_not_implemented();
  return set_intersection(a, b);
}
static Ref set_sub(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return ref_not_implemented();
  return set_difference(a, b);
}
static Ref set_xor(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return ref_not_implemented();
  return set_symmetric_difference(a, b);
}
static Ref set_ior(Value a, Value b) {
  if (!is_anyset(b)) return ref_not_implemented();
  if (set_update(as_set(a), b) < 0) return nullptr;
  return Ref::borrow(a);
}
static Ref set_iand(Value a, Value b) {
  if (!is_anyset(b)) return ref_not_implemented();
  Ref r = set_intersection(a, b);
  if (!r) return nullptr;
  swap_bodies(as_set(a), as_set(*r));
  return Ref::borrow(a);
}
static Ref set_isub(Value a, Value b) {
  if (!is_anyset(b)) return ref_not_implemented();
  if (difference_update(as_set(a), b) < 0) return nullptr;
  return Ref::borrow(a);
}
static Ref set_ixor(Value a, Value b) {
  if (!is_anyset(b)) return ref_not_implemented();
  if (symmetric_difference_update(as_set(a), b) < 0) return nullptr;
  return Ref::borrow(a);
}

// Methods.

static Ref set_add_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("set.add", nargs, kwnames)) return nullptr;
  if (set_add(as_set(self), args[0]) < 0) return nullptr;
  return Ref::none();
}

static Ref set_discard_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("set.discard", nargs, kwnames)) return nullptr;
  if (set_discard(as_set(self), args[0]) < 0) return nullptr;
  return Ref::none();
}

static Ref set_remove(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("set.remove", nargs, kwnames)) return nullptr;
  int r = set_discard(as_set(self), args[0]);
  if (r < 0) return nullptr;
  if (r == 0) return raise_with_arg(exc::KeyError, args[0]);
  return Ref::none();
}

static Ref set_pop(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("set.pop", nargs, kwnames)) return nullptr;
  Set* s = as_set(self);
  if (s->used == 0) return raise(exc::KeyError, "pop from an empty set");
  int64_t i = s->finger & s->mask;
  while (!is_live(s->table[i])) i = i == s->mask ? 0 : i + 1;
  Ref key = Ref::steal(s->table[i].key);
  s->table[i].key = dummy();
  s->table[i].hash = -1;
  --s->used;
  s->finger = i + 1;
  return key;
}

static Ref set_clear_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("set.clear", nargs, kwnames)) return nullptr;
  set_clear(as_set(self));
  return Ref::none();
}

static Ref set_copy_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("set.copy", nargs, kwnames)) return nullptr;
  return set_copy_of(self);
}

static Ref frozenset_copy_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("frozenset.copy", nargs, kwnames)) return nullptr;
  if (self.as_object()->type == &frozenset_type) return Ref::borrow(self);
  return set_copy_of(self);
}

// __reduce__: (type(self), (list(self),), self.__getstate__()), as CPython's.
static Ref set_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
  Ref items = list_from_iterable(self);
  if (!items) return nullptr;
  Ref args = tuple_pack({items.get()});
  Ref state = call_method(self, "__getstate__", {});
  if (!args || !state) return nullptr;
  return tuple_pack({Value::object(type_of(self)), args.get(), state.get()});
}

static Ref set_union_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("set.union", kwnames)) return nullptr;
  Ref result = set_copy_of(self);
  if (!result) return nullptr;
  for (size_t i = 0; i < nargs; ++i) {
    if (args[i] != self && set_update(as_set(*result), args[i]) < 0) return nullptr;
  }
  return result;
}

static Ref set_update_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("set.update", kwnames)) return nullptr;
  for (size_t i = 0; i < nargs; ++i) {
    if (set_update(as_set(self), args[i]) < 0) return nullptr;
  }
  return Ref::none();
}

static Ref intersection_of_all(Value self, const Value* args, size_t nargs) {
  if (nargs == 0) return set_copy_of(self);
  Ref result = Ref::borrow(self);
  for (size_t i = 0; i < nargs; ++i) {
    result = set_intersection(*result, args[i]);
    if (!result) return nullptr;
  }
  return result;
}

static Ref set_intersection_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("set.intersection", kwnames)) return nullptr;
  return intersection_of_all(self, args, nargs);
}

static Ref set_intersection_update_method(Value self, const Value* args, size_t nargs,
                                          Tuple* kwnames) {
  if (!no_keywords("set.intersection_update", kwnames)) return nullptr;
  Ref r = intersection_of_all(self, args, nargs);
  if (!r) return nullptr;
  swap_bodies(as_set(self), as_set(*r));
  return Ref::none();
}

static Ref set_difference_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("set.difference", kwnames)) return nullptr;
  if (nargs == 0) return set_copy_of(self);
  Ref result = set_difference(self, args[0]);
  for (size_t i = 1; result && i < nargs; ++i) {
    if (difference_update(as_set(*result), args[i]) < 0) return nullptr;
  }
  return result;
}

static Ref set_difference_update_method(Value self, const Value* args, size_t nargs,
                                        Tuple* kwnames) {
  if (!no_keywords("set.difference_update", kwnames)) return nullptr;
  for (size_t i = 0; i < nargs; ++i) {
    if (difference_update(as_set(self), args[i]) < 0) return nullptr;
  }
  return Ref::none();
}

static Ref set_symmetric_difference_method(Value self, const Value* args, size_t nargs,
                                           Tuple* kwnames) {
  if (!check_one_arg("set.symmetric_difference", nargs, kwnames)) return nullptr;
  return set_symmetric_difference(self, args[0]);
}

static Ref set_symmetric_difference_update_method(Value self, const Value* args, size_t nargs,
                                                  Tuple* kwnames) {
  if (!check_one_arg("set.symmetric_difference_update", nargs, kwnames)) return nullptr;
  if (symmetric_difference_update(as_set(self), args[0]) < 0) return nullptr;
  return Ref::none();
}

static Ref set_issubset(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("set.issubset", nargs, kwnames)) return nullptr;
  Ref other = is_anyset(args[0]) ? Ref::borrow(args[0]) : set_new(args[0]);
  if (!other) return nullptr;
  int r = is_subset(as_set(self), as_set(*other));
  if (r < 0) return nullptr;
  return Ref::boolean(r != 0);
}

static Ref set_issuperset(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("set.issuperset", nargs, kwnames)) return nullptr;
  if (is_anyset(args[0])) {
    int r = is_subset(as_set(args[0]), as_set(self));
    if (r < 0) return nullptr;
    return Ref::boolean(r != 0);
  }
  Ref it = iter(args[0]);
  if (!it) return nullptr;
  for (;;) {
    Ref key = next(*it);
    if (!key) return error_occurred() ? nullptr : Ref::boolean(true);
    int r = set_contains(as_set(self), *key);
    if (r < 0) return nullptr;
    if (r == 0) return Ref::boolean(false);
  }
}

static Ref set_isdisjoint(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("set.isdisjoint", nargs, kwnames)) return nullptr;
  Set* so = as_set(self);
  Value other = args[0];
  if (other == self) return Ref::boolean(so->used == 0);
  Ref it;
  if (is_anyset(other)) {
    Set* o = as_set(other);
    if (o->used > so->used) std::swap(so, o);
    it = iter(Value::object(o));
  } else {
    it = iter(other);
  }
  if (!it) return nullptr;
  for (;;) {
    Ref key = next(*it);
    if (!key) return error_occurred() ? nullptr : Ref::boolean(true);
    int r = set_contains(so, *key);
    if (r < 0) return nullptr;
    if (r) return Ref::boolean(false);
  }
}

static Ref set_contains_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("set.__contains__", nargs, kwnames)) return nullptr;
  int r = set_contains(as_set(self), args[0]);
  if (r < 0) return nullptr;
  return Ref::boolean(r != 0);
}

static Ref set_type_new(Type* type, const Value*, size_t, Tuple* kwnames) {
  if (type == &set_type && !no_keywords("set", kwnames)) return nullptr;
  return make_set(type, Value());
}

static int set_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (self.as_object()->type == &set_type && !no_keywords("set", kwnames)) return -1;
  if (nargs > 1) {
    return fail(exc::TypeError, "set expected at most 1 argument, got " + std::to_string(nargs));
  }
  Set* s = as_set(self);
  if (s->fill > 0) set_clear(s);
  return nargs == 1 ? set_update(s, args[0]) : 0;
}

static Ref frozenset_type_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == &frozenset_type && !no_keywords("frozenset", kwnames)) return nullptr;
  if (nargs > 1) {
    return raise(exc::TypeError,
                 "frozenset expected at most 1 argument, got " + std::to_string(nargs));
  }
  if (nargs == 1 && type == &frozenset_type && args[0].is_object() &&
      args[0].as_object()->type == &frozenset_type) {
    return Ref::borrow(args[0]);
  }
  return make_set(type, nargs == 1 ? args[0] : Value());
}

// set_iterator.

struct SetIterator : Object {
  Set* set;       // owned; null once exhausted
  int64_t used;   // the set's size when iteration began
  int64_t pos;
  int64_t remaining;
};

static Ref set_iter(Value self) {
  SetIterator* it = new_object<SetIterator>(&set_iterator_type);
  if (it == nullptr) return nullptr;
  incref(self);
  it->set = as_set(self);
  it->used = it->set->used;
  it->remaining = it->set->used;
  return Ref::steal(it);
}

static void set_iterator_release(SetIterator* it) {
  Set* s = it->set;
  it->set = nullptr;
  if (s != nullptr) decref(s);
}

static Ref set_iterator_next(Value self) {
  SetIterator* it = self.as<SetIterator>();
  Set* s = it->set;
  if (s == nullptr) return nullptr;
  if (it->used != s->used) {
    it->used = -1;
    return raise(exc::RuntimeError, "Set changed size during iteration");
  }
  Value key;
  if (!set_next(s, &it->pos, &key, nullptr)) {
    set_iterator_release(it);
    return nullptr;
  }
  --it->remaining;
  return Ref::borrow(key);
}

static Ref set_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("set_iterator.__length_hint__", nargs, kwnames)) return nullptr;
  SetIterator* it = self.as<SetIterator>();
  bool live = it->set != nullptr && it->used == it->set->used;
  return Ref::small_int(live ? it->remaining : 0);
}

static void set_iterator_dealloc(Object* self) {
  set_iterator_release(static_cast<SetIterator*>(self));
  free_object(self);
}

static void set_iterator_traverse(Object* self, VisitFn visit, void* arg) {
  SetIterator* it = static_cast<SetIterator*>(self);
  if (it->set != nullptr) visit(Value::object(it->set), arg);
}

static void set_iterator_clear(Object* self) {
  set_iterator_release(static_cast<SetIterator*>(self));
}

#define SET_READ_METHODS                                                                      \
  {"union", set_union_method, kMethodInstance, "Return the union of sets as a new set."},     \
  {"intersection", set_intersection_method, kMethodInstance,                                  \
   "Return the intersection of two sets as a new set."},                                      \
  {"difference", set_difference_method, kMethodInstance,                                      \
   "Return the difference of two or more sets as a new set."},                                \
  {"symmetric_difference", set_symmetric_difference_method, kMethodInstance,                  \
   "Return the symmetric difference of two sets as a new set."},                              \
  {"issubset", set_issubset, kMethodInstance, "Report whether another set contains this set."}, \
  {"issuperset", set_issuperset, kMethodInstance,                                             \
   "Report whether this set contains another set."},                                          \
  {"isdisjoint", set_isdisjoint, kMethodInstance,                                             \
   "Return True if two sets have a null intersection."},                                      \
  {"__contains__", set_contains_method, kMethodInstance, "x.__contains__(y) <==> y in x."},   \
  {"__reduce__", set_reduce, kMethodInstance, "Return state information for pickling."}

static const MethodDef set_methods[] = {
    SET_READ_METHODS,
    {"add", set_add_method, kMethodInstance, "Add an element to a set."},
    {"discard", set_discard_method, kMethodInstance,
     "Remove an element from a set if it is a member."},
    {"remove", set_remove, kMethodInstance, "Remove an element from a set; it must be a member."},
    {"pop", set_pop, kMethodInstance, "Remove and return an arbitrary set element."},
    {"clear", set_clear_method, kMethodInstance, "Remove all elements from this set."},
    {"copy", set_copy_method, kMethodInstance, "Return a shallow copy of a set."},
    {"update", set_update_method, kMethodInstance, "Update a set with the union of itself and others."},
    {"intersection_update", set_intersection_update_method, kMethodInstance,
     "Update a set with the intersection of itself and another."},
    {"difference_update", set_difference_update_method, kMethodInstance,
     "Remove all elements of another set from this set."},
    {"symmetric_difference_update", set_symmetric_difference_update_method, kMethodInstance,
     "Update a set with the symmetric difference of itself and another."},
    {nullptr, nullptr, 0, nullptr},
};

static const MethodDef frozenset_methods[] = {
    SET_READ_METHODS,
    {"copy", frozenset_copy_method, kMethodInstance, "Return a shallow copy of a set."},
    {nullptr, nullptr, 0, nullptr},
};

#undef SET_READ_METHODS

static const MethodDef set_iterator_methods[] = {
    {"__length_hint__", set_iterator_length_hint, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static int init_one_set_type(Type& t, const char* name, bool mutable_set) {
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = name;
  t.basic_size = sizeof(Set);
  {
    static Set probe{};
    t.weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  }
  t.flags = kTypeGC | kTypeBaseType;
  t.dealloc = set_dealloc;
  t.traverse = set_traverse;
  t.clear = set_gc_clear;
  t.repr = set_repr;
  t.richcompare = set_richcompare;
  t.iter = set_iter;
  t.len = set_length;
  t.contains = set_contains_slot;
  t.number.or_ = set_or;
  t.number.and_ = set_and;
  t.number.subtract = set_sub;
  t.number.xor_ = set_xor;
  if (mutable_set) {
    t.hash = hash_not_implemented;
    t.new_ = set_type_new;
    t.init = set_init;
    t.number.inplace_or = set_ior;
    t.number.inplace_and = set_iand;
    t.number.inplace_subtract = set_isub;
    t.number.inplace_xor = set_ixor;
    t.methods = set_methods;
    t.doc = "set() -> new empty set object\nset(iterable) -> new set object";
  } else {
    t.hash = frozenset_hash;
    t.new_ = frozenset_type_new;
    t.methods = frozenset_methods;
    t.doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object";
  }
  return type_ready(&t);
}

int init_set_types() {
  if (init_one_set_type(set_type, "set", true) < 0 ||
      init_one_set_type(frozenset_type, "frozenset", false) < 0) {
    return -1;
  }
  Type& i = set_iterator_type;
  i.refcnt = kImmortalRefcnt;
  i.type = &type_type;
  i.name = "set_iterator";
  i.basic_size = sizeof(SetIterator);
  i.flags = kTypeGC;
  i.dealloc = set_iterator_dealloc;
  i.traverse = set_iterator_traverse;
  i.clear = set_iterator_clear;
  i.iter = iter_self;
  i.next = set_iterator_next;
  i.methods = set_iterator_methods;
  return type_ready(&i);
}

}  // namespace taipan
