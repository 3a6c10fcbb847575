// tuple: immutable sequences with their items inline, CPython 3.11's
// xxHash-based hash, and tuple_iterator.
#include "objects/tuple.h"

#include <string>

#include "objects/dict.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/repr_guard.h"
#include "objects/sequence.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/thread_state.h"

namespace taipan {

Type tuple_type;
Type tuple_iterator_type;

static Tuple* g_empty_tuple = nullptr;

static Tuple* tuple_alloc(Type* type, int64_t n) {
  size_t size = static_cast<size_t>(type->basic_size) + static_cast<size_t>(n) * sizeof(Value);
  Tuple* t = new_object<Tuple>(type, size);
  if (t == nullptr) return nullptr;
  t->size = n;
  t->hash = -1;
  return t;
}

Tuple* empty_tuple() {
  if (g_empty_tuple == nullptr) {
    tuple_type.flags |= kTypeGC;
    if (tuple_type.basic_size == 0) tuple_type.basic_size = sizeof(Tuple);
    g_empty_tuple = tuple_alloc(&tuple_type, 0);
    g_empty_tuple->refcnt = kImmortalRefcnt;
    gc_untrack(g_empty_tuple);
  }
  return g_empty_tuple;
}

Tuple* tuple_new(int64_t n) {
  if (n == 0) {
    Tuple* e = empty_tuple();
    incref(e);
    return e;
  }
  if (n < 0 || n > (int64_t{1} << 56)) {
    raise_no_memory();
    return nullptr;
  }
  return tuple_alloc(&tuple_type, n);
}

// A tuple of values that cannot hold references (ints, strs, None …) can
// never be part of a cycle: the collector need not look at it.
static bool holds_no_containers(const Value* items, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    if (items[i].is_object() && type_has_flag(items[i].as_object()->type, kTypeGC)) return false;
  }
  return true;
}

Ref tuple_from_array(const Value* items, int64_t n) {
  Tuple* t = tuple_new(n);
  if (t == nullptr) return nullptr;
  for (int64_t i = 0; i < n; ++i) {
    incref(items[i]);
    t->items[i] = items[i];
  }
  if (n > 0 && holds_no_containers(items, n)) gc_untrack(t);
  return Ref::steal(t);
}

Ref tuple_pack(std::initializer_list<Value> items) {
  return tuple_from_array(items.begin(), static_cast<int64_t>(items.size()));
}

Ref tuple_from_iterable(Value iterable) {
  if (iterable.is_object() && iterable.as_object()->type == &tuple_type) {
    return Ref::borrow(iterable);
  }
  if (type_of(iterable) == &list_type) {  // not subclasses: they may override __iter__
    return list_as_tuple(iterable.as<List>());
  }
  Ref items = list_from_iterable(iterable);
  if (!items) return nullptr;
  return list_as_tuple(items.as<List>());
}

Ref tuple_slice(Tuple* t, int64_t lo, int64_t hi) {
  if (lo < 0) lo = 0;
  if (hi > t->size) hi = t->size;
  if (hi < lo) hi = lo;
  if (lo == 0 && hi == t->size && t->type == &tuple_type) return Ref::borrow(t);
  return tuple_from_array(t->items + lo, hi - lo);
}

static void tuple_dealloc(Object* self) {
  Tuple* t = static_cast<Tuple*>(self);
  for (int64_t i = t->size - 1; i >= 0; --i) decref(t->items[i]);  // last first, as CPython
  free_object(self);
}

static void tuple_traverse(Object* self, VisitFn visit, void* arg) {
  Tuple* t = static_cast<Tuple*>(self);
  for (int64_t i = 0; i < t->size; ++i) {
    if (!t->items[i].is_null()) visit(t->items[i], arg);
  }
}

static void tuple_clear(Object* self) {
  Tuple* t = static_cast<Tuple*>(self);
  for (int64_t i = 0; i < t->size; ++i) {
    Value old = t->items[i];
    t->items[i] = Value::none();
    decref(old);
  }
}

static Ref tuple_repr(Value self) {
  Tuple* t = self.as<Tuple>();
  if (t->size == 0) return str_from_utf8("()");
  ReprGuard guard(t);
  if (!guard.active()) return str_from_utf8("(...)");
  std::string out = "(";
  Value* items = t->items;
  if (!append_item_reprs(out, &items, &t->size)) return nullptr;
  out += t->size == 1 ? ",)" : ")";
  return str_from_utf8(out);
}

