// collections.OrderedDict, written in C++ as CPython writes it in C
// (`_collections.OrderedDict`): a dict subclass that keeps its own order as a
// doubly linked list of nodes, one per key, so that move_to_end() and
// popitem() work at either end in O(1). Its iterator (odict_iterator) and its
// views (odict_keys, odict_values, odict_items, subclasses of dict's) walk
// that list.
//
// A key's node is found through the dict: the key's entry number indexes
// `nodes`, an array kept parallel to the dict's entries. When the dict grows
// it compacts its entries into a new array, keeping their order, so the
// nodes of the old index taken in entry order belong to entries 0, 1, 2 … of
// the new one; a node is only trusted while its entry holds the same key
// object, so a dict changed behind the OrderedDict's back (dict.__setitem__)
// makes the index be rebuilt by matching keys by identity, never misread.
//
// `state` counts changes of the list (a node added, removed or moved);
// iterators compare it, the size and `generation` (bumped by clear(), which
// frees every node without counting as a change of order, as in CPython).
#include "modules/collections_ordereddict.h"

#include <algorithm>
#include <cstdlib>
#include <new>
#include <string>
#include <unordered_map>

#include "objects/dict.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/repr_guard.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type ordered_dict_type;

namespace {

Type odict_iterator_type;
Type odict_keys_type;
Type odict_values_type;
Type odict_items_type;

struct OdNode {
  Value key;      // owned
  int64_t hash;
  int64_t entry;  // the dict entry holding key (checked before use)
  OdNode* prev;
  OdNode* next;
};

struct OrderedDict : Dict {
  OdNode* first;
  OdNode* last;
  int64_t node_count;
  OdNode** nodes;            // nodes[i]: the node of entry i, or null
  int64_t nodes_size;
  DictEntry* nodes_entries;  // the entries array `nodes` was built for
  uint64_t state;
  uint64_t generation;
  Dict* instance_dict;       // __dict__, made on first use
  Value weakrefs;            // managed by the weakref machinery
};

OrderedDict* as_od(Value v) { return static_cast<OrderedDict*>(v.as_object()); }
bool is_od(Value v) { return v.is_object() && type_is_subtype(type_of(v), &ordered_dict_type); }
bool is_exact_od(Value v) { return v.is_object() && v.as_object()->type == &ordered_dict_type; }

// --- The index from entries to nodes -----------------------------------------------

bool node_matches_entry(OrderedDict* od, const OdNode* node) {
  return node->entry >= 0 && node->entry < od->entry_count && od->entries[node->entry].key == node->key;
}

// Rebuilds `nodes` for the dict's current entries. With trust_order, the old
// index's nodes are matched to the new entries in order (what a compaction
// does); if that fails, or without it, keys are matched by identity.
int reindex(OrderedDict* od, bool trust_order) {
  int64_t size = od->entry_capacity;
  auto** fresh = static_cast<OdNode**>(calloc_exact(size > 0 ? static_cast<size_t>(size) : 1, sizeof(OdNode*)));
  if (fresh == nullptr) {
    raise_no_memory();
    return -1;
  }
  int64_t placed = 0;
  if (trust_order) {
    for (int64_t i = 0; i < od->nodes_size; ++i) {
      OdNode* node = od->nodes[i];
      if (node == nullptr) continue;
      if (placed >= od->entry_count || od->entries[placed].key != node->key) break;
      fresh[placed] = node;
      node->entry = placed++;
    }
  }
  if (placed != od->node_count) {
    std::unordered_map<uint64_t, OdNode*> by_key;
    for (OdNode* node = od->first; node != nullptr; node = node->next) {
      node->entry = -1;
      by_key.emplace(node->key.bits(), node);
    }
    std::fill(fresh, fresh + size, nullptr);
    for (int64_t i = 0; i < od->entry_count; ++i) {
      if (od->entries[i].key.is_null()) continue;
      auto found = by_key.find(od->entries[i].key.bits());
      if (found == by_key.end()) continue;
      fresh[i] = found->second;
      found->second->entry = i;
    }
  }
  std::free(od->nodes);
  od->nodes = fresh;
  od->nodes_size = size;
  od->nodes_entries = od->entries;
  return 0;
}

int ensure_index(OrderedDict* od) {
  if (od->nodes_entries == od->entries && od->nodes_size == od->entry_capacity) return 0;
  return reindex(od, true);
}

// The node of entry ix; null with no error when the key has none (it was
// added behind the OrderedDict's back), null with an error on failure.
OdNode* node_at(OrderedDict* od, int64_t ix) {
  if (ensure_index(od) < 0) return nullptr;
  OdNode* node = od->nodes[ix];
  if (node != nullptr && node->entry == ix && od->entries[ix].key == node->key) return node;
  if (reindex(od, false) < 0) return nullptr;
  return od->nodes[ix];
}

// The entry holding node's key: -1 when the dict lost it, -2 on error.
int64_t entry_of(OrderedDict* od, OdNode* node) {
  if (node_matches_entry(od, node)) return node->entry;
  if (reindex(od, true) < 0) return -2;
  if (node_matches_entry(od, node)) return node->entry;
  if (reindex(od, false) < 0) return -2;
  return node->entry;
}

// --- The list ------------------------------------------------------------------------

void link_last(OrderedDict* od, OdNode* node) {
  node->prev = od->last;
  node->next = nullptr;
  if (od->last != nullptr) od->last->next = node; else od->first = node;
  od->last = node;
}

void link_first(OrderedDict* od, OdNode* node) {
  node->next = od->first;
  node->prev = nullptr;
  if (od->first != nullptr) od->first->prev = node; else od->last = node;
  od->first = node;
}

void unlink(OrderedDict* od, OdNode* node) {
  if (node->prev != nullptr) node->prev->next = node->next; else od->first = node->next;
  if (node->next != nullptr) node->next->prev = node->prev; else od->last = node->prev;
}

// Appends a node for the key of entry ix. 0 or -1.
int add_node(OrderedDict* od, Value key, int64_t hash, int64_t ix) {
  if (ensure_index(od) < 0) return -1;
  auto* node = new (std::nothrow) OdNode{key, hash, ix, nullptr, nullptr};
  if (node == nullptr) {
    raise_no_memory();
    return -1;
  }
  incref(key);
  link_last(od, node);
  od->nodes[ix] = node;
  ++od->node_count;
  ++od->state;
  return 0;
}

void free_node(OrderedDict* od, OdNode* node) {
  unlink(od, node);
  if (node->entry >= 0 && node->entry < od->nodes_size && od->nodes[node->entry] == node) {
    od->nodes[node->entry] = nullptr;
  }
  --od->node_count;
  ++od->state;
  Value key = node->key;
  delete node;
  decref(key);
}

// Frees every node (the dict itself is left alone).
void clear_nodes(OrderedDict* od) {
  OdNode* node = od->first;
  od->first = od->last = nullptr;
  od->node_count = 0;
  std::free(od->nodes);
  od->nodes = nullptr;
  od->nodes_size = 0;
  od->nodes_entries = nullptr;
  ++od->generation;
  while (node != nullptr) {
    OdNode* next = node->next;
    Value key = node->key;
    delete node;
    decref(key);
    node = next;
  }
}

// --- Storage of an exact OrderedDict (subclasses go through their dunders) ---------

int od_store(OrderedDict* od, Value key, int64_t hash, Value value) {
  int64_t ix = dict_find_entry(od, key, hash);
  if (ix == -2) return -1;
  if (ix < 0) {
    if (dict_append_entry(od, key, hash, value) < 0) return -1;
    return add_node(od, key, hash, od->entry_count - 1);
  }
  dict_set_entry_value(od, ix, value);
  OdNode* node = node_at(od, ix);
  if (node != nullptr) return 0;
  return error_occurred() ? -1 : add_node(od, od->entries[ix].key, hash, ix);
}

int od_store(OrderedDict* od, Value key, Value value) {
  int64_t hash = key_hash(key);
  return hash == -1 ? -1 : od_store(od, key, hash, value);
}

// Removes key, handing back its value: 1 done, 0 absent, -1 error.
int od_remove(OrderedDict* od, Value key, int64_t hash, Ref* value) {
  int64_t ix = dict_find_entry(od, key, hash);
  if (ix == -2) return -1;
  if (ix < 0) return 0;
  OdNode* node = node_at(od, ix);
  if (node == nullptr && error_occurred()) return -1;
  Ref removed_key;
  dict_remove_entry(od, ix, &removed_key, value);
  if (node != nullptr) free_node(od, node);
  return 1;
}

// pop(key[, fallback]) for any OrderedDict (subclasses too: CPython's
// pop and popitem bypass their dunders). fallback may be null.
Ref od_pop_key(Value self, Value key, int64_t hash, Value fallback) {
  Ref value;
  int r = od_remove(as_od(self), key, hash, &value);
  if (r < 0) return nullptr;
  if (r == 1) return value;
  return fallback.is_null() ? raise_with_arg(exc::KeyError, key) : Ref::borrow(fallback);
}

// --- Updating from mappings and pairs (MutableMapping.update) ----------------------

int add_pairs(Value self, Value pairs) {
  Ref it = iter(pairs);
  if (!it) return -1;
  for (;;) {
    Ref pair = next(*it);
    if (!pair) return error_occurred() ? -1 : 0;
    Ref pair_it = iter(*pair);
    if (!pair_it) return -1;
    Ref key = next(*pair_it);
    if (!key) return error_occurred() ? -1 : fail(exc::ValueError, "need more than 0 values to unpack");
    Ref value = next(*pair_it);
    if (!value) return error_occurred() ? -1 : fail(exc::ValueError, "need more than 1 value to unpack");
    Ref extra = next(*pair_it);
    if (extra) return fail(exc::ValueError, "too many values to unpack (expected 2)");
    if (error_occurred() || setitem(self, *key, *value) < 0) return -1;
  }
}

int update_from(Value self, Value arg) {
  if (arg.is_object() && arg.as_object()->type == &dict_type) {
    Ref items = dict_items_list(arg.as<Dict>());
    return items ? add_pairs(self, *items) : -1;
  }
  static Str* keys_name = intern("keys");
  static Str* items_name = intern("items");
  Ref keys_method = getattr_optional(arg, keys_name);
  if (keys_method) {
    Ref keys = call(*keys_method, nullptr, 0);
    Ref it = keys ? iter(*keys) : Ref();
    if (!it) return -1;
    for (;;) {
      Ref key = next(*it);
      if (!key) return error_occurred() ? -1 : 0;
      Ref value = getitem(arg, *key);
      if (!value || setitem(self, *key, *value) < 0) return -1;
    }
  }
  if (error_occurred()) return -1;
  Ref items_method = getattr_optional(arg, items_name);
  if (items_method) {
    Ref items = call(*items_method, nullptr, 0);
    return items ? add_pairs(self, *items) : -1;
  }
  if (error_occurred()) return -1;
  return add_pairs(self, arg);
}

// The update of __init__ and update(): one optional positional argument, then keywords.
int update_with_args(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 1 && update_from(self, args[0]) < 0) return -1;
  if (kwnames != nullptr) {
    for (int64_t i = 0; i < kwnames->size; ++i) {
      if (setitem(self, kwnames->items[i], args[nargs + i]) < 0) return -1;
    }
  }
  return 0;
}

