// enumerate, zip, map, filter, reversed, the sequence iterator of the old
// __getitem__ protocol, and iter(callable, sentinel)'s callable_iterator.
#include "objects/iterators.h"

#include <string>
#include <vector>

#include "objects/dict.h"
#include "objects/int.h"
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

Type enumerate_type;
Type zip_type;
Type map_type;
Type filter_type;
Type reversed_type;
Type seq_iterator_type;
Type callable_iterator_type;

Ref iter_self(Value self) { return Ref::borrow(self); }

// Replaces an owned field with null and drops the reference.
static void release(Value* field) {
  Value old = *field;
  *field = Value();
  decref(old);
}

static void visit_if_set(Value v, VisitFn visit, void* arg) {
  if (!v.is_null()) visit(v, arg);
}

template <class T>
static T* alloc_iterator(Type* type) {
  return new_object<T>(type, static_cast<size_t>(type->basic_size));
}

// enumerate.

struct Enumerate : Object {
  Value iterator;  // owned
  Value count;     // owned int: the next index
};

static Ref enumerate_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"iterable", "start"};
  ArgSpec spec{"enumerate", names, 2, 0, 0};
  Value bound[2];
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  if (bound[0].is_null()) {
    return raise(exc::TypeError, "enumerate() missing required argument 'iterable'");
  }
  Ref start = Ref::small_int(0);
  if (!bound[1].is_null()) {
    if (!is_int(bound[1]) && type_of(bound[1])->number.index == nullptr) {
      return raise(exc::TypeError, std::string("'") + type_name_of(bound[1]) +
                                       "' object cannot be interpreted as an integer");
    }
    start = index(bound[1]);
    if (!start) return nullptr;
    if (start.get().is_bool()) start = Ref::small_int(start.get().is_true());
  }
  Ref it = iter(bound[0]);
  if (!it) return nullptr;
  Enumerate* e = alloc_iterator<Enumerate>(type);
  if (e == nullptr) return nullptr;
  e->iterator = it.release();
  e->count = start.release();
  return Ref::steal(e);
}

static Ref enumerate_next(Value self) {
  Enumerate* e = self.as<Enumerate>();
  Ref item = next(e->iterator);
  if (!item) return nullptr;
  Ref following;
  if (e->count.is_small_int() && e->count.as_small_int() < Value::kSmallIntMax) {
    following = Ref::small_int(e->count.as_small_int() + 1);
  } else {
    following = binary_op(e->count, Value::small_int(1), BinaryOp::Add);
    if (!following) return nullptr;
  }
  Ref index = Ref::steal(e->count);
  e->count = following.release();
  return tuple_pack({*index, *item});
}

static void enumerate_dealloc(Object* self) {
  Enumerate* e = static_cast<Enumerate*>(self);
  release(&e->iterator);
  release(&e->count);
  free_object(self);
}

static void enumerate_traverse(Object* self, VisitFn visit, void* arg) {
  Enumerate* e = static_cast<Enumerate*>(self);
  visit_if_set(e->iterator, visit, arg);
  visit_if_set(e->count, visit, arg);
}

static void enumerate_clear(Object* self) { release(&static_cast<Enumerate*>(self)->iterator); }

// zip.

struct Zip : Object {
  Value iterators;  // owned tuple
  bool strict;
};

static Ref zip_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  bool strict = false;
  if (kwnames != nullptr) {
    for (int64_t i = 0; i < kwnames->size; ++i) {
      Str* name = kwnames->items[i].as<Str>();
      if (str_utf8(name) != "strict") {
        return raise(exc::TypeError,
                     "'" + str_to_std(name) + "' is an invalid keyword argument for zip()");
      }
      int t = is_true(args[nargs + i]);
      if (t < 0) return nullptr;
      strict = t == 1;
    }
  }
  Tuple* iterators = tuple_new(static_cast<int64_t>(nargs));
  if (iterators == nullptr) return nullptr;
  Ref hold = Ref::steal(iterators);
  for (size_t i = 0; i < nargs; ++i) iterators->items[i] = Value::none();
  for (size_t i = 0; i < nargs; ++i) {
    Ref it = iter(args[i]);
    if (!it) return nullptr;
    iterators->items[i] = it.release();
  }
  Zip* z = alloc_iterator<Zip>(type);
  if (z == nullptr) return nullptr;
  z->iterators = hold.release();
  z->strict = strict;
  return Ref::steal(z);
}

