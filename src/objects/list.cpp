// list: a growable array of values; its methods, operators, slicing and
// slice assignment, and the list_iterator / list_reverseiterator types.
// Sorting lives in list_sort.cpp.
#include "objects/list.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "objects/iterators.h"
#include "objects/repr_guard.h"
#include "objects/sequence.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type list_type;
Type list_iterator_type;
Type list_reverseiterator_type;

constexpr int64_t kMaxListSize = int64_t{1} << 56;

// Makes room for `needed` items, over-allocating as CPython does so that
// appends run in amortised constant time. 0 or -1.
static int list_reserve(List* l, int64_t needed) {
  if (needed <= l->capacity) return 0;
  if (needed > kMaxListSize) {
    raise_no_memory();
    return -1;
  }
  int64_t capacity = (needed + (needed >> 3) + 6) & ~int64_t{3};
  size_t bytes = static_cast<size_t>(capacity) * sizeof(Value);
  void* items = exceeds_memory(bytes) ? nullptr : std::realloc(l->items, bytes);
  if (items == nullptr) {
    raise_no_memory();
    return -1;
  }
  l->items = static_cast<Value*>(items);
  l->capacity = capacity;
  return 0;
}

// memmove of n items (n may be 0 with null pointers).
static void move_items(Value* dst, const Value* src, int64_t n) {
  if (n > 0) std::memmove(dst, src, static_cast<size_t>(n) * sizeof(Value));
}

static List* list_alloc(Type* type, int64_t n) {
  List* l = new_object<List>(type, static_cast<size_t>(type->basic_size));
  if (l == nullptr) return nullptr;
  if (n > 0) {
    if (n > kMaxListSize || exceeds_memory(static_cast<size_t>(n) * sizeof(Value))) {
      decref(l);
      raise_no_memory();
      return nullptr;
    }
    l->items = static_cast<Value*>(calloc_exact(static_cast<size_t>(n), sizeof(Value)));
    if (l->items == nullptr) {
      decref(l);
      raise_no_memory();
      return nullptr;
    }
    l->capacity = n;
  }
  l->size = n;
  return l;
}

List* list_new(int64_t n) { return list_alloc(&list_type, n); }

int list_append(List* l, Value v) {
  if (l->size == l->capacity && list_reserve(l, l->size + 1) < 0) return -1;
  incref(v);
  l->items[l->size++] = v;
  return 0;
}

// Releases a batch of references once the list is consistent again (a
// __del__ run by decref may look at the list). CPython releases the items
// of a simple slice last first, those of an extended slice first first.
enum class ReleaseOrder { LastFirst, FirstFirst };

// The items taken out, kept until the list is consistent again; a few are
// held inline, so that small slice assignments allocate nothing.
class ReleasedItems {
 public:
  explicit ReleasedItems(int64_t capacity) {
    if (capacity > kInline) {
      heap_.resize(static_cast<size_t>(capacity));
      data_ = heap_.data();
    }
  }
  ReleasedItems(const ReleasedItems&) = delete;
  ReleasedItems& operator=(const ReleasedItems&) = delete;
  void push(Value v) { data_[size_++] = v; }
  void release(ReleaseOrder order) {
    if (order == ReleaseOrder::LastFirst) std::reverse(data_, data_ + size_);
    for (int64_t i = 0; i < size_; ++i) decref(data_[i]);
    size_ = 0;
  }

 private:
  static constexpr int64_t kInline = 16;
  Value inline_[kInline];
  std::vector<Value> heap_;
  Value* data_ = inline_;
  int64_t size_ = 0;
};

