// _collections: the native core of the collections module, the `deque` type
// (a double-ended queue over a ring buffer, with an optional maximum length)
// and its forward and reverse iterators, `_tuplegetter`, the read-only
// field descriptor of namedtuple classes, and `_count_elements`, Counter's
// counting loop; `defaultdict` lives in collections_defaultdict.cpp,
// `OrderedDict` in collections_ordereddict.cpp.
//
// Every change of the deque's length bumps `state`; iterators, count(),
// index(), remove() and `in` compare it to detect mutation while they run.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "modules/collections_defaultdict.h"
#include "modules/collections_ordereddict.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/module.h"
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
namespace {

struct Deque : Object {
  Value* ring;        // capacity slots (a power of two), or null when empty
  int64_t capacity;
  int64_t head;       // slot of item 0
  int64_t size;
  int64_t maxlen;     // -1: unbounded
  uint64_t state;     // bumped on every change of length or order
};

Type deque_type;
Type deque_iterator_type;
Type deque_reverse_iterator_type;

constexpr int64_t kMaxDequeSize = int64_t{1} << 56;

bool is_deque(Value v) { return v.is_object() && type_is_subtype(type_of(v), &deque_type); }

Deque* as_deque(Value v) { return v.as<Deque>(); }

Value& slot(Deque* d, int64_t i) { return d->ring[(d->head + i) & (d->capacity - 1)]; }

// Makes room for `needed` items, laying the ring out again from slot 0. 0 or -1.
int deque_reserve(Deque* d, int64_t needed) {
  if (needed <= d->capacity) return 0;
  if (needed > kMaxDequeSize) {
    raise_no_memory();
    return -1;
  }
  int64_t capacity = 8;
  while (capacity < needed) capacity <<= 1;
  size_t bytes = static_cast<size_t>(capacity) * sizeof(Value);
  auto* ring = exceeds_memory(bytes) ? nullptr : static_cast<Value*>(std::malloc(bytes));
  if (ring == nullptr) {
    raise_no_memory();
    return -1;
  }
  for (int64_t i = 0; i < d->size; ++i) ring[i] = slot(d, i);
  std::free(d->ring);
  d->ring = ring;
  d->capacity = capacity;
  d->head = 0;
  return 0;
}

// Halves the ring once it is less than a quarter full, so that a drained
// deque gives its memory back. Best effort: when memory is short the larger
// ring is kept and no error is raised.
void deque_maybe_shrink(Deque* d) {
  if (d->capacity <= 64 || d->size >= d->capacity / 4) return;
  int64_t capacity = d->capacity / 2;
  auto* ring = static_cast<Value*>(std::malloc(static_cast<size_t>(capacity) * sizeof(Value)));
  if (ring == nullptr) return;
  for (int64_t i = 0; i < d->size; ++i) ring[i] = slot(d, i);
  std::free(d->ring);
  d->ring = ring;
  d->capacity = capacity;
  d->head = 0;
}

// Removes and returns the item at one end; the deque must not be empty.
Ref take_right(Deque* d) {
  Ref item = Ref::steal(slot(d, d->size - 1));
  d->size--;
  d->state++;
  deque_maybe_shrink(d);
  return item;
}

Ref take_left(Deque* d) {
  Ref item = Ref::steal(slot(d, 0));
  d->head = (d->head + 1) & (d->capacity - 1);
  d->size--;
  d->state++;
  deque_maybe_shrink(d);
  return item;
}

// Adds v at one end, dropping an item from the other end when the deque is
// at its maximum length. 0 or -1.
int push_right(Deque* d, Value v) {
  if (d->maxlen == 0) return 0;
  if (d->size == d->maxlen) take_left(d);
  if (deque_reserve(d, d->size + 1) < 0) return -1;
  incref(v);
  d->size++;
  slot(d, d->size - 1) = v;
  d->state++;
  return 0;
}

int push_left(Deque* d, Value v) {
  if (d->maxlen == 0) return 0;
  if (d->size == d->maxlen) take_right(d);
  if (deque_reserve(d, d->size + 1) < 0) return -1;
  incref(v);
  d->head = (d->head - 1) & (d->capacity - 1);
  d->size++;
  slot(d, 0) = v;
  d->state++;
  return 0;
}

void deque_clear_items(Deque* d) {
  std::vector<Value> items;
  items.reserve(static_cast<size_t>(d->size));
  for (int64_t i = 0; i < d->size; ++i) items.push_back(slot(d, i));
  std::free(d->ring);
  d->ring = nullptr;
  d->capacity = 0;
  d->head = 0;
  d->size = 0;
  d->state++;
  for (Value v : items) decref(v);
}

// The items as a new tuple (a snapshot that item methods cannot disturb).
Ref deque_snapshot(Deque* d) {
  Tuple* t = tuple_new(d->size);
  if (t == nullptr) return nullptr;
  for (int64_t i = 0; i < d->size; ++i) {
    incref(slot(d, i));
    t->items[i] = slot(d, i);
  }
  return Ref::steal(t);
}

// The argument count check of insert() and index(), in CPython's words:
// "insert() takes exactly 2 arguments (1 given)". False with TypeError set.
bool check_takes(const char* name, size_t nargs, Tuple* kwnames, size_t min, size_t max) {
  if (!no_keywords(name, kwnames)) return false;
  if (nargs >= min && nargs <= max) return true;
  const char* qualifier = min == max ? "exactly " : nargs < min ? "at least " : "at most ";
  size_t n = nargs < min ? min : max;
  raise(exc::TypeError, std::string(name) + "() takes " + qualifier + std::to_string(n) +
                            (n == 1 ? " argument (" : " arguments (") + std::to_string(nargs) + " given)");
  return false;
}

// ValueError "<repr of v> is not in deque" (index() and remove()).
Ref not_in_deque(Value v) {
  Ref text = repr(v);
  if (!text) return nullptr;
  return raise(exc::ValueError, std::string(str_utf8(text.as<Str>())) + " is not in deque");
}

// remove() reports a change under its comparisons as IndexError, the others as RuntimeError.
Ref mutated_during_iteration(Type* error = exc::RuntimeError) { return raise(error, "deque mutated during iteration"); }

// Appends every item of `iterable` at one end. 0 or -1.
int deque_extend_side(Deque* d, Value iterable, int (*push)(Deque*, Value)) {
  Ref source = Ref::borrow(iterable);
  if (iterable.is_object() && iterable.as_object() == d) {
    source = list_from_iterable(iterable);
    if (!source) return -1;
  }
  Ref it = iter(*source);
  if (!it) return -1;
  while (true) {
    Ref item = next(*it);
    if (!item) return error_occurred() ? -1 : 0;
    if (push(d, *item) < 0) return -1;
  }
}

Ref deque_iter(Value self);

// ---- construction -------------------------------------------------------------

Ref deque_type_new(Type* type, const Value*, size_t, Tuple*) {
  Deque* d = new_object<Deque>(type, static_cast<size_t>(type->basic_size));
  if (d == nullptr) return nullptr;
  d->maxlen = -1;
  return Ref::steal(d);
}

// Reads a maxlen argument (None or a non-negative int). False on error.
bool maxlen_arg(Value v, int64_t* out) {
  if (v.is_null() || v.is_none()) {
    *out = -1;
    return true;
  }
  if (!is_int(v)) {
    raise(exc::TypeError, "an integer is required");
    return false;
  }
  if (!index_arg(v, out)) return false;
  if (*out < 0) {
    raise(exc::ValueError, "maxlen must be non-negative");
    return false;
  }
  return true;
}

int deque_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"iterable", "maxlen"};
  static const ArgSpec kSpec{"deque", kNames, 2, 0, 0};
  Value a[2];
  if (!check_total_args("deque", nargs, kwnames, 2) || !bind_args(kSpec, args, nargs, kwnames, a)) return -1;
  Deque* d = as_deque(self);
  int64_t maxlen;
  if (!maxlen_arg(a[1], &maxlen)) return -1;
  d->maxlen = maxlen;
  if (d->size > 0) deque_clear_items(d);
  return a[0].is_null() ? 0 : deque_extend_side(d, a[0], push_right);
}