// --- Slots ---------------------------------------------------------------------------

// Heap subclasses keep the instance dict through type.cpp's subtype slots.
bool owns_instance_dict(Object* self) { return !type_has_flag(self->type, kTypeHeap); }

void od_traverse(Object* self, VisitFn visit, void* arg) {
  auto* od = static_cast<OrderedDict*>(self);
  for (OdNode* node = od->first; node != nullptr; node = node->next) visit(node->key, arg);
  if (od->instance_dict != nullptr && owns_instance_dict(self)) visit(Value::object(od->instance_dict), arg);
  dict_type.traverse(self, visit, arg);
}

void drop_instance_dict(OrderedDict* od) {
  Dict* d = od->instance_dict;
  od->instance_dict = nullptr;
  if (d != nullptr) decref(Value::object(d));
}

void od_clear_slot(Object* self) {
  auto* od = static_cast<OrderedDict*>(self);
  clear_nodes(od);
  if (owns_instance_dict(self)) drop_instance_dict(od);
  dict_type.clear(self);
}

void od_dealloc(Object* self) {
  auto* od = static_cast<OrderedDict*>(self);
  clear_nodes(od);
  drop_instance_dict(od);
  dict_type.dealloc(self);
}

int od_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs > 1) {
    return fail(exc::TypeError, "expected at most 1 arguments, got " + std::to_string(nargs));
  }
  return update_with_args(self, args, nargs, kwnames);
}

