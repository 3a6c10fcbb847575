// itertools: lazy iterator building blocks, in C++.
//
// Every itertools object shares one layout (Itertool): a few integers of
// state, an optional index array (the combinatoric iterators) and an array
// of owned values whose meaning each type documents next to its `next`
// function. One dealloc, traverse and clear serve every type.
#include <cstring>
#include <string>
#include <vector>

#include "modules/modules.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

struct Itertool : Object {
  int64_t nvalues;
  int64_t a, b, c;                // integer state, per type
  std::vector<int64_t>* indices;  // combinatoric state, or null
  Value values[];                 // owned, may be null
};

Itertool* as_tool(Value v) { return v.as<Itertool>(); }

void itertool_traverse(Object* self, VisitFn visit, void* arg) {
  auto* t = static_cast<Itertool*>(self);
  for (int64_t i = 0; i < t->nvalues; i++) {
    if (!t->values[i].is_null()) visit(t->values[i], arg);
  }
}

void itertool_clear(Object* self) {
  auto* t = static_cast<Itertool*>(self);
  for (int64_t i = 0; i < t->nvalues; i++) {
    Value v = t->values[i];
    t->values[i] = Value();
    decref(v);
  }
}

void itertool_dealloc(Object* self) {
  gc_untrack(self);
  itertool_clear(self);
  delete static_cast<Itertool*>(self)->indices;
  free_object(self);
}

// A new object of `type` with `n` value slots, all null.
Itertool* itertool_new(Type* type, int64_t n) {
  auto* t = static_cast<Itertool*>(alloc_object(type, sizeof(Itertool) + static_cast<size_t>(n) * sizeof(Value)));
  if (t) t->nvalues = n;
  return t;
}

// Stores an owned reference in slot i (replacing what was there).
void set_slot(Itertool* t, int64_t i, Ref v) {
  Value old = t->values[i];
  t->values[i] = v.release();
  decref(old);
}

Ref iter_self(Value self) { return Ref::borrow(self); }

// Signals the end of iteration: null with no exception set.
Ref exhausted() { return nullptr; }

// The type's name after its last dot, as reprs show it ("count", or a subclass's name).
std::string short_type_name(Value v) {
  const char* name = type_of(v)->name;
  const char* dot = std::strrchr(name, '.');
  return dot ? dot + 1 : name;
}

std::string repr_of(Value v) {
  Ref r = repr(v);
  return r ? std::string(str_utf8(r.as<Str>())) : std::string();
}

// ---- count(start=0, step=1): values [current, step] ------------------------

Type count_type;

Ref count_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"start", "step"};
  static const ArgSpec kSpec{"count", kNames, 2, 0, 0};
  Value a[2];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  Value start = a[0].is_null() ? Value::small_int(0) : a[0];
  Value step = a[1].is_null() ? Value::small_int(1) : a[1];
  for (Value v : {start, step}) {
    Type* vt = type_of(v);
    if (!vt->number.index && !vt->number.int_ && !vt->number.float_ && !type_is_subtype(vt, &complex_type)) {
      return raise(exc::TypeError, "a number is required");
    }
  }
  // Counting by one from an int subclass (True) yields plain ints, as
  // CPython's machine-integer fast path does.
  Ref plain_start;
  int64_t start_value;
  if (is_int(start) && !is_exact_int(start) && step.is_small_int() && step.as_small_int() == 1 &&
      int_to_int64(start, &start_value)) {
    plain_start = int_from_int64(start_value);
    start = *plain_start;
  }
  Itertool* t = itertool_new(type, 2);
  if (!t) return nullptr;
  Ref self = Ref::steal(t);
  set_slot(t, 0, Ref::borrow(start));
  set_slot(t, 1, Ref::borrow(step));
  return self;
}

Ref count_next(Value self) {
  Itertool* t = as_tool(self);
  Value current = t->values[0], step = t->values[1];
  if (current.is_small_int() && step.is_small_int()) {
    int64_t next = current.as_small_int() + step.as_small_int();
    if (Value::fits_small_int(next)) {
      t->values[0] = Value::small_int(next);
      return Ref::small_int(current.as_small_int());
    }
  }
  Ref next = binary_op(current, step, BinaryOp::Add);
  if (!next) return nullptr;
  Ref result = Ref::borrow(current);
  set_slot(t, 0, std::move(next));
  return result;
}

Ref count_repr(Value self) {
  Itertool* t = as_tool(self);
  Value step = t->values[1];
  std::string text = short_type_name(self) + "(" + repr_of(t->values[0]);
  bool unit_step = step.is_small_int() && step.as_small_int() == 1;
  if (!unit_step) text += ", " + repr_of(step);
  return str_from_utf8(text + ")");
}

// ---- cycle(iterable): values [iterator, saved list]; a: replay index, b: replaying

Type cycle_type;

Ref cycle_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("cycle", kwnames) || !check_arg_count("cycle", nargs, 1, 1)) return nullptr;
  Ref it = iter(args[0]);
  if (!it) return nullptr;
  List* saved = list_new(0);
  if (!saved) return nullptr;
  Itertool* t = itertool_new(type, 2);
  if (!t) {
    decref(Value::object(saved));
    return nullptr;
  }
  Ref self = Ref::steal(t);
  set_slot(t, 0, std::move(it));
  set_slot(t, 1, Ref::steal(saved));
  return self;
}

