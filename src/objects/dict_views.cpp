// The dict's views (dict_keys, dict_values, dict_items), with the set
// operations of the keys and items views, and the six dict iterators
// (keys, values, items; forwards and reversed).
#include <string>

#include "objects/dict.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/repr_guard.h"
#include "objects/sequence.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type dict_keys_type;
Type dict_values_type;
Type dict_items_type;
Type dict_keyiterator_type;
Type dict_valueiterator_type;
Type dict_itemiterator_type;
Type dict_reversekeyiterator_type;
Type dict_reversevalueiterator_type;
Type dict_reverseitemiterator_type;

// Iterators.

struct DictIterator : Object {
  Dict* dict;        // owned; null once exhausted
  int64_t used;      // the dict's size when iteration began
  int64_t pos;       // next entry to look at
  int64_t remaining; // live entries not yet produced
};

enum class Part { Key, Value, Item };

static Part part_of(Type* t) {
  if (t == &dict_keyiterator_type || t == &dict_reversekeyiterator_type ||
      t == &dict_keys_type) {
    return Part::Key;
  }
  if (t == &dict_valueiterator_type || t == &dict_reversevalueiterator_type ||
      t == &dict_values_type) {
    return Part::Value;
  }
  return Part::Item;
}

static bool is_reverse(Type* t) {
  return t == &dict_reversekeyiterator_type || t == &dict_reversevalueiterator_type ||
         t == &dict_reverseitemiterator_type;
}

Ref dict_iter_new(Dict* d, Type* iterator_type) {
  DictIterator* it = new_object<DictIterator>(iterator_type);
  if (it == nullptr) return nullptr;
  incref(d);
  it->dict = d;
  it->used = d->used;
  it->remaining = d->used;
  it->pos = is_reverse(iterator_type) ? d->entry_count - 1 : 0;
  return Ref::steal(it);
}

static void dict_iterator_release(DictIterator* it) {
  Dict* d = it->dict;
  it->dict = nullptr;
  if (d != nullptr) decref(d);
}

static Ref dict_iterator_next(Value self) {
  DictIterator* it = self.as<DictIterator>();
  Dict* d = it->dict;
  if (d == nullptr) return nullptr;
  if (it->used != d->used) {
    it->used = -1;  // keeps failing afterwards
    return raise(exc::RuntimeError, "dictionary changed size during iteration");
  }
  bool reverse = is_reverse(type_of(self));
  DictEntry* e = nullptr;
  if (reverse) {
    while (it->pos >= 0 && it->pos < d->entry_count && d->entries[it->pos].key.is_null()) {
      --it->pos;
    }
    if (it->pos >= 0 && it->pos < d->entry_count) e = &d->entries[it->pos--];
  } else {
    while (it->pos < d->entry_count && d->entries[it->pos].key.is_null()) ++it->pos;
    if (it->pos < d->entry_count) e = &d->entries[it->pos++];
  }
  // An entry beyond the count the dict had means keys were deleted and
  // added (the size unchanged): CPython's error, after which the iterator
  // is exhausted. Fewer entries than counted just end the iteration.
  if (e == nullptr || it->remaining == 0) {
    dict_iterator_release(it);
    if (e == nullptr) return nullptr;
    return raise(exc::RuntimeError, "dictionary keys changed during iteration");
  }
  --it->remaining;
  switch (part_of(type_of(self))) {
    case Part::Key: return Ref::borrow(e->key);
    case Part::Value: return Ref::borrow(e->value);
    case Part::Item: return tuple_pack({e->key, e->value});
  }
  return nullptr;
}

static Ref dict_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("dict_iterator.__length_hint__", nargs, kwnames)) return nullptr;
  DictIterator* it = self.as<DictIterator>();
  bool live = it->dict != nullptr && it->used == it->dict->used && it->remaining > 0;
  return Ref::small_int(live ? it->remaining : 0);
}

static void dict_iterator_dealloc(Object* self) {
  dict_iterator_release(static_cast<DictIterator*>(self));
  free_object(self);
}

static void dict_iterator_traverse(Object* self, VisitFn visit, void* arg) {
  DictIterator* it = static_cast<DictIterator*>(self);
  if (it->dict != nullptr) visit(Value::object(it->dict), arg);
}

static void dict_iterator_clear(Object* self) {
  dict_iterator_release(static_cast<DictIterator*>(self));
}

// Views.

struct DictView : Object {
  Dict* dict;  // owned
};

Ref dict_view_new(Dict* d, Type* view_type) {
  DictView* v = new_object<DictView>(view_type);
  if (v == nullptr) return nullptr;
  incref(d);
  v->dict = d;
  return Ref::steal(v);
}

