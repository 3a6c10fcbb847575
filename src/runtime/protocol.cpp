// The object protocol (protocol.h): every operation on a value of unknown
// type, dispatched through the type's slots with CPython's rules (reflected
// operands, subclass priority, identity fallbacks for ==, the __getitem__
// iteration fallback) and CPython's error messages. Exact built-in types get
// fast paths before any slot is consulted.
#include "runtime/protocol.h"

#include <cstdio>
#include <string>
#include <vector>

#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_slots.h"
#include "objects/weakref.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/native_boundary.h"
#include "vm/function.h"
#include "vm/native_recursion.h"

namespace taipan {

namespace {

std::string quoted_type(Value v) { return std::string("'") + type_name_of(v) + "'"; }

bool check_str_result(const Ref& r, const char* what) {
  if (!r) return false;
  if (is_str(r.get())) return true;
  raise(exc::TypeError, std::string(what) + " returned non-string (type " + type_name_of(r.get()) + ")");
  return false;
}

void append_escaped(std::string& out, uint32_t c) {
  char buf[16];
  if (c < 0x100) {
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
  } else if (c < 0x10000) {
    std::snprintf(buf, sizeof buf, "\\u%04x", c);
  } else {
    std::snprintf(buf, sizeof buf, "\\U%08x", c);
  }
  out += buf;
}

}  // namespace

// ---------------------------------------------------------------------------
// repr, str, ascii, format.

Ref repr(Value v) {
  UnaryFn f = type_of(v)->repr;
  Ref r = f ? f(v) : object_default_repr(v);
  if (!check_str_result(r, "__repr__")) return nullptr;
  return r;
}

Ref str(Value v) {
  if (is_exact_str(v)) return Ref::borrow(v);
  Type* t = type_of(v);
  UnaryFn f = t->str ? t->str : t->repr;
  Ref r = f ? f(v) : object_default_repr(v);
  if (!check_str_result(r, "__str__")) return nullptr;
  return r;
}

Ref ascii(Value v) {
  Ref r = repr(v);
  if (!r) return nullptr;
  Str* s = r.as<Str>();
  if (s->ascii) return r;
  std::string out;
  for (int64_t i = 0; i < s->length; i++) {
    uint32_t c = str_char_at(s, i);
    if (c < 128) {
      out += static_cast<char>(c);
    } else {
      append_escaped(out, c);
    }
  }
  return str_from_utf8(out);
}

Ref format(Value v, Value spec) {
  Value empty = Value::object(intern(""));
  if (spec.is_null()) spec = empty;
  if (!is_str(spec)) {
    return raise(exc::TypeError, std::string("format() argument 2 must be str, not ") + type_name_of(spec));
  }
  if (spec.as<Str>()->length == 0 && (is_exact_str(v) || v.is_small_int())) return str(v);
  bool found = false;
  Ref r = call_special(v, INTERNED("__format__"), &spec, 1, nullptr, &found);
  if (!found) {
    return raise(exc::TypeError, std::string("Type ") + type_name_of(v) + " doesn't define __format__");
  }
  if (!r) return nullptr;
  if (!is_str(r.get())) {
    return raise(exc::TypeError, std::string("__format__ must return a str, not ") + type_name_of(r.get()));
  }
  return r;
}

// ---------------------------------------------------------------------------
// Hashing, comparison, truth.

int64_t hash(Value v) {
  if (v.is_small_int()) return int_hash(v);
  if (is_exact_str(v)) return str_hash(v.as<Str>());
  HashFn f = type_of(v)->hash;
  if (f == nullptr) return hash_not_implemented(v);
  int64_t h = f(v);
  if (h == -1 && !error_occurred()) return -2;
  return h;
}

namespace {

constexpr CompareOp kSwapped[] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq,
                                  CompareOp::Ne, CompareOp::Lt, CompareOp::Le};
constexpr const char* kCompareSymbols[] = {"<", "<=", "==", "!=", ">", ">="};

template <class T>
bool compare_ordered(T a, T b, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return a < b;
    case CompareOp::Le: return a <= b;
    case CompareOp::Eq: return a == b;
    case CompareOp::Ne: return a != b;
    case CompareOp::Gt: return a > b;
    case CompareOp::Ge: return a >= b;
  }
  return false;
}