Ref cycle_next(Value self) {
  Itertool* t = as_tool(self);
  List* saved = t->values[1].as<List>();
  if (!t->b) {
    Ref item = next(t->values[0]);
    if (item) {
      if (list_append(saved, *item) < 0) return nullptr;
      return item;
    }
    if (error_occurred()) return nullptr;
    t->b = 1;
  }
  if (saved->size == 0) return exhausted();
  Value item = saved->items[t->a];
  t->a = (t->a + 1) % saved->size;
  return Ref::borrow(item);
}

// ---- repeat(object, times=None): values [object]; a: remaining, -1 forever --

Type repeat_type;

Ref repeat_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"object", "times"};
  static const ArgSpec kSpec{"repeat", kNames, 2, 0, 1};
  Value a[2];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  int64_t times = -1;
  if (!a[1].is_null()) {
    times = as_int64(a[1]);
    if (times == -1 && error_occurred()) return nullptr;
    if (times < 0) times = 0;
  }
  Itertool* t = itertool_new(type, 1);
  if (!t) return nullptr;
  Ref self = Ref::steal(t);
  set_slot(t, 0, Ref::borrow(a[0]));
  t->a = times;
  return self;
}

Ref repeat_next(Value self) {
  Itertool* t = as_tool(self);
  if (t->a == 0) return exhausted();
  if (t->a > 0) t->a--;
  return Ref::borrow(t->values[0]);
}

Ref repeat_repr(Value self) {
  Itertool* t = as_tool(self);
  std::string text = short_type_name(self) + "(" + repr_of(t->values[0]);
  if (t->a >= 0) text += ", " + std::to_string(t->a);
  return str_from_utf8(text + ")");
}

Ref repeat_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__length_hint__", kwnames) || !check_arg_count("__length_hint__", nargs, 0, 0)) {
    return nullptr;
  }
  Itertool* t = as_tool(self);
  if (t->a < 0) return raise(exc::TypeError, "len() of unsized object");
  return int_from_int64(t->a);
}

const MethodDef kRepeatMethods[] = {
    {"__length_hint__", repeat_length_hint, kMethodInstance, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- accumulate(iterable, func=None, *, initial=None) ----------------------
// values [iterator, func, total, initial]; initial is emitted first, once.

Type accumulate_type;

Ref accumulate_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"iterable", "func", "initial"};
  static const ArgSpec kSpec{"accumulate", kNames, 3, 0, 1, 2};
  Value a[3];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  Ref it = iter(a[0]);
  if (!it) return nullptr;
  Itertool* t = itertool_new(type, 4);
  if (!t) return nullptr;
  Ref self = Ref::steal(t);
  set_slot(t, 0, std::move(it));
  if (!a[1].is_null() && !a[1].is_none()) set_slot(t, 1, Ref::borrow(a[1]));
  if (!a[2].is_null() && !a[2].is_none()) set_slot(t, 3, Ref::borrow(a[2]));
  return self;
}

Ref accumulate_next(Value self) {
  Itertool* t = as_tool(self);
  if (!t->values[3].is_null()) {
    Ref initial = Ref::steal(t->values[3]);
    t->values[3] = Value();
    set_slot(t, 2, initial);
    return initial;
  }
  Ref item = next(t->values[0]);
  if (!item) return nullptr;
  if (t->values[2].is_null()) {
    set_slot(t, 2, item);
    return item;
  }
  Ref total = t->values[1].is_null() ? binary_op(t->values[2], *item, BinaryOp::Add)
                                     : call(t->values[1], {t->values[2], *item});
  if (!total) return nullptr;
  set_slot(t, 2, total);
  return total;
}

// ---- chain(*iterables) and chain.from_iterable(iterable) -------------------
// values [iterator over the iterables, the active iterator]

Type chain_type;

Ref chain_from(Type* type, Ref source) {
  Itertool* t = itertool_new(type, 2);
  if (!t) return nullptr;
  Ref self = Ref::steal(t);
  set_slot(t, 0, std::move(source));
  return self;
}

Ref chain_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == &chain_type && !no_keywords("chain", kwnames)) return nullptr;
  Ref items = tuple_from_array(args, static_cast<int64_t>(nargs));
  if (!items) return nullptr;
  Ref source = iter(*items);
  if (!source) return nullptr;
  return chain_from(type, std::move(source));
}

Ref chain_from_iterable(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("chain.from_iterable", nargs, kwnames)) return nullptr;
  Ref source = iter(args[0]);
  if (!source) return nullptr;
  return chain_from(cls.as<Type>(), std::move(source));
}

Ref chain_next(Value self) {
  Itertool* t = as_tool(self);
  while (!t->values[0].is_null() || !t->values[1].is_null()) {
    if (!t->values[1].is_null()) {
      Ref item = next(t->values[1]);
      if (item || error_occurred()) return item;
      set_slot(t, 1, nullptr);
    }
    if (t->values[0].is_null()) break;
    // A source that fails, or yields something not iterable, ends the chain.
    Ref iterable = next(t->values[0]);
    Ref active = iterable ? iter(*iterable) : nullptr;
    if (!active) {
      set_slot(t, 0, nullptr);
      return nullptr;
    }
    set_slot(t, 1, std::move(active));
  }
  return exhausted();
}