// __length_hint__ of an iterable, or `fallback` when it has none. -1 on error.
static int64_t length_hint(Value v, int64_t fallback) {
  Type* t = type_of(v);
  if (t->len != nullptr) {
    int64_t n = t->len(v);
    if (n >= 0) return n;
    if (!error_occurred() || !error_matches(exc::TypeError)) return -1;
    clear_error();
  }
  static Str* name = intern("__length_hint__");
  if (type_lookup(t, name).is_null()) return fallback;
  Ref hint = call_method(v, name, {});
  if (!hint) {
    if (!error_matches(exc::TypeError)) return -1;
    clear_error();
    return fallback;
  }
  if (is_not_implemented(*hint)) return fallback;
  if (!is_int(*hint)) {
    raise(exc::TypeError, std::string("__length_hint__ must be an integer, not ") + type_name_of(*hint));
    return -1;
  }
  int64_t n;
  if (!int_to_int64(*hint, &n)) {
    raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  if (n < 0) {
    raise(exc::ValueError, "__length_hint__() should return >= 0");
    return -1;
  }
  return n;
}

int list_extend(List* l, Value iterable) {
  // Exact lists and tuples are copied directly (subclasses may override
  // __iter__), and so is l itself: l.extend(l) doubles l.
  Type* source_type = type_of(iterable);
  if (source_type == &list_type || source_type == &tuple_type || iterable == Value::object(l)) {
    int64_t n = is_list(iterable) ? iterable.as<List>()->size : iterable.as<Tuple>()->size;
    if (list_reserve(l, l->size + n) < 0) return -1;
    const Value* src = is_list(iterable) ? iterable.as<List>()->items : iterable.as<Tuple>()->items;
    for (int64_t i = 0; i < n; ++i) {
      incref(src[i]);
      l->items[l->size + i] = src[i];
    }
    l->size += n;
    return 0;
  }
  Ref it = iter(iterable);
  if (!it) return -1;
  int64_t hint = length_hint(iterable, 8);
  if (hint < 0) return -1;
  if (list_reserve(l, l->size + hint) < 0) return -1;
  for (;;) {
    Ref item = next(*it);
    if (!item) return error_occurred() ? -1 : 0;
    if (l->size == l->capacity && list_reserve(l, l->size + 1) < 0) return -1;
    l->items[l->size++] = item.release();
  }
}

Ref list_from_iterable(Value iterable) {
  Ref l = Ref::steal(list_new(0));
  if (!l) return nullptr;
  if (list_extend(l.as<List>(), iterable) < 0) return nullptr;
  return l;
}

int list_insert(List* l, int64_t index, Value v) {
  if (list_reserve(l, l->size + 1) < 0) return -1;
  if (index < 0) {
    index += l->size;
    if (index < 0) index = 0;
  }
  if (index > l->size) index = l->size;
  move_items(l->items + index + 1, l->items + index, l->size - index);
  incref(v);
  l->items[index] = v;
  ++l->size;
  return 0;
}

Ref list_slice(List* l, int64_t lo, int64_t hi) {
  if (lo < 0) lo = 0;
  if (hi > l->size) hi = l->size;
  if (hi < lo) hi = lo;
  List* r = list_new(hi - lo);
  if (r == nullptr) return nullptr;
  for (int64_t i = lo; i < hi; ++i) {
    incref(l->items[i]);
    r->items[i - lo] = l->items[i];
  }
  return Ref::steal(r);
}

Ref list_as_tuple(List* l) { return tuple_from_array(l->items, l->size); }

// Drops every item (list.clear and the GC's clear slot).
static void list_clear_items(List* l) {
  Value* items = l->items;
  int64_t n = l->size;
  l->items = nullptr;
  l->size = 0;
  l->capacity = 0;
  for (int64_t i = n - 1; i >= 0; --i) decref(items[i]);  // last first, as CPython
  std::free(items);
}

static void list_dealloc(Object* self) {
  list_clear_items(static_cast<List*>(self));
  free_object(self);
}

static void list_traverse(Object* self, VisitFn visit, void* arg) {
  List* l = static_cast<List*>(self);
  for (int64_t i = 0; i < l->size; ++i) {
    if (!l->items[i].is_null()) visit(l->items[i], arg);
  }
}

static void list_gc_clear(Object* self) { list_clear_items(static_cast<List*>(self)); }

static Ref list_repr(Value self) {
  List* l = self.as<List>();
  if (l->size == 0) return str_from_utf8("[]");
  ReprGuard guard(l);
  if (!guard.active()) return str_from_utf8("[...]");
  std::string out = "[";
  if (!append_item_reprs(out, &l->items, &l->size)) return nullptr;
  out += "]";
  return str_from_utf8(out);
}

static Ref list_richcompare(Value a, Value b, CompareOp op) {
  if (!is_list(a) || !is_list(b)) return ref_not_implemented();
  List* x = a.as<List>();
  List* y = b.as<List>();
  return sequence_compare(&x->items, &x->size, &y->items, &y->size, op);
}

static int64_t list_length(Value self) { return self.as<List>()->size; }

static Ref list_item(List* l, int64_t i) {
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) return raise(exc::IndexError, "list index out of range");
  return Ref::borrow(l->items[i]);
}