// A new deque like d (same type and maxlen) holding d's items.
Ref deque_copy_of(Value self) {
  Deque* d = as_deque(self);
  Type* type = type_of(self);
  if (type == &deque_type) {
    Ref copy = deque_type_new(type, nullptr, 0, nullptr);
    if (!copy) return nullptr;
    Deque* c = as_deque(*copy);
    c->maxlen = d->maxlen;
    if (deque_reserve(c, d->size) < 0) return nullptr;
    for (int64_t i = 0; i < d->size; ++i) {
      incref(slot(d, i));
      c->ring[i] = slot(d, i);
    }
    c->size = d->size;
    return copy;
  }
  if (d->maxlen < 0) return call(Value::object(type), {self});
  Ref maxlen = int_from_int64(d->maxlen);
  if (!maxlen) return nullptr;
  return call(Value::object(type), {self, *maxlen});
}

// ---- methods -------------------------------------------------------------------

Ref deque_append(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("deque.append", nargs, kwnames)) return nullptr;
  if (push_right(as_deque(self), args[0]) < 0) return nullptr;
  return Ref::none();
}

Ref deque_appendleft(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("deque.appendleft", nargs, kwnames)) return nullptr;
  if (push_left(as_deque(self), args[0]) < 0) return nullptr;
  return Ref::none();
}