const MethodDef kChainMethods[] = {
    {"from_iterable", chain_from_iterable, kMethodClass,
     "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- two-argument filters: compress, dropwhile, takewhile, filterfalse, starmap
// values [first argument, iterator over the second]; a: the type's flag.
// `names` is null for the positional-only ones (all but compress, whose first
// argument is an iterable too).

Ref pair_new(Type* type, const char* name, const Value* args, size_t nargs, Tuple* kwnames,
             const char* const* names) {
  Value a[2];
  if (names) {
    const ArgSpec spec{name, names, 2, 0, 2};
    if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  } else {
    if (!no_keywords(name, kwnames) || !check_arg_count(name, nargs, 2, 2)) return nullptr;
    a[0] = args[0];
    a[1] = args[1];
  }
  Ref first = names ? iter(a[0]) : Ref::borrow(a[0]);
  if (!first) return nullptr;
  Ref second = iter(a[1]);
  if (!second) return nullptr;
  Itertool* t = itertool_new(type, 2);
  if (!t) return nullptr;
  Ref self = Ref::steal(t);
  set_slot(t, 0, std::move(first));
  set_slot(t, 1, std::move(second));
  return self;
}

// Calls predicate(item) and returns its truth: 0, 1, or -1 on error.
int predicate_truth(Value predicate, Value item) {
  Ref result = call(predicate, {item});
  return result ? is_true(*result) : -1;
}

Type compress_type;
const char* const kCompressNames[] = {"data", "selectors"};

Ref compress_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return pair_new(type, "compress", args, nargs, kwnames, kCompressNames);
}

Ref compress_next(Value self) {
  Itertool* t = as_tool(self);
  for (;;) {
    Ref item = next(t->values[0]);
    if (!item) return nullptr;
    Ref selector = next(t->values[1]);
    if (!selector) return nullptr;
    int truth = is_true(*selector);
    if (truth < 0) return nullptr;
    if (truth) return item;
  }
}

Type dropwhile_type;
Type takewhile_type;
Type filterfalse_type;
Type starmap_type;

Ref dropwhile_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return pair_new(type, "dropwhile", args, nargs, kwnames, nullptr);
}
Ref takewhile_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return pair_new(type, "takewhile", args, nargs, kwnames, nullptr);
}
Ref filterfalse_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return pair_new(type, "filterfalse", args, nargs, kwnames, nullptr);
}
Ref starmap_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return pair_new(type, "starmap", args, nargs, kwnames, nullptr);
}

// a: set once the predicate has failed (dropping is over).
Ref dropwhile_next(Value self) {
  Itertool* t = as_tool(self);
  for (;;) {
    Ref item = next(t->values[1]);
    if (!item || t->a) return item;
    int truth = predicate_truth(t->values[0], *item);
    if (truth < 0) return nullptr;
    if (!truth) {
      t->a = 1;
      return item;
    }
  }
}

// a: set once the predicate has failed (iteration is over).
Ref takewhile_next(Value self) {
  Itertool* t = as_tool(self);
  if (t->a) return exhausted();
  Ref item = next(t->values[1]);
  if (!item) return nullptr;
  int truth = predicate_truth(t->values[0], *item);
  if (truth < 0) return nullptr;
  if (truth) return item;
  t->a = 1;
  return exhausted();
}

Ref filterfalse_next(Value self) {
  Itertool* t = as_tool(self);
  for (;;) {
    Ref item = next(t->values[1]);
    if (!item) return nullptr;
    // filterfalse(None, ...) tests the items themselves.
    int truth = t->values[0].is_none() ? is_true(*item) : predicate_truth(t->values[0], *item);
    if (truth < 0) return nullptr;
    if (!truth) return item;
  }
}

Ref starmap_next(Value self) {
  Itertool* t = as_tool(self);
  Ref item = next(t->values[1]);
  if (!item) return nullptr;
  Ref args = is_tuple(*item) ? item : call(Value::object(&tuple_type), {*item});
  if (!args) return nullptr;
  Tuple* tuple = args.as<Tuple>();
  return call(t->values[0], tuple->items, static_cast<size_t>(tuple->size));
}

// ---- groupby(iterable, key=None) and its _grouper ---------------------------
// groupby values [iterator, keyfunc, target key, current key, current value, current grouper]
// _grouper values [parent groupby, target key]

Type groupby_type;
Type grouper_type;

enum GroupbySlot { kGbIt, kGbKeyFunc, kGbTarget, kGbCurKey, kGbCurValue, kGbGrouper };

Ref groupby_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"iterable", "key"};
  static const ArgSpec kSpec{"groupby", kNames, 2, 0, 1};
  Value a[2];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  Ref it = iter(a[0]);
  if (!it) return nullptr;
  Itertool* t = itertool_new(type, 6);
  if (!t) return nullptr;
  Ref self = Ref::steal(t);
  set_slot(t, kGbIt, std::move(it));
  if (!a[1].is_null() && !a[1].is_none()) set_slot(t, kGbKeyFunc, Ref::borrow(a[1]));
  return self;
}

// Advances the groupby to its next item: 1, 0 when exhausted, -1 on error.
int groupby_step(Itertool* g) {
  Ref value = next(g->values[kGbIt]);
  if (!value) return error_occurred() ? -1 : 0;
  Ref key = g->values[kGbKeyFunc].is_null() ? value : call(g->values[kGbKeyFunc], {*value});
  if (!key) return -1;
  set_slot(g, kGbCurValue, std::move(value));
  set_slot(g, kGbCurKey, std::move(key));
  return 1;
}