// The built-in view type t is or derives from (OrderedDict's views subclass them).
static Type* base_view_type(Type* t) {
  while (t->base != nullptr && t->base != &object_type) t = t->base;
  return t;
}

static bool is_set_like_view(Value v) {
  if (!v.is_object()) return false;
  Type* t = base_view_type(v.as_object()->type);
  return t == &dict_keys_type || t == &dict_items_type;
}

static Type* iterator_type_for(Type* view_type, bool reverse) {
  switch (part_of(base_view_type(view_type))) {
    case Part::Key: return reverse ? &dict_reversekeyiterator_type : &dict_keyiterator_type;
    case Part::Value: return reverse ? &dict_reversevalueiterator_type : &dict_valueiterator_type;
    case Part::Item: return reverse ? &dict_reverseitemiterator_type : &dict_itemiterator_type;
  }
  return nullptr;
}

static void dict_view_dealloc(Object* self) {
  decref(static_cast<DictView*>(self)->dict);
  free_object(self);
}

static void dict_view_traverse(Object* self, VisitFn visit, void* arg) {
  visit(Value::object(static_cast<DictView*>(self)->dict), arg);
}

static int64_t dict_view_length(Value self) { return self.as<DictView>()->dict->used; }

static Ref dict_view_iter(Value self) {
  DictView* v = self.as<DictView>();
  return dict_iter_new(v->dict, iterator_type_for(v->type, false));
}

static Ref dict_view_reversed(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("__reversed__", nargs, kwnames)) return nullptr;
  DictView* v = self.as<DictView>();
  return dict_iter_new(v->dict, iterator_type_for(v->type, true));
}

static Ref dict_view_repr(Value self) {
  DictView* v = self.as<DictView>();
  std::string out = std::string(v->type->name) + "(";
  ReprGuard guard(v);
  if (!guard.active()) return str_from_utf8("...");
  Ref items = list_from_iterable(self);  // in the view's own order (OrderedDict's views)
  if (!items || !append_repr(out, *items)) return nullptr;
  out += ")";
  return str_from_utf8(out);
}

static int dict_keys_contains(Value self, Value key) {
  return dict_contains(self.as<DictView>()->dict, key);
}

static int dict_items_contains(Value self, Value item) {
  if (!is_tuple(item) || item.as<Tuple>()->size != 2) return 0;
  Tuple* t = item.as<Tuple>();
  Value found = dict_get(self.as<DictView>()->dict, t->items[0]);
  if (found.is_null()) return error_occurred() ? -1 : 0;
  Ref hold = Ref::borrow(found);
  return equal(found, t->items[1]);
}

static int view_contains(Value view, Value item) {
  return base_view_type(view.as_object()->type) == &dict_keys_type ? dict_keys_contains(view, item)
                                                   : dict_items_contains(view, item);
}

// A new set of the view's members (or of any iterable's).
static Ref view_to_set(Value v) {
  if (v.is_object() && base_view_type(v.as_object()->type) == &dict_keys_type) {
    return set_new(Value::object(v.as<DictView>()->dict));
  }
  return set_new(v);
}

// 1 when every member of a is in b (a set-like view, a set or any container).
static int all_contained(Value a, Value b) {
  Ref it = iter(a);
  if (!it) return -1;
  for (;;) {
    Ref item = next(*it);
    if (!item) return error_occurred() ? -1 : 1;
    int r = contains(b, *item);
    if (r <= 0) return r;
  }
}

static Ref dict_view_richcompare(Value a, Value b, CompareOp op) {
  if (!is_anyset(b) && !is_set_like_view(b)) return ref_not_implemented();
  int64_t na = length(a), nb = length(b);
  if (na < 0 || nb < 0) return nullptr;
  int r = 0;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      r = na == nb ? all_contained(a, b) : 0;
      if (r >= 0 && op == CompareOp::Ne) r = !r;
      break;
    case CompareOp::Lt: r = na < nb ? all_contained(a, b) : 0; break;
    case CompareOp::Le: r = na <= nb ? all_contained(a, b) : 0; break;
    case CompareOp::Gt: r = na > nb ? all_contained(b, a) : 0; break;
    case CompareOp::Ge: r = na >= nb ? all_contained(b, a) : 0; break;
  }
  if (r < 0) return nullptr;
  return Ref::boolean(r != 0);
}

// view op other, where either side may be the view: the result is a set.
static Ref view_set_op(Value a, Value b, const char* method) {
  Ref result = view_to_set(a);
  if (!result) return nullptr;
  Ref r = call_method(*result, method, {b});
  if (!r) return nullptr;
  return result;
}