Ref deque_pop(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("deque.pop", nargs, kwnames)) return nullptr;
  Deque* d = as_deque(self);
  if (d->size == 0) return raise(exc::IndexError, "pop from an empty deque");
  return take_right(d);
}

Ref deque_popleft(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("deque.popleft", nargs, kwnames)) return nullptr;
  Deque* d = as_deque(self);
  if (d->size == 0) return raise(exc::IndexError, "pop from an empty deque");
  return take_left(d);
}

Ref deque_extend(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("deque.extend", nargs, kwnames)) return nullptr;
  if (deque_extend_side(as_deque(self), args[0], push_right) < 0) return nullptr;
  return Ref::none();
}

Ref deque_extendleft(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("deque.extendleft", nargs, kwnames)) return nullptr;
  if (deque_extend_side(as_deque(self), args[0], push_left) < 0) return nullptr;
  return Ref::none();
}

// Rotates n steps to the right (left when negative), moving the fewer items:
// one step moves an end item to the free slot beside the other end (with a
// full ring, that slot is the item's own, so only the head moves).
void deque_rotate_by(Deque* d, int64_t n) {
  if (d->size <= 1) return;
  n %= d->size;
  if (n < 0) n += d->size;
  if (n == 0) return;
  int64_t mask = d->capacity - 1;
  if (n <= d->size / 2) {
    for (int64_t k = 0; k < n; ++k) {
      Value v = slot(d, d->size - 1);
      d->head = (d->head - 1) & mask;
      slot(d, 0) = v;
    }
  } else {
    for (int64_t k = n; k < d->size; ++k) {
      Value v = slot(d, 0);
      d->head = (d->head + 1) & mask;
      slot(d, d->size - 1) = v;
    }
  }
  d->state++;
}

Ref deque_rotate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("deque.rotate", kwnames) || !check_arg_count("deque.rotate", nargs, 0, 1)) return nullptr;
  int64_t n = 1;
  if (nargs == 1 && !index_arg(args[0], &n)) return nullptr;
  deque_rotate_by(as_deque(self), n);
  return Ref::none();
}

Ref deque_reverse(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("deque.reverse", nargs, kwnames)) return nullptr;
  Deque* d = as_deque(self);
  for (int64_t i = 0, j = d->size - 1; i < j; ++i, --j) std::swap(slot(d, i), slot(d, j));
  return Ref::none();
}

Ref deque_clear_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("deque.clear", nargs, kwnames)) return nullptr;
  deque_clear_items(as_deque(self));
  return Ref::none();
}

Ref deque_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("deque.copy", nargs, kwnames)) return nullptr;
  return deque_copy_of(self);
}

Ref deque_dunder_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("deque.__copy__", nargs, kwnames)) return nullptr;
  return deque_copy_of(self);
}

// The index of the first item equal to v in [start, stop), -1 when there is
// none, -2 on error (`mutated` if the deque changed under the comparisons).
int64_t deque_find(Deque* d, Value v, int64_t start, int64_t stop, Type* mutated = exc::RuntimeError) {
  uint64_t state = d->state;
  for (int64_t i = start; i < stop && i < d->size; ++i) {
    Ref item = Ref::borrow(slot(d, i));
    int r = equal(*item, v);
    if (r < 0) return -2;
    if (d->state != state) {
      mutated_during_iteration(mutated);
      return -2;
    }
    if (r > 0) return i;
  }
  return -1;
}