static Ref list_index_type_error(Value key) {
  return raise(exc::TypeError,
               std::string("list indices must be integers or slices, not ") + type_name_of(key));
}

static Ref list_subscript(Value self, Value key) {
  List* l = self.as<List>();
  if (key.is_small_int()) return list_item(l, key.as_small_int());
  if (is_slice(key)) {
    int64_t start, stop, step;
    if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return nullptr;
    int64_t n = slice_adjust_indices(l->size, &start, &stop, step);
    if (step == 1) return list_slice(l, start, start + n);
    List* r = list_new(n);
    if (r == nullptr) return nullptr;
    for (int64_t i = 0, j = start; i < n; ++i, j += step) {
      incref(l->items[j]);
      r->items[i] = l->items[j];
    }
    return Ref::steal(r);
  }
  int64_t i;
  int k = sequence_index(key, &i);
  if (k < 0) return nullptr;
  if (k == 0) return list_index_type_error(key);
  return list_item(l, i);
}

// l[lo:hi] = items (n of them), or deletion when n == 0. Indices already clamped.
static int list_replace_range(List* l, int64_t lo, int64_t hi, const Value* items, int64_t n) {
  int64_t removed = hi - lo;
  int64_t delta = n - removed;
  if (delta > 0 && list_reserve(l, l->size + delta) < 0) return -1;
  ReleasedItems old(removed);
  for (int64_t i = lo; i < hi; ++i) old.push(l->items[i]);
  move_items(l->items + lo + n, l->items + hi, l->size - hi);
  for (int64_t i = 0; i < n; ++i) {
    incref(items[i]);
    l->items[lo + i] = items[i];
  }
  l->size += delta;
  old.release(ReleaseOrder::LastFirst);
  return 0;
}

// The right-hand side of a slice assignment as items we can read safely: a
// list or tuple other than the target is read in place (as CPython's
// PySequence_Fast), anything else copied into a new list (so l[:] = l works).
struct AssignedItems {
  Ref holder;  // the copy, when one was made
  const Value* items = nullptr;
  int64_t size = 0;
};

static bool assigned_items(List* target, Value v, AssignedItems* out) {
  if (v.is_object() && v.as_object()->type == &list_type && v.as<List>() != target) {
    out->items = v.as<List>()->items;
    out->size = v.as<List>()->size;
    return true;
  }
  if (v.is_object() && v.as_object()->type == &tuple_type) {
    out->items = v.as<Tuple>()->items;
    out->size = v.as<Tuple>()->size;
    return true;
  }
  out->holder = list_from_iterable(v);
  if (!out->holder) {
    if (error_matches(exc::TypeError) && type_of(v)->iter == nullptr && type_of(v)->getitem == nullptr) {
      clear_error();
      raise(exc::TypeError, "can only assign an iterable");
    }
    return false;
  }
  out->items = out->holder.as<List>()->items;
  out->size = out->holder.as<List>()->size;
  return true;
}

static int list_assign_slice(List* l, Slice* s, Value v) {
  int64_t start, stop, step;
  if (!slice_unpack(s, &start, &stop, &step)) return -1;
  int64_t n = slice_adjust_indices(l->size, &start, &stop, step);
  if (step == 1) {
    if (stop < start) stop = start;
    if (v.is_null()) return list_replace_range(l, start, stop, nullptr, 0);
    AssignedItems src;
    if (!assigned_items(l, v, &src)) return -1;
    return list_replace_range(l, start, stop, src.items, src.size);
  }
  if (v.is_null()) {
    // Deletes every step-th item by compacting the survivors, walking upwards.
    if (n == 0) return 0;
    if (step < 0) {
      start = start + step * (n - 1);
      step = -step;
    }
    ReleasedItems old(n);
    int64_t write = start;
    for (int64_t read = start; read < l->size; ++read) {
      if (read >= start && (read - start) % step == 0 && (read - start) / step < n) {
        old.push(l->items[read]);
      } else {
        l->items[write++] = l->items[read];
      }
    }
    l->size = write;
    old.release(ReleaseOrder::FirstFirst);
    return 0;
  }
  AssignedItems src;
  if (!assigned_items(l, v, &src)) return -1;
  if (src.size != n) {
    return fail(exc::ValueError, "attempt to assign sequence of size " +
                                     std::to_string(src.size) + " to extended slice of size " +
                                     std::to_string(n));
  }
  ReleasedItems old(n);
  for (int64_t i = 0, j = start; i < n; ++i, j += step) {
    old.push(l->items[j]);
    incref(src.items[i]);
    l->items[j] = src.items[i];
  }
  old.release(ReleaseOrder::FirstFirst);
  return 0;
}