Ref groupby_next(Value self) {
  Itertool* g = as_tool(self);
  set_slot(g, kGbGrouper, nullptr);
  // Skip to the next key.
  for (;;) {
    if (g->values[kGbCurKey].is_null()) {
      int r = groupby_step(g);
      if (r <= 0) return nullptr;
    } else if (g->values[kGbTarget].is_null()) {
      break;
    } else {
      int same = rich_compare_bool(g->values[kGbTarget], g->values[kGbCurKey], CompareOp::Eq);
      if (same < 0) return nullptr;
      if (!same) break;
      int r = groupby_step(g);
      if (r <= 0) return nullptr;
    }
  }
  set_slot(g, kGbTarget, Ref::borrow(g->values[kGbCurKey]));
  Itertool* grouper = itertool_new(&grouper_type, 2);
  if (!grouper) return nullptr;
  Ref grouper_ref = Ref::steal(grouper);
  set_slot(grouper, 0, Ref::borrow(self));
  set_slot(grouper, 1, Ref::borrow(g->values[kGbTarget]));
  set_slot(g, kGbGrouper, grouper_ref);
  return tuple_pack({g->values[kGbCurKey], *grouper_ref});
}

Ref grouper_next(Value self) {
  Itertool* grouper = as_tool(self);
  Itertool* g = as_tool(grouper->values[0]);
  if (g->values[kGbGrouper] != self) return exhausted();
  if (g->values[kGbCurValue].is_null()) {
    int r = groupby_step(g);
    if (r <= 0) return nullptr;
  }
  int same = rich_compare_bool(grouper->values[1], g->values[kGbCurKey], CompareOp::Eq);
  if (same <= 0) return nullptr;
  Ref value = Ref::steal(g->values[kGbCurValue]);
  g->values[kGbCurValue] = Value();
  set_slot(g, kGbCurKey, nullptr);
  return value;
}

// ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) ---------
// values [iterator]; a: next index to yield, b: stop (-1: none), c: step; and
// the count of items consumed lives in indices[0].

Type islice_type;

// An islice argument through __index__; None leaves *out unchanged. A value
// that is not an index, or does not fit, reads as -1 (which the checks reject).
void islice_index(Value v, int64_t* out) {
  if (v.is_none()) return;
  *out = as_int64(v);
  if (*out == -1 && error_occurred()) clear_error();
}

Ref islice_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("islice", kwnames) || !check_arg_count("islice", nargs, 2, 4)) return nullptr;
  int64_t start = 0, stop = -1, step = 1;
  const char* kStopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  const char* kIndexMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  if (nargs > 2) islice_index(args[1], &start);
  Value stop_arg = args[nargs == 2 ? 1 : 2];
  if (!stop_arg.is_none()) {
    islice_index(stop_arg, &stop);
    if (stop == -1) return raise(exc::ValueError, kStopMessage);
  }
  if (start < 0 || stop < -1) return raise(exc::ValueError, kIndexMessage);
  if (nargs == 4) islice_index(args[3], &step);
  if (step < 1) return raise(exc::ValueError, "Step for islice() must be a positive integer or None.");
  Ref it = iter(args[0]);
  if (!it) return nullptr;
  Itertool* t = itertool_new(type, 1);
  if (!t) return nullptr;
  Ref self = Ref::steal(t);
  set_slot(t, 0, std::move(it));
  t->a = start;
  t->b = stop;
  t->c = step;
  t->indices = new std::vector<int64_t>{0};
  return self;
}

Ref islice_next(Value self) {
  Itertool* t = as_tool(self);
  if (t->values[0].is_null()) return exhausted();
  int64_t& consumed = (*t->indices)[0];
  while (consumed < t->a) {
    if (t->b >= 0 && consumed >= t->b) break;
    Ref skipped = next(t->values[0]);
    if (!skipped) {
      set_slot(t, 0, nullptr);  // an error ends the islice too
      return nullptr;
    }
    consumed++;
  }
  if (t->b >= 0 && consumed >= t->b) {
    set_slot(t, 0, nullptr);
    return exhausted();
  }
  Ref item = next(t->values[0]);
  if (!item) {
    set_slot(t, 0, nullptr);
    return nullptr;
  }
  consumed++;
  t->a += t->c;
  if (t->b >= 0 && t->a > t->b) t->a = t->b;
  return item;
}

// ---- pairwise(iterable): values [iterator, previous item] --------------------

Type pairwise_type;

Ref pairwise_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("pairwise", kwnames) || !check_arg_count("pairwise", nargs, 1, 1)) return nullptr;
  Ref it = iter(args[0]);
  if (!it) return nullptr;
  Itertool* t = itertool_new(type, 2);
  if (!t) return nullptr;
  Ref self = Ref::steal(t);
  set_slot(t, 0, std::move(it));
  return self;
}