// "arguments 1-3" / "argument 1": the ones before argument i (0-based).
static std::string arguments_before(int64_t i) {
  return i == 1 ? "argument 1" : "arguments 1-" + std::to_string(i);
}

[[gnu::noinline]] static Ref zip_exhausted(Zip* z, Tuple* its, int64_t i);

// Zips of zips nest deeply: the frame stays small, the end apart.
static Ref zip_next(Value self) {
  Zip* z = self.as<Zip>();
  Tuple* its = z->iterators.as<Tuple>();
  int64_t n = its->size;
  if (n == 0) return nullptr;
  Tuple* result = tuple_new(n);
  if (result == nullptr) return nullptr;
  Ref hold = Ref::steal(result);
  for (int64_t i = 0; i < n; ++i) result->items[i] = Value::none();
  for (int64_t i = 0; i < n; ++i) {
    Ref item = next(its->items[i]);
    if (!item) return zip_exhausted(z, its, i);
    result->items[i] = item.release();
  }
  return hold;
}

// Iterator i of a zip ended (or failed): the end, or strict mode's complaint.
static Ref zip_exhausted(Zip* z, Tuple* its, int64_t i) {
  int64_t n = its->size;
  {
    if (error_occurred() || !z->strict) return nullptr;
    if (i > 0) {
      return raise(exc::ValueError, "zip() argument " + std::to_string(i + 1) +
                                        " is shorter than " + arguments_before(i));
    }
    for (int64_t j = 1; j < n; ++j) {
      Ref extra = next(its->items[j]);
      if (extra) {
        return raise(exc::ValueError, "zip() argument " + std::to_string(j + 1) +
                                          " is longer than " + arguments_before(j));
      }
      if (error_occurred()) return nullptr;
    }
    return nullptr;
  }
}

static void zip_dealloc(Object* self) {
  release(&static_cast<Zip*>(self)->iterators);
  free_object(self);
}

static void zip_traverse(Object* self, VisitFn visit, void* arg) {
  visit_if_set(static_cast<Zip*>(self)->iterators, visit, arg);
}

static void zip_clear(Object* self) {
  Zip* z = static_cast<Zip*>(self);
  Value old = z->iterators;
  z->iterators = Value::object(empty_tuple());
  decref(old);
}

// map.

struct Map : Object {
  Value func;       // owned
  Value iterators;  // owned tuple
};

static Ref map_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == &map_type && !no_keywords("map", kwnames)) return nullptr;
  if (nargs < 2) return raise(exc::TypeError, "map() must have at least two arguments.");
  Tuple* iterators = tuple_new(static_cast<int64_t>(nargs - 1));
  if (iterators == nullptr) return nullptr;
  Ref hold = Ref::steal(iterators);
  for (size_t i = 1; i < nargs; ++i) iterators->items[i - 1] = Value::none();
  for (size_t i = 1; i < nargs; ++i) {
    Ref it = iter(args[i]);
    if (!it) return nullptr;
    iterators->items[i - 1] = it.release();
  }
  Map* m = alloc_iterator<Map>(type);
  if (m == nullptr) return nullptr;
  incref(args[0]);
  m->func = args[0];
  m->iterators = hold.release();
  return Ref::steal(m);
}

[[gnu::noinline]] static Ref map_next_many(Map* m, Tuple* its);

// The one-iterable case keeps a small frame: maps of maps nest deeply.
static Ref map_next(Value self) {
  Map* m = self.as<Map>();
  Tuple* its = m->iterators.as<Tuple>();
  if (its->size != 1) return map_next_many(m, its);
  Ref item = next(its->items[0]);
  if (!item) return nullptr;
  return call(m->func, {*item});
}

