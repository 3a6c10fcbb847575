// range: immutable arithmetic sequences. A range keeps its start, stop, step
// and length as ints; operations take an int64 fast path when the numbers
// fit, and otherwise compute with GMP (range(2**100) iterates and indexes,
// only len() of it overflows, as in CPython).
#include "objects/range.h"

#include <gmp.h>

#include <string>

#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/sequence.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type range_type;
Type range_iterator_type;
Type longrange_iterator_type;

namespace {

// An mpz_t that clears itself.
struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  explicit Mpz(Value x) {
    mpz_init(v);
    int_to_mpz(x, v);
  }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

// The length of range(start, stop, step) into out.
void length_of(const mpz_t start, const mpz_t stop, const mpz_t step, mpz_t out) {
  Mpz lo, hi, span;
  bool up = mpz_sgn(step) > 0;
  mpz_set(lo.v, up ? start : stop);
  mpz_set(hi.v, up ? stop : start);
  if (mpz_cmp(lo.v, hi.v) >= 0) {
    mpz_set_ui(out, 0);
    return;
  }
  mpz_sub(span.v, hi.v, lo.v);
  mpz_sub_ui(span.v, span.v, 1);
  Mpz magnitude;
  mpz_abs(magnitude.v, step);
  mpz_fdiv_q(out, span.v, magnitude.v);
  mpz_add_ui(out, out, 1);
}

bool fits64(Value v, int64_t* out) { return int_to_int64(v, out); }

}  // namespace

// Builds a range from three exact ints (step already checked non-zero).
static Ref make_range(Value start, Value stop, Value step) {
  Ref length;
  int64_t a, b, s;
  if (fits64(start, &a) && fits64(stop, &b) && fits64(step, &s)) {
    __int128 lo = s > 0 ? a : b, hi = s > 0 ? b : a;
    __int128 n = lo < hi ? (hi - lo - 1) / (s > 0 ? s : -static_cast<__int128>(s)) + 1 : 0;
    if (n <= INT64_MAX) length = int_from_int64(static_cast<int64_t>(n));
  }
  if (!length) {
    Mpz x(start), y(stop), z(step), n;
    length_of(x.v, y.v, z.v, n.v);
    length = int_from_mpz(n.v);
  }
  if (!length) return nullptr;
  Range* r = new_object<Range>(&range_type);
  if (r == nullptr) return nullptr;
  incref(start);
  incref(stop);
  incref(step);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = length.release();
  return Ref::steal(r);
}

Ref range_new(int64_t start, int64_t stop, int64_t step) {
  if (step == 0) return raise(exc::ValueError, "range() arg 3 must not be zero");
  Ref a = int_from_int64(start), b = int_from_int64(stop), c = int_from_int64(step);
  if (!a || !b || !c) return nullptr;
  return make_range(*a, *b, *c);
}

// start + i * step, for an index known to be in range.
static Ref range_item_at(Range* r, Value i) {
  int64_t a, s, k;
  if (fits64(r->start, &a) && fits64(r->step, &s) && fits64(i, &k)) {
    __int128 v = static_cast<__int128>(a) + static_cast<__int128>(k) * s;
    if (v >= INT64_MIN && v <= INT64_MAX) return int_from_int64(static_cast<int64_t>(v));
  }
  Mpz start(r->start), step(r->step), index(i), out;
  mpz_mul(out.v, index.v, step.v);
  mpz_add(out.v, out.v, start.v);
  return int_from_mpz(out.v);
}

static Ref range_type_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("range", kwnames)) return nullptr;
  if (nargs == 0) return raise(exc::TypeError, "range expected at least 1 argument, got 0");
  if (nargs > 3) {
    return raise(exc::TypeError,
                 "range expected at most 3 arguments, got " + std::to_string(nargs));
  }
  Ref values[3];
  for (size_t i = 0; i < nargs; ++i) {
    values[i] = index(args[i]);
    if (!values[i]) return nullptr;
    if (values[i].get().is_bool()) values[i] = Ref::small_int(values[i].get().is_true());
  }
  if (nargs == 1) return make_range(Value::small_int(0), *values[0], Value::small_int(1));
  Ref step = nargs == 3 ? values[2] : Ref::small_int(1);
  if (int_sign(*step) == 0) return raise(exc::ValueError, "range() arg 3 must not be zero");
  return make_range(*values[0], *values[1], *step);
}

static void range_dealloc(Object* self) {
  Range* r = static_cast<Range*>(self);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
  decref(r->length);
  free_object(self);
}

static Ref range_repr(Value self) {
  Range* r = self.as<Range>();
  std::string out = "range(";
  if (!append_repr(out, r->start)) return nullptr;
  out += ", ";
  if (!append_repr(out, r->stop)) return nullptr;
  if (!(r->step.is_small_int() && r->step.as_small_int() == 1)) {
    out += ", ";
    if (!append_repr(out, r->step)) return nullptr;
  }
  out += ")";
  return str_from_utf8(out);
}