Ref compare_by_slots(Value a, Value b, CompareOp op);

}  // namespace

Ref rich_compare(Value a, Value b, CompareOp op) {
  if (a.is_small_int() && b.is_small_int()) {
    return Ref::boolean(compare_ordered(a.as_small_int(), b.as_small_int(), op));
  }
  if (is_exact_str(a) && is_exact_str(b)) {
    if (op == CompareOp::Eq) return Ref::boolean(str_equal(a.as<Str>(), b.as<Str>()));
    if (op == CompareOp::Ne) return Ref::boolean(!str_equal(a.as<Str>(), b.as<Str>()));
    return Ref::boolean(compare_ordered(str_compare(a.as<Str>(), b.as<Str>()), 0, op));
  }
  // Comparing nested containers recurses through here: one level per call.
  if (!enter_native_recursion(" in comparison")) return nullptr;
  Ref r = compare_by_slots(a, b, op);
  leave_recursive_call();
  return r;
}

namespace {

Ref compare_by_slots(Value a, Value b, CompareOp op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool checked_reverse = false;
  if (ta != tb && tb->richcompare != nullptr && type_is_subtype(tb, ta)) {
    checked_reverse = true;
    Ref r = tb->richcompare(b, a, kSwapped[static_cast<int>(op)]);
    if (!r || !is_not_implemented(r.get())) return r;
  }
  if (ta->richcompare != nullptr) {
    Ref r = ta->richcompare(a, b, op);
    if (!r || !is_not_implemented(r.get())) return r;
  }
  if (!checked_reverse && tb->richcompare != nullptr) {
    Ref r = tb->richcompare(b, a, kSwapped[static_cast<int>(op)]);
    if (!r || !is_not_implemented(r.get())) return r;
  }
  if (op == CompareOp::Eq) return Ref::boolean(a == b);
  if (op == CompareOp::Ne) return Ref::boolean(a != b);
  return raise(exc::TypeError, std::string("'") + kCompareSymbols[static_cast<int>(op)] +
                                   "' not supported between instances of " + quoted_type(a) + " and " +
                                   quoted_type(b));
}

}  // namespace

int rich_compare_bool(Value a, Value b, CompareOp op) {
  if (a == b) {
    if (op == CompareOp::Eq) return 1;
    if (op == CompareOp::Ne) return 0;
  }
  Ref r = rich_compare(a, b, op);
  if (!r) return -1;
  if (r.get().is_bool()) return r.get().is_true() ? 1 : 0;
  return is_true(r.get());
}

int equal(Value a, Value b) { return rich_compare_bool(a, b, CompareOp::Eq); }

int is_true(Value v) {
  if (v.is_bool()) return v.is_true() ? 1 : 0;
  if (v.is_none()) return 0;
  if (v.is_small_int()) return v.as_small_int() != 0;
  if (v.is_double()) return v.as_double() != 0.0;
  if (is_exact_str(v)) return v.as<Str>()->length != 0;
  Type* t = type_of(v);
  if (t->number.bool_ != nullptr) return t->number.bool_(v);
  if (t->len != nullptr) {
    int64_t n = t->len(v);
    if (n < 0) return -1;
    return n != 0;
  }
  return 1;
}

// ---------------------------------------------------------------------------
// Attributes.

Ref generic_getattr_impl(Value obj, Str* name, bool suppress_missing) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  DescrGetFn get = nullptr;
  if (!descr.is_null()) {
    Type* dt = type_of(descr);
    get = dt->descr_get;
    if (get != nullptr && dt->descr_set != nullptr) return get(descr, obj, t);
  }
  if (Dict** dp = instance_dict_ptr(obj); dp != nullptr && *dp != nullptr) {
    Value v = dict_get_str(*dp, name);
    if (!v.is_null()) return Ref::borrow(v);
  }
  if (get != nullptr) return get(descr, obj, t);
  if (!descr.is_null()) return Ref::borrow(descr);
  if (suppress_missing) return nullptr;
  return raise_attribute_error(obj, name);
}

Ref generic_getattr(Value obj, Str* name) { return generic_getattr_impl(obj, name, false); }