Ref pairwise_next(Value self) {
  Itertool* t = as_tool(self);
  if (t->values[0].is_null()) return exhausted();
  if (t->values[1].is_null()) {
    Ref first = next(t->values[0]);
    if (!first) {
      set_slot(t, 0, nullptr);  // exhaustion and errors both end it
      return nullptr;
    }
    set_slot(t, 1, std::move(first));
  }
  Ref second = next(t->values[0]);
  if (!second) {
    set_slot(t, 0, nullptr);
    set_slot(t, 1, nullptr);
    return nullptr;
  }
  Ref pair = tuple_pack({t->values[1], *second});
  if (!pair) return nullptr;
  set_slot(t, 1, std::move(second));
  return pair;
}

// ---- tee(iterable, n=2) -------------------------------------------------------
// A _tee_dataobject holds up to kTeeChunk items read from the source and links
// to the next chunk, so tees share what they read and chunks are freed once
// every tee has moved past them.
// _tee_dataobject values [source iterator, next chunk, item 0 .. item kTeeChunk-1]; a: items held
// _tee values [current chunk]; a: index within it

constexpr int64_t kTeeChunk = 57;
Type tee_data_type;
Type tee_type;

Itertool* tee_data_new(Value source) {
  Itertool* d = itertool_new(&tee_data_type, 2 + kTeeChunk);
  if (d) set_slot(d, 0, Ref::borrow(source));
  return d;
}

Ref tee_from_data(Value data, int64_t index) {
  Itertool* t = itertool_new(&tee_type, 1);
  if (!t) return nullptr;
  Ref self = Ref::steal(t);
  set_slot(t, 0, Ref::borrow(data));
  t->a = index;
  return self;
}

Ref tee_from_iterable(Value iterable) {
  Ref it = iter(iterable);
  if (!it) return nullptr;
  if (type_of(*it) == &tee_type) {
    Itertool* other = as_tool(*it);
    return tee_from_data(other->values[0], other->a);
  }
  Itertool* data = tee_data_new(*it);
  if (!data) return nullptr;
  Ref data_ref = Ref::steal(data);
  return tee_from_data(*data_ref, 0);
}

Ref tee_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_tee", kwnames) || !check_arg_count("_tee", nargs, 1, 1)) return nullptr;
  return tee_from_iterable(args[0]);
}

Ref tee_next(Value self) {
  Itertool* t = as_tool(self);
  Itertool* data = as_tool(t->values[0]);
  if (t->a == kTeeChunk) {
    if (data->values[1].is_null()) {
      Itertool* fresh = tee_data_new(data->values[0]);
      if (!fresh) return nullptr;
      set_slot(data, 1, Ref::steal(fresh));
    }
    set_slot(t, 0, Ref::borrow(data->values[1]));
    data = as_tool(t->values[0]);
    t->a = 0;
  }
  if (t->a < data->a) return Ref::borrow(data->values[2 + t->a++]);
  if (data->values[0].is_null()) return exhausted();
  Ref item = next(data->values[0]);
  if (!item) return nullptr;
  set_slot(data, 2 + data->a, item);
  data->a++;
  t->a++;
  return item;
}

Ref tee_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__copy__", kwnames) || !check_arg_count("__copy__", nargs, 0, 0)) return nullptr;
  Itertool* t = as_tool(self);
  return tee_from_data(t->values[0], t->a);
}

const MethodDef kTeeMethods[] = {
    {"__copy__", tee_copy, kMethodInstance, "Returns an independent iterator."},
    {nullptr, nullptr, 0, nullptr},
};

Ref itertools_tee(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("itertools.tee", kwnames) || !check_arg_count("tee", nargs, 1, 2)) return nullptr;
  int64_t n = 2;
  if (nargs == 2) {
    if (!index_arg(args[1], &n)) return nullptr;
    if (n < 0) return raise(exc::ValueError, "n must be >= 0");
  }
  Tuple* result = tuple_new(n);
  if (!result) return nullptr;
  Ref result_ref = Ref::steal(result);
  if (n == 0) return result_ref;
  Ref first = iter(args[0]);
  if (!first) return nullptr;
  Ref copier = getattr_optional(*first, intern("__copy__"));
  if (!copier && error_occurred()) return nullptr;
  if (!copier) {
    first = tee_from_iterable(*first);
    if (!first) return nullptr;
    copier = getattr(*first, "__copy__");
    if (!copier) return nullptr;
  }
  result->items[0] = first.release();
  for (int64_t i = 1; i < n; i++) {
    Ref copy = call(*copier, {});
    if (!copy) {
      for (int64_t j = i; j < n; j++) result->items[j] = Value::none();
      return nullptr;
    }
    result->items[i] = copy.release();
  }
  return result_ref;
}

// ---- zip_longest(*iterables, fillvalue=None) ----------------------------------
// values [fillvalue, iterator 0 .. iterator n-1]; a: iterators still active

Type zip_longest_type;

Ref zip_longest_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value fill = Value::none();
  if (kwnames) {
    for (int64_t i = 0; i < kwnames->size; i++) {
      std::string_view name = str_utf8(kwnames->items[i].as<Str>());
      if (name != "fillvalue") {
        return raise(exc::TypeError, "zip_longest() got an unexpected keyword argument");
      }
      fill = args[nargs + static_cast<size_t>(i)];
    }
  }
  Itertool* t = itertool_new(type, 1 + static_cast<int64_t>(nargs));
  if (!t) return nullptr;
  Ref self = Ref::steal(t);
  set_slot(t, 0, Ref::borrow(fill));
  for (size_t i = 0; i < nargs; i++) {
    Ref it = iter(args[i]);
    if (!it) return nullptr;
    set_slot(t, 1 + static_cast<int64_t>(i), std::move(it));
  }
  t->a = static_cast<int64_t>(nargs);
  return self;
}

