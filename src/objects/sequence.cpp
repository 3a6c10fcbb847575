// Helpers shared by the sequence types; see sequence.h.
#include "objects/sequence.h"

#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "vm/thread_state.h"

namespace taipan {

int sequence_index(Value key, int64_t* out) {
  if (key.is_small_int()) {
    *out = key.as_small_int();
    return 1;
  }
  if (type_of(key)->number.index == nullptr) return 0;
  Ref i = index(key);
  if (!i) return -1;
  if (!int_to_int64(*i, out)) {
    raise(exc::IndexError, std::string("cannot fit '") + type_name_of(key) +
                               "' into an index-sized integer");
    return -1;
  }
  return 1;
}

Ref sequence_compare(Value* const* a_items, const int64_t* a_size, Value* const* b_items,
                     const int64_t* b_size, CompareOp op) {
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && *a_size != *b_size) {
    return Ref::boolean(op == CompareOp::Ne);
  }
  int64_t i = 0;
  int same = 1;
  for (; i < *a_size && i < *b_size; ++i) {
    Ref x = Ref::borrow((*a_items)[i]);
    Ref y = Ref::borrow((*b_items)[i]);
    same = rich_compare_bool(*x, *y, CompareOp::Eq);
    if (same <= 0) break;
  }
  if (same < 0) return nullptr;
  if (i >= *a_size || i >= *b_size) {
    int64_t na = *a_size, nb = *b_size;
    bool r = false;
    switch (op) {
      case CompareOp::Lt: r = na < nb; break;
      case CompareOp::Le: r = na <= nb; break;
      case CompareOp::Eq: r = na == nb; break;
      case CompareOp::Ne: r = na != nb; break;
      case CompareOp::Gt: r = na > nb; break;
      case CompareOp::Ge: r = na >= nb; break;
    }
    return Ref::boolean(r);
  }
  if (op == CompareOp::Eq) return Ref::boolean(false);
  if (op == CompareOp::Ne) return Ref::boolean(true);
  Ref x = Ref::borrow((*a_items)[i]);
  Ref y = Ref::borrow((*b_items)[i]);
  return rich_compare(*x, *y, op);
}

bool append_repr(std::string& out, Value v) {
  if (!enter_recursive_call(" while getting the repr of an object")) return false;
  Ref r = repr(v);
  leave_recursive_call();
  if (!r) return false;
  out += str_utf8(r.as<Str>());
  return true;
}

bool append_item_reprs(std::string& out, Value* const* items, const int64_t* size) {
  for (int64_t i = 0; i < *size; ++i) {
    if (i > 0) out += ", ";
    Ref item = Ref::borrow((*items)[i]);
    if (!append_repr(out, *item)) return false;
  }
  return true;
}

int repeat_count(Value n, int64_t* count) {
  if (n.is_small_int()) {
    *count = n.as_small_int() < 0 ? 0 : n.as_small_int();
    return 1;
  }
  if (n.is_bool() || (type_of(n)->number.index != nullptr)) {
    Ref i = index(n);
    if (!i) return -1;
    if (!int_to_int64(*i, count)) {  // either sign, as CPython's PyNumber_AsSsize_t
      raise(exc::OverflowError, std::string("cannot fit '") + type_name_of(n) +
                                    "' into an index-sized integer");
      return -1;
    }
    if (*count < 0) *count = 0;
    return 1;
  }
  return 0;
}

bool check_one_arg(const char* qualified_name, size_t nargs, Tuple* kwnames) {
  if (!no_keywords(qualified_name, kwnames)) return false;
  if (nargs == 1) return true;
  raise(exc::TypeError, std::string(qualified_name) + "() takes exactly one argument (" +
                            std::to_string(nargs) + " given)");
  return false;
}

bool index_arg(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (!v.is_bool() && type_of(v)->number.index == nullptr) {
    raise(exc::TypeError,
          std::string("'") + type_name_of(v) + "' object cannot be interpreted as an integer");
    return false;
  }
  Ref i = index(v);
  if (!i) return false;
  if (int_to_int64(*i, out)) return true;
  raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  return false;
}

bool index_bound_arg(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (type_of(v)->number.index == nullptr) {
    raise(exc::TypeError, "slice indices must be integers or have an __index__ method");
    return false;
  }
  Ref i = index(v);
  if (!i) return false;
  if (!int_to_int64(*i, out)) *out = int_sign(*i) < 0 ? INT64_MIN : INT64_MAX;
  return true;
}

}  // namespace taipan