static int list_ass_subscript(Value self, Value key, Value v) {
  List* l = self.as<List>();
  if (is_slice(key)) return list_assign_slice(l, key.as<Slice>(), v);
  int64_t i;
  int k = sequence_index(key, &i);
  if (k < 0) return -1;
  if (k == 0) {
    list_index_type_error(key);
    return -1;
  }
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) {
    return fail(exc::IndexError, "list assignment index out of range");
  }
  if (v.is_null()) return list_replace_range(l, i, i + 1, nullptr, 0);
  Value old = l->items[i];
  incref(v);
  l->items[i] = v;
  decref(old);
  return 0;
}

static int list_contains(Value self, Value item) {
  List* l = self.as<List>();
  for (int64_t i = 0; i < l->size; ++i) {
    Ref x = Ref::borrow(l->items[i]);
    int r = equal(*x, item);
    if (r != 0) return r;
  }
  return 0;
}

static Ref list_concat(Value a, Value b) {
  if (!is_list(a)) return ref_not_implemented();
  if (!is_list(b)) {
    if (type_has_flag(type_of(b), kTypeHeap)) return ref_not_implemented();
    return raise(exc::TypeError, std::string("can only concatenate list (not \"") +
                                     type_name_of(b) + "\") to list");
  }
  List* x = a.as<List>();
  List* y = b.as<List>();
  List* r = list_new(x->size + y->size);
  if (r == nullptr) return nullptr;
  for (int64_t i = 0; i < x->size; ++i) {
    incref(x->items[i]);
    r->items[i] = x->items[i];
  }
  for (int64_t i = 0; i < y->size; ++i) {
    incref(y->items[i]);
    r->items[x->size + i] = y->items[i];
  }
  return Ref::steal(r);
}

// The repetition count of l * n, or a TypeError in CPython's words. 1/0/-1 as
// repeat_count, where 0 means "return NotImplemented".
static int list_repeat_count(List* l, Value n, int64_t* count) {
  int k = repeat_count(n, count);
  if (k != 0) {
    if (k > 0 && l->size > 0 && *count > kMaxListSize / l->size) {
      raise_no_memory();
      return -1;
    }
    return k;
  }
  if (type_has_flag(type_of(n), kTypeHeap)) return 0;
  raise(exc::TypeError, std::string("can't multiply sequence by non-int of type '") +
                            type_name_of(n) + "'");
  return -1;
}

static Ref list_repeat(Value a, Value b) {
  Value seq = is_list(a) ? a : b;
  Value n = is_list(a) ? b : a;
  List* l = seq.as<List>();
  int64_t count;
  int k = list_repeat_count(l, n, &count);
  if (k <= 0) return k == 0 ? ref_not_implemented() : nullptr;
  List* r = list_new(l->size * count);
  if (r == nullptr) return nullptr;
  for (int64_t c = 0, j = 0; c < count; ++c) {
    for (int64_t i = 0; i < l->size; ++i, ++j) {
      incref(l->items[i]);
      r->items[j] = l->items[i];
    }
  }
  return Ref::steal(r);
}

static Ref list_inplace_concat(Value a, Value b) {
  if (list_extend(a.as<List>(), b) < 0) return nullptr;
  return Ref::borrow(a);
}

static Ref list_inplace_repeat(Value a, Value b) {
  List* l = a.as<List>();
  int64_t count;
  int k = list_repeat_count(l, b, &count);
  if (k <= 0) return k == 0 ? ref_not_implemented() : nullptr;
  if (count == 0 || l->size == 0) {
    list_clear_items(l);
    return Ref::borrow(a);
  }
  int64_t n = l->size;
  if (list_reserve(l, n * count) < 0) return nullptr;
  for (int64_t c = 1; c < count; ++c) {
    for (int64_t i = 0; i < n; ++i) {
      incref(l->items[i]);
      l->items[c * n + i] = l->items[i];
    }
  }
  l->size = n * count;
  return Ref::borrow(a);
}