Ref zip_longest_next(Value self) {
  Itertool* t = as_tool(self);
  int64_t n = t->nvalues - 1;
  if (n == 0 || t->a == 0) return exhausted();
  Tuple* result = tuple_new(n);
  if (!result) return nullptr;
  Ref result_ref = Ref::steal(result);
  for (int64_t i = 0; i < n; i++) result->items[i] = Value::none();
  for (int64_t i = 0; i < n; i++) {
    Value it = t->values[1 + i];
    Ref item;
    if (!it.is_null()) {
      item = next(it);
      if (!item) {
        if (error_occurred()) {
          t->a = 0;  // an error ends it
          return nullptr;
        }
        set_slot(t, 1 + i, nullptr);
        if (--t->a == 0) return exhausted();
      }
    }
    if (!item) item = Ref::borrow(t->values[0]);
    result->items[i] = item.release();
  }
  return result_ref;
}

// ---- the combinatoric iterators ------------------------------------------------
// values [pool tuple, last result tuple]; indices: the index state; a: r;
// b: set when exhausted; c: the type-specific extra (product's pool count).

// A tuple of the items of iterable (borrowed back as a new reference).
Ref pool_of(Value iterable) { return call(Value::object(&tuple_type), {iterable}); }

// Builds a result tuple of pool items at the given positions.
Ref tuple_from_indices(Tuple* pool, const int64_t* idx, int64_t r) {
  Tuple* out = tuple_new(r);
  if (!out) return nullptr;
  for (int64_t i = 0; i < r; i++) {
    out->items[i] = pool->items[idx[i]];
    incref(out->items[i]);
  }
  return Ref::steal(out);
}

Itertool* combinatoric_new(Type* type, Ref pool, int64_t r, std::vector<int64_t> indices) {
  Itertool* t = itertool_new(type, 2);
  if (!t) return nullptr;
  set_slot(t, 0, std::move(pool));
  t->a = r;
  t->indices = new std::vector<int64_t>(std::move(indices));
  return t;
}

// Index arrays beyond this many entries cannot be allocated: MemoryError, as
// CPython's allocation failure gives, instead of trying.
constexpr int64_t kMaxIndices = int64_t{1} << 36;

bool r_arg(Value v, int64_t* r) {
  if (!index_arg(v, r)) return false;
  if (*r < 0) {
    raise(exc::ValueError, "r must be non-negative");
    return false;
  }
  if (*r > kMaxIndices) {
    raise_empty(exc::MemoryError);
    return false;
  }
  return true;
}

// product(*iterables, repeat=1): pool is a tuple of the per-position pools;
// indices[i] is the position within pool i.
Type product_type;

Ref product_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t repeat = 1;
  if (kwnames && kwnames->size > 1) {
    return raise(exc::TypeError, "product() takes at most 1 keyword argument (" + std::to_string(kwnames->size) +
                                     " given)");
  }
  if (kwnames) {
    for (int64_t i = 0; i < kwnames->size; i++) {
      std::string_view name = str_utf8(kwnames->items[i].as<Str>());
      if (name != "repeat") {
        return raise(exc::TypeError, "'" + std::string(name) + "' is an invalid keyword argument for product()");
      }
      repeat = as_int64(args[nargs + static_cast<size_t>(i)]);
      if (repeat == -1 && error_occurred()) return nullptr;
      if (repeat < 0) return raise(exc::ValueError, "repeat argument cannot be negative");
    }
  }
  if (repeat > 0 && static_cast<int64_t>(nargs) > INT64_MAX / repeat) {
    return raise(exc::OverflowError, "repeat argument too large");
  }
  int64_t npools = static_cast<int64_t>(nargs) * repeat;
  if (npools > kMaxIndices) return raise_empty(exc::MemoryError);
  Tuple* pools = tuple_new(npools);
  if (!pools) return nullptr;
  Ref pools_ref = Ref::steal(pools);
  for (int64_t i = 0; i < npools; i++) pools->items[i] = Value::none();
  for (size_t i = 0; i < nargs; i++) {
    Ref pool = pool_of(args[i]);
    if (!pool) return nullptr;
    for (int64_t k = 0; k < repeat; k++) {
      int64_t slot = k * static_cast<int64_t>(nargs) + static_cast<int64_t>(i);
      pools->items[slot] = *pool;
      incref(*pool);
    }
  }
  Itertool* t = combinatoric_new(type, std::move(pools_ref), npools, std::vector<int64_t>(npools, 0));
  return t ? Ref::steal(t) : nullptr;
}

Ref product_next(Value self) {
  Itertool* t = as_tool(self);
  if (t->b) return exhausted();
  Tuple* pools = t->values[0].as<Tuple>();
  std::vector<int64_t>& idx = *t->indices;
  int64_t n = t->a;
  if (t->values[1].is_null()) {
    for (int64_t i = 0; i < n; i++) {
      if (pools->items[i].as<Tuple>()->size == 0) {
        t->b = 1;
        return exhausted();
      }
    }
  } else {
    int64_t i = n - 1;
    for (; i >= 0; i--) {
      if (++idx[i] < pools->items[i].as<Tuple>()->size) break;
      idx[i] = 0;
    }
    if (i < 0) {
      t->b = 1;
      return exhausted();
    }
  }
  Tuple* out = tuple_new(n);
  if (!out) return nullptr;
  Ref result = Ref::steal(out);
  for (int64_t i = 0; i < n; i++) {
    out->items[i] = pools->items[i].as<Tuple>()->items[idx[i]];
    incref(out->items[i]);
  }
  set_slot(t, 1, result);
  return result;
}