int generic_setattr(Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  if (!descr.is_null()) {
    DescrSetFn set = type_of(descr)->descr_set;
    if (set != nullptr) return set(descr, obj, v);
  }
  Dict** dp = instance_dict_ptr(obj);
  if (dp == nullptr) {
    if (!descr.is_null()) {
      return fail(exc::AttributeError, quoted_type(obj) + " object attribute '" + std::string(str_utf8(name)) +
                                           "' is read-only");
    }
    return fail(exc::AttributeError,
                quoted_type(obj) + " object has no attribute '" + std::string(str_utf8(name)) + "'");
  }
  if (v.is_null()) {
    if (*dp == nullptr || dict_get_str(*dp, name).is_null()) {
      return fail(exc::AttributeError,
                  quoted_type(obj) + " object has no attribute '" + std::string(str_utf8(name)) + "'");
    }
    return dict_del(*dp, Value::object(name));
  }
  if (*dp == nullptr) {
    *dp = dict_new();
    if (*dp == nullptr) return -1;
  }
  return dict_set(*dp, Value::object(name), v);
}

Ref getattr(Value obj, Str* name) {
  GetAttrFn f = type_of(obj)->getattr;
  if (f == nullptr) return generic_getattr(obj, name);
  return f(obj, name);
}

Ref getattr(Value obj, std::string_view name) { return getattr(obj, intern(name)); }

Ref getattr_optional(Value obj, Str* name) {
  GetAttrFn f = type_of(obj)->getattr;
  // As CPython's _PyObject_LookupAttr: an AttributeError raised on the way
  // (by a property or a getter, say) also means "absent".
  Ref r = f == nullptr || f == generic_getattr ? generic_getattr_impl(obj, name, true)
          : f == type_type.getattr             ? type_getattr_optional(obj, name)
                                               : f(obj, name);
  if (!r && error_matches(exc::AttributeError)) clear_error();
  return r;
}

int setattr(Value obj, Str* name, Value v) {
  SetAttrFn f = type_of(obj)->setattr;
  if (f == nullptr) f = generic_setattr;
  return f(obj, name, v);
}

int delattr(Value obj, Str* name) { return setattr(obj, name, Value()); }

// ---------------------------------------------------------------------------
// Calls.

Ref call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  CallFn f = type_of(callable)->call;
  if (f == nullptr) return raise(exc::TypeError, quoted_type(callable) + " object is not callable");
  return f(callable, args, nargs, kwnames);
}

Ref call(Value callable, std::initializer_list<Value> args) { return call(callable, args.begin(), args.size()); }

Ref call_method(Value obj, Str* name, std::initializer_list<Value> args) {
  Type* t = type_of(obj);
  if (t->getattr == nullptr || t->getattr == generic_getattr) {
    Value descr = type_lookup(t, name);
    if (!descr.is_null() && (is_function(descr) || type_has_flag(type_of(descr), kTypeMethodDescriptor))) {
      Dict** dp = instance_dict_ptr(obj);
      if (dp == nullptr || *dp == nullptr || dict_get_str(*dp, name).is_null()) {
        Value buf[8];
        std::vector<Value> big;
        Value* p = buf;
        if (args.size() + 1 > 8) {
          big.resize(args.size() + 1);
          p = big.data();
        }
        p[0] = obj;
        size_t i = 1;
        for (Value a : args) p[i++] = a;
        return call(descr, p, args.size() + 1);
      }
    }
  }
  Ref m = getattr(obj, name);
  if (!m) return nullptr;
  return call(m.get(), args.begin(), args.size());
}

Ref call_method(Value obj, std::string_view name, std::initializer_list<Value> args) {
  return call_method(obj, intern(name), args);
}