// Methods.

static Ref list_append_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("list.append", nargs, kwnames)) return nullptr;
  if (list_append(self.as<List>(), args[0]) < 0) return nullptr;
  return Ref::none();
}

static Ref list_extend_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("list.extend", nargs, kwnames)) return nullptr;
  if (list_extend(self.as<List>(), args[0]) < 0) return nullptr;
  return Ref::none();
}

static Ref list_insert_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("list.insert", kwnames) || !check_arg_count("insert", nargs, 2, 2)) {
    return nullptr;
  }
  int64_t i;
  if (!index_arg(args[0], &i)) return nullptr;
  if (list_insert(self.as<List>(), i, args[1]) < 0) return nullptr;
  return Ref::none();
}

static Ref list_pop(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("list.pop", kwnames) || !check_arg_count("pop", nargs, 0, 1)) return nullptr;
  List* l = self.as<List>();
  int64_t i = -1;
  if (nargs == 1) {
    if (!index_arg(args[0], &i)) return nullptr;
  }
  if (l->size == 0) return raise(exc::IndexError, "pop from empty list");
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) return raise(exc::IndexError, "pop index out of range");
  Ref item = Ref::steal(l->items[i]);
  move_items(l->items + i, l->items + i + 1, l->size - i - 1);
  --l->size;
  return item;
}

static Ref list_remove(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("list.remove", nargs, kwnames)) return nullptr;
  List* l = self.as<List>();
  for (int64_t i = 0; i < l->size; ++i) {
    Ref x = Ref::borrow(l->items[i]);
    int r = equal(*x, args[0]);
    if (r < 0) return nullptr;
    if (r) {
      if (i < l->size && l->items[i] == *x) {
        if (list_replace_range(l, i, i + 1, nullptr, 0) < 0) return nullptr;
      }
      return Ref::none();
    }
  }
  return raise(exc::ValueError, "list.remove(x): x not in list");
}

static Ref list_index_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("list.index", kwnames) || !check_arg_count("index", nargs, 1, 3)) {
    return nullptr;
  }
  List* l = self.as<List>();
  int64_t start = 0, stop = INT64_MAX;
  if (nargs > 1 && !index_bound_arg(args[1], &start)) return nullptr;
  if (nargs > 2 && !index_bound_arg(args[2], &stop)) return nullptr;
  if (start < 0) start = start + l->size < 0 ? 0 : start + l->size;
  if (stop < 0) stop += l->size;
  for (int64_t i = start; i < stop && i < l->size; ++i) {
    Ref x = Ref::borrow(l->items[i]);
    int r = equal(*x, args[0]);
    if (r < 0) return nullptr;
    if (r) return Ref::small_int(i);
  }
  std::string message;
  if (!append_repr(message, args[0])) return nullptr;
  return raise(exc::ValueError, message + " is not in list");
}

static Ref list_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("list.count", nargs, kwnames)) return nullptr;
  List* l = self.as<List>();
  int64_t count = 0;
  for (int64_t i = 0; i < l->size; ++i) {
    Ref x = Ref::borrow(l->items[i]);
    int r = equal(*x, args[0]);
    if (r < 0) return nullptr;
    count += r;
  }
  return Ref::small_int(count);
}

static Ref list_reverse(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("list.reverse", nargs, kwnames)) return nullptr;
  List* l = self.as<List>();
  for (int64_t i = 0, j = l->size - 1; i < j; ++i, --j) std::swap(l->items[i], l->items[j]);
  return Ref::none();
}

static Ref list_sort_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs > 0) return raise(exc::TypeError, "sort() takes no positional arguments");
  static const char* const names[] = {"key", "reverse"};
  ArgSpec spec{"sort", names, 2, 0, 0, 0};
  Value bound[2];
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  Value key = bound[0].is_null() || bound[0].is_none() ? Value() : bound[0];
  bool reverse = false;
  if (!bound[1].is_null()) {
    int64_t r = as_int64(bound[1]);
    if (r == -1 && error_occurred()) return nullptr;
    reverse = r != 0;
  }
  if (list_sort(self.as<List>(), key, reverse) < 0) return nullptr;
  return Ref::none();
}