Ref deque_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("deque.count", nargs, kwnames)) return nullptr;
  Deque* d = as_deque(self);
  int64_t count = 0;
  for (int64_t i = 0;; ++i) {
    i = deque_find(d, args[0], i, d->size);
    if (i == -2) return nullptr;
    if (i == -1) return Ref::small_int(count);
    count++;
  }
}

// Clamps a start/stop bound as list.index does.
int64_t clamp_bound(int64_t bound, int64_t size) {
  if (bound < 0) bound = std::max<int64_t>(bound + size, 0);
  return std::min(bound, size);
}

Ref deque_index(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_takes("index", nargs, kwnames, 1, 3)) return nullptr;
  Deque* d = as_deque(self);
  int64_t start = 0, stop = d->size;
  if (nargs > 1 && !index_bound_arg(args[1], &start)) return nullptr;
  if (nargs > 2 && !index_bound_arg(args[2], &stop)) return nullptr;
  int64_t i = deque_find(d, args[0], clamp_bound(start, d->size), clamp_bound(stop, d->size));
  if (i == -2) return nullptr;
  if (i == -1) return not_in_deque(args[0]);
  return Ref::small_int(i);
}

// Removes the item at index i (0 <= i < size).
void deque_delete_at(Deque* d, int64_t i) {
  deque_rotate_by(d, -i);
  Ref removed = take_left(d);  // released once the order is restored
  deque_rotate_by(d, i);
}

Ref deque_remove(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("deque.remove", nargs, kwnames)) return nullptr;
  Deque* d = as_deque(self);
  int64_t i = deque_find(d, args[0], 0, d->size, exc::IndexError);
  if (i == -2) return nullptr;
  if (i == -1) return not_in_deque(args[0]);
  deque_delete_at(d, i);
  return Ref::none();
}

Ref deque_insert(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_takes("insert", nargs, kwnames, 2, 2)) return nullptr;
  Deque* d = as_deque(self);
  int64_t i;
  if (!index_arg(args[0], &i)) return nullptr;
  if (d->maxlen >= 0 && d->size >= d->maxlen) return raise(exc::IndexError, "deque already at its maximum size");
  i = clamp_bound(i, d->size);
  deque_rotate_by(d, -i);
  if (push_left(d, args[1]) < 0) return nullptr;
  deque_rotate_by(d, i);
  return Ref::none();
}

// (type, (), state, iterator), or (type, ((), maxlen), state, iterator) when
// bounded; state is the instance __dict__ of a subclass, else None.
Ref deque_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("deque.__reduce__", nargs, kwnames)) return nullptr;
  Deque* d = as_deque(self);
  Ref args = Ref::steal(tuple_new(0));
  if (!args) return nullptr;
  if (d->maxlen >= 0) {
    Ref maxlen = int_from_int64(d->maxlen);
    if (!maxlen) return nullptr;
    Value pair[2] = {*args, *maxlen};
    args = tuple_from_array(pair, 2);
    if (!args) return nullptr;
  }
  Ref state = getattr_optional(self, intern("__dict__"));
  if (!state) {
    if (error_occurred()) return nullptr;
    state = Ref::none();
  }
  Ref it = deque_iter(self);
  if (!it) return nullptr;
  Value parts[4] = {Value::object(type_of(self)), *args, *state, *it};
  return tuple_from_array(parts, 4);
}

Ref deque_maxlen(Value self) {
  int64_t maxlen = as_deque(self)->maxlen;
  return maxlen < 0 ? Ref::none() : int_from_int64(maxlen);
}

// ---- slots ---------------------------------------------------------------------

int64_t deque_length(Value self) { return as_deque(self)->size; }

// Reads an item index, raising CPython's errors. False on error.
bool item_index(Deque* d, Value key, int64_t* i) {
  int k = sequence_index(key, i);
  if (k < 0) return false;
  if (k == 0) {
    raise(exc::TypeError, std::string("sequence index must be integer, not '") + type_name_of(key) + "'");
    return false;
  }
  if (*i < 0) *i += d->size;
  if (*i < 0 || *i >= d->size) {
    raise(exc::IndexError, "deque index out of range");
    return false;
  }
  return true;
}

