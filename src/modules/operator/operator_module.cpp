// The _operator module: Python's operators as functions (operator.py
// imports them all over its pure-Python versions). Every operation goes
// through the object protocol (runtime/protocol.h); the functions only check
// their arguments the way CPython's do. itemgetter, attrgetter and
// methodcaller live in getters.cpp.
#include <string>

#include "modules/modules.h"
#include "modules/operator/operator.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "objects/singletons.h"
#include "objects/type_slots.h"

namespace taipan {

namespace {

// Argument checks: "_operator.neg() takes exactly one argument (0 given)"
// for one argument, "add expected 2 arguments, got 1" for more.
bool one_argument(const char* name, size_t nargs, Tuple* kwnames) {
  std::string qualified = std::string("_operator.") + name;
  if (!no_keywords(qualified.c_str(), kwnames)) return false;
  if (nargs == 1) return true;
  raise(exc::TypeError, qualified + "() takes exactly one argument (" + std::to_string(nargs) + " given)");
  return false;
}

bool n_arguments(const char* name, size_t nargs, Tuple* kwnames, size_t n) {
  return no_keywords((std::string("_operator.") + name).c_str(), kwnames) && check_arg_count(name, nargs, n, n);
}

// ---- the operator families, one template each ------------------------------------

struct BinaryEntry {
  const char* name;
  BinaryOp op;
  bool in_place;
};

constexpr BinaryEntry kBinary[] = {
    {"add", BinaryOp::Add, false},         {"sub", BinaryOp::Subtract, false},
    {"mul", BinaryOp::Multiply, false},    {"matmul", BinaryOp::MatrixMultiply, false},
    {"truediv", BinaryOp::TrueDivide, false}, {"floordiv", BinaryOp::FloorDivide, false},
    {"mod", BinaryOp::Remainder, false},   {"pow", BinaryOp::Power, false},
    {"lshift", BinaryOp::LShift, false},   {"rshift", BinaryOp::RShift, false},
    {"and_", BinaryOp::And, false},        {"or_", BinaryOp::Or, false},
    {"xor", BinaryOp::Xor, false},
    {"iadd", BinaryOp::Add, true},         {"isub", BinaryOp::Subtract, true},
    {"imul", BinaryOp::Multiply, true},    {"imatmul", BinaryOp::MatrixMultiply, true},
    {"itruediv", BinaryOp::TrueDivide, true}, {"ifloordiv", BinaryOp::FloorDivide, true},
    {"imod", BinaryOp::Remainder, true},   {"ipow", BinaryOp::Power, true},
    {"ilshift", BinaryOp::LShift, true},   {"irshift", BinaryOp::RShift, true},
    {"iand", BinaryOp::And, true},         {"ior", BinaryOp::Or, true},
    {"ixor", BinaryOp::Xor, true},
};

template <int Row>
Ref binary_function(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  constexpr const BinaryEntry& e = kBinary[Row];
  if (!n_arguments(e.name, nargs, kwnames, 2)) return nullptr;
  return e.in_place ? inplace_op(args[0], args[1], e.op) : binary_op(args[0], args[1], e.op);
}

struct CompareEntry {
  const char* name;
  CompareOp op;
};

constexpr CompareEntry kCompare[] = {
    {"lt", CompareOp::Lt}, {"le", CompareOp::Le}, {"eq", CompareOp::Eq},
    {"ne", CompareOp::Ne}, {"gt", CompareOp::Gt}, {"ge", CompareOp::Ge},
};

template <int Row>
Ref compare_function(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  constexpr const CompareEntry& e = kCompare[Row];
  if (!n_arguments(e.name, nargs, kwnames, 2)) return nullptr;
  return rich_compare(args[0], args[1], e.op);
}

struct UnaryEntry {
  const char* name;
  UnaryOp op;
};

constexpr UnaryEntry kUnary[] = {
    {"neg", UnaryOp::Negative}, {"pos", UnaryOp::Positive}, {"inv", UnaryOp::Invert}, {"invert", UnaryOp::Invert},
};

template <int Row>
Ref unary_function(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  constexpr const UnaryEntry& e = kUnary[Row];
  if (!one_argument(e.name, nargs, kwnames)) return nullptr;
  return unary_op(args[0], e.op);
}

// ---- the others -------------------------------------------------------------

Ref op_abs(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_argument("abs", nargs, kwnames)) return nullptr;
  UnaryFn absolute = type_of(args[0])->number.absolute;
  if (absolute == nullptr) {
    return raise(exc::TypeError, std::string("bad operand type for abs(): '") + type_name_of(args[0]) + "'");
  }
  return absolute(args[0]);
}

Ref op_not(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_argument("not_", nargs, kwnames)) return nullptr;
  int truth = is_true(args[0]);
  return truth < 0 ? nullptr : Ref::boolean(!truth);
}