// CPython 3.11's tuple hash: xxHash's round function over the items' hashes.
static int64_t tuple_hash(Value self) {
  Tuple* t = self.as<Tuple>();
  if (t->hash != -1) return t->hash;
  constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  if (c_stack_exhausted()) return -1;
  uint64_t acc = kPrime5;
  for (int64_t i = 0; i < t->size; ++i) {
    int64_t lane = key_hash(t->items[i]);
    if (lane == -1) return -1;
    acc += static_cast<uint64_t>(lane) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<uint64_t>(t->size) ^ (kPrime5 ^ 3527539ULL);
  int64_t h = acc == ~uint64_t{0} ? 1546275796 : static_cast<int64_t>(acc);
  t->hash = h;
  return h;
}

static Ref tuple_richcompare(Value a, Value b, CompareOp op) {
  if (!is_tuple(a) || !is_tuple(b)) return ref_not_implemented();
  Tuple* x = a.as<Tuple>();
  Tuple* y = b.as<Tuple>();
  Value* xi = x->items;
  Value* yi = y->items;
  return sequence_compare(&xi, &x->size, &yi, &y->size, op);
}

static int64_t tuple_length(Value self) { return self.as<Tuple>()->size; }

static Ref tuple_item(Tuple* t, int64_t i) {
  if (i < 0) i += t->size;
  if (i < 0 || i >= t->size) return raise(exc::IndexError, "tuple index out of range");
  return Ref::borrow(t->items[i]);
}

static Ref tuple_subscript(Value self, Value key) {
  Tuple* t = self.as<Tuple>();
  if (key.is_small_int()) return tuple_item(t, key.as_small_int());
  if (is_slice(key)) {
    int64_t start, stop, step;
    if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return nullptr;
    int64_t n = slice_adjust_indices(t->size, &start, &stop, step);
    if (step == 1) return tuple_slice(t, start, start + n);
    Tuple* r = tuple_new(n);
    if (r == nullptr) return nullptr;
    for (int64_t i = 0, j = start; i < n; ++i, j += step) {
      incref(t->items[j]);
      r->items[i] = t->items[j];
    }
    return Ref::steal(r);
  }
  int64_t i;
  int k = sequence_index(key, &i);
  if (k < 0) return nullptr;
  if (k == 0) {
    return raise(exc::TypeError, std::string("tuple indices must be integers or slices, not ") +
                                     type_name_of(key));
  }
  return tuple_item(t, i);
}

static int tuple_contains(Value self, Value item) {
  Tuple* t = self.as<Tuple>();
  for (int64_t i = 0; i < t->size; ++i) {
    int r = equal(t->items[i], item);
    if (r != 0) return r;
  }
  return 0;
}

static Ref tuple_concat(Value a, Value b) {
  if (!is_tuple(a)) return ref_not_implemented();
  if (!is_tuple(b)) {
    if (type_has_flag(type_of(b), kTypeHeap)) return ref_not_implemented();
    return raise(exc::TypeError, std::string("can only concatenate tuple (not \"") +
                                     type_name_of(b) + "\") to tuple");
  }
  Tuple* x = a.as<Tuple>();
  Tuple* y = b.as<Tuple>();
  if (y->size == 0 && x->type == &tuple_type) return Ref::borrow(x);
  if (x->size == 0 && y->type == &tuple_type) return Ref::borrow(y);
  Tuple* r = tuple_new(x->size + y->size);
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

static Ref tuple_repeat(Value a, Value b) {
  Value seq = is_tuple(a) ? a : b;
  Value n = is_tuple(a) ? b : a;
  int64_t count;
  int k = repeat_count(n, &count);
  if (k < 0) return nullptr;
  if (k == 0) {
    if (type_has_flag(type_of(n), kTypeHeap)) return ref_not_implemented();
    return raise(exc::TypeError, std::string("can't multiply sequence by non-int of type '") +
                                     type_name_of(n) + "'");
  }
  Tuple* t = seq.as<Tuple>();
  if (count == 1 && t->type == &tuple_type) return Ref::borrow(t);
  if (t->size == 0 || count == 0) return Ref::borrow(empty_tuple());
  if (count > (int64_t{1} << 56) / t->size) return raise_no_memory();
  Tuple* r = tuple_new(t->size * count);
  if (r == nullptr) return nullptr;
  for (int64_t c = 0, j = 0; c < count; ++c) {
    for (int64_t i = 0; i < t->size; ++i, ++j) {
      incref(t->items[i]);
      r->items[j] = t->items[i];
    }
  }
  return Ref::steal(r);
}

static Ref tuple_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("tuple.count", nargs, kwnames)) return nullptr;
  Tuple* t = self.as<Tuple>();
  int64_t count = 0;
  for (int64_t i = 0; i < t->size; ++i) {
    int r = equal(t->items[i], args[0]);
    if (r < 0) return nullptr;
    count += r;
  }
  return Ref::small_int(count);
}

static Ref tuple_index(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("tuple.index", kwnames) || !check_arg_count("index", nargs, 1, 3)) {
    return nullptr;
  }
  Tuple* t = self.as<Tuple>();
  int64_t start = 0, stop = INT64_MAX;
  if (nargs > 1 && !index_bound_arg(args[1], &start)) return nullptr;
  if (nargs > 2 && !index_bound_arg(args[2], &stop)) return nullptr;
  if (start < 0) start = start + t->size < 0 ? 0 : start + t->size;
  if (stop < 0) stop += t->size;
  for (int64_t i = start; i < stop && i < t->size; ++i) {
    int r = equal(t->items[i], args[0]);
    if (r < 0) return nullptr;
    if (r) return Ref::small_int(i);
  }
  return raise(exc::ValueError, "tuple.index(x): x not in tuple");
}