Ref deque_getitem(Value self, Value key) {
  Deque* d = as_deque(self);
  int64_t i;
  if (!item_index(d, key, &i)) return nullptr;
  return Ref::borrow(slot(d, i));
}

int deque_setitem(Value self, Value key, Value v) {
  Deque* d = as_deque(self);
  int64_t i;
  if (!item_index(d, key, &i)) return -1;
  if (v.is_null()) {
    deque_delete_at(d, i);
    return 0;
  }
  incref(v);
  Value old = slot(d, i);
  slot(d, i) = v;
  decref(old);
  return 0;
}

int deque_contains(Value self, Value item) {
  Deque* d = as_deque(self);
  int64_t i = deque_find(d, item, 0, d->size);
  return i == -2 ? -1 : i >= 0;
}

Ref deque_repr(Value self) {
  Deque* d = as_deque(self);
  ReprGuard guard(d);
  if (!guard.active()) return str_from_utf8("[...]");
  Ref items = list_from_iterable(self);
  if (!items) return nullptr;
  Ref items_repr = repr(*items);
  if (!items_repr) return nullptr;
  const char* name = type_of(self)->name;
  const char* dot = std::strrchr(name, '.');
  std::string text = std::string(dot ? dot + 1 : name) + "(" + std::string(str_utf8(items_repr.as<Str>()));
  if (d->maxlen >= 0) text += ", maxlen=" + std::to_string(d->maxlen);
  return str_from_utf8(text + ")");
}

Ref deque_richcompare(Value a, Value b, CompareOp op) {
  if (!is_deque(a) || !is_deque(b)) return ref_not_implemented();
  Ref x = deque_snapshot(as_deque(a));
  if (!x) return nullptr;
  Ref y = deque_snapshot(as_deque(b));
  if (!y) return nullptr;
  Tuple* tx = x.as<Tuple>();
  Tuple* ty = y.as<Tuple>();
  Value* xi = tx->items;
  Value* yi = ty->items;
  return sequence_compare(&xi, &tx->size, &yi, &ty->size, op);
}

Ref deque_concat(Value a, Value b) {
  if (!is_deque(a)) return ref_not_implemented();
  if (!is_deque(b)) {
    return raise(exc::TypeError,
                 std::string("can only concatenate deque (not \"") + type_name_of(b) + "\") to deque");
  }
  Ref result = deque_copy_of(a);
  if (!result) return nullptr;
  if (!is_deque(*result)) return result;
  if (deque_extend_side(as_deque(*result), b, push_right) < 0) return nullptr;
  return result;
}

Ref deque_inplace_concat(Value a, Value b) {
  if (deque_extend_side(as_deque(a), b, push_right) < 0) return nullptr;
  return Ref::borrow(a);
}

// Repeats the items in place `count` times in all, keeping the last maxlen.
int deque_repeat_in_place(Deque* d, Value n) {
  int64_t count;
  int k = repeat_count(n, &count);
  if (k <= 0) {
    if (k == 0) {
      raise(exc::TypeError, std::string("can't multiply sequence by non-int of type '") + type_name_of(n) + "'");
    }
    return -1;
  }
  if (count == 0 || d->size == 0) {
    if (d->size > 0) deque_clear_items(d);
    return 0;
  }
  Ref items = deque_snapshot(d);
  if (!items) return -1;
  Tuple* t = items.as<Tuple>();
  // A bounded deque keeps only its last maxlen items, which are the same for
  // every repetition count past maxlen / size + 1.
  if (d->maxlen >= 0) count = std::min(count, d->maxlen / t->size + 2);
  if (count > kMaxDequeSize / t->size) {
    raise_no_memory();
    return -1;
  }
  int64_t total = t->size * count;
  for (int64_t j = t->size; j < total; ++j) {
    if (push_right(d, t->items[j % t->size]) < 0) return -1;
  }
  return 0;
}

Ref deque_repeat(Value a, Value b) {
  Value seq = is_deque(a) ? a : b;
  Value n = is_deque(a) ? b : a;
  int64_t ignored;
  if (repeat_count(n, &ignored) == 0 && type_has_flag(type_of(n), kTypeHeap)) return ref_not_implemented();
  Ref result = deque_copy_of(seq);
  if (!result) return nullptr;
  if (!is_deque(*result)) return result;
  if (deque_repeat_in_place(as_deque(*result), n) < 0) return nullptr;
  return result;
}