// combinations(iterable, r): indices are r increasing pool positions.
Type combinations_type;
// combinations_with_replacement(iterable, r): indices are r non-decreasing positions.
Type cwr_type;
// permutations(iterable, r=None): indices is the pool order, then the r cycle counters.
Type permutations_type;

Ref combinations_common(Type* type, const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"iterable", "r"};
  const ArgSpec spec{name, kNames, 2, 0, 2};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Ref pool = pool_of(a[0]);
  if (!pool) return nullptr;
  int64_t r;
  if (!r_arg(a[1], &r)) return nullptr;
  std::vector<int64_t> idx(static_cast<size_t>(r));
  for (int64_t i = 0; i < r; i++) idx[i] = type == &combinations_type ? i : 0;
  Itertool* t = combinatoric_new(type, std::move(pool), r, std::move(idx));
  return t ? Ref::steal(t) : nullptr;
}

Ref combinations_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return combinations_common(type, "combinations", args, nargs, kwnames);
}

Ref cwr_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return combinations_common(type, "combinations_with_replacement", args, nargs, kwnames);
}

Ref emit(Itertool* t, Tuple* pool, const int64_t* idx, int64_t r) {
  Ref result = tuple_from_indices(pool, idx, r);
  if (result) set_slot(t, 1, result);
  return result;
}

Ref combinations_next(Value self) {
  Itertool* t = as_tool(self);
  if (t->b) return exhausted();
  Tuple* pool = t->values[0].as<Tuple>();
  std::vector<int64_t>& idx = *t->indices;
  int64_t n = pool->size, r = t->a;
  if (t->values[1].is_null()) {
    if (r > n) {
      t->b = 1;
      return exhausted();
    }
    return emit(t, pool, idx.data(), r);
  }
  int64_t i = r - 1;
  while (i >= 0 && idx[i] == i + n - r) i--;
  if (i < 0) {
    t->b = 1;
    return exhausted();
  }
  idx[i]++;
  for (int64_t j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
  return emit(t, pool, idx.data(), r);
}

Ref cwr_next(Value self) {
  Itertool* t = as_tool(self);
  if (t->b) return exhausted();
  Tuple* pool = t->values[0].as<Tuple>();
  std::vector<int64_t>& idx = *t->indices;
  int64_t n = pool->size, r = t->a;
  if (t->values[1].is_null()) {
    if (n == 0 && r > 0) {
      t->b = 1;
      return exhausted();
    }
    return emit(t, pool, idx.data(), r);
  }
  int64_t i = r - 1;
  while (i >= 0 && idx[i] == n - 1) i--;
  if (i < 0) {
    t->b = 1;
    return exhausted();
  }
  int64_t value = idx[i] + 1;
  for (int64_t j = i; j < r; j++) idx[j] = value;
  return emit(t, pool, idx.data(), r);
}

Ref permutations_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"iterable", "r"};
  static const ArgSpec kSpec{"permutations", kNames, 2, 0, 1};
  Value a[2];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  Ref pool = pool_of(a[0]);
  if (!pool) return nullptr;
  int64_t n = pool.as<Tuple>()->size;
  int64_t r = n;
  if (!a[1].is_null() && !a[1].is_none()) {
    if (!is_int(a[1])) return raise(exc::TypeError, "Expected int as r");
    if (!r_arg(a[1], &r)) return nullptr;
  }
  std::vector<int64_t> state(static_cast<size_t>(n + (r <= n ? r : 0)));
  for (int64_t i = 0; i < n; i++) state[i] = i;
  for (int64_t i = 0; r <= n && i < r; i++) state[n + i] = n - i;
  Itertool* t = combinatoric_new(type, std::move(pool), r, std::move(state));
  return t ? Ref::steal(t) : nullptr;
}

Ref permutations_next(Value self) {
  Itertool* t = as_tool(self);
  if (t->b) return exhausted();
  Tuple* pool = t->values[0].as<Tuple>();
  std::vector<int64_t>& state = *t->indices;
  int64_t n = pool->size, r = t->a;
  int64_t* order = state.data();
  if (t->values[1].is_null()) {
    if (r > n) {
      t->b = 1;
      return exhausted();
    }
    return emit(t, pool, order, r);
  }
  int64_t* cycles = order + n;
  for (int64_t i = r - 1; i >= 0; i--) {
    if (--cycles[i] == 0) {
      int64_t first = order[i];
      for (int64_t j = i; j < n - 1; j++) order[j] = order[j + 1];
      order[n - 1] = first;
      cycles[i] = n - i;
    } else {
      int64_t j = cycles[i];
      std::swap(order[i], order[n - j]);
      return emit(t, pool, order, r);
    }
  }
  t->b = 1;
  return exhausted();
}

// ---- registration ----------------------------------------------------------------