int od_ass_subscript(Value self, Value key, Value value) {
  OrderedDict* od = as_od(self);
  int64_t hash = key_hash(key);
  if (hash == -1) return -1;
  if (!value.is_null()) return od_store(od, key, hash, value);
  Ref removed;
  int r = od_remove(od, key, hash, &removed);
  if (r == 0) raise_with_arg(exc::KeyError, key);
  return r == 1 ? 0 : -1;
}

std::string short_type_name(Value self) {
  std::string_view name = type_of(self)->name;
  size_t dot = name.rfind('.');
  return std::string(dot == std::string_view::npos ? name : name.substr(dot + 1));
}

// The (key, value) tuples in order, gathered before any Python code runs.
Ref item_list(OrderedDict* od) {
  Ref items = Ref::steal(list_new(0));
  if (!items) return nullptr;
  for (OdNode* node = od->first; node != nullptr; node = node->next) {
    int64_t ix = entry_of(od, node);
    if (ix == -2) return nullptr;
    if (ix < 0) return raise_with_arg(exc::KeyError, node->key);
    Ref pair = tuple_pack({node->key, od->entries[ix].value});
    if (!pair || list_append(items.as<List>(), *pair) < 0) return nullptr;
  }
  return items;
}

Ref od_repr(Value self) {
  std::string name = short_type_name(self);
  if (dict_size(as_od(self)) == 0) return str_from_utf8(name + "()");
  ReprGuard guard(self.as_object());
  if (!guard.active()) return str_from_utf8("...");
  Ref items;
  if (is_exact_od(self)) {
    items = item_list(as_od(self));
  } else {
    Ref view = call_method(self, "items", {});
    if (view) items = list_from_iterable(*view);
  }
  if (!items) return nullptr;
  Ref text = repr(*items);
  if (!text) return nullptr;
  return str_from_utf8(name + "(" + str_to_std(text.as<Str>()) + ")");
}