static Ref list_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("list.copy", nargs, kwnames)) return nullptr;
  List* l = self.as<List>();
  return list_slice(l, 0, l->size);
}

static Ref list_clear_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("list.clear", nargs, kwnames)) return nullptr;
  list_clear_items(self.as<List>());
  return Ref::none();
}

// list_iterator and list_reverseiterator share one layout.
struct ListIterator : Object {
  List* seq;  // owned; null once exhausted
  int64_t index;
};

static Ref list_iterator_new(Type* type, List* l, int64_t index) {
  ListIterator* it = new_object<ListIterator>(type);
  if (it == nullptr) return nullptr;
  incref(l);
  it->seq = l;
  it->index = index;
  return Ref::steal(it);
}

static Ref list_iter(Value self) { return list_iterator_new(&list_iterator_type, self.as<List>(), 0); }

static Ref list_reversed(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("list.__reversed__", nargs, kwnames)) return nullptr;
  List* l = self.as<List>();
  return list_iterator_new(&list_reverseiterator_type, l, l->size - 1);
}

static void list_iterator_release(ListIterator* it) {
  List* seq = it->seq;
  it->seq = nullptr;
  if (seq != nullptr) decref(seq);
}

static Ref list_iterator_next(Value self) {
  ListIterator* it = self.as<ListIterator>();
  if (it->seq == nullptr) return nullptr;
  if (it->index < it->seq->size) return Ref::borrow(it->seq->items[it->index++]);
  list_iterator_release(it);
  return nullptr;
}

static Ref list_reverseiterator_next(Value self) {
  ListIterator* it = self.as<ListIterator>();
  if (it->seq == nullptr) return nullptr;
  if (it->index >= 0 && it->index < it->seq->size) {
    return Ref::borrow(it->seq->items[it->index--]);
  }
  list_iterator_release(it);
  return nullptr;
}

static Ref list_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("list_iterator.__length_hint__", nargs, kwnames)) return nullptr;
  ListIterator* it = self.as<ListIterator>();
  int64_t n = 0;
  if (it->seq != nullptr) {
    if (type_of(self) == &list_iterator_type) {
      n = it->seq->size - it->index;
    } else if (it->index < it->seq->size) {
      n = it->index + 1;
    }
  }
  return Ref::small_int(n < 0 ? 0 : n);
}

static void list_iterator_dealloc(Object* self) {
  list_iterator_release(static_cast<ListIterator*>(self));
  free_object(self);
}

static void list_iterator_traverse(Object* self, VisitFn visit, void* arg) {
  ListIterator* it = static_cast<ListIterator*>(self);
  if (it->seq != nullptr) visit(Value::object(it->seq), arg);
}

static void list_iterator_clear(Object* self) {
  list_iterator_release(static_cast<ListIterator*>(self));
}

static Ref list_type_new(Type* type, const Value*, size_t, Tuple*) {
  List* l = list_alloc(type, 0);
  return l == nullptr ? nullptr : Ref::steal(l);
}

static int list_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (self.as_object()->type == &list_type && !no_keywords("list", kwnames)) return -1;
  if (nargs > 1) {
    return fail(exc::TypeError, "list expected at most 1 argument, got " + std::to_string(nargs));
  }
  List* l = self.as<List>();
  list_clear_items(l);
  return nargs == 1 ? list_extend(l, args[0]) : 0;
}

static const MethodDef list_methods[] = {
    {"append", list_append_method, kMethodInstance, "append($self, object, /)\n--\n\nAppend object to the end of the list."},
    {"extend", list_extend_method, kMethodInstance,
     "extend($self, iterable, /)\n--\n\nExtend list by appending elements from the iterable."},
    {"insert", list_insert_method, kMethodInstance, "insert($self, index, object, /)\n--\n\nInsert object before index."},
    {"pop", list_pop, kMethodInstance, "pop($self, index=-1, /)\n--\n\nRemove and return item at index (default last)."},
    {"remove", list_remove, kMethodInstance, "remove($self, value, /)\n--\n\nRemove first occurrence of value."},
    {"index", list_index_method, kMethodInstance, "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\nReturn first index of value."},
    {"count", list_count, kMethodInstance, "count($self, value, /)\n--\n\nReturn number of occurrences of value."},
    {"reverse", list_reverse, kMethodInstance, "reverse($self, /)\n--\n\nReverse *IN PLACE*."},
    {"sort", list_sort_method, kMethodInstance, "sort($self, /, *, key=None, reverse=False)\n--\n\nSort the list in ascending order."},
    {"copy", list_copy, kMethodInstance, "copy($self, /)\n--\n\nReturn a shallow copy of the list."},
    {"clear", list_clear_method, kMethodInstance, "clear($self, /)\n--\n\nRemove all items from list."},
    {"__reversed__", list_reversed, kMethodInstance, "__reversed__($self, /)\n--\n\nReturn a reverse iterator over the list."},
    {nullptr, nullptr, 0, nullptr},
};