Ref deque_inplace_repeat(Value a, Value b) {
  if (deque_repeat_in_place(as_deque(a), b) < 0) return nullptr;
  return Ref::borrow(a);
}

void deque_traverse(Object* self, VisitFn visit, void* arg) {
  auto* d = static_cast<Deque*>(self);
  for (int64_t i = 0; i < d->size; ++i) visit(slot(d, i), arg);
}

void deque_gc_clear(Object* self) { deque_clear_items(static_cast<Deque*>(self)); }

void deque_dealloc(Object* self) {
  deque_clear_items(static_cast<Deque*>(self));
  free_object(self);
}

// ---- iterators -------------------------------------------------------------------

// _deque_iterator and _deque_reverse_iterator share one layout.
struct DequeIterator : Object {
  Deque* seq;        // owned; null once exhausted
  int64_t index;     // next item's index
  int64_t remaining;
  uint64_t state;    // the deque's state when the iterator was made
};

Ref deque_iterator_new(Type* type, Deque* d, int64_t index) {
  auto* it = new_object<DequeIterator>(type);
  if (it == nullptr) return nullptr;
  incref(d);
  it->seq = d;
  it->index = index;
  it->remaining = d->size;
  it->state = d->state;
  return Ref::steal(it);
}

Ref deque_iter(Value self) { return deque_iterator_new(&deque_iterator_type, as_deque(self), 0); }

Ref deque_reversed(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("deque.__reversed__", nargs, kwnames)) return nullptr;
  Deque* d = as_deque(self);
  return deque_iterator_new(&deque_reverse_iterator_type, d, d->size - 1);
}

void deque_iterator_release(DequeIterator* it) {
  Deque* seq = it->seq;
  it->seq = nullptr;
  if (seq != nullptr) decref(seq);
}

// One step of either iterator: `step` is +1 or -1.
Ref deque_iterator_step(Value self, int64_t step) {
  auto* it = self.as<DequeIterator>();
  if (it->seq == nullptr) return nullptr;
  if (it->seq->state != it->state) {
    it->remaining = 0;
    return mutated_during_iteration();
  }
  if (it->remaining == 0) {
    deque_iterator_release(it);
    return nullptr;
  }
  Ref item = Ref::borrow(slot(it->seq, it->index));
  it->index += step;
  it->remaining--;
  return item;
}

Ref deque_iterator_next(Value self) { return deque_iterator_step(self, 1); }
Ref deque_reverse_iterator_next(Value self) { return deque_iterator_step(self, -1); }

Ref deque_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("_deque_iterator.__length_hint__", nargs, kwnames)) return nullptr;
  auto* it = self.as<DequeIterator>();
  return Ref::small_int(it->seq == nullptr ? 0 : it->remaining);
}

void deque_iterator_dealloc(Object* self) {
  deque_iterator_release(static_cast<DequeIterator*>(self));
  free_object(self);
}

void deque_iterator_traverse(Object* self, VisitFn visit, void* arg) {
  auto* it = static_cast<DequeIterator*>(self);
  if (it->seq != nullptr) visit(Value::object(it->seq), arg);
}

void deque_iterator_clear(Object* self) { deque_iterator_release(static_cast<DequeIterator*>(self)); }

// ---- _tuplegetter(index, doc): namedtuple's field descriptor --------------------

struct TupleGetter : Object {
  int64_t index;
  Value doc;  // owned
};

Type tuplegetter_type;

Ref tuplegetter_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_tuplegetter", kwnames) || !check_arg_count("_tuplegetter", nargs, 2, 2)) return nullptr;
  int64_t index;
  if (!index_arg(args[0], &index)) return nullptr;
  auto* g = new_object<TupleGetter>(type, static_cast<size_t>(type->basic_size));
  if (g == nullptr) return nullptr;
  g->index = index;
  incref(args[1]);
  g->doc = args[1];
  return Ref::steal(g);
}