Ref call_with_tuple_dict(Value callable, Value args_tuple, Value kwargs_dict) {
  const Value* pos = nullptr;
  size_t npos = 0;
  if (!args_tuple.is_null()) {
    Tuple* t = args_tuple.as<Tuple>();
    pos = t->items;
    npos = static_cast<size_t>(t->size);
  }
  if (kwargs_dict.is_null() || dict_size(kwargs_dict.as<Dict>()) == 0) return call(callable, pos, npos);
  Dict* kw = kwargs_dict.as<Dict>();
  int64_t nkw = dict_size(kw);
  Tuple* names = tuple_new(nkw);
  if (names == nullptr) return nullptr;
  Ref names_ref = Ref::steal(names);
  std::vector<Value> all(npos + static_cast<size_t>(nkw));
  for (size_t i = 0; i < npos; i++) all[i] = pos[i];
  int64_t p = 0, i = 0;
  Value k, v;
  while (dict_next(kw, &p, &k, &v)) {
    if (!is_str(k)) return raise(exc::TypeError, "keywords must be strings");
    names->items[i] = k;
    incref(k);
    all[npos + static_cast<size_t>(i)] = v;
    i++;
  }
  return call(callable, all.data(), npos, names);
}

// ---------------------------------------------------------------------------
// Items, length, membership, iteration.

Ref getitem(Value obj, Value key) {
  Type* t = type_of(obj);
  if (t->getitem != nullptr) return t->getitem(obj, key);
  if (is_type(obj)) {
    if (obj == Value::object(&type_type)) return generic_alias_new(obj, key);
    Ref cg = getattr_optional(obj, INTERNED("__class_getitem__"));
    if (cg) return call(cg.get(), {key});
    if (error_occurred()) return nullptr;
    return raise(exc::TypeError, std::string("type '") + obj.as<Type>()->name + "' is not subscriptable");
  }
  return raise(exc::TypeError, quoted_type(obj) + " object is not subscriptable");
}

int setitem(Value obj, Value key, Value v) {
  SetItemFn f = type_of(obj)->setitem;
  if (f == nullptr) return fail(exc::TypeError, quoted_type(obj) + " object does not support item assignment");
  return f(obj, key, v);
}

int delitem(Value obj, Value key) {
  SetItemFn f = type_of(obj)->setitem;
  if (f == nullptr) {
    // CPython words it differently when the object looks like a sequence and
    // the key like an index.
    bool sequence_like = type_of(obj)->getitem != nullptr && (is_int(key) || type_of(key)->number.index != nullptr);
    const char* verb = sequence_like ? " object doesn't support" : " object does not support";
    return fail(exc::TypeError, quoted_type(obj) + verb + " item deletion");
  }
  return f(obj, key, Value());
}

int64_t length(Value obj) {
  LenFn f = type_of(obj)->len;
  if (f == nullptr) return fail(exc::TypeError, "object of type " + quoted_type(obj) + " has no len()");
  return f(obj);
}

int contains(Value container, Value item) {
  Type* t = type_of(container);
  if (t->contains != nullptr) return t->contains(container, item);
  if (t->iter == nullptr && t->getitem == nullptr) {
    return fail(exc::TypeError, "argument of type " + quoted_type(container) + " is not iterable");
  }
  Ref it = iter(container);
  if (!it) return -1;
  for (;;) {
    Ref x = next(it.get());
    if (!x) return error_occurred() ? -1 : 0;
    int eq = equal(x.get(), item);
    if (eq != 0) return eq;
  }
}

Ref iter(Value obj) {
  Type* t = type_of(obj);
  if (t->iter != nullptr) {
    Ref r = t->iter(obj);
    if (r && type_of(r.get())->next == nullptr) {
      return raise(exc::TypeError, std::string("iter() returned non-iterator of type ") + quoted_type(r.get()));
    }
    return r;
  }
  if (t->getitem != nullptr && !is_dict(obj)) return seq_iter_new(obj);
  return raise(exc::TypeError, quoted_type(obj) + " object is not iterable");
}

Ref next_refused(Value iterator) {
  if (type_of(iterator)->next == nullptr) {
    return raise(exc::TypeError, quoted_type(iterator) + " object is not an iterator");
  }
  return nullptr;  // native_stack_exhausted() raised RecursionError
}

void stop_iteration_is_exhaustion() {
  if (error_occurred() && error_matches(exc::StopIteration)) clear_error();
}

// ---------------------------------------------------------------------------
// Arithmetic.