Ref op_truth(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_argument("truth", nargs, kwnames)) return nullptr;
  int truth = is_true(args[0]);
  return truth < 0 ? nullptr : Ref::boolean(truth);
}

Ref op_index(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_argument("index", nargs, kwnames)) return nullptr;
  return index(args[0]);
}

Ref op_is(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!n_arguments("is_", nargs, kwnames, 2)) return nullptr;
  return Ref::boolean(args[0].bits() == args[1].bits());
}

Ref op_is_not(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!n_arguments("is_not", nargs, kwnames, 2)) return nullptr;
  return Ref::boolean(args[0].bits() != args[1].bits());
}

Ref op_contains(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!n_arguments("contains", nargs, kwnames, 2)) return nullptr;
  int found = contains(args[0], args[1]);
  return found < 0 ? nullptr : Ref::boolean(found);
}

// Walks `sequence` comparing each item with `item` (identity first):
// countOf counts the matches, indexOf stops at the first.
Ref count_or_index(Value sequence, Value item, bool first_only) {
  Ref it = iter(sequence);
  if (!it) return nullptr;
  int64_t position = 0, count = 0;
  while (true) {
    Ref x = next(*it);
    if (!x) {
      if (error_occurred()) return nullptr;
      break;
    }
    int same = x.get().bits() == item.bits() ? 1 : rich_compare_bool(*x, item, CompareOp::Eq);
    if (same < 0) return nullptr;
    if (same) {
      if (first_only) return int_from_int64(position);
      count++;
    }
    position++;
  }
  if (first_only) return raise(exc::ValueError, "sequence.index(x): x not in sequence");
  return int_from_int64(count);
}

Ref op_count_of(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!n_arguments("countOf", nargs, kwnames, 2)) return nullptr;
  return count_or_index(args[0], args[1], false);
}

Ref op_index_of(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!n_arguments("indexOf", nargs, kwnames, 2)) return nullptr;
  return count_or_index(args[0], args[1], true);
}

Ref op_getitem(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!n_arguments("getitem", nargs, kwnames, 2)) return nullptr;
  return getitem(args[0], args[1]);
}

Ref op_setitem(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!n_arguments("setitem", nargs, kwnames, 3)) return nullptr;
  return setitem(args[0], args[1], args[2]) < 0 ? nullptr : Ref::none();
}

Ref op_delitem(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!n_arguments("delitem", nargs, kwnames, 2)) return nullptr;
  return delitem(args[0], args[1]) < 0 ? nullptr : Ref::none();
}

// PySequence_Check: has __getitem__ and is not a dict.
bool is_sequence(Value v) {
  Type* t = type_of(v);
  return t->getitem != nullptr && !type_has_flag(t, kTypeDictSubclass);
}

// a + b for sequences. A built-in sequence concatenates (with its own
// messages); other sequences use + when both sides are sequences.
Ref concat_sequences(const char* name, const Value* args, size_t nargs, Tuple* kwnames, bool in_place) {
  if (!n_arguments(name, nargs, kwnames, 2)) return nullptr;
  Value a = args[0], b = args[1];
  Type* native = type_of(a);
  while (native != nullptr && type_has_flag(native, kTypeHeap)) native = native->base;
  bool native_sequence = native != nullptr && native->getitem != nullptr && native->number.add != nullptr &&
                         !type_has_flag(native, kTypeDictSubclass);
  if (native_sequence || (is_sequence(a) && is_sequence(b))) {
    Ref r = in_place ? inplace_op(a, b, BinaryOp::Add) : binary_op(a, b, BinaryOp::Add);
    if (r || !error_matches(exc::TypeError) || native_sequence) return r;
    clear_error();
  }
  return raise(exc::TypeError, std::string("'") + type_name_of(a) + "' object can't be concatenated");
}

Ref op_concat(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return concat_sequences("concat", args, nargs, kwnames, false);
}

Ref op_iconcat(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return concat_sequences("iconcat", args, nargs, kwnames, true);
}