static int64_t range_length(Value self) {
  int64_t n;
  if (fits64(self.as<Range>()->length, &n)) return n;
  raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  return -1;
}

static int range_bool(Value self) { return int_sign(self.as<Range>()->length) != 0; }

// 1 when the exact int x is one of r's values.
static int range_contains_int(Range* r, Value x) {
  int64_t a, b, s, v;
  if (fits64(r->start, &a) && fits64(r->stop, &b) && fits64(r->step, &s) && fits64(x, &v)) {
    bool inside = s > 0 ? (a <= v && v < b) : (b < v && v <= a);
    if (!inside) return 0;
    __int128 offset = static_cast<__int128>(v) - a;
    return offset % s == 0;
  }
  Mpz start(r->start), stop(r->stop), step(r->step), value(x), offset;
  bool up = mpz_sgn(step.v) > 0;
  bool inside = up ? (mpz_cmp(start.v, value.v) <= 0 && mpz_cmp(value.v, stop.v) < 0)
                   : (mpz_cmp(stop.v, value.v) < 0 && mpz_cmp(value.v, start.v) <= 0);
  if (!inside) return 0;
  mpz_sub(offset.v, value.v, start.v);
  return mpz_divisible_p(offset.v, step.v) != 0;
}

// Compares every value of r with x by ==, for non-int items: calls
// visit(index) for each equal one; stops early when visit returns false.
template <class Visit>
static int range_scan(Value self, Value x, Visit visit) {
  Ref it = iter(self);
  if (!it) return -1;
  for (int64_t i = 0;; ++i) {
    Ref item = next(*it);
    if (!item) return error_occurred() ? -1 : 0;
    int r = equal(*item, x);
    if (r < 0) return -1;
    if (r && !visit(i)) return 0;
  }
}

static bool is_plain_int(Value v) {
  return v.is_small_int() || v.is_bool() ||
         (v.is_object() && v.as_object()->type == &int_type);
}

static int range_contains(Value self, Value x) {
  if (is_plain_int(x)) return range_contains_int(self.as<Range>(), x);
  bool found = false;
  int r = range_scan(self, x, [&](int64_t) {
    found = true;
    return false;
  });
  return r < 0 ? -1 : found;
}