// 1 when a and b list equal keys in the same order, 0 if not, -1 on error.
int keys_in_same_order(OrderedDict* a, OrderedDict* b) {
  uint64_t state_a = a->state, state_b = b->state;
  uint64_t generation_a = a->generation, generation_b = b->generation;
  OdNode* x = a->first;
  OdNode* y = b->first;
  while (x != nullptr && y != nullptr) {
    Ref kx = Ref::borrow(x->key), ky = Ref::borrow(y->key);
    int r = rich_compare_bool(*kx, *ky, CompareOp::Eq);
    if (r < 0) return -1;
    if (a->state != state_a || b->state != state_b || a->generation != generation_a ||
        b->generation != generation_b) {
      return fail(exc::RuntimeError, "OrderedDict mutated during iteration");
    }
    if (r == 0) return 0;
    x = x->next;
    y = y->next;
  }
  return x == nullptr && y == nullptr;
}

Ref od_richcompare(Value a, Value b, CompareOp op) {
  if (!is_od(a) || !is_dict(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return ref_not_implemented();
  }
  Ref result = dict_type.richcompare(a, b, op);
  if (!result || !is_od(b)) return result;
  bool dicts_equal = result.get().is_true() == (op == CompareOp::Eq);
  if (!dicts_equal) return result;
  int same = keys_in_same_order(as_od(a), as_od(b));
  if (same < 0) return nullptr;
  return Ref::boolean((same == 1) == (op == CompareOp::Eq));
}

// --- The iterator ----------------------------------------------------------------------

enum class Part : uint8_t { Key, Value, Item };

struct OdIterator : Object {
  OrderedDict* od;  // owned; null once done
  OdNode* node;     // the next node to produce, valid while state and generation hold
  uint64_t state;
  uint64_t generation;
  int64_t size;
  Part part;
  bool reverse;
};

Ref od_iterator_new(Value self, Part part, bool reverse) {
  OrderedDict* od = as_od(self);
  auto* it = new_object<OdIterator>(&odict_iterator_type);
  if (it == nullptr) return nullptr;
  incref(self);
  it->od = od;
  it->node = reverse ? od->last : od->first;
  it->state = od->state;
  it->generation = od->generation;
  it->size = dict_size(od);
  it->part = part;
  it->reverse = reverse;
  return Ref::steal(it);
}

void od_iterator_release(OdIterator* it) {
  OrderedDict* od = it->od;
  it->od = nullptr;
  it->node = nullptr;
  if (od != nullptr) decref(Value::object(od));
}

Ref od_iterator_step(OdIterator* it) {
  OrderedDict* od = it->od;
  if (od == nullptr) return nullptr;
  if (od->state != it->state) {
    od_iterator_release(it);
    return raise(exc::RuntimeError, "OrderedDict mutated during iteration");
  }
  if (it->size != dict_size(od) || it->generation != od->generation) {
    it->size = -1;  // keeps failing afterwards
    return raise(exc::RuntimeError, "OrderedDict changed size during iteration");
  }
  OdNode* node = it->node;
  if (node == nullptr) {
    od_iterator_release(it);
    return nullptr;
  }
  int64_t ix = entry_of(od, node);
  if (ix < 0) {
    Ref key = Ref::borrow(node->key);
    od_iterator_release(it);
    return ix == -2 ? nullptr : raise_with_arg(exc::KeyError, *key);
  }
  it->node = it->reverse ? node->prev : node->next;
  switch (it->part) {
    case Part::Key: return Ref::borrow(node->key);
    case Part::Value: return Ref::borrow(od->entries[ix].value);
    case Part::Item: return tuple_pack({node->key, od->entries[ix].value});
  }
  return nullptr;
}

Ref od_iterator_next(Value self) { return od_iterator_step(self.as<OdIterator>()); }

// (iter, (list of what is left,)), leaving this iterator where it is.
Ref od_iterator_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("odict_iterator.__reduce__", nargs, kwnames)) return nullptr;
  OdIterator copy = *self.as<OdIterator>();
  if (copy.od != nullptr) incref(Value::object(copy.od));
  Ref rest = Ref::steal(list_new(0));
  while (rest) {
    Ref item = od_iterator_step(&copy);
    if (!item) break;
    if (list_append(rest.as<List>(), *item) < 0) rest = Ref();
  }
  od_iterator_release(&copy);
  if (!rest || error_occurred()) return nullptr;
  Ref builtin_iter = getattr(builtins_module(), "iter");
  Ref args = tuple_pack({*rest});
  if (!builtin_iter || !args) return nullptr;
  return tuple_pack({*builtin_iter, *args});
}