// operator.length_hint(obj, default=0): len(obj), else obj.__length_hint__(),
// else default, with CPython's checks of the hint.
Ref op_length_hint(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_operator.length_hint", kwnames) || !check_arg_count("length_hint", nargs, 1, 2)) return nullptr;
  Value obj = args[0];
  int64_t fallback = 0;
  if (nargs == 2) {
    if (type_of(args[1])->number.index == nullptr) {
      return raise(exc::TypeError, std::string("'") + type_name_of(args[1]) + "' object cannot be interpreted as an integer");
    }
    fallback = as_int64(args[1]);
    if (fallback == -1 && error_occurred()) return nullptr;
  }
  if (type_of(obj)->len != nullptr) {
    int64_t n = length(obj);
    if (n >= 0) return int_from_int64(n);
    if (!error_matches(exc::TypeError)) return nullptr;
    clear_error();
  }
  bool found = false;
  Ref hint = call_special(obj, intern("__length_hint__"), nullptr, 0, nullptr, &found);
  if (!found) return error_occurred() ? nullptr : int_from_int64(fallback);
  if (!hint) {
    if (!error_matches(exc::TypeError)) return nullptr;
    clear_error();
    return int_from_int64(fallback);
  }
  if (is_not_implemented(*hint)) return int_from_int64(fallback);
  if (!is_int(*hint)) {
    return raise(exc::TypeError, std::string("__length_hint__ must be an integer, not ") + type_name_of(*hint));
  }
  int64_t n = as_int64(*hint);
  if (n == -1 && error_occurred()) return nullptr;
  if (n < 0) return raise(exc::ValueError, "__length_hint__() should return >= 0");
  return int_from_int64(n);
}

Ref op_call(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1) return raise(exc::TypeError, "call expected at least 1 argument, got 0");
  return call(args[0], args + 1, nargs - 1, kwnames);
}

// Compares every byte whatever the first difference, so that the time taken
// says nothing about where the inputs differ.
bool same_bytes_constant_time(std::string_view a, std::string_view b) {
  // The loop always runs over b: its length is the secret's.
  std::string_view left = a.size() == b.size() ? a : b;
  unsigned char difference = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < b.size(); i++) {
    difference |= static_cast<unsigned char>(left[i] ^ b[i]);
  }
  return difference == 0;
}

bool is_ascii(Str* s) {
  for (unsigned char c : str_utf8(s)) {
    if (c >= 0x80) return false;
  }
  return true;
}

Ref op_compare_digest(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!n_arguments("_compare_digest", nargs, kwnames, 2)) return nullptr;
  Value a = args[0], b = args[1];
  if (is_str(a) && is_str(b)) {
    if (!is_ascii(a.as<Str>()) || !is_ascii(b.as<Str>())) {
      return raise(exc::TypeError, "comparing strings with non-ASCII characters is not supported");
    }
    return Ref::boolean(same_bytes_constant_time(str_utf8(a.as<Str>()), str_utf8(b.as<Str>())));
  }
  Buffer left, right;
  bool a_buffer = get_buffer(a, &left);
  if (error_occurred()) return nullptr;
  bool b_buffer = get_buffer(b, &right);
  if (error_occurred()) return nullptr;
  if (!a_buffer && !b_buffer) {
    return raise(exc::TypeError, std::string("unsupported operand types(s) or combination of types: '") +
                                     type_name_of(a) + "' and '" + type_name_of(b) + "'");
  }
  // The one that is not bytes-like gets the usual message.
  if (!a_buffer || !b_buffer) {
    require_buffer(a_buffer ? b : a, a_buffer ? &right : &left);
    return nullptr;
  }
  return Ref::boolean(same_bytes_constant_time(left.data, right.data));
}