Ref tuplegetter_get(Value self, Value obj, Type*) {
  if (obj.is_null()) return Ref::borrow(self);
  auto* g = self.as<TupleGetter>();
  if (!is_tuple(obj)) {
    return raise(exc::TypeError, "descriptor for index '" + std::to_string(g->index) +
                                     "' for tuple subclasses doesn't apply to '" + type_name_of(obj) + "' object");
  }
  Tuple* t = obj.as<Tuple>();
  if (g->index < 0 || g->index >= t->size) return raise(exc::IndexError, "tuple index out of range");
  return Ref::borrow(t->items[g->index]);
}

int tuplegetter_set(Value, Value, Value v) {
  raise(exc::AttributeError, v.is_null() ? "can't delete attribute" : "can't set attribute");
  return -1;
}

Ref tuplegetter_get_doc(Value self) { return Ref::borrow(self.as<TupleGetter>()->doc); }

int tuplegetter_set_doc(Value self, Value v) {
  auto* g = self.as<TupleGetter>();
  Value old = g->doc;
  if (!v.is_null()) incref(v);
  g->doc = v.is_null() ? Value::none() : v;
  decref(old);
  return 0;
}

void tuplegetter_traverse(Object* self, VisitFn visit, void* arg) { visit(static_cast<TupleGetter*>(self)->doc, arg); }

void tuplegetter_clear(Object* self) {
  auto* g = static_cast<TupleGetter*>(self);
  Value old = g->doc;
  g->doc = Value::none();
  decref(old);
}

void tuplegetter_dealloc(Object* self) {
  tuplegetter_clear(self);
  free_object(self);
}