static Ref map_next_many(Map* m, Tuple* its) {
  std::vector<Ref> items;
  std::vector<Value> values;
  items.reserve(static_cast<size_t>(its->size));
  values.reserve(static_cast<size_t>(its->size));
  for (int64_t i = 0; i < its->size; ++i) {
    Ref item = next(its->items[i]);
    if (!item) return nullptr;
    values.push_back(*item);
    items.push_back(std::move(item));
  }
  return call(m->func, values.data(), values.size());
}

static void map_dealloc(Object* self) {
  Map* m = static_cast<Map*>(self);
  release(&m->func);
  release(&m->iterators);
  free_object(self);
}

static void map_traverse(Object* self, VisitFn visit, void* arg) {
  Map* m = static_cast<Map*>(self);
  visit_if_set(m->func, visit, arg);
  visit_if_set(m->iterators, visit, arg);
}

static void map_clear(Object* self) {
  Map* m = static_cast<Map*>(self);
  Value old = m->iterators;
  m->iterators = Value::object(empty_tuple());
  decref(old);
  Value func = m->func;
  m->func = Value::none();
  decref(func);
}

// filter.

struct Filter : Object {
  Value func;      // owned; None keeps the true items
  Value iterator;  // owned
};

static Ref filter_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == &filter_type && !no_keywords("filter", kwnames)) return nullptr;
  if (nargs != 2) {
    return raise(exc::TypeError, "filter expected 2 arguments, got " + std::to_string(nargs));
  }
  Ref it = iter(args[1]);
  if (!it) return nullptr;
  Filter* f = alloc_iterator<Filter>(type);
  if (f == nullptr) return nullptr;
  incref(args[0]);
  f->func = args[0];
  f->iterator = it.release();
  return Ref::steal(f);
}

static Ref filter_next(Value self) {
  Filter* f = self.as<Filter>();
  for (;;) {
    Ref item = next(f->iterator);
    if (!item) return nullptr;
    int keep;
    if (f->func.is_none() || f->func == Value::object(&bool_type)) {
      keep = is_true(*item);
    } else {
      Ref verdict = call(f->func, {*item});
      if (!verdict) return nullptr;
      keep = is_true(*verdict);
    }
    if (keep < 0) return nullptr;
    if (keep) return item;
  }
}

static void filter_dealloc(Object* self) {
  Filter* f = static_cast<Filter*>(self);
  release(&f->func);
  release(&f->iterator);
  free_object(self);
}

static void filter_traverse(Object* self, VisitFn visit, void* arg) {
  Filter* f = static_cast<Filter*>(self);
  visit_if_set(f->func, visit, arg);
  visit_if_set(f->iterator, visit, arg);
}

static void filter_clear(Object* self) {
  Filter* f = static_cast<Filter*>(self);
  Value func = f->func;
  f->func = Value::none();
  decref(func);
  release(&f->iterator);
}

// reversed and the sequence iterator: both walk a sequence by index through
// __getitem__, stopping at IndexError or StopIteration.

struct IndexWalker : Object {
  Value seq;      // owned; null once exhausted
  int64_t index;  // the next index (reversed: counts down)
};

static Ref index_walker_new(Type* type, Value seq, int64_t index) {
  IndexWalker* w = alloc_iterator<IndexWalker>(type);
  if (w == nullptr) return nullptr;
  incref(seq);
  w->seq = seq;
  w->index = index;
  return Ref::steal(w);
}

// seq[index], or null with no exception when the sequence has ended.
static Ref index_walker_item(IndexWalker* w) {
  Ref index = int_from_int64(w->index);
  if (!index) return nullptr;
  Ref item = getitem(w->seq, *index);
  if (item) return item;
  if (error_matches(exc::IndexError) || error_matches(exc::StopIteration)) {
    clear_error();
    release(&w->seq);
  }
  return nullptr;
}

Ref seq_iter_new(Value seq) { return index_walker_new(&seq_iterator_type, seq, 0); }