static Ref tuple_getnewargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("tuple.__getnewargs__", nargs, kwnames)) return nullptr;
  Tuple* t = self.as<Tuple>();
  Ref copy = tuple_from_array(t->items, t->size);
  if (!copy) return nullptr;
  return tuple_pack({*copy});
}

static Ref tuple_type_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == &tuple_type && !no_keywords("tuple", kwnames)) return nullptr;
  if (nargs > 1) {
    return raise(exc::TypeError,
                 "tuple expected at most 1 argument, got " + std::to_string(nargs));
  }
  Ref items = nargs == 0 ? Ref::borrow(empty_tuple()) : tuple_from_iterable(args[0]);
  if (!items || type == &tuple_type) return items;
  Tuple* src = items.as<Tuple>();
  Tuple* t = tuple_alloc(type, src->size);
  if (t == nullptr) return nullptr;
  for (int64_t i = 0; i < src->size; ++i) {
    incref(src->items[i]);
    t->items[i] = src->items[i];
  }
  return Ref::steal(t);
}

// tuple_iterator.

struct TupleIterator : Object {
  Tuple* seq;  // owned; null once exhausted
  int64_t index;
};

static Ref tuple_iter(Value self) {
  TupleIterator* it = new_object<TupleIterator>(&tuple_iterator_type);
  if (it == nullptr) return nullptr;
  incref(self);
  it->seq = self.as<Tuple>();
  it->index = 0;
  return Ref::steal(it);
}

static Ref tuple_iterator_next(Value self) {
  TupleIterator* it = self.as<TupleIterator>();
  if (it->seq == nullptr) return nullptr;
  if (it->index < it->seq->size) return Ref::borrow(it->seq->items[it->index++]);
  Tuple* seq = it->seq;
  it->seq = nullptr;
  decref(seq);
  return nullptr;
}

static Ref tuple_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("tuple_iterator.__length_hint__", nargs, kwnames)) return nullptr;
  TupleIterator* it = self.as<TupleIterator>();
  return Ref::small_int(it->seq == nullptr ? 0 : it->seq->size - it->index);
}

static void tuple_iterator_dealloc(Object* self) {
  TupleIterator* it = static_cast<TupleIterator*>(self);
  if (it->seq != nullptr) decref(it->seq);
  free_object(self);
}

static void tuple_iterator_traverse(Object* self, VisitFn visit, void* arg) {
  TupleIterator* it = static_cast<TupleIterator*>(self);
  if (it->seq != nullptr) visit(Value::object(it->seq), arg);
}

static void tuple_iterator_clear(Object* self) {
  TupleIterator* it = static_cast<TupleIterator*>(self);
  Tuple* seq = it->seq;
  it->seq = nullptr;
  if (seq != nullptr) decref(seq);
}

static const MethodDef tuple_methods[] = {
    {"count", tuple_count, kMethodInstance, "count($self, value, /)\n--\n\nReturn number of occurrences of value."},
    {"index", tuple_index, kMethodInstance, "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\nReturn first index of value."},
    {"__getnewargs__", tuple_getnewargs, kMethodInstance, "__getnewargs__($self, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

static const MethodDef tuple_iterator_methods[] = {
    {"__length_hint__", tuple_iterator_length_hint, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

int init_tuple_type() {
  Type& t = tuple_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "tuple";
  t.basic_size = sizeof(Tuple);
  t.item_size = sizeof(Value);
  t.flags = kTypeGC | kTypeBaseType | kTypeTupleSubclass | kTypeSequence;
  t.dealloc = tuple_dealloc;
  t.traverse = tuple_traverse;
  t.clear = tuple_clear;
  t.repr = tuple_repr;
  t.hash = tuple_hash;
  t.richcompare = tuple_richcompare;
  t.iter = tuple_iter;
  t.new_ = tuple_type_new;
  t.len = tuple_length;
  t.getitem = tuple_subscript;
  t.contains = tuple_contains;
  t.number.add = tuple_concat;
  t.number.multiply = tuple_repeat;
  t.methods = tuple_methods;
  t.doc = "tuple(iterable=(), /)\n--\n\nBuilt-in immutable sequence.";
  empty_tuple();
  if (type_ready(&t) < 0) return -1;

  Type& i = tuple_iterator_type;
  i.refcnt = kImmortalRefcnt;
  i.type = &type_type;
  i.name = "tuple_iterator";
  i.basic_size = sizeof(TupleIterator);
  i.flags = kTypeGC;
  i.dealloc = tuple_iterator_dealloc;
  i.traverse = tuple_iterator_traverse;
  i.clear = tuple_iterator_clear;
  i.iter = iter_self;
  i.next = tuple_iterator_next;
  i.methods = tuple_iterator_methods;
  return type_ready(&i);
}

}  // namespace taipan