const GetSetDef kTupleGetterGetSets[] = {
    {"__doc__", tuplegetter_get_doc, tuplegetter_set_doc, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

int init_tuplegetter_type() {
  Type& t = tuplegetter_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_collections._tuplegetter";
  t.basic_size = sizeof(TupleGetter);
  t.flags = kTypeGC;
  t.base = &object_type;
  t.dealloc = tuplegetter_dealloc;
  t.traverse = tuplegetter_traverse;
  t.clear = tuplegetter_clear;
  t.new_ = tuplegetter_new;
  t.descr_get = tuplegetter_get;
  t.descr_set = tuplegetter_set;
  t.getsets = kTupleGetterGetSets;
  return type_ready(&t);
}

// ---- _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each x

// Whether `mapping` is a dict whose get and __setitem__ are dict's own, so the
// counts can be read and written directly.
bool is_plain_dict(Value mapping) {
  if (!is_dict(mapping)) return false;
  Type* t = type_of(mapping);
  return type_lookup(t, "get") == type_lookup(&dict_type, "get") &&
         type_lookup(t, "__setitem__") == type_lookup(&dict_type, "__setitem__");
}

Ref count_elements(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_count_elements", kwnames) || !check_arg_count("_count_elements", nargs, 2, 2)) return nullptr;
  Value mapping = args[0];
  bool plain = is_plain_dict(mapping);
  Ref get;
  if (!plain) {
    get = getattr(mapping, "get");
    if (!get) return nullptr;
  }
  Ref it = iter(args[1]);
  if (!it) return nullptr;
  Value one = Value::small_int(1);
  while (true) {
    Ref item = next(*it);
    if (!item) return error_occurred() ? nullptr : Ref::none();
    Ref old;
    if (plain) {
      Value found = dict_get(mapping.as<Dict>(), *item);
      if (found.is_null() && error_occurred()) return nullptr;
      old = found.is_null() ? Ref::small_int(0) : Ref::borrow(found);
    } else {
      old = call(*get, {*item, Value::small_int(0)});
      if (!old) return nullptr;
    }
    Ref count = binary_op(*old, one, BinaryOp::Add);
    if (!count) return nullptr;
    if ((plain ? dict_set(mapping.as<Dict>(), *item, *count) : setitem(mapping, *item, *count)) < 0) return nullptr;
  }
}

const MethodDef kCollectionsFunctions[] = {
    {"_count_elements", count_elements, kMethodInstance, "Count elements in the iterable, updating the mapping"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- types and module ------------------------------------------------------------

const MethodDef kDequeMethods[] = {
    {"append", deque_append, kMethodInstance, "Add an element to the right side of the deque."},
    {"appendleft", deque_appendleft, kMethodInstance, "Add an element to the left side of the deque."},
    {"pop", deque_pop, kMethodInstance, "Remove and return the rightmost element."},
    {"popleft", deque_popleft, kMethodInstance, "Remove and return the leftmost element."},
    {"extend", deque_extend, kMethodInstance, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", deque_extendleft, kMethodInstance,
     "Extend the left side of the deque with elements from the iterable"},
    {"rotate", deque_rotate, kMethodInstance, "Rotate the deque n steps to the right (default n=1)."},
    {"reverse", deque_reverse, kMethodInstance, "D.reverse() -- reverse *IN PLACE*"},
    {"clear", deque_clear_method, kMethodInstance, "Remove all elements from the deque."},
    {"copy", deque_copy, kMethodInstance, "Return a shallow copy of a deque."},
    {"__copy__", deque_dunder_copy, kMethodInstance, "Return a shallow copy of a deque."},
    {"count", deque_count, kMethodInstance, "D.count(value) -- return number of occurrences of value"},
    {"index", deque_index, kMethodInstance,
     "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not "
     "present."},
    {"insert", deque_insert, kMethodInstance, "D.insert(index, object) -- insert object before index"},
    {"remove", deque_remove, kMethodInstance, "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", deque_reversed, kMethodInstance, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"__reduce__", deque_reduce, kMethodInstance, "Return state information for pickling."},
    {"__class_getitem__", generic_alias_class_getitem, kMethodClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kDequeGetSets[] = {
    {"maxlen", deque_maxlen, nullptr, "maximum size of a deque or None if unbounded"},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kDequeIteratorMethods[] = {
    {"__length_hint__", deque_iterator_length_hint, kMethodInstance, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

int init_deque_iterator_type(Type& t, const char* name, NextFn next_fn) {
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = name;
  t.basic_size = sizeof(DequeIterator);
  t.flags = kTypeGC;
  t.base = &object_type;
  t.dealloc = deque_iterator_dealloc;
  t.traverse = deque_iterator_traverse;
  t.clear = deque_iterator_clear;
  t.iter = iter_self;
  t.next = next_fn;
  t.methods = kDequeIteratorMethods;
  return type_ready(&t);
}

int init_deque_type() {
  Type& t = deque_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "collections.deque";
  t.basic_size = sizeof(Deque);
  t.flags = kTypeGC | kTypeBaseType | kTypeSequence;
  t.base = &object_type;
  t.dealloc = deque_dealloc;
  t.traverse = deque_traverse;
  t.clear = deque_gc_clear;
  t.repr = deque_repr;
  t.hash = hash_not_implemented;
  t.richcompare = deque_richcompare;
  t.iter = deque_iter;
  t.new_ = deque_type_new;
  t.init = deque_init;
  t.len = deque_length;
  t.getitem = deque_getitem;
  t.setitem = deque_setitem;
  t.contains = deque_contains;
  t.number.add = deque_concat;
  t.number.multiply = deque_repeat;
  t.number.inplace_add = deque_inplace_concat;
  t.number.inplace_multiply = deque_inplace_repeat;
  t.methods = kDequeMethods;
  t.getsets = kDequeGetSets;
  t.doc = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its "
          "endpoints.";
  return type_ready(&t);
}

}  // namespace

Ref make_collections_module() {
  if (init_deque_type() < 0 ||
      init_deque_iterator_type(deque_iterator_type, "_collections._deque_iterator", deque_iterator_next) < 0 ||
      init_deque_iterator_type(deque_reverse_iterator_type, "_collections._deque_reverse_iterator",
                               deque_reverse_iterator_next) < 0 ||
      init_tuplegetter_type() < 0 || init_defaultdict_type() < 0 || init_ordered_dict_type() < 0) {
    return nullptr;
  }
  Ref module = module_new("_collections", true);
  if (!module || module_add_functions(*module, kCollectionsFunctions) < 0) return nullptr;
  if (module_add(*module, "deque", Value::object(&deque_type)) < 0 ||
      module_add(*module, "_deque_iterator", Value::object(&deque_iterator_type)) < 0 ||
      module_add(*module, "_deque_reverse_iterator", Value::object(&deque_reverse_iterator_type)) < 0 ||
      module_add(*module, "_tuplegetter", Value::object(&tuplegetter_type)) < 0 ||
      module_add(*module, "defaultdict", Value::object(&defaultdict_type)) < 0 ||
      module_add(*module, "OrderedDict", Value::object(&ordered_dict_type)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
