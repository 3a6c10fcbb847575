// slice objects and the index arithmetic sequences use to apply them.
#include "objects/slice.h"

#include <limits>
#include <string>

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

Type slice_type;

constexpr int64_t kMaxIndex = std::numeric_limits<int64_t>::max();
constexpr int64_t kMinIndex = std::numeric_limits<int64_t>::min();

// One released slice kept for the next (CPython keeps one too): a loop that
// slices allocates nothing for its slice objects.
static Slice* g_spare_slice = nullptr;

Ref slice_new(Value start, Value stop, Value step) {
  Slice* s = g_spare_slice;
  if (s != nullptr) {
    g_spare_slice = nullptr;
    s->refcnt = 1;
    gc_head_of(s)->gc_refs = 0;  // no collector state carried over
    gc_track(s);
  } else {
    s = new_object<Slice>(&slice_type);
    if (s == nullptr) return nullptr;
  }
  Value fields[3] = {start, stop, step};
  for (Value& f : fields) {
    if (f.is_null()) f = Value::none();
    incref(f);
  }
  s->start = fields[0];
  s->stop = fields[1];
  s->step = fields[2];
  return Ref::steal(s);
}

// One slice field as an int64, clamped: false with TypeError for non-integers.
static bool clamped_index(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (type_of(v)->number.index == nullptr) {
    raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Ref i = index(v);
  if (!i) return false;
  if (!int_to_int64(*i, out)) *out = int_sign(*i) < 0 ? kMinIndex : kMaxIndex;
  return true;
}

bool slice_unpack(Slice* s, int64_t* start, int64_t* stop, int64_t* step) {
  if (s->step.is_none()) {
    *step = 1;
  } else {
    if (!clamped_index(s->step, step)) return false;
    if (*step == 0) {
      raise(exc::ValueError, "slice step cannot be zero");
      return false;
    }
    // Keeps -step representable.
    if (*step < -kMaxIndex) *step = -kMaxIndex;
  }
  if (s->start.is_none()) {
    *start = *step < 0 ? kMaxIndex : 0;
  } else if (!clamped_index(s->start, start)) {
    return false;
  }
  if (s->stop.is_none()) {
    *stop = *step < 0 ? kMinIndex : kMaxIndex;
  } else if (!clamped_index(s->stop, stop)) {
    return false;
  }
  return true;
}

// Moves one bound into the sequence: negative counts from the end.
static int64_t clamp_bound(int64_t i, int64_t length, int64_t step) {
  if (i < 0) {
    i += length;
    if (i < 0) i = step < 0 ? -1 : 0;
  } else if (i >= length) {
    i = step < 0 ? length - 1 : length;
  }
  return i;
}

int64_t slice_adjust_indices(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
  *start = clamp_bound(*start, length, step);
  *stop = clamp_bound(*stop, length, step);
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

static void slice_dealloc(Object* self) {
  Slice* s = static_cast<Slice*>(self);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
  if (g_spare_slice == nullptr) {
    g_spare_slice = s;  // dealloc_object has untracked it
    return;
  }
  free_object(self);
}

static void slice_traverse(Object* self, VisitFn visit, void* arg) {
  Slice* s = static_cast<Slice*>(self);
  visit(s->start, arg);
  visit(s->stop, arg);
  visit(s->step, arg);
}

static void slice_clear(Object* self) {
  Slice* s = static_cast<Slice*>(self);
  for (Value* f : {&s->start, &s->stop, &s->step}) {
    Value old = *f;
    *f = Value::none();
    decref(old);
  }
}

static Ref slice_type_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("slice", kwnames)) return nullptr;
  if (nargs == 0) return raise(exc::TypeError, "slice expected at least 1 argument, got 0");
  if (nargs > 3) {
    return raise(exc::TypeError,
                 "slice expected at most 3 arguments, got " + std::to_string(nargs));
  }
  if (nargs == 1) return slice_new(Value::none(), args[0], Value::none());
  return slice_new(args[0], args[1], nargs == 3 ? args[2] : Value::none());
}

static Ref slice_repr(Value self) {
  Slice* s = self.as<Slice>();
  std::string out = "slice(";
  if (!append_repr(out, s->start)) return nullptr;
  out += ", ";
  if (!append_repr(out, s->stop)) return nullptr;
  out += ", ";
  if (!append_repr(out, s->step)) return nullptr;
  out += ")";
  return str_from_utf8(out);
}

// Slices compare like the tuples (start, stop, step).
static Ref slice_richcompare(Value a, Value b, CompareOp op) {
  if (!is_slice(b)) return ref_not_implemented();
  Slice* x = a.as<Slice>();
  Slice* y = b.as<Slice>();
  Value xs[3] = {x->start, x->stop, x->step};
  Value ys[3] = {y->start, y->stop, y->step};
  Value* xp = xs;
  Value* yp = ys;
  int64_t n = 3;
  return sequence_compare(&xp, &n, &yp, &n, op);
}

static Ref slice_indices(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("slice.indices", kwnames) || !check_arg_count("indices", nargs, 1, 1)) {
    return nullptr;
  }
  int64_t length = as_int64(args[0]);
  if (length == -1 && error_occurred()) return nullptr;
  if (length < 0) return raise(exc::ValueError, "length should not be negative");
  int64_t start, stop, step;
  if (!slice_unpack(self.as<Slice>(), &start, &stop, &step)) return nullptr;
  slice_adjust_indices(length, &start, &stop, step);
  Ref a = int_from_int64(start), b = int_from_int64(stop), c = int_from_int64(step);
  return tuple_pack({*a, *b, *c});
}

static Ref slice_get_start(Value self) { return Ref::borrow(self.as<Slice>()->start); }
static Ref slice_get_stop(Value self) { return Ref::borrow(self.as<Slice>()->stop); }
static Ref slice_get_step(Value self) { return Ref::borrow(self.as<Slice>()->step); }

// __reduce__: (slice, (start, stop, step)), as CPython's.
static Ref slice_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("slice.__reduce__", nargs, kwnames)) return nullptr;
  Slice* s = self.as<Slice>();
  Ref bounds = tuple_pack({s->start, s->stop, s->step});
  if (!bounds) return nullptr;
  return tuple_pack({Value::object(type_of(self)), bounds.get()});
}

static const MethodDef slice_methods[] = {
    {"indices", slice_indices, kMethodInstance,
     "S.indices(len) -> (start, stop, stride)"},
    {"__reduce__", slice_reduce, kMethodInstance, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

static const GetSetDef slice_getsets[] = {
    {"start", slice_get_start, nullptr, nullptr},
    {"stop", slice_get_stop, nullptr, nullptr},
    {"step", slice_get_step, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

int init_slice_type() {
  Type& t = slice_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "slice";
  t.basic_size = sizeof(Slice);
  t.flags = kTypeGC;
  t.dealloc = slice_dealloc;
  t.traverse = slice_traverse;
  t.clear = slice_clear;
  t.repr = slice_repr;
  t.hash = hash_not_implemented;
  t.richcompare = slice_richcompare;
  t.new_ = slice_type_new;
  t.methods = slice_methods;
  t.getsets = slice_getsets;
  t.doc = "slice(stop)\nslice(start, stop[, step])";
  return type_ready(&t);
}

}  // namespace taipan