void od_iterator_dealloc(Object* self) {
  od_iterator_release(static_cast<OdIterator*>(self));
  free_object(self);
}

void od_iterator_traverse(Object* self, VisitFn visit, void* arg) {
  auto* it = static_cast<OdIterator*>(self);
  if (it->od != nullptr) visit(Value::object(it->od), arg);
}

void od_iterator_clear(Object* self) { od_iterator_release(static_cast<OdIterator*>(self)); }

const MethodDef kOdIteratorMethods[] = {
    {"__reduce__", od_iterator_reduce, kMethodInstance, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

Ref od_iter(Value self) { return od_iterator_new(self, Part::Key, false); }

// --- The views ---------------------------------------------------------------------------

struct OdView : Object {
  Dict* dict;  // the OrderedDict (dict_views.cpp's layout)
};

Part part_of_view(Type* t) {
  if (type_is_subtype(t, &odict_values_type)) return Part::Value;
  return type_is_subtype(t, &odict_items_type) ? Part::Item : Part::Key;
}

Ref od_view_iter(Value self) {
  return od_iterator_new(Value::object(self.as<OdView>()->dict), part_of_view(type_of(self)), false);
}

Ref od_view_reversed(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  std::string name = std::string(type_of(self)->name) + ".__reversed__";
  if (!check_no_args(name.c_str(), nargs, kwnames)) return nullptr;
  return od_iterator_new(Value::object(self.as<OdView>()->dict), part_of_view(type_of(self)), true);
}

const MethodDef kOdViewMethods[] = {
    {"__reversed__", od_view_reversed, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// --- Methods -----------------------------------------------------------------------------

Ref od_keys(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("OrderedDict.keys", nargs, kwnames)) return nullptr;
  return dict_view_new(as_od(self), &odict_keys_type);
}

Ref od_values(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("OrderedDict.values", nargs, kwnames)) return nullptr;
  return dict_view_new(as_od(self), &odict_values_type);
}

Ref od_items(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("OrderedDict.items", nargs, kwnames)) return nullptr;
  return dict_view_new(as_od(self), &odict_items_type);
}

Ref od_reversed(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("OrderedDict.__reversed__", nargs, kwnames)) return nullptr;
  return od_iterator_new(self, Part::Key, true);
}

