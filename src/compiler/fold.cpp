// Constant folding (see fold.h). Size limits follow CPython's ast_opt.c.
#include "compiler/fold.h"

#include <cstring>

#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/protocol.h"

namespace taipan::compiler {

namespace {

constexpr int64_t kMaxIntBits = 128;
constexpr int64_t kMaxCollectionSize = 256;
constexpr int64_t kMaxStrSize = 4096;

int64_t bit_length(Value v) {
  int64_t small;
  if (int_to_int64(v, &small)) {
    uint64_t u = small < 0 ? -static_cast<uint64_t>(small) : static_cast<uint64_t>(small);
    int64_t n = 0;
    while (u != 0) {
      u >>= 1;
      n++;
    }
    return n;
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  int64_t n = static_cast<int64_t>(mpz_sizeinbase(z, 2));
  mpz_clear(z);
  return n;
}

bool is_sized_sequence(Value v) { return is_str(v) || is_bytes(v) || is_tuple(v); }

// A repeat of `seq` n times stays within the limits.
bool safe_repeat(Value seq, Value count) {
  int64_t n;
  if (!int_to_int64(count, &n)) return false;
  if (n <= 0) return true;
  int64_t size = length(seq);
  if (size < 0) {
    clear_error();
    return false;
  }
  int64_t limit = is_tuple(seq) ? kMaxCollectionSize : kMaxStrSize;
  return size == 0 || n <= limit / size;
}

bool safe(ast::Operator op, Value a, Value b) {
  switch (op) {
    case ast::Operator::Mult:
      if (is_int(a) && is_int(b)) return bit_length(a) + bit_length(b) <= kMaxIntBits;
      if (is_sized_sequence(a) && is_int(b)) return safe_repeat(a, b);
      if (is_int(a) && is_sized_sequence(b)) return safe_repeat(b, a);
      return true;
    case ast::Operator::Pow:
      if (is_int(a) && is_int(b)) {
        int64_t w;
        if (!int_to_int64(b, &w)) return false;
        return w < 0 || bit_length(a) * w <= kMaxIntBits;
      }
      return true;
    case ast::Operator::LShift:
      if (is_int(a) && is_int(b)) {
        int64_t w;
        if (!int_to_int64(b, &w)) return false;
        return w < 0 || (w <= kMaxIntBits && bit_length(a) + w <= kMaxIntBits);
      }
      return true;
    case ast::Operator::Mod:
      return !is_str(a) && !is_bytes(a);
    default:
      return true;
  }
}

BinaryOp runtime_op(ast::Operator op) {
  switch (op) {
    case ast::Operator::Add: return BinaryOp::Add;
    case ast::Operator::Sub: return BinaryOp::Subtract;
    case ast::Operator::Mult: return BinaryOp::Multiply;
    case ast::Operator::MatMult: return BinaryOp::MatrixMultiply;
    case ast::Operator::Div: return BinaryOp::TrueDivide;
    case ast::Operator::Mod: return BinaryOp::Remainder;
    case ast::Operator::Pow: return BinaryOp::Power;
    case ast::Operator::LShift: return BinaryOp::LShift;
    case ast::Operator::RShift: return BinaryOp::RShift;
    case ast::Operator::BitOr: return BinaryOp::Or;
    case ast::Operator::BitXor: return BinaryOp::Xor;
    case ast::Operator::BitAnd: return BinaryOp::And;
    case ast::Operator::FloorDiv: return BinaryOp::FloorDivide;
  }
  return BinaryOp::Add;
}

// Keeps results that are constants; swallows errors (the operation then runs,
// and fails, at run time).
Ref keep_constant(Ref r) {
  if (!r) {
    clear_error();
    return nullptr;
  }
  Value v = r.get();
  if (is_int(v) || is_float(v) || is_str(v) || is_bytes(v) || is_tuple(v) || v.is_none() ||
      (v.is_object() && v.as_object()->type == &complex_type)) {
    return r;
  }
  return nullptr;
}

}  // namespace

Ref fold_binary(ast::Operator op, Value left, Value right) {
  if (!safe(op, left, right)) return nullptr;
  return keep_constant(binary_op(left, right, runtime_op(op)));
}

Ref fold_unary(ast::UnaryOperator op, Value operand) {
  switch (op) {
    case ast::UnaryOperator::Not: {
      int t = is_true(operand);
      if (t < 0) {
        clear_error();
        return nullptr;
      }
      return Ref::boolean(t == 0);
    }
    case ast::UnaryOperator::USub: return keep_constant(unary_op(operand, UnaryOp::Negative));
    case ast::UnaryOperator::UAdd: return keep_constant(unary_op(operand, UnaryOp::Positive));
    case ast::UnaryOperator::Invert: return keep_constant(unary_op(operand, UnaryOp::Invert));
  }
  return nullptr;
}

Ref fold_subscript(Value container, Value key) { return keep_constant(getitem(container, key)); }

std::string constant_key(Value v) {
  if (v.is_none()) return "N";
  if (v.is_bool()) return v.is_true() ? "T" : "F";
  if (is_exact_int(v)) return "i" + int_to_decimal(v);
  if (v.is_double()) {
    double d = v.as_double();
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return "f" + std::to_string(bits);
  }
  if (is_exact_str(v)) return "s" + std::string(str_utf8(v.as<Str>()));
  if (v.is_object() && v.as_object()->type == &bytes_type) {
    Bytes* b = v.as<Bytes>();
    return "b" + std::string(reinterpret_cast<const char*>(b->data), static_cast<size_t>(b->size));
  }
  if (v.is_object() && v.as_object()->type == &tuple_type) {
    Tuple* t = v.as<Tuple>();
    std::string key = "t" + std::to_string(t->size);
    for (int64_t i = 0; i < t->size; i++) {
      std::string item = constant_key(t->items[i]);
      key += "," + std::to_string(item.size()) + ":" + item;
    }
    return key;
  }
  Ref r = repr(v);
  if (!r) {
    clear_error();
    return "?";
  }
  return std::string("r") + type_of(v)->name + ":" + str_to_std(r.as<Str>());
}

}  // namespace taipan::compiler