static Ref dict_view_or(Value a, Value b) { return view_set_op(a, b, "update"); }
static Ref dict_view_sub(Value a, Value b) { return view_set_op(a, b, "difference_update"); }
static Ref dict_view_xor(Value a, Value b) {
  return view_set_op(a, b, "symmetric_difference_update");
}

static Ref dict_view_and(Value a, Value b) {
  if (!is_set_like_view(a)) std::swap(a, b);
  int64_t na = length(a);
  if (na < 0) return nullptr;
  if (b.is_object() && b.as_object()->type == &set_type && na <= set_size(b.as<Set>())) {
    return call_method(b, "intersection", {a});
  }
  if (is_set_like_view(b)) {
    int64_t nb = length(b);
    if (nb > na) std::swap(a, b);
  }
  Ref result = set_new(Value());
  if (!result) return nullptr;
  Ref it = iter(b);
  if (!it) return nullptr;
  for (;;) {
    Ref item = next(*it);
    if (!item) return error_occurred() ? nullptr : result;
    int r = view_contains(a, *item);
    if (r < 0) return nullptr;
    if (r && set_add(result.as<Set>(), *item) < 0) return nullptr;
  }
}

static Ref dict_view_isdisjoint(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("isdisjoint", nargs, kwnames)) return nullptr;
  Value other = args[0];
  Ref it = iter(other);
  if (!it) return nullptr;
  for (;;) {
    Ref item = next(*it);
    if (!item) return error_occurred() ? nullptr : Ref::boolean(true);
    int r = view_contains(self, *item);
    if (r < 0) return nullptr;
    if (r) return Ref::boolean(false);
  }
}

static Ref dict_view_mapping(Value self) {
  return Ref::borrow(Value::object(self.as<DictView>()->dict));
}

static const MethodDef set_like_view_methods[] = {
    {"isdisjoint", dict_view_isdisjoint, kMethodInstance,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", dict_view_reversed, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static const MethodDef values_view_methods[] = {
    {"__reversed__", dict_view_reversed, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static const GetSetDef view_getsets[] = {
    {"mapping", dict_view_mapping, nullptr, "the dictionary the view refers to"},
    {nullptr, nullptr, nullptr, nullptr},
};

static const MethodDef dict_iterator_methods[] = {
    {"__length_hint__", dict_iterator_length_hint, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static int init_view_type(Type& t, const char* name, ContainsFn contains_fn) {
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = name;
  t.basic_size = sizeof(DictView);
  t.flags = kTypeGC;
  t.dealloc = dict_view_dealloc;
  t.traverse = dict_view_traverse;
  t.repr = dict_view_repr;
  t.iter = dict_view_iter;
  t.len = dict_view_length;
  t.getsets = view_getsets;
  if (contains_fn != nullptr) {
    t.contains = contains_fn;
    t.hash = hash_not_implemented;
    t.richcompare = dict_view_richcompare;
    t.number.and_ = dict_view_and;
    t.number.or_ = dict_view_or;
    t.number.subtract = dict_view_sub;
    t.number.xor_ = dict_view_xor;
    t.methods = set_like_view_methods;
  } else {
    t.methods = values_view_methods;
  }
  return type_ready(&t);
}

static int init_dict_iterator_type(Type& t, const char* name) {
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = name;
  t.basic_size = sizeof(DictIterator);
  t.flags = kTypeGC;
  t.dealloc = dict_iterator_dealloc;
  t.traverse = dict_iterator_traverse;
  t.clear = dict_iterator_clear;
  t.iter = iter_self;
  t.next = dict_iterator_next;
  t.methods = dict_iterator_methods;
  return type_ready(&t);
}

int init_dict_view_types() {
  if (init_view_type(dict_keys_type, "dict_keys", dict_keys_contains) < 0 ||
      init_view_type(dict_values_type, "dict_values", nullptr) < 0 ||
      init_view_type(dict_items_type, "dict_items", dict_items_contains) < 0) {
    return -1;
  }
  struct {
    Type* type;
    const char* name;
  } iterators[] = {
      {&dict_keyiterator_type, "dict_keyiterator"},
      {&dict_valueiterator_type, "dict_valueiterator"},
      {&dict_itemiterator_type, "dict_itemiterator"},
      {&dict_reversekeyiterator_type, "dict_reversekeyiterator"},
      {&dict_reversevalueiterator_type, "dict_reversevalueiterator"},
      {&dict_reverseitemiterator_type, "dict_reverseitemiterator"},
  };
  for (auto& entry : iterators) {
    if (init_dict_iterator_type(*entry.type, entry.name) < 0) return -1;
  }
  return 0;
}

}  // namespace taipan