Ref od_move_to_end(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"key", "last"};
  static const ArgSpec spec{"move_to_end", names, 2, 0, 1};
  Value bound[2];
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  bool last = true;
  if (!bound[1].is_null()) {
    int truth = is_true(bound[1]);
    if (truth < 0) return nullptr;
    last = truth != 0;
  }
  OrderedDict* od = as_od(self);
  Value key = bound[0];
  OdNode* end = last ? od->last : od->first;
  if (end == nullptr) return raise_with_arg(exc::KeyError, key);
  if (end->key == key) return Ref::none();
  int64_t hash = key_hash(key);
  if (hash == -1) return nullptr;
  int64_t ix = dict_find_entry(od, key, hash);
  if (ix == -2) return nullptr;
  OdNode* node = ix >= 0 ? node_at(od, ix) : nullptr;
  if (node == nullptr) return error_occurred() ? nullptr : raise_with_arg(exc::KeyError, key);
  if (node != (last ? od->last : od->first)) {
    unlink(od, node);
    if (last) link_last(od, node); else link_first(od, node);
    ++od->state;
  }
  return Ref::none();
}

Ref od_popitem(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"last"};
  static const ArgSpec spec{"popitem", names, 1, 0, 0};
  Value bound[1];
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  bool last = true;
  if (!bound[0].is_null()) {
    int truth = is_true(bound[0]);
    if (truth < 0) return nullptr;
    last = truth != 0;
  }
  OrderedDict* od = as_od(self);
  OdNode* node = last ? od->last : od->first;
  if (node == nullptr) return raise(exc::KeyError, "dictionary is empty");
  Ref key = Ref::borrow(node->key);
  Ref value = od_pop_key(self, *key, node->hash, Value());
  if (!value) return nullptr;
  return tuple_pack({*key, *value});
}

Ref od_pop(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"key", "default"};
  static const ArgSpec spec{"pop", names, 2, 0, 1};
  Value bound[2];
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  int64_t hash = key_hash(bound[0]);
  if (hash == -1) return nullptr;
  return od_pop_key(self, bound[0], hash, bound[1]);
}

Ref od_setdefault(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"key", "default"};
  static const ArgSpec spec{"setdefault", names, 2, 0, 1};
  Value bound[2];
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  Value key = bound[0];
  Value fallback = bound[1].is_null() ? Value::none() : bound[1];
  if (is_exact_od(self)) {
    Value found = dict_get(as_od(self), key);
    if (!found.is_null()) return Ref::borrow(found);
    if (error_occurred() || od_store(as_od(self), key, fallback) < 0) return nullptr;
    return Ref::borrow(fallback);
  }
  int present = contains(self, key);
  if (present < 0) return nullptr;
  if (present) return getitem(self, key);
  if (setitem(self, key, fallback) < 0) return nullptr;
  return Ref::borrow(fallback);
}