namespace {

struct BinaryOpInfo {
  const char* symbol;
  const char* inplace_symbol;
  BinaryFn NumberSlots::*field;          // null for Power
  BinaryFn NumberSlots::*inplace_field;  // null for Power
};

constexpr BinaryOpInfo kBinaryOps[] = {
    {"+", "+=", &NumberSlots::add, &NumberSlots::inplace_add},
    {"-", "-=", &NumberSlots::subtract, &NumberSlots::inplace_subtract},
    {"*", "*=", &NumberSlots::multiply, &NumberSlots::inplace_multiply},
    {"@", "@=", &NumberSlots::matrix_multiply, &NumberSlots::inplace_matrix_multiply},
    {"/", "/=", &NumberSlots::true_divide, &NumberSlots::inplace_true_divide},
    {"//", "//=", &NumberSlots::floor_divide, &NumberSlots::inplace_floor_divide},
    {"%", "%=", &NumberSlots::remainder, &NumberSlots::inplace_remainder},
    {"**", "**=", nullptr, nullptr},
    {"<<", "<<=", &NumberSlots::lshift, &NumberSlots::inplace_lshift},
    {">>", ">>=", &NumberSlots::rshift, &NumberSlots::inplace_rshift},
    {"&", "&=", &NumberSlots::and_, &NumberSlots::inplace_and},
    {"|", "|=", &NumberSlots::or_, &NumberSlots::inplace_or},
    {"^", "^=", &NumberSlots::xor_, &NumberSlots::inplace_xor},
};

// Tries a's slot and b's (b's first when b's type is a proper subclass of
// a's); NotImplemented when neither handles the operands.
Ref binary_op1(Value a, Value b, BinaryFn NumberSlots::*field) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  BinaryFn slotv = ta->number.*field;
  BinaryFn slotw = nullptr;
  if (tb != ta) {
    slotw = tb->number.*field;
    if (slotw == slotv) slotw = nullptr;
  }
  if (slotv != nullptr) {
    if (slotw != nullptr && type_is_subtype(tb, ta)) {
      Ref r = slotw(a, b);
      if (!r || !is_not_implemented(r.get())) return r;
      slotw = nullptr;
    }
    Ref r = slotv(a, b);
    if (!r || !is_not_implemented(r.get())) return r;
  }
  if (slotw != nullptr) return slotw(a, b);
  return ref_not_implemented();
}

Ref ternary_op1(Value a, Value b, Value c, TernaryFn NumberSlots::*field) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  TernaryFn slotv = ta->number.*field;
  TernaryFn slotw = nullptr;
  if (tb != ta) {
    slotw = tb->number.*field;
    if (slotw == slotv) slotw = nullptr;
  }
  if (slotv != nullptr) {
    if (slotw != nullptr && type_is_subtype(tb, ta)) {
      Ref r = slotw(a, b, c);
      if (!r || !is_not_implemented(r.get())) return r;
      slotw = nullptr;
    }
    Ref r = slotv(a, b, c);
    if (!r || !is_not_implemented(r.get())) return r;
  }
  if (slotw != nullptr) {
    Ref r = slotw(a, b, c);
    if (!r || !is_not_implemented(r.get())) return r;
  }
  if (!c.is_none()) {
    TernaryFn slotz = type_of(c)->number.*field;
    if (slotz != nullptr && slotz != slotv && slotz != slotw) return slotz(a, b, c);
  }
  return ref_not_implemented();
}

Ref unsupported(Value a, Value b, const char* symbol) {
  return raise(exc::TypeError, std::string("unsupported operand type(s) for ") + symbol + ": " + quoted_type(a) +
                                   " and " + quoted_type(b));
}

Ref power_unsupported(Value a, Value b, Value mod) {
  if (mod.is_none()) return unsupported(a, b, "** or pow()");
  return raise(exc::TypeError, "unsupported operand type(s) for ** or pow(): " + quoted_type(a) + ", " +
                                   quoted_type(b) + ", " + quoted_type(mod));
}

// Small-int fast paths; null (no exception) when they do not apply.
Ref small_int_op(int64_t x, int64_t y, BinaryOp op) {
  int64_t r = 0;
  switch (op) {
    case BinaryOp::Add: r = x + y; break;
    case BinaryOp::Subtract: r = x - y; break;
    case BinaryOp::Multiply:
      if (__builtin_mul_overflow(x, y, &r)) return nullptr;
      break;
    case BinaryOp::And: r = x & y; break;
    case BinaryOp::Or: r = x | y; break;
    case BinaryOp::Xor: r = x ^ y; break;
    default: return nullptr;
  }
  return int_from_int64(r);
}

}  // namespace