// One field of a slice as an mpz, or `fallback` when it is None. False with
// TypeError for a non-integer.
static bool slice_field(Value v, const mpz_t fallback, mpz_t out) {
  if (v.is_none()) {
    mpz_set(out, fallback);
    return true;
  }
  if (!is_int(v) && type_of(v)->number.index == nullptr) {
    raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Ref i = index(v);
  if (!i) return false;
  int_to_mpz(*i, out);
  return true;
}

// Clamps a slice bound into [lower, upper] after counting negatives from the end.
static void clamp_slice_bound(mpz_t x, const mpz_t length, const mpz_t lower, const mpz_t upper) {
  if (mpz_sgn(x) < 0) {
    mpz_add(x, x, length);
    if (mpz_cmp(x, lower) < 0) mpz_set(x, lower);
  } else if (mpz_cmp(x, upper) > 0) {
    mpz_set(x, upper);
  }
}

// r[slice]: another range. Computed with GMP: ranges may exceed int64.
static Ref range_slice(Range* r, Slice* s) {
  Mpz step, length(r->length), lower, upper, start, stop, one;
  mpz_set_ui(one.v, 1);
  if (!slice_field(s->step, one.v, step.v)) return nullptr;
  if (mpz_sgn(step.v) == 0) return raise(exc::ValueError, "slice step cannot be zero");
  bool backwards = mpz_sgn(step.v) < 0;
  if (backwards) {
    mpz_set_si(lower.v, -1);
    mpz_sub_ui(upper.v, length.v, 1);
  } else {
    mpz_set_ui(lower.v, 0);
    mpz_set(upper.v, length.v);
  }
  if (!slice_field(s->start, backwards ? upper.v : lower.v, start.v) ||
      !slice_field(s->stop, backwards ? lower.v : upper.v, stop.v)) {
    return nullptr;
  }
  // Omitted bounds are already in place; given ones are clamped.
  if (!s->start.is_none()) clamp_slice_bound(start.v, length.v, lower.v, upper.v);
  if (!s->stop.is_none()) clamp_slice_bound(stop.v, length.v, lower.v, upper.v);
  Mpz base(r->start), stride(r->step);
  mpz_mul(start.v, start.v, stride.v);
  mpz_add(start.v, start.v, base.v);
  mpz_mul(stop.v, stop.v, stride.v);
  mpz_add(stop.v, stop.v, base.v);
  mpz_mul(step.v, step.v, stride.v);
  Ref a = int_from_mpz(start.v), b = int_from_mpz(stop.v), c = int_from_mpz(step.v);
  if (!a || !b || !c) return nullptr;
  return make_range(*a, *b, *c);
}

static Ref range_subscript(Value self, Value key) {
  Range* r = self.as<Range>();
  if (is_slice(key)) return range_slice(r, key.as<Slice>());
  if (!is_int(key) && type_of(key)->number.index == nullptr) {
    return raise(exc::TypeError, std::string("range indices must be integers or slices, not ") +
                                     type_name_of(key));
  }
  Ref i = index(key);
  if (!i) return nullptr;
  Ref position = Ref::borrow(*i);
  if (int_sign(*i) < 0) {
    position = binary_op(*i, r->length, BinaryOp::Add);
    if (!position) return nullptr;
  }
  int below = rich_compare_bool(*position, Value::small_int(0), CompareOp::Lt);
  int beyond = rich_compare_bool(*position, r->length, CompareOp::Ge);
  if (below < 0 || beyond < 0) return nullptr;
  if (below || beyond) return raise(exc::IndexError, "range object index out of range");
  return range_item_at(r, *position);
}

// Equality by the values produced: same length, and when non-empty the same
// start, and when longer than 1 the same step.
static int range_equal(Range* a, Range* b) {
  if (a == b) return 1;
  int r = equal(a->length, b->length);
  if (r <= 0) return r;
  if (int_sign(a->length) == 0) return 1;
  r = equal(a->start, b->start);
  if (r <= 0) return r;
  if (equal(a->length, Value::small_int(1)) == 1) return 1;
  return equal(a->step, b->step);
}

static Ref range_richcompare(Value a, Value b, CompareOp op) {
  if (!is_range(a) || !is_range(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return ref_not_implemented();
  }
  int r = range_equal(a.as<Range>(), b.as<Range>());
  if (r < 0) return nullptr;
  return Ref::boolean((r == 1) == (op == CompareOp::Eq));
}

// hash((len, start, step)), with start and step None where they do not
// change the values (as equality ignores them).
static int64_t range_hash(Value self) {
  Range* r = self.as<Range>();
  Value start = r->start, step = r->step;
  if (int_sign(r->length) == 0) {
    start = Value::none();
    step = Value::none();
  } else if (equal(r->length, Value::small_int(1)) == 1) {
    step = Value::none();
  }
  Ref t = tuple_pack({r->length, start, step});
  if (!t) return -1;
  return hash(*t);
}

static Ref range_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("range.count", nargs, kwnames)) return nullptr;
  if (is_plain_int(args[0])) return Ref::small_int(range_contains_int(self.as<Range>(), args[0]));
  int64_t count = 0;
  if (range_scan(self, args[0], [&](int64_t) {
        ++count;
        return true;
      }) < 0) {
    return nullptr;
  }
  return Ref::small_int(count);
}

static Ref range_index(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("range.index", nargs, kwnames)) return nullptr;
  Range* r = self.as<Range>();
  Value x = args[0];
  if (is_plain_int(x)) {
    if (!range_contains_int(r, x)) {
      std::string message;
      if (!append_repr(message, x)) return nullptr;
      return raise(exc::ValueError, message + " is not in range");
    }
    Ref offset = binary_op(x, r->start, BinaryOp::Subtract);
    if (!offset) return nullptr;
    return binary_op(*offset, r->step, BinaryOp::FloorDivide);
  }
  int64_t found = -1;
  if (range_scan(self, x, [&](int64_t i) {
        found = i;
        return false;
      }) < 0) {
    return nullptr;
  }
  if (found < 0) return raise(exc::ValueError, "sequence.index(x): x not in sequence");
  return Ref::small_int(found);
}

// Iterators.

struct LongRangeIterator : Object {
  Value next;       // owned ints
  Value step;
  Value remaining;
};

// An iterator over first, first + step, ... (count values).
static Ref iterator_over(Value first, Value step, Value count) {
  int64_t a, s, n;
  if (fits64(first, &a) && fits64(step, &s) && fits64(count, &n)) {
    __int128 last = static_cast<__int128>(a) + static_cast<__int128>(s) * (n > 0 ? n - 1 : 0);
    if (last >= INT64_MIN && last <= INT64_MAX) {
      RangeIterator* it = new_object<RangeIterator>(&range_iterator_type);
      if (it == nullptr) return nullptr;
      it->next = a;
      it->step = s;
      it->remaining = n;
      return Ref::steal(it);
    }
  }
  LongRangeIterator* it = new_object<LongRangeIterator>(&longrange_iterator_type);
  if (it == nullptr) return nullptr;
  incref(first);
  incref(step);
  incref(count);
  it->next = first;
  it->step = step;
  it->remaining = count;
  return Ref::steal(it);
}