const MethodDef kOperatorFunctions[] = {
    {"add", binary_function<0>, kMethodInstance, "Same as a + b."},
    {"sub", binary_function<1>, kMethodInstance, "Same as a - b."},
    {"mul", binary_function<2>, kMethodInstance, "Same as a * b."},
    {"matmul", binary_function<3>, kMethodInstance, "Same as a @ b."},
    {"truediv", binary_function<4>, kMethodInstance, "Same as a / b."},
    {"floordiv", binary_function<5>, kMethodInstance, "Same as a // b."},
    {"mod", binary_function<6>, kMethodInstance, "Same as a % b."},
    {"pow", binary_function<7>, kMethodInstance, "Same as a ** b."},
    {"lshift", binary_function<8>, kMethodInstance, "Same as a << b."},
    {"rshift", binary_function<9>, kMethodInstance, "Same as a >> b."},
    {"and_", binary_function<10>, kMethodInstance, "Same as a & b."},
    {"or_", binary_function<11>, kMethodInstance, "Same as a | b."},
    {"xor", binary_function<12>, kMethodInstance, "Same as a ^ b."},
    {"iadd", binary_function<13>, kMethodInstance, "Same as a += b."},
    {"isub", binary_function<14>, kMethodInstance, "Same as a -= b."},
    {"imul", binary_function<15>, kMethodInstance, "Same as a *= b."},
    {"imatmul", binary_function<16>, kMethodInstance, "Same as a @= b."},
    {"itruediv", binary_function<17>, kMethodInstance, "Same as a /= b."},
    {"ifloordiv", binary_function<18>, kMethodInstance, "Same as a //= b."},
    {"imod", binary_function<19>, kMethodInstance, "Same as a %= b."},
    {"ipow", binary_function<20>, kMethodInstance, "Same as a **= b."},
    {"ilshift", binary_function<21>, kMethodInstance, "Same as a <<= b."},
    {"irshift", binary_function<22>, kMethodInstance, "Same as a >>= b."},
    {"iand", binary_function<23>, kMethodInstance, "Same as a &= b."},
    {"ior", binary_function<24>, kMethodInstance, "Same as a |= b."},
    {"ixor", binary_function<25>, kMethodInstance, "Same as a ^= b."},
    {"lt", compare_function<0>, kMethodInstance, "Same as a < b."},
    {"le", compare_function<1>, kMethodInstance, "Same as a <= b."},
    {"eq", compare_function<2>, kMethodInstance, "Same as a == b."},
    {"ne", compare_function<3>, kMethodInstance, "Same as a != b."},
    {"gt", compare_function<4>, kMethodInstance, "Same as a > b."},
    {"ge", compare_function<5>, kMethodInstance, "Same as a >= b."},
    {"neg", unary_function<0>, kMethodInstance, "Same as -a."},
    {"pos", unary_function<1>, kMethodInstance, "Same as +a."},
    {"inv", unary_function<2>, kMethodInstance, "Same as ~a."},
    {"invert", unary_function<3>, kMethodInstance, "Same as ~a."},
    {"abs", op_abs, kMethodInstance, "Same as abs(a)."},
    {"not_", op_not, kMethodInstance, "Same as not a."},
    {"truth", op_truth, kMethodInstance, "Return True if a is true, False otherwise."},
    {"index", op_index, kMethodInstance, "Same as a.__index__()"},
    {"is_", op_is, kMethodInstance, "Same as a is b."},
    {"is_not", op_is_not, kMethodInstance, "Same as a is not b."},
    {"contains", op_contains, kMethodInstance, "Same as b in a (note reversed operands)."},
    {"countOf", op_count_of, kMethodInstance, "Return the number of items in a which are, or which equal, b."},
    {"indexOf", op_index_of, kMethodInstance, "Return the first index of b in a."},
    {"getitem", op_getitem, kMethodInstance, "Same as a[b]."},
    {"setitem", op_setitem, kMethodInstance, "Same as a[b] = c."},
    {"delitem", op_delitem, kMethodInstance, "Same as del a[b]."},
    {"concat", op_concat, kMethodInstance, "Same as a + b, for a and b sequences."},
    {"iconcat", op_iconcat, kMethodInstance, "Same as a += b, for a and b sequences."},
    {"length_hint", op_length_hint, kMethodInstance,
     "Return an estimate of the number of items in obj.\n\n"
     "This is useful for presizing containers when building from an iterable.\n\n"
     "If the object supports len(), the result will be exact.\n"
     "Otherwise, it may over- or under-estimate by an arbitrary amount.\n"
     "The result will be an integer >= 0."},
    {"call", op_call, kMethodInstance, "Same as obj(*args, **kwargs)."},
    {"_compare_digest", op_compare_digest, kMethodInstance,
     "Return 'a == b'.\n\n"
     "This function uses an approach designed to prevent\n"
     "timing analysis, making it appropriate for cryptography.\n\n"
     "a and b must both be of the same type: either str (ASCII only),\n"
     "or any bytes-like object.\n\n"
     "Note: If a and b are of different lengths, or if an error occurs,\n"
     "a timing attack could theoretically reveal information about the\n"
     "types and lengths of a and b--but not their values."},
    {nullptr, nullptr, 0, nullptr},
};

constexpr const char* kOperatorDoc =
    "Operator interface.\n\n"
    "This module exports a set of functions implemented in C corresponding\n"
    "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
    "is equivalent to the expression x+y.  The function names are those\n"
    "used for special methods; variants without leading and trailing\n"
    "'__' are also provided for convenience.";

}  // namespace

Ref make_operator_module() {
  if (init_operator_getter_types() < 0) return nullptr;
  Ref module = module_new("_operator", true);
  if (!module || module_add_functions(*module, kOperatorFunctions) < 0) return nullptr;
  Ref doc = str_from_utf8(kOperatorDoc);
  if (!doc || module_add(*module, "__doc__", *doc) < 0 ||
      module_add(*module, "itemgetter", Value::object(&itemgetter_type)) < 0 ||
      module_add(*module, "attrgetter", Value::object(&attrgetter_type)) < 0 ||
      module_add(*module, "methodcaller", Value::object(&methodcaller_type)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