Ref power(Value a, Value b, Value mod) {
  Ref r = ternary_op1(a, b, mod, &NumberSlots::power);
  if (!r || !is_not_implemented(r.get())) return r;
  return power_unsupported(a, b, mod);
}

Ref binary_op(Value a, Value b, BinaryOp op) {
  if (a.is_small_int() && b.is_small_int()) {
    Ref r = small_int_op(a.as_small_int(), b.as_small_int(), op);
    if (r) return r;
  }
  const BinaryOpInfo& info = kBinaryOps[static_cast<int>(op)];
  if (info.field == nullptr) return power(a, b, Value::none());
  // Operators run native code on user-sized data ('%*d' % (n, 1), s * n).
  Ref r = memory_errors_raised([&] { return binary_op1(a, b, info.field); });
  if (!r || !is_not_implemented(r.get())) return r;
  return unsupported(a, b, info.symbol);
}

Ref inplace_op(Value a, Value b, BinaryOp op) {
  if (a.is_small_int() && b.is_small_int()) {
    Ref r = small_int_op(a.as_small_int(), b.as_small_int(), op);
    if (r) return r;
  }
  const BinaryOpInfo& info = kBinaryOps[static_cast<int>(op)];
  Type* ta = type_of(a);
  if (info.field == nullptr) {
    if (ta->number.inplace_power != nullptr) {
      Ref r = ta->number.inplace_power(a, b, Value::none());
      if (!r || !is_not_implemented(r.get())) return r;
    }
    Ref r = ternary_op1(a, b, Value::none(), &NumberSlots::power);
    if (!r || !is_not_implemented(r.get())) return r;
    return unsupported(a, b, info.inplace_symbol);
  }
  BinaryFn islot = ta->number.*(info.inplace_field);
  if (islot != nullptr) {
    Ref r = memory_errors_raised([&] { return islot(a, b); });
    if (!r || !is_not_implemented(r.get())) return r;
  }
  Ref r = memory_errors_raised([&] { return binary_op1(a, b, info.field); });
  if (!r || !is_not_implemented(r.get())) return r;
  return unsupported(a, b, info.inplace_symbol);
}

Ref unary_op(Value v, UnaryOp op) {
  if (op == UnaryOp::Not) {
    int t = is_true(v);
    if (t < 0) return nullptr;
    return Ref::boolean(!t);
  }
  if (v.is_small_int()) {
    int64_t x = v.as_small_int();
    if (op == UnaryOp::Negative) return int_from_int64(-x);
    if (op == UnaryOp::Positive) return Ref::borrow(v);
    return int_from_int64(~x);
  }
  Type* t = type_of(v);
  UnaryFn f = nullptr;
  const char* symbol = "";
  switch (op) {
    case UnaryOp::Negative: f = t->number.negative; symbol = "-"; break;
    case UnaryOp::Positive: f = t->number.positive; symbol = "+"; break;
    case UnaryOp::Invert: f = t->number.invert; symbol = "~"; break;
    case UnaryOp::Not: break;
  }
  if (f == nullptr) {
    return raise(exc::TypeError, std::string("bad operand type for unary ") + symbol + ": " + quoted_type(v));
  }
  return f(v);
}

// ---------------------------------------------------------------------------
// isinstance / issubclass.

namespace {

bool is_union(Value cls) {
  return cls.is_object() && std::string_view(type_of(cls)->name) == "types.UnionType";
}

int object_isinstance(Value obj, Type* cls) {
  Type* t = type_of(obj);
  if (type_is_subtype(t, cls)) return 1;
  // Of the built-in types only weak proxies can answer another __class__.
  if (!type_has_flag(t, kTypeHeap) && t != &weakproxy_type && t != &weakcallableproxy_type) return 0;
  Ref icls = getattr_optional(obj, INTERNED("__class__"));
  if (!icls) return error_occurred() ? -1 : 0;
  if (icls.get() != Value::object(t) && is_type(icls.get())) return type_is_subtype(icls.as<Type>(), cls);
  return 0;
}

// Calls cls's metaclass hook (__instancecheck__ / __subclasscheck__) unless
// it is type's own; *handled false means "use the default rule".
int call_check_hook(Value cls, Str* name, Value arg, bool* handled) {
  *handled = false;
  if (type_of(cls) == &type_type) return 0;
  Value f = type_lookup(type_of(cls), name);
  if (f.is_null() || f == type_lookup(&type_type, name)) return 0;
  *handled = true;
  bool found = false;
  if (!enter_native_recursion(name == INTERNED("__instancecheck__") ? " in __instancecheck__" : " in __subclasscheck__")) {
    return -1;
  }
  Ref r = call_special(cls, name, &arg, 1, nullptr, &found);
  leave_recursive_call();
  if (!r) return -1;
  return is_true(r.get());
}

}  // namespace