Ref od_update(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs > 1) {
    return raise(exc::TypeError,
                 "update() takes at most 1 positional argument (" + std::to_string(nargs) + " given)");
  }
  if (update_with_args(self, args, nargs, kwnames) < 0) return nullptr;
  return Ref::none();
}

Ref od_clear(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("OrderedDict.clear", nargs, kwnames)) return nullptr;
  OrderedDict* od = as_od(self);
  dict_clear(od);
  clear_nodes(od);
  return Ref::none();
}

Ref od_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("OrderedDict.copy", nargs, kwnames)) return nullptr;
  Ref result = call(Value::object(type_of(self)), nullptr, 0);
  if (!result) return nullptr;
  if (is_exact_od(self)) {
    Ref items = item_list(as_od(self));
    if (!items) return nullptr;
    List* pairs = items.as<List>();
    for (int64_t i = 0; i < pairs->size; ++i) {
      Tuple* pair = pairs->items[i].as<Tuple>();
      if (setitem(*result, pair->items[0], pair->items[1]) < 0) return nullptr;
    }
    return result;
  }
  Ref keys = Ref::steal(list_new(0));
  if (!keys) return nullptr;
  for (OdNode* node = as_od(self)->first; node != nullptr; node = node->next) {
    if (list_append(keys.as<List>(), node->key) < 0) return nullptr;
  }
  List* key_list = keys.as<List>();
  for (int64_t i = 0; i < key_list->size; ++i) {
    Ref value = getitem(self, key_list->items[i]);
    if (!value || setitem(*result, key_list->items[i], *value) < 0) return nullptr;
  }
  return result;
}

Ref od_fromkeys(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"iterable", "value"};
  static const ArgSpec spec{"fromkeys", names, 2, 0, 1};
  Value bound[2];
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  Value fill = bound[1].is_null() ? Value::none() : bound[1];
  Ref result = call(cls, nullptr, 0);
  Ref it = result ? iter(bound[0]) : Ref();
  if (!it) return nullptr;
  for (;;) {
    Ref key = next(*it);
    if (!key) return error_occurred() ? nullptr : result;
    if (setitem(*result, *key, fill) < 0) return nullptr;
  }
}

Ref od_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("OrderedDict.__reduce__", nargs, kwnames)) return nullptr;
  Ref state = call_method(self, "__getstate__", {});
  Ref items = state ? call_method(self, "items", {}) : Ref();
  Ref items_iter = items ? iter(*items) : Ref();
  if (!items_iter) return nullptr;
  return tuple_pack({Value::object(type_of(self)), Value::object(empty_tuple()), *state, Value::none(),
                     *items_iter});
}

Ref od_sizeof(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("OrderedDict.__sizeof__", nargs, kwnames)) return nullptr;
  OrderedDict* od = as_od(self);
  int64_t size = type_of(self)->basic_size + od->entry_capacity * static_cast<int64_t>(sizeof(DictEntry)) +
                 od->index_size * 8 + od->nodes_size * static_cast<int64_t>(sizeof(OdNode*)) +
                 od->node_count * static_cast<int64_t>(sizeof(OdNode));
  return Ref::small_int(size);
}

// left | right where either is an OrderedDict: type(od)(left) updated with right.
Ref od_or(Value left, Value right) {
  bool left_is_od = is_od(left);
  Value od = left_is_od ? left : right;
  Value other = left_is_od ? right : left;
  if (!is_dict(other)) return ref_not_implemented();
  Ref result = call(Value::object(type_of(od)), {left});
  if (!result || update_from(*result, right) < 0) return nullptr;
  return result;
}

Ref od_inplace_or(Value self, Value other) {
  if (update_from(self, other) < 0) return nullptr;
  return Ref::borrow(self);
}

Ref od_get_dict(Value self) {
  OrderedDict* od = as_od(self);
  if (od->instance_dict == nullptr) {
    od->instance_dict = dict_new();
    if (od->instance_dict == nullptr) return nullptr;
  }
  return Ref::borrow(Value::object(od->instance_dict));
}