// __reduce__: (iter, (list,), index), or reversed for a reverse iterator;
// an exhausted one is (iter, ([],)), as CPython's.
static Ref list_iterator_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
  ListIterator* it = self.as<ListIterator>();
  bool exhausted = it->seq == nullptr;
  bool reverse = type_of(self) == &list_reverseiterator_type;
  Ref maker = getattr(builtins_module(), exhausted || !reverse ? "iter" : "reversed");
  if (!maker) return nullptr;
  Ref seq = exhausted ? Ref::steal(static_cast<Object*>(list_new(0))) : Ref::borrow(Value::object(it->seq));
  Ref args = tuple_pack({seq.get()});
  if (!args) return nullptr;
  if (exhausted) return tuple_pack({maker.get(), args.get()});
  Ref index = Ref::small_int(it->index);
  return tuple_pack({maker.get(), args.get(), index.get()});
}

// __setstate__(index): moves the iterator, clamped to the list's bounds.
static Ref list_iterator_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__setstate__", kwnames) || !check_arg_count("__setstate__", nargs, 1, 1)) return nullptr;
  if (!is_int(args[0])) return raise(exc::TypeError, "an integer is required");
  int64_t index = as_int64(args[0]);
  if (index == -1 && error_occurred()) return nullptr;
  ListIterator* it = self.as<ListIterator>();
  if (it->seq == nullptr) return Ref::none();
  int64_t lowest = type_of(self) == &list_reverseiterator_type ? -1 : 0;
  int64_t highest = lowest == 0 ? it->seq->size : it->seq->size - 1;
  it->index = std::clamp(index, lowest, highest);
  return Ref::none();
}

static const MethodDef list_iterator_methods[] = {
    {"__length_hint__", list_iterator_length_hint, kMethodInstance, nullptr},
    {"__reduce__", list_iterator_reduce, kMethodInstance, "Return state information for pickling."},
    {"__setstate__", list_iterator_setstate, kMethodInstance, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};

static int init_list_iterator_type(Type& t, const char* name, NextFn next_fn) {
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = name;
  t.basic_size = sizeof(ListIterator);
  t.flags = kTypeGC;
  t.dealloc = list_iterator_dealloc;
  t.traverse = list_iterator_traverse;
  t.clear = list_iterator_clear;
  t.iter = iter_self;
  t.next = next_fn;
  t.methods = list_iterator_methods;
  return type_ready(&t);
}

int init_list_type() {
  Type& t = list_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "list";
  t.basic_size = sizeof(List);
  t.flags = kTypeGC | kTypeBaseType | kTypeListSubclass | kTypeSequence;
  t.dealloc = list_dealloc;
  t.traverse = list_traverse;
  t.clear = list_gc_clear;
  t.repr = list_repr;
  t.hash = hash_not_implemented;
  t.richcompare = list_richcompare;
  t.iter = list_iter;
  t.new_ = list_type_new;
  t.init = list_init;
  t.len = list_length;
  t.getitem = list_subscript;
  t.setitem = list_ass_subscript;
  t.contains = list_contains;
  t.number.add = list_concat;
  t.number.multiply = list_repeat;
  t.number.inplace_add = list_inplace_concat;
  t.number.inplace_multiply = list_inplace_repeat;
  t.methods = list_methods;
  t.doc = "list(iterable=(), /)\n--\n\nBuilt-in mutable sequence.";
  if (type_ready(&t) < 0) return -1;
  if (init_list_iterator_type(list_iterator_type, "list_iterator", list_iterator_next) < 0) {
    return -1;
  }
  return init_list_iterator_type(list_reverseiterator_type, "list_reverseiterator",
                                 list_reverseiterator_next);
}

}  // namespace taipan