static Ref range_iter(Value self) {
  Range* r = self.as<Range>();
  return iterator_over(r->start, r->step, r->length);
}

static Ref range_reversed(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("range.__reversed__", nargs, kwnames)) return nullptr;
  Range* r = self.as<Range>();
  Ref last_index = binary_op(r->length, Value::small_int(1), BinaryOp::Subtract);
  if (!last_index) return nullptr;
  Ref last = range_item_at(r, *last_index);
  Ref step = unary_op(r->step, UnaryOp::Negative);
  if (!last || !step) return nullptr;
  return iterator_over(*last, *step, r->length);
}

static Ref range_iterator_next_slot(Value self) {
  int64_t v;
  if (!range_iterator_next(self.as<RangeIterator>(), &v)) return nullptr;
  return int_from_int64(v);
}

static Ref longrange_iterator_next(Value self) {
  LongRangeIterator* it = self.as<LongRangeIterator>();
  if (int_sign(it->remaining) <= 0) return nullptr;
  Ref remaining = binary_op(it->remaining, Value::small_int(1), BinaryOp::Subtract);
  Ref following = binary_op(it->next, it->step, BinaryOp::Add);
  if (!remaining || !following) return nullptr;
  Ref result = Ref::steal(it->next);
  it->next = following.release();
  Value old = it->remaining;
  it->remaining = remaining.release();
  decref(old);
  return result;
}

static Ref range_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("range_iterator.__length_hint__", nargs, kwnames)) return nullptr;
  if (type_of(self) == &range_iterator_type) {
    int64_t n = self.as<RangeIterator>()->remaining;
    return int_from_int64(n < 0 ? 0 : n);
  }
  return Ref::borrow(self.as<LongRangeIterator>()->remaining);
}

static void longrange_iterator_dealloc(Object* self) {
  LongRangeIterator* it = static_cast<LongRangeIterator*>(self);
  decref(it->next);
  decref(it->step);
  decref(it->remaining);
  free_object(self);
}

static Ref range_get_start(Value self) { return Ref::borrow(self.as<Range>()->start); }
static Ref range_get_stop(Value self) { return Ref::borrow(self.as<Range>()->stop); }
static Ref range_get_step(Value self) { return Ref::borrow(self.as<Range>()->step); }

// __reduce__: (range, (start, stop, step)), as CPython's.
static Ref range_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__reduce__", kwnames) || !check_arg_count("__reduce__", nargs, 0, 0)) return nullptr;
  Range* r = self.as<Range>();
  Ref args = tuple_pack({r->start, r->stop, r->step});
  return args ? tuple_pack({Value::object(type_of(self)), args.get()}) : nullptr;
}

static const MethodDef range_methods[] = {
    {"__reduce__", range_reduce, kMethodInstance, nullptr},
    {"count", range_count, kMethodInstance, "rangeobject.count(value) -> integer"},
    {"index", range_index, kMethodInstance, "rangeobject.index(value) -> integer"},
    {"__reversed__", range_reversed, kMethodInstance, "Return a reverse iterator."},
    {nullptr, nullptr, 0, nullptr},
};

static const GetSetDef range_getsets[] = {
    {"start", range_get_start, nullptr, nullptr},
    {"stop", range_get_stop, nullptr, nullptr},
    {"step", range_get_step, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

static const MethodDef range_iterator_methods[] = {
    {"__length_hint__", range_iterator_length_hint, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static int init_range_iterator_type(Type& t, const char* name, int64_t size, DeallocFn dealloc,
                                    NextFn next_fn) {
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = name;
  t.basic_size = size;
  t.dealloc = dealloc;
  t.iter = iter_self;
  t.next = next_fn;
  t.methods = range_iterator_methods;
  return type_ready(&t);
}

int init_range_type() {
  Type& t = range_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "range";
  t.flags = kTypeSequence;
  t.basic_size = sizeof(Range);
  t.dealloc = range_dealloc;
  t.repr = range_repr;
  t.hash = range_hash;
  t.richcompare = range_richcompare;
  t.iter = range_iter;
  t.new_ = range_type_new;
  t.len = range_length;
  t.getitem = range_subscript;
  t.contains = range_contains;
  t.number.bool_ = range_bool;
  t.methods = range_methods;
  t.getsets = range_getsets;
  t.doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object";
  if (type_ready(&t) < 0) return -1;
  if (init_range_iterator_type(range_iterator_type, "range_iterator", sizeof(RangeIterator),
                               free_object, range_iterator_next_slot) < 0) {
    return -1;
  }
  return init_range_iterator_type(longrange_iterator_type, "longrange_iterator",
                                  sizeof(LongRangeIterator), longrange_iterator_dealloc,
                                  longrange_iterator_next);
}

}  // namespace taipan