static Ref seq_iterator_next(Value self) {
  IndexWalker* w = self.as<IndexWalker>();
  if (w->seq.is_null()) return nullptr;
  Ref item = index_walker_item(w);
  if (item) ++w->index;
  return item;
}

static Ref seq_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("iterator.__length_hint__", nargs, kwnames)) return nullptr;
  IndexWalker* w = self.as<IndexWalker>();
  if (w->seq.is_null()) return Ref::small_int(0);
  if (type_of(w->seq)->len == nullptr) return ref_not_implemented();
  int64_t n = length(w->seq);
  if (n < 0) return nullptr;
  return Ref::small_int(n > w->index ? n - w->index : 0);
}

// reversed() accepts what has __getitem__ (then asks len(), whose error
// a missing __len__ gives), but never a dict. Heap types may carry generic
// slot functions, so their MRO is asked instead of the slot.
static bool is_reversible_sequence(Value seq) {
  Type* t = type_of(seq);
  if (is_dict(seq) || t->getitem == nullptr) return false;
  static Str* getitem_name = intern("__getitem__");
  return !type_has_flag(t, kTypeHeap) || !type_lookup(t, getitem_name).is_null();
}

Ref reversed_new(Value seq) {
  static Str* reversed_name = intern("__reversed__");
  Type* t = type_of(seq);
  Value method = type_lookup(t, reversed_name);
  if (method.is_none()) {
    return raise(exc::TypeError, std::string("'") + t->name + "' object is not reversible");
  }
  if (!method.is_null()) return call_method(seq, reversed_name, {});
  if (!is_reversible_sequence(seq)) {
    return raise(exc::TypeError, std::string("'") + t->name + "' object is not reversible");
  }
  int64_t n = length(seq);
  if (n < 0) return nullptr;
  return index_walker_new(&reversed_type, seq, n - 1);
}

static Ref reversed_type_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == &reversed_type && !no_keywords("reversed", kwnames)) return nullptr;
  if (nargs != 1) {
    return raise(exc::TypeError, "reversed expected 1 argument, got " + std::to_string(nargs));
  }
  if (type == &reversed_type) return reversed_new(args[0]);
  if (!is_reversible_sequence(args[0])) {
    return raise(exc::TypeError,
                 std::string("'") + type_name_of(args[0]) + "' object is not reversible");
  }
  int64_t n = length(args[0]);
  if (n < 0) return nullptr;
  return index_walker_new(type, args[0], n - 1);
}

static Ref reversed_next(Value self) {
  IndexWalker* w = self.as<IndexWalker>();
  if (w->seq.is_null()) return nullptr;
  if (w->index < 0) {
    release(&w->seq);
    return nullptr;
  }
  Ref item = index_walker_item(w);
  if (item) --w->index;
  return item;
}

static Ref reversed_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("reversed.__length_hint__", nargs, kwnames)) return nullptr;
  IndexWalker* w = self.as<IndexWalker>();
  if (w->seq.is_null()) return Ref::small_int(0);
  int64_t n = length(w->seq);
  if (n < 0) return nullptr;
  return Ref::small_int(w->index < n ? w->index + 1 : 0);
}

static void index_walker_dealloc(Object* self) {
  release(&static_cast<IndexWalker*>(self)->seq);
  free_object(self);
}

static void index_walker_traverse(Object* self, VisitFn visit, void* arg) {
  visit_if_set(static_cast<IndexWalker*>(self)->seq, visit, arg);
}

static void index_walker_clear(Object* self) { release(&static_cast<IndexWalker*>(self)->seq); }

// callable_iterator.

struct CallableIterator : Object {
  Value callable;  // owned; null once exhausted
  Value sentinel;  // owned
};

Ref callable_iter_new(Value callable, Value sentinel) {
  CallableIterator* it = alloc_iterator<CallableIterator>(&callable_iterator_type);
  if (it == nullptr) return nullptr;
  incref(callable);
  incref(sentinel);
  it->callable = callable;
  it->sentinel = sentinel;
  return Ref::steal(it);
}

