// The `_bisect` module, the accelerator CPython's bisect.py imports:
// bisect_left/bisect_right find where x goes in a sorted sequence with `<`
// only (so the comparisons made, and their side effects, match CPython's),
// optionally through key(); insort_left/insort_right insert it there.
#include <string>

#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/sequence.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

enum class Side { Left, Right };

// The arguments (a, x, lo=0, hi=None, *, key=None), with lo and hi checked
// and hi defaulted to len(a).
struct Search {
  Value a;
  Value x;
  int64_t lo;
  int64_t hi;
  Value key;  // null when None
};

bool bind_search(const char* function, const Value* args, size_t nargs, Tuple* kwnames, Search* out) {
  static const char* const names[] = {"a", "x", "lo", "hi", "key"};
  ArgSpec spec{function, names, 5, 0, 2, 4};
  Value bound[5];
  if (!bind_args(spec, args, nargs, kwnames, bound)) return false;
  out->a = bound[0];
  out->x = bound[1];
  out->lo = 0;
  out->hi = -1;  // None, as CPython's converter stores it
  if (!bound[2].is_null() && !index_arg(bound[2], &out->lo)) return false;
  if (!bound[3].is_null() && !bound[3].is_none()) {
    if (!bound[3].is_small_int() && type_of(bound[3])->number.index == nullptr) {
      raise(exc::TypeError,
            std::string("argument should be integer or None, not '") + type_name_of(bound[3]) + "'");
      return false;
    }
    out->hi = as_int64(bound[3]);
    if (out->hi == -1 && error_occurred()) return false;
  }
  out->key = bound[4].is_null() || bound[4].is_none() ? Value() : bound[4];
  if (out->lo < 0) {
    raise(exc::ValueError, "lo must be non-negative");
    return false;
  }
  if (out->hi == -1) {
    if (is_dict(out->a)) {
      raise(exc::TypeError, std::string(type_name_of(out->a)) + " is not a sequence");
      return false;
    }
    out->hi = length(out->a);
    if (out->hi < 0) return false;
  }
  return true;
}

// a[i] as PySequence_GetItem gives it.
Ref item_at(Value a, int64_t i) {
  if (a.is_object() && a.as_object()->type == &list_type && i < a.as<List>()->size) {
    return Ref::borrow(a.as<List>()->items[i]);
  }
  return getitem(a, Value::small_int(i));
}

// The insertion point of x (already passed through key) in a[lo:hi]; -1 on error.
int64_t bisect(const Search& s, Value x, Side side) {
  int64_t lo = s.lo, hi = s.hi;
  while (lo < hi) {
    int64_t mid = static_cast<int64_t>((static_cast<uint64_t>(lo) + static_cast<uint64_t>(hi)) / 2);
    Ref item = item_at(s.a, mid);
    if (!item) return -1;
    if (!s.key.is_null()) {
      item = call(s.key, {*item});
      if (!item) return -1;
    }
    // bisect_right: x < item sends the search left; bisect_left: item < x sends it right.
    int less = side == Side::Right ? rich_compare_bool(x, *item, CompareOp::Lt)
                                   : rich_compare_bool(*item, x, CompareOp::Lt);
    if (less < 0) return -1;
    if ((side == Side::Right) == (less == 1)) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

Ref bisect_function(const char* name, Side side, const Value* args, size_t nargs, Tuple* kwnames) {
  Search s;
  if (!bind_search(name, args, nargs, kwnames, &s)) return nullptr;
  int64_t at = bisect(s, s.x, side);
  return at < 0 ? nullptr : int_from_int64(at);
}

Ref insort_function(const char* name, Side side, const Value* args, size_t nargs, Tuple* kwnames) {
  Search s;
  if (!bind_search(name, args, nargs, kwnames, &s)) return nullptr;
  Ref probe = s.key.is_null() ? Ref::borrow(s.x) : call(s.key, {s.x});
  if (!probe) return nullptr;
  int64_t at = bisect(s, *probe, side);
  if (at < 0) return nullptr;
  if (s.a.is_object() && s.a.as_object()->type == &list_type) {
    if (list_insert(s.a.as<List>(), at, s.x) < 0) return nullptr;
    return Ref::none();
  }
  Ref index = int_from_int64(at);
  if (!index) return nullptr;
  Ref done = call_method(s.a, "insert", {*index, s.x});
  return done ? Ref::none() : nullptr;
}

Ref bisect_left(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return bisect_function("bisect_left", Side::Left, args, nargs, kwnames);
}

Ref bisect_right(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return bisect_function("bisect_right", Side::Right, args, nargs, kwnames);
}

Ref insort_left(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return insort_function("insort_left", Side::Left, args, nargs, kwnames);
}

Ref insort_right(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return insort_function("insort_right", Side::Right, args, nargs, kwnames);
}

const MethodDef kBisectFunctions[] = {
    {"bisect_right", bisect_right, kMethodInstance,
     "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
     "The return value i is such that all e in a[:i] have e <= x, and all e in\n"
     "a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\n"
     "insert just after the rightmost x already there.\n\n"
     "Optional args lo (default 0) and hi (default len(a)) bound the\n"
     "slice of a to be searched."},
    {"insort_right", insort_right, kMethodInstance,
     "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
     "If x is already in a, insert it to the right of the rightmost x.\n\n"
     "Optional args lo (default 0) and hi (default len(a)) bound the\n"
     "slice of a to be searched."},
    {"bisect_left", bisect_left, kMethodInstance,
     "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
     "The return value i is such that all e in a[:i] have e < x, and all e in\n"
     "a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\n"
     "insert just before the leftmost x already there.\n\n"
     "Optional args lo (default 0) and hi (default len(a)) bound the\n"
     "slice of a to be searched."},
    {"insort_left", insort_left, kMethodInstance,
     "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
     "If x is already in a, insert it to the left of the leftmost x.\n\n"
     "Optional args lo (default 0) and hi (default len(a)) bound the\n"
     "slice of a to be searched."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_bisect_module() {
  Ref module = module_new("_bisect", true);
  if (!module || module_add_functions(module.get(), kBisectFunctions) < 0) return nullptr;
  Ref doc = str_from_utf8(
      "Bisection algorithms.\n\n"
      "This module provides support for maintaining a list in sorted order without\n"
      "having to sort the list after each insertion. For long lists of items with\n"
      "expensive comparison operations, this can be an improvement over the more\n"
      "common approach.\n");
  if (!doc || module_add(module.get(), "__doc__", *doc) < 0) return nullptr;
  return module;
}

}  // namespace taipan