int od_set_dict(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "cannot delete __dict__");
  if (!is_dict(v)) {
    return fail(exc::TypeError, std::string("__dict__ must be set to a dictionary, not a '") + type_name_of(v) + "'");
  }
  incref(v);
  drop_instance_dict(as_od(self));
  as_od(self)->instance_dict = v.as<Dict>();
  return 0;
}

const MethodDef kOrderedDictMethods[] = {
    {"fromkeys", od_fromkeys, kMethodClass,
     "Create a new ordered dictionary with keys from iterable and values set to value."},
    {"__sizeof__", od_sizeof, kMethodInstance, nullptr},
    {"__reduce__", od_reduce, kMethodInstance, "Return state information for pickling"},
    {"setdefault", od_setdefault, kMethodInstance,
     "Insert key with a value of default if key is not in the dictionary.\n\n"
     "Return the value for key if key is in the dictionary, else default."},
    {"pop", od_pop, kMethodInstance,
     "od.pop(key[,default]) -> v, remove specified key and return the corresponding value.\n\n"
     "If the key is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", od_popitem, kMethodInstance,
     "Remove and return a (key, value) pair from the dictionary.\n\n"
     "Pairs are returned in LIFO order if last is true or FIFO order if false."},
    {"keys", od_keys, kMethodInstance, nullptr},
    {"values", od_values, kMethodInstance, nullptr},
    {"items", od_items, kMethodInstance, nullptr},
    {"update", od_update, kMethodInstance, nullptr},
    {"clear", od_clear, kMethodInstance, "od.clear() -> None.  Remove all items from od."},
    {"copy", od_copy, kMethodInstance, "od.copy() -> a shallow copy of od"},
    {"__reversed__", od_reversed, kMethodInstance, "od.__reversed__() <==> reversed(od)"},
    {"move_to_end", od_move_to_end, kMethodInstance,
     "Move an existing element to the end (or beginning if last is false).\n\n"
     "Raise KeyError if the element does not exist."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kOrderedDictGetSets[] = {
    {"__dict__", od_get_dict, od_set_dict, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

int init_view_type(Type& t, const char* name, Type* base) {
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = name;
  t.flags = kTypeGC;
  t.base = base;
  t.iter = od_view_iter;
  t.methods = kOdViewMethods;
  return type_ready(&t);
}

int init_odict_iterator_type() {
  Type& t = odict_iterator_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "odict_iterator";
  t.basic_size = sizeof(OdIterator);
  t.flags = kTypeGC;
  t.dealloc = od_iterator_dealloc;
  t.traverse = od_iterator_traverse;
  t.clear = od_iterator_clear;
  t.iter = iter_self;
  t.next = od_iterator_next;
  t.methods = kOdIteratorMethods;
  return type_ready(&t);
}

}  // namespace

int init_ordered_dict_type() {
  if (init_odict_iterator_type() < 0 || init_view_type(odict_keys_type, "odict_keys", &dict_keys_type) < 0 ||
      init_view_type(odict_values_type, "odict_values", &dict_values_type) < 0 ||
      init_view_type(odict_items_type, "odict_items", &dict_items_type) < 0) {
    return -1;
  }
  Type& t = ordered_dict_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "collections.OrderedDict";
  t.basic_size = sizeof(OrderedDict);
  t.flags = kTypeGC | kTypeBaseType | kTypeDictSubclass;
  t.base = &dict_type;
  OrderedDict probe{};
  t.dict_offset = reinterpret_cast<char*>(&probe.instance_dict) - reinterpret_cast<char*>(&probe);
  t.weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  t.dealloc = od_dealloc;
  t.traverse = od_traverse;
  t.clear = od_clear_slot;
  t.init = od_init;
  t.repr = od_repr;
  t.richcompare = od_richcompare;
  t.iter = od_iter;
  t.setitem = od_ass_subscript;
  t.number.or_ = od_or;
  t.number.inplace_or = od_inplace_or;
  t.methods = kOrderedDictMethods;
  t.getsets = kOrderedDictGetSets;
  t.doc = "Dictionary that remembers insertion order";
  return type_ready(&t);
}

}  // namespace taipan