static Ref callable_iterator_next(Value self) {
  CallableIterator* it = self.as<CallableIterator>();
  if (it->callable.is_null()) return nullptr;
  Ref result = call(it->callable, nullptr, 0);
  if (!result) {
    if (error_matches(exc::StopIteration)) {
      clear_error();
      release(&it->callable);
      release(&it->sentinel);
    }
    return nullptr;
  }
  int done = equal(*result, it->sentinel);
  if (done < 0) return nullptr;
  if (done) {
    release(&it->callable);
    release(&it->sentinel);
    return nullptr;
  }
  return result;
}

static void callable_iterator_dealloc(Object* self) {
  CallableIterator* it = static_cast<CallableIterator*>(self);
  release(&it->callable);
  release(&it->sentinel);
  free_object(self);
}

static void callable_iterator_traverse(Object* self, VisitFn visit, void* arg) {
  CallableIterator* it = static_cast<CallableIterator*>(self);
  visit_if_set(it->callable, visit, arg);
  visit_if_set(it->sentinel, visit, arg);
}

static void callable_iterator_clear(Object* self) {
  CallableIterator* it = static_cast<CallableIterator*>(self);
  release(&it->callable);
  release(&it->sentinel);
}

// Type objects.

static const MethodDef seq_iterator_methods[] = {
    {"__length_hint__", seq_iterator_length_hint, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

struct IteratorTypeSpec {
  Type* type;
  const char* name;
  int64_t size;
  bool subclassable;
  NewFn new_fn;
  NextFn next_fn;
  DeallocFn dealloc;
  TraverseFn traverse;
  ClearFn clear;
  const MethodDef* methods;
  const char* doc;
};

int init_iterator_types() {
  const IteratorTypeSpec specs[] = {
      {&enumerate_type, "enumerate", sizeof(Enumerate), true, enumerate_new, enumerate_next,
       enumerate_dealloc, enumerate_traverse, enumerate_clear, nullptr,
       "enumerate(iterable, start=0)\n--\n\nReturn an enumerate object."},
      {&zip_type, "zip", sizeof(Zip), true, zip_new, zip_next, zip_dealloc, zip_traverse,
       zip_clear, nullptr, "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted."},
      {&map_type, "map", sizeof(Map), true, map_new, map_next, map_dealloc, map_traverse,
       map_clear, nullptr, "map(func, *iterables) --> map object"},
      {&filter_type, "filter", sizeof(Filter), true, filter_new, filter_next, filter_dealloc,
       filter_traverse, filter_clear, nullptr, "filter(function or None, iterable) --> filter object"},
      {&reversed_type, "reversed", sizeof(IndexWalker), true, reversed_type_new, reversed_next,
       index_walker_dealloc, index_walker_traverse, index_walker_clear, reversed_methods,
       "reversed(sequence, /)\n--\n\nReturn a reverse iterator over the values of the given sequence."},
      {&seq_iterator_type, "iterator", sizeof(IndexWalker), false, nullptr, seq_iterator_next,
       index_walker_dealloc, index_walker_traverse, index_walker_clear, seq_iterator_methods,
       nullptr},
      {&callable_iterator_type, "callable_iterator", sizeof(CallableIterator), false, nullptr,
       callable_iterator_next, callable_iterator_dealloc, callable_iterator_traverse,
       callable_iterator_clear, nullptr, nullptr},
  };
  for (const IteratorTypeSpec& spec : specs) {
    Type& t = *spec.type;
    t.refcnt = kImmortalRefcnt;
    t.type = &type_type;
    t.name = spec.name;
    t.basic_size = spec.size;
    t.flags = kTypeGC | (spec.subclassable ? uint64_t{kTypeBaseType} : uint64_t{0});
    t.new_ = spec.new_fn;
    t.iter = iter_self;
    t.next = spec.next_fn;
    t.dealloc = spec.dealloc;
    t.traverse = spec.traverse;
    t.clear = spec.clear;
    t.methods = spec.methods;
    t.doc = spec.doc;
    if (type_ready(&t) < 0) return -1;
  }
  return 0;
}

}  // namespace taipan