int isinstance(Value obj, Value cls) {
  if (Value::object(type_of(obj)) == cls) return 1;
  if (is_type(cls) && type_of(cls) == &type_type) return object_isinstance(obj, cls.as<Type>());
  if (is_union(cls)) {
    Ref args = getattr(cls, "__args__");
    if (!args) return -1;
    return isinstance(obj, args.get());
  }
  if (is_tuple(cls)) {
    Tuple* t = cls.as<Tuple>();
    // Tuples nest: one level of recursion each, as CPython counts them.
    if (!enter_native_recursion(" in __instancecheck__")) return -1;
    int r = 0;
    for (int64_t i = 0; i < t->size && r == 0; i++) r = isinstance(obj, t->items[i]);
    leave_recursive_call();
    return r;
  }
  bool handled = false;
  int r = call_check_hook(cls, INTERNED("__instancecheck__"), obj, &handled);
  if (handled || r < 0) return r;
  if (!is_type(cls)) {
    return fail(exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  }
  return object_isinstance(obj, cls.as<Type>());
}

int issubclass(Value cls, Value base) {
  if (is_type(base) && type_of(base) == &type_type && is_type(cls)) {
    return type_is_subtype(cls.as<Type>(), base.as<Type>());
  }
  if (is_union(base)) {
    Ref args = getattr(base, "__args__");
    if (!args) return -1;
    return issubclass(cls, args.get());
  }
  if (is_tuple(base)) {
    Tuple* t = base.as<Tuple>();
    // Tuples nest: one level of recursion each, as CPython counts them.
    if (!enter_native_recursion(" in __subclasscheck__")) return -1;
    int r = 0;
    for (int64_t i = 0; i < t->size && r == 0; i++) r = issubclass(cls, t->items[i]);
    leave_recursive_call();
    return r;
  }
  bool handled = false;
  int r = call_check_hook(base, INTERNED("__subclasscheck__"), cls, &handled);
  if (handled || r < 0) return r;
  if (!is_type(cls)) return fail(exc::TypeError, "issubclass() arg 1 must be a class");
  if (!is_type(base)) {
    return fail(exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
  return type_is_subtype(cls.as<Type>(), base.as<Type>());
}

// ---------------------------------------------------------------------------
// Integers from any value.

Ref index(Value v) {
  if (v.is_small_int()) return Ref::borrow(v);
  if (v.is_bool()) return Ref::small_int(v.is_true() ? 1 : 0);
  if (is_int(v)) {
    if (is_exact_int(v)) return Ref::borrow(v);
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    Ref r = int_from_mpz(z);
    mpz_clear(z);
    return r;
  }
  UnaryFn f = type_of(v)->number.index;
  if (f == nullptr) {
    return raise(exc::TypeError, quoted_type(v) + " object cannot be interpreted as an integer");
  }
  Ref r = f(v);
  if (!r) return nullptr;
  if (!is_int(r.get())) {
    return raise(exc::TypeError, std::string("__index__ returned non-int (type ") + type_name_of(r.get()) + ")");
  }
  if (!is_exact_int(r.get())) return index(r.get());
  return r;
}

int64_t as_int64(Value v) {
  if (v.is_small_int()) return v.as_small_int();
  Ref i = index(v);
  if (!i) return -1;
  int64_t out = 0;
  if (!int_to_int64(i.get(), &out)) {
    return fail(exc::OverflowError, std::string("cannot fit 'int' into an index-sized integer"));
  }
  return out;
}

}  // namespace taipan