struct ItertoolSpec {
  Type* type;
  const char* name;       // "itertools.count": the module attribute is what follows the dot
  NewFn new_;
  NextFn next;
  UnaryFn repr;
  const MethodDef* methods;
  const char* doc;
};

const ItertoolSpec kItertools[] = {
    {&count_type, "itertools.count", count_new, count_next, count_repr, nullptr,
     "Return a count object whose .__next__() method returns consecutive values."},
    {&cycle_type, "itertools.cycle", cycle_new, cycle_next, nullptr, nullptr,
     "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."},
    {&repeat_type, "itertools.repeat", repeat_new, repeat_next, repeat_repr, kRepeatMethods,
     "repeat(object [,times]) -> create an iterator which returns the object for the specified number of times."},
    {&accumulate_type, "itertools.accumulate", accumulate_new, accumulate_next, nullptr, nullptr,
     "Return series of accumulated sums (or other binary function results)."},
    {&chain_type, "itertools.chain", chain_new, chain_next, nullptr, kChainMethods,
     "Return a chain object whose .__next__() method returns elements from the first iterable until it is "
     "exhausted, then elements from the next iterable, until all of the iterables are exhausted."},
    {&compress_type, "itertools.compress", compress_new, compress_next, nullptr, nullptr,
     "Return data elements corresponding to true selector elements."},
    {&dropwhile_type, "itertools.dropwhile", dropwhile_new, dropwhile_next, nullptr, nullptr,
     "Drop items from the iterable while predicate(item) is true."},
    {&takewhile_type, "itertools.takewhile", takewhile_new, takewhile_next, nullptr, nullptr,
     "Return successive entries from an iterable as long as the predicate evaluates to true for each entry."},
    {&filterfalse_type, "itertools.filterfalse", filterfalse_new, filterfalse_next, nullptr, nullptr,
     "Return those items of iterable for which function(item) is false."},
    {&starmap_type, "itertools.starmap", starmap_new, starmap_next, nullptr, nullptr,
     "Return an iterator whose values are returned from the function evaluated with an argument tuple taken "
     "from the given sequence."},
    {&groupby_type, "itertools.groupby", groupby_new, groupby_next, nullptr, nullptr,
     "make an iterator that returns consecutive keys and groups from the iterable"},
    {&grouper_type, "itertools._grouper", nullptr, grouper_next, nullptr, nullptr, nullptr},
    {&islice_type, "itertools.islice", islice_new, islice_next, nullptr, nullptr,
     "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object"},
    {&pairwise_type, "itertools.pairwise", pairwise_new, pairwise_next, nullptr, nullptr,
     "Return an iterator of overlapping pairs taken from the input iterator."},
    {&tee_data_type, "itertools._tee_dataobject", nullptr, nullptr, nullptr, nullptr, nullptr},
    {&tee_type, "itertools._tee", tee_new, tee_next, nullptr, kTeeMethods, "Iterator wrapped to make it copyable."},
    {&zip_longest_type, "itertools.zip_longest", zip_longest_new, zip_longest_next, nullptr, nullptr,
     "Return a zip_longest object whose .__next__() method returns a tuple where the i-th element comes from "
     "the i-th iterable argument."},
    {&product_type, "itertools.product", product_new, product_next, nullptr, nullptr,
     "Cartesian product of input iterables.  Equivalent to nested for-loops."},
    {&permutations_type, "itertools.permutations", permutations_new, permutations_next, nullptr, nullptr,
     "Return successive r-length permutations of elements in the iterable."},
    {&combinations_type, "itertools.combinations", combinations_new, combinations_next, nullptr, nullptr,
     "Return successive r-length combinations of elements in the iterable."},
    {&cwr_type, "itertools.combinations_with_replacement", cwr_new, cwr_next, nullptr, nullptr,
     "Return successive r-length combinations of elements in the iterable allowing individual elements to "
     "have successive repeats."},
};

int init_itertool_type(const ItertoolSpec& spec) {
  Type& t = *spec.type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = spec.name;
  t.basic_size = sizeof(Itertool);
  t.item_size = sizeof(Value);
  // Every public itertools type can be subclassed; the helper types (_grouper,
  // _tee_dataobject, which have no constructor) and _tee cannot.
  t.flags = kTypeGC;
  if (spec.new_ && spec.type != &tee_type) t.flags |= kTypeBaseType;
  t.base = &object_type;
  t.dealloc = itertool_dealloc;
  t.traverse = itertool_traverse;
  t.clear = itertool_clear;
  t.new_ = spec.new_;
  if (spec.next) {
    t.iter = iter_self;
    t.next = spec.next;
  }
  t.repr = spec.repr;
  t.methods = spec.methods;
  t.doc = spec.doc;
  return type_ready(&t);
}

const MethodDef kItertoolsFunctions[] = {
    {"tee", itertools_tee, kMethodInstance, "Returns a tuple of n independent iterators."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_itertools_module() {
  Ref module = module_new("itertools", true);
  if (!module || module_add_functions(*module, kItertoolsFunctions) < 0) return nullptr;
  for (const ItertoolSpec& spec : kItertools) {
    if (init_itertool_type(spec) < 0) return nullptr;
    const char* attribute = std::strchr(spec.name, '.') + 1;
    if (module_add(*module, attribute, Value::object(spec.type)) < 0) return nullptr;
  }
  return module;
}

}  // namespace taipan
