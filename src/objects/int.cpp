// int: the type object, conversions (to and from int64, double, text), the
// arithmetic slots with small-int fast paths and GMP for the rest, and the
// methods and attributes of int. Semantics follow CPython 3.11.
#include "objects/int.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <vector>

#include "modules/sys.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/format_spec.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

// The largest int this runtime makes, in bits (8 GiB of digits): past it GMP
// would abort, so operations that would exceed it raise MemoryError first.
constexpr uint64_t kMaxIntBits = uint64_t{1} << 36;

Type int_type;

namespace {

constexpr int64_t kHashModulus = (int64_t{1} << 61) - 1;

// ---- Reading values -------------------------------------------------------------

// True for the ints held in the Value itself (small ints and bools).
inline bool is_immediate_int(Value v) { return v.is_small_int() || v.is_bool(); }
inline int64_t immediate_int(Value v) {
  return v.is_small_int() ? v.as_small_int() : (v.is_true() ? 1 : 0);
}

// A scratch mpz that clears itself.
struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

// Read access to any int as an mpz: heap ints lend theirs, immediates are
// copied into a local one.
class MpzOf {
 public:
  explicit MpzOf(Value v) {
    if (v.is_object()) {
      p_ = v.as<BigInt>()->value;
    } else {
      mpz_init_set_si(local_, immediate_int(v));
      p_ = local_;
      owned_ = true;
    }
  }
  ~MpzOf() {
    if (owned_) mpz_clear(local_);
  }
  MpzOf(const MpzOf&) = delete;
  MpzOf& operator=(const MpzOf&) = delete;
  mpz_srcptr get() const { return p_; }

 private:
  mpz_t local_;
  mpz_srcptr p_ = nullptr;
  bool owned_ = false;
};

Ref new_bigint(Type* type) {
  BigInt* b = new_object<BigInt>(type, static_cast<size_t>(type->basic_size));
  if (!b) return nullptr;
  mpz_init(b->value);
  return Ref::steal(b);
}

Ref int_from_mpz_src(mpz_srcptr v) {
  if (mpz_fits_slong_p(v)) {
    long x = mpz_get_si(v);
    if (Value::fits_small_int(x)) return Ref::small_int(x);
  }
  Ref r = new_bigint(&int_type);
  if (r) mpz_set(r.as<BigInt>()->value, v);
  return r;
}

// Steals the scratch value into a new int.
Ref int_from_scratch(Mpz& m) {
  if (mpz_fits_slong_p(m.v)) {
    long x = mpz_get_si(m.v);
    if (Value::fits_small_int(x)) return Ref::small_int(x);
  }
  Ref r = new_bigint(&int_type);
  if (r) mpz_swap(r.as<BigInt>()->value, m.v);
  return r;
}

// The exact int with the value of any int (drops subclass and bool types).
Ref exact_int(Value v) {
  if (v.is_bool()) return Ref::small_int(v.is_true() ? 1 : 0);
  if (is_exact_int(v)) return Ref::borrow(v);
  return int_from_mpz_src(v.as<BigInt>()->value);
}

// ---- Conversions to double ----------------------------------------------------------

// Rounds q * 2^scale to the nearest double (ties to even), q >= 0. `inexact`
// says a positive amount below q's last bit was dropped; q must then carry at
// least 55 significant bits. Sets *overflow when the result exceeds the range.
double scaled_to_double(mpz_srcptr q, long scale, bool inexact, bool* overflow) {
  *overflow = false;
  if (mpz_sgn(q) == 0) return 0.0;
  long bits = static_cast<long>(mpz_sizeinbase(q, 2));
  long top = bits - 1 + scale;  // the value lies in [2^top, 2^(top+1))
  if (top > 1023) {
    *overflow = true;
    return 0.0;
  }
  long precision = top >= -1022 ? 53 : top + 1075;
  long drop = bits - precision;
  double result;
  if (drop <= 0) {
    result = std::ldexp(mpz_get_d(q), static_cast<int>(scale));
  } else {
    Mpz kept, rest;
    mpz_tdiv_q_2exp(kept.v, q, drop);
    mpz_tdiv_r_2exp(rest.v, q, drop);
    Mpz half;
    mpz_setbit(half.v, drop - 1);
    int cmp = mpz_cmp(rest.v, half.v);
    if (cmp > 0 || (cmp == 0 && (inexact || mpz_odd_p(kept.v)))) mpz_add_ui(kept.v, kept.v, 1);
    result = std::ldexp(mpz_get_d(kept.v), static_cast<int>(drop + scale));
  }
  if (std::isinf(result)) *overflow = true;
  return result;
}

double mpz_to_double(mpz_srcptr v, bool* overflow) {
  if (mpz_sizeinbase(v, 2) <= 53) {
    *overflow = false;
    return mpz_get_d(v);
  }
  Mpz magnitude;
  mpz_abs(magnitude.v, v);
  double d = scaled_to_double(magnitude.v, 0, false, overflow);
  return mpz_sgn(v) < 0 ? -d : d;
}

Ref raise_int_too_large_for_float() {
  return raise(exc::OverflowError, "int too large to convert to float");
}

// ---- Text ---------------------------------------------------------------------------

int64_t max_str_digits() { return sys_int_max_str_digits(); }

bool is_power_of_two_base(int base) { return (base & (base - 1)) == 0; }

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Parses an ASCII numeric text. Returns 1 on success (value in `out`), 0 for
// an invalid literal, -1 with an exception set (digit limit).
int parse_int_text(std::string_view s, int base, mpz_t out) {
  size_t i = 0, end = s.size();
  while (i < end && is_ascii_space(s[i])) ++i;
  while (end > i && is_ascii_space(s[end - 1])) --end;
  bool negative = false;
  if (i < end && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  bool prefixed = false;
  if (end - i >= 2 && s[i] == '0') {
    char p = static_cast<char>(s[i + 1] | 0x20);
    int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefix_base && (base == 0 || base == prefix_base)) {
      base = prefix_base;
      i += 2;
      prefixed = true;
    }
  }
  bool leading_zero_decimal = false;
  if (base == 0) {
    base = 10;
    leading_zero_decimal = i < end && s[i] == '0';
  }
  std::string digits;
  bool last_underscore = !prefixed;  // an underscore may follow a prefix, never start
  for (size_t k = i; k < end; ++k) {
    char c = s[k];
    if (c == '_') {
      if (last_underscore) return 0;
      last_underscore = true;
      continue;
    }
    if (digit_value(c) >= base) return 0;
    digits += c;
    last_underscore = false;
  }
  if (digits.empty() || last_underscore) return 0;
  if (leading_zero_decimal && digits.find_first_not_of('0') != std::string::npos) return 0;
  int64_t limit = max_str_digits();
  if (!is_power_of_two_base(base) && limit > 0 && static_cast<int64_t>(digits.size()) > limit) {
    fail(exc::ValueError, "Exceeds the limit (" + std::to_string(limit) +
                              " digits) for integer string conversion: value has " +
                              std::to_string(digits.size()) +
                              " digits; use sys.set_int_max_str_digits() to increase the limit");
    return -1;
  }
  mpz_set_str(out, digits.c_str(), base);
  if (negative) mpz_neg(out, out);
  return 1;
}

Ref raise_invalid_literal(int base, Value original) {
  Ref text = repr(original);
  if (!text) return nullptr;
  return raise(exc::ValueError, "invalid literal for int() with base " + std::to_string(base) +
                                    ": " + str_to_std(text.as<Str>()));
}

Ref parse_int_value(std::string_view ascii, int base, Value original) {
  Mpz m;
  int ok = parse_int_text(ascii, base, m.v);
  if (ok < 0) return nullptr;
  if (ok == 0) return raise_invalid_literal(base, original);
  return int_from_scratch(m);
}

// ---- Binary operations --------------------------------------------------------------

using MpzBinary = void (*)(mpz_ptr, mpz_srcptr, mpz_srcptr);

Ref mpz_binary(Value a, Value b, MpzBinary op) {
  MpzOf x(a), y(b);
  Mpz r;
  op(r.v, x.get(), y.get());
  return int_from_scratch(r);
}

#define INT_OPERANDS_OR_DECLINE(a, b) \
  if (!is_int(a) || !is_int(b)) return ref_not_implemented()

Ref int_add(Value a, Value b) {
  INT_OPERANDS_OR_DECLINE(a, b);
  if (is_immediate_int(a) && is_immediate_int(b)) return int_from_int64(immediate_int(a) + immediate_int(b));
  return mpz_binary(a, b, mpz_add);
}

Ref int_subtract(Value a, Value b) {
  INT_OPERANDS_OR_DECLINE(a, b);
  if (is_immediate_int(a) && is_immediate_int(b)) return int_from_int64(immediate_int(a) - immediate_int(b));
  return mpz_binary(a, b, mpz_sub);
}

Ref int_multiply(Value a, Value b) {
  INT_OPERANDS_OR_DECLINE(a, b);
  if (is_immediate_int(a) && is_immediate_int(b)) {
    int64_t r;
    if (!__builtin_mul_overflow(immediate_int(a), immediate_int(b), &r)) return int_from_int64(r);
  }
  return mpz_binary(a, b, mpz_mul);
}

bool is_zero_int(Value v) {
  return is_immediate_int(v) ? immediate_int(v) == 0 : mpz_sgn(v.as<BigInt>()->value) == 0;
}

// Floor division and modulo of immediates (b != 0), Python signs.
inline void floor_divmod_small(int64_t a, int64_t b, int64_t* q, int64_t* r) {
  int64_t qq = a / b, rr = a % b;
  if (rr != 0 && ((rr < 0) != (b < 0))) {
    --qq;
    rr += b;
  }
  *q = qq;
  *r = rr;
}

Ref int_floor_divide(Value a, Value b) {
  INT_OPERANDS_OR_DECLINE(a, b);
  if (is_zero_int(b)) return raise(exc::ZeroDivisionError, "integer division or modulo by zero");
  if (is_immediate_int(a) && is_immediate_int(b)) {
    int64_t q, r;
    floor_divmod_small(immediate_int(a), immediate_int(b), &q, &r);
    return int_from_int64(q);
  }
  return mpz_binary(a, b, mpz_fdiv_q);
}

Ref int_remainder(Value a, Value b) {
  INT_OPERANDS_OR_DECLINE(a, b);
  if (is_zero_int(b)) return raise(exc::ZeroDivisionError, "integer modulo by zero");
  if (is_immediate_int(a) && is_immediate_int(b)) {
    int64_t q, r;
    floor_divmod_small(immediate_int(a), immediate_int(b), &q, &r);
    return int_from_int64(r);
  }
  return mpz_binary(a, b, mpz_fdiv_r);
}

Ref int_divmod(Value a, Value b) {
  INT_OPERANDS_OR_DECLINE(a, b);
  if (is_zero_int(b)) return raise(exc::ZeroDivisionError, "integer division or modulo by zero");
  Ref q, r;
  if (is_immediate_int(a) && is_immediate_int(b)) {
    int64_t qq, rr;
    floor_divmod_small(immediate_int(a), immediate_int(b), &qq, &rr);
    q = int_from_int64(qq);
    r = int_from_int64(rr);
  } else {
    MpzOf x(a), y(b);
    Mpz mq, mr;
    mpz_fdiv_qr(mq.v, mr.v, x.get(), y.get());
    q = int_from_scratch(mq);
    r = int_from_scratch(mr);
  }
  if (!q || !r) return nullptr;
  return tuple_pack({q.get(), r.get()});
}

// a / b correctly rounded, as CPython does for any two ints.
Ref int_true_divide(Value a, Value b) {
  INT_OPERANDS_OR_DECLINE(a, b);
  if (is_zero_int(b)) return raise(exc::ZeroDivisionError, "division by zero");
  constexpr int64_t kExact = int64_t{1} << 53;
  if (is_immediate_int(a) && is_immediate_int(b)) {
    int64_t x = immediate_int(a), y = immediate_int(b);
    if (x > -kExact && x < kExact && y > -kExact && y < kExact) {
      return Ref::from_double(static_cast<double>(x) / static_cast<double>(y));
    }
  }
  MpzOf x(a), y(b);
  bool overflow;
  double d = mpz_ratio_to_double(x.get(), y.get(), &overflow);
  if (overflow) return raise(exc::OverflowError, "integer division result too large for a float");
  return Ref::from_double(d);
}

Ref float_power_of_ints(Value a, Value b) {
  bool overflow;
  double x = int_to_double(a, &overflow);
  if (overflow) return raise_int_too_large_for_float();
  double y = int_to_double(b, &overflow);
  if (overflow) return raise_int_too_large_for_float();
  if (x == 0) return raise(exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
  Ref fx = Ref::from_double(x), fy = Ref::from_double(y);
  return binary_op(fx.get(), fy.get(), BinaryOp::Power);
}

Ref int_modular_power(Value a, Value b, Value m) {
  MpzOf base(a), exponent(b), modulus(m);
  if (mpz_sgn(modulus.get()) == 0) return raise(exc::ValueError, "pow() 3rd argument cannot be 0");
  Mpz abs_mod, r, inv;
  mpz_abs(abs_mod.v, modulus.get());
  if (mpz_cmp_ui(abs_mod.v, 1) == 0) return Ref::small_int(0);
  mpz_srcptr effective_base = base.get();
  Mpz abs_exp;
  mpz_abs(abs_exp.v, exponent.get());
  if (mpz_sgn(exponent.get()) < 0) {
    if (!mpz_invert(inv.v, base.get(), abs_mod.v)) {
      return raise(exc::ValueError, "base is not invertible for the given modulus");
    }
    effective_base = inv.v;
  }
  mpz_powm(r.v, effective_base, abs_exp.v, abs_mod.v);
  if (mpz_sgn(modulus.get()) < 0 && mpz_sgn(r.v) != 0) mpz_add(r.v, r.v, modulus.get());
  return int_from_scratch(r);
}

Ref int_power(Value a, Value b, Value m) {
  if (!is_int(a) || !is_int(b)) return ref_not_implemented();
  if (!m.is_none()) {
    if (!is_int(m)) return ref_not_implemented();
    return int_modular_power(a, b, m);
  }
  if (int_sign(b) < 0) return float_power_of_ints(a, b);
  if (is_immediate_int(a) && is_immediate_int(b)) {
    int64_t base = immediate_int(a), e = immediate_int(b), result = 1;
    bool overflow = false;
    while (e > 0 && !overflow) {
      if (e & 1) overflow = __builtin_mul_overflow(result, base, &result);
      e >>= 1;
      if (e > 0 && !overflow) overflow = __builtin_mul_overflow(base, base, &base);
    }
    if (!overflow) return int_from_int64(result);
  }
  MpzOf x(a), y(b);
  Mpz r;
  if (mpz_cmpabs_ui(x.get(), 1) <= 0) {
    // 0, 1 and -1 stay small for any exponent.
    int64_t base = mpz_get_si(x.get());
    if (base == 0) return Ref::small_int(mpz_sgn(y.get()) == 0 ? 1 : 0);
    return Ref::small_int(base == -1 && mpz_odd_p(y.get()) ? -1 : 1);
  }
  // |x| >= 2, so the result has at least (bits(x) - 1) * y bits.
  uint64_t low_bits = mpz_sizeinbase(x.get(), 2) - 1;
  if (!mpz_fits_ulong_p(y.get()) || mpz_get_ui(y.get()) > kMaxIntBits / low_bits) return raise_no_memory();
  mpz_pow_ui(r.v, x.get(), mpz_get_ui(y.get()));
  return int_from_scratch(r);
}

// The shift count as a non-negative int64 (saturated), or -1 with ValueError.
int64_t shift_count(Value b) {
  if (int_sign(b) < 0) return fail(exc::ValueError, "negative shift count");
  int64_t n;
  if (!int_to_int64(b, &n)) return INT64_MAX;
  return n;
}

Ref int_lshift(Value a, Value b) {
  INT_OPERANDS_OR_DECLINE(a, b);
  int64_t n = shift_count(b);
  if (n < 0) return nullptr;
  if (is_zero_int(a)) return Ref::small_int(0);
  if (is_immediate_int(a) && n < 16) return int_from_int64(immediate_int(a) * (int64_t{1} << n));
  if (n > (int64_t{1} << 40)) {
    // CPython counts the shift in 30-bit digits: a count of digits beyond
    // its ssize_t is an OverflowError, any smaller impossible one MemoryError.
    MpzOf count(b);
    Mpz digits_limit;
    mpz_set_ui(digits_limit.v, 30);
    mpz_mul_2exp(digits_limit.v, digits_limit.v, 63);
    if (mpz_cmp(count.get(), digits_limit.v) >= 0) return raise(exc::OverflowError, "too many digits in integer");
    return raise_no_memory();
  }
  MpzOf x(a);
  if (static_cast<uint64_t>(n) + mpz_sizeinbase(x.get(), 2) > kMaxIntBits) return raise_no_memory();
  Mpz r;
  mpz_mul_2exp(r.v, x.get(), static_cast<mp_bitcnt_t>(n));
  return int_from_scratch(r);
}

Ref int_rshift(Value a, Value b) {
  INT_OPERANDS_OR_DECLINE(a, b);
  int64_t n = shift_count(b);
  if (n < 0) return nullptr;
  if (is_immediate_int(a)) return int_from_int64(n >= 63 ? (immediate_int(a) < 0 ? -1 : 0) : immediate_int(a) >> n);
  MpzOf x(a);
  if (static_cast<uint64_t>(n) >= mpz_sizeinbase(x.get(), 2)) return Ref::small_int(mpz_sgn(x.get()) < 0 ? -1 : 0);
  Mpz r;
  mpz_fdiv_q_2exp(r.v, x.get(), static_cast<mp_bitcnt_t>(n));
  return int_from_scratch(r);
}

Ref int_and(Value a, Value b) {
  INT_OPERANDS_OR_DECLINE(a, b);
  if (is_immediate_int(a) && is_immediate_int(b)) return int_from_int64(immediate_int(a) & immediate_int(b));
  return mpz_binary(a, b, mpz_and);
}

Ref int_or(Value a, Value b) {
  INT_OPERANDS_OR_DECLINE(a, b);
  if (is_immediate_int(a) && is_immediate_int(b)) return int_from_int64(immediate_int(a) | immediate_int(b));
  return mpz_binary(a, b, mpz_ior);
}

Ref int_xor(Value a, Value b) {
  INT_OPERANDS_OR_DECLINE(a, b);
  if (is_immediate_int(a) && is_immediate_int(b)) return int_from_int64(immediate_int(a) ^ immediate_int(b));
  return mpz_binary(a, b, mpz_xor);
}

#undef INT_OPERANDS_OR_DECLINE

// ---- Unary operations ---------------------------------------------------------------

using MpzUnary = void (*)(mpz_ptr, mpz_srcptr);

Ref mpz_unary(Value a, MpzUnary op) {
  MpzOf x(a);
  Mpz r;
  op(r.v, x.get());
  return int_from_scratch(r);
}

Ref int_negative(Value a) {
  if (is_immediate_int(a)) return int_from_int64(-immediate_int(a));
  return mpz_unary(a, mpz_neg);
}
Ref int_positive(Value a) { return exact_int(a); }
Ref int_absolute(Value a) {
  if (is_immediate_int(a)) return int_from_int64(std::abs(immediate_int(a)));
  return mpz_unary(a, mpz_abs);
}
Ref int_invert(Value a) {
  if (is_immediate_int(a)) return int_from_int64(~immediate_int(a));
  return mpz_unary(a, mpz_com);
}
int int_bool(Value a) { return is_zero_int(a) ? 0 : 1; }
Ref int_float(Value a) {
  bool overflow;
  double d = int_to_double(a, &overflow);
  if (overflow) return raise_int_too_large_for_float();
  return Ref::from_double(d);
}

// ---- Comparison, hash, repr ---------------------------------------------------------

int compare_ints(Value a, Value b) {
  if (is_immediate_int(a) && is_immediate_int(b)) {
    int64_t x = immediate_int(a), y = immediate_int(b);
    return x < y ? -1 : x > y;
  }
  MpzOf x(a), y(b);
  int c = mpz_cmp(x.get(), y.get());
  return c < 0 ? -1 : c > 0;
}

bool compare_result(int c, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return c < 0;
    case CompareOp::Le: return c <= 0;
    case CompareOp::Eq: return c == 0;
    case CompareOp::Ne: return c != 0;
    case CompareOp::Gt: return c > 0;
    case CompareOp::Ge: return c >= 0;
  }
  return false;
}

Ref int_richcompare(Value a, Value b, CompareOp op) {
  if (!is_int(a) || !is_int(b)) return ref_not_implemented();
  return Ref::boolean(compare_result(compare_ints(a, b), op));
}

int64_t int_hash_slot(Value v) { return int_hash(v); }

Ref int_repr(Value v) {
  if (is_immediate_int(v)) return str_from_utf8(std::to_string(immediate_int(v)));
  mpz_srcptr m = v.as<BigInt>()->value;
  int64_t limit = max_str_digits();
  // sizeinbase may overshoot by one: only count exactly near the limit.
  if (limit > 0 && static_cast<int64_t>(mpz_sizeinbase(m, 10)) > limit) {
    std::string text = int_to_decimal(v);
    if (static_cast<int64_t>(text.size() - (text[0] == '-')) > limit) {
      return raise(exc::ValueError,
                   "Exceeds the limit (" + std::to_string(limit) +
                       " digits) for integer string conversion; use "
                       "sys.set_int_max_str_digits() to increase the limit");
    }
    return str_from_utf8(text);
  }
  return str_from_utf8(int_to_decimal(v));
}

// ---- Construction -------------------------------------------------------------------

// The ASCII form of str text for int()/float() parsing (see int.h).
Ref int_from_text_object(Value x, int base) {
  if (is_str(x)) return parse_int_value(numeric_ascii(x.as<Str>()), base, x);
  Buffer buffer;
  if (!get_buffer(x, &buffer)) return nullptr;
  return parse_int_value(buffer.data, base, x);
}

Ref int_from_object(Value x) {
  if (is_exact_int(x)) return Ref::borrow(x);
  if (x.is_bool()) return exact_int(x);
  if (x.is_double()) return int_from_double(x.as_double());
  Type* t = type_of(x);
  if (t->number.int_) {
    Ref r = t->number.int_(x);
    if (!r) return nullptr;
    if (!is_int(r.get())) {
      return raise(exc::TypeError, std::string("__int__ returned non-int (type ") +
                                       type_name_of(r.get()) + ")");
    }
    return exact_int(r.get());
  }
  if (t->number.index) return index(x);
  if (Ref trunc = getattr_optional(x, intern("__trunc__"))) {
    Ref r = call(trunc.get(), nullptr, 0);
    if (!r || is_int(r.get())) return r ? exact_int(r.get()) : nullptr;
    Value rv = r.get();
    if (!type_of(rv)->number.index) {
      return raise(exc::TypeError, std::string("__trunc__ returned non-Integral (type ") +
                                       type_name_of(rv) + ")");
    }
    return index(rv);
  }
  if (error_occurred()) return nullptr;
  if (is_str(x) || is_bytes(x) || is_bytearray(x)) return int_from_text_object(x, 10);
  Buffer buffer;
  if (get_buffer(x, &buffer)) {
    Ref copy = bytes_from_string(buffer.data);
    if (!copy) return nullptr;
    return parse_int_value(buffer.data, 10, copy.get());
  }
  return raise(exc::TypeError,
               std::string("int() argument must be a string, a bytes-like object or a real number, not '") +
                   type_name_of(x) + "'");
}

Ref int_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"", "base"};
  static const ArgSpec spec = {"int", names, 2, 1, 0};
  Value bound[2];
  if (!check_total_args("int", nargs, kwnames, 2) || !bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  Ref result;
  if (bound[0].is_null()) {
    if (!bound[1].is_null()) return raise(exc::TypeError, "int() missing string argument");
    result = Ref::small_int(0);
  } else if (bound[1].is_null()) {
    result = int_from_object(bound[0]);
  } else {
    int64_t base = as_int64(bound[1]);
    if (base == -1 && error_occurred()) return nullptr;
    if (base != 0 && (base < 2 || base > 36)) {
      return raise(exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (!is_str(bound[0]) && !is_bytes(bound[0]) && !is_bytearray(bound[0])) {
      return raise(exc::TypeError, "int() can't convert non-string with explicit base");
    }
    result = int_from_text_object(bound[0], static_cast<int>(base));
  }
  if (!result || type == &int_type) return result;
  Ref instance = new_bigint(type);
  if (!instance) return nullptr;
  int_to_mpz(result.get(), instance.as<BigInt>()->value);
  return instance;
}

void int_dealloc(Object* self) {
  mpz_clear(static_cast<BigInt*>(self)->value);
  free_object(self);
}

// ---- Methods ------------------------------------------------------------------------

Ref int_bit_length(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("int.bit_length", nargs, kwnames)) return nullptr;
  if (is_immediate_int(self)) {
    uint64_t m = static_cast<uint64_t>(std::abs(immediate_int(self)));
    return Ref::small_int(64 - std::countl_zero(m));
  }
  MpzOf x(self);
  return Ref::small_int(mpz_sgn(x.get()) == 0 ? 0 : static_cast<int64_t>(mpz_sizeinbase(x.get(), 2)));
}

Ref int_bit_count(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("int.bit_count", nargs, kwnames)) return nullptr;
  MpzOf x(self);
  Mpz magnitude;
  mpz_abs(magnitude.v, x.get());
  return int_from_uint64(mpz_popcount(magnitude.v));
}

Ref int_self(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("int.conjugate", nargs, kwnames)) return nullptr;
  return exact_int(self);
}

Ref int_as_integer_ratio(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("int.as_integer_ratio", nargs, kwnames)) return nullptr;
  Ref n = exact_int(self);
  if (!n) return nullptr;
  return tuple_pack({n.get(), Value::small_int(1)});
}

// round(int, ndigits): exact for ndigits >= 0, half-to-even at 10**-ndigits otherwise.
Ref int_round(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("__round__", nargs, 0, 1) || !no_keywords("__round__", kwnames)) return nullptr;
  if (nargs == 0 || args[0].is_none()) return exact_int(self);
  Ref nd = index(args[0]);
  if (!nd) return nullptr;
  if (int_sign(nd.get()) >= 0) return exact_int(self);
  int64_t ndigits;
  if (!int_to_int64(nd.get(), &ndigits) || ndigits < -100000000) return Ref::small_int(0);
  MpzOf x(self);
  Mpz power, q, r, twice;
  mpz_ui_pow_ui(power.v, 10, static_cast<unsigned long>(-ndigits));
  mpz_fdiv_qr(q.v, r.v, x.get(), power.v);
  mpz_mul_2exp(twice.v, r.v, 1);
  int c = mpz_cmp(twice.v, power.v);
  if (c > 0 || (c == 0 && mpz_odd_p(q.v))) mpz_add_ui(q.v, q.v, 1);
  mpz_mul(q.v, q.v, power.v);
  return int_from_scratch(q);
}

Ref int_format_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("__format__", nargs, 1, 1) || !no_keywords("__format__", kwnames)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("__format__() argument must be str, not ") +
                                     type_name_of(args[0]));
  }
  std::string_view text = str_utf8(args[0].as<Str>());
  if (text.empty()) return str(self);
  FormatSpec spec;
  if (!parse_format_spec(text, "int", &spec)) return nullptr;
  MpzOf x(self);
  return format_int_spec(x.get(), spec);
}

Ref int_getnewargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("int.__getnewargs__", nargs, kwnames)) return nullptr;
  Ref n = exact_int(self);
  if (!n) return nullptr;
  return tuple_pack({n.get()});
}

Ref int_sizeof(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("int.__sizeof__", nargs, kwnames)) return nullptr;
  MpzOf x(self);
  // CPython's layout: a 24-byte header plus one 4-byte digit per 30 bits (at least one).
  size_t bits = mpz_sgn(x.get()) == 0 ? 1 : mpz_sizeinbase(x.get(), 2);
  return int_from_uint64(24 + 4 * ((bits + 29) / 30));
}

// Reads byteorder: 0 big, 1 little, -1 with ValueError/TypeError.
int read_byteorder(Value v) {
  if (v.is_null()) return 0;
  if (!is_str(v)) {
    return fail(exc::TypeError, std::string("to_bytes() argument 'byteorder' must be str, not ") +
                                    type_name_of(v));
  }
  std::string_view s = str_utf8(v.as<Str>());
  if (s == "big") return 0;
  if (s == "little") return 1;
  return fail(exc::ValueError, "byteorder must be either 'little' or 'big'");
}

Ref int_to_bytes(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"length", "byteorder", "signed"};
  static const ArgSpec spec = {"to_bytes", names, 3, 0, 0, 2};
  Value bound[3];
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  int64_t length = 1;
  if (!bound[0].is_null()) {
    length = as_int64(bound[0]);
    if (length == -1 && error_occurred()) return nullptr;
    if (length < 0) return raise(exc::ValueError, "length argument must be non-negative");
  }
  int little = read_byteorder(bound[1]);
  if (little < 0) return nullptr;
  bool is_signed = false;
  if (!bound[2].is_null()) {
    int t = is_true(bound[2]);
    if (t < 0) return nullptr;
    is_signed = t;
  }
  MpzOf x(self);
  if (!is_signed && mpz_sgn(x.get()) < 0) {
    return raise(exc::OverflowError, "can't convert negative int to unsigned");
  }
  // Two's complement of the value in 8*length bits.
  Mpz v, limit;
  mpz_set(v.v, x.get());
  bool fits;
  if (length == 0) {
    fits = mpz_sgn(v.v) == 0;
  } else if (is_signed) {
    Mpz bound, low;
    mpz_setbit(bound.v, static_cast<mp_bitcnt_t>(8 * length - 1));
    mpz_neg(low.v, bound.v);
    fits = mpz_cmp(v.v, bound.v) < 0 && mpz_cmp(v.v, low.v) >= 0;
  } else {
    fits = static_cast<int64_t>(mpz_sizeinbase(v.v, 2)) <= 8 * length;
  }
  if (!fits) return raise(exc::OverflowError, "int too big to convert");
  if (mpz_sgn(v.v) < 0) {
    mpz_setbit(limit.v, static_cast<mp_bitcnt_t>(8 * length));
    mpz_add(v.v, v.v, limit.v);
  }
  std::string out(static_cast<size_t>(length), '\0');
  size_t count = 0;
  mpz_export(out.data(), &count, little ? -1 : 1, 1, 1, 0, v.v);
  if (count < static_cast<size_t>(length)) {
    // mpz_export writes only the significant bytes: move them into place.
    std::string fixed(static_cast<size_t>(length), '\0');
    if (little) std::memcpy(fixed.data(), out.data(), count);
    else std::memcpy(fixed.data() + (length - count), out.data(), count);
    out = fixed;
  }
  return bytes_from_string(out);
}

Ref int_from_bytes(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"bytes", "byteorder", "signed"};
  static const ArgSpec spec = {"from_bytes", names, 3, 0, 1, 2};
  Value bound[3];
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  int little = read_byteorder(bound[1]);
  if (little < 0) return nullptr;
  bool is_signed = false;
  if (!bound[2].is_null()) {
    int t = is_true(bound[2]);
    if (t < 0) return nullptr;
    is_signed = t;
  }
  Ref data_owner;
  Buffer buffer;
  if (!get_buffer(bound[0], &buffer)) {
    if (error_occurred()) return nullptr;
    if (is_str(bound[0]) || is_int(bound[0])) {
      return raise(exc::TypeError, std::string("cannot convert '") + type_name_of(bound[0]) + "' object to bytes");
    }
    data_owner = call(Value::object(&bytes_type), {bound[0]});
    if (!data_owner) return nullptr;
    buffer.data = bytes_view(data_owner.as<Bytes>());
  }
  Mpz v;
  if (!buffer.data.empty()) {
    mpz_import(v.v, buffer.data.size(), little ? -1 : 1, 1, 1, 0, buffer.data.data());
    unsigned char top = static_cast<unsigned char>(little ? buffer.data.back() : buffer.data.front());
    if (is_signed && (top & 0x80)) {
      Mpz limit;
      mpz_setbit(limit.v, 8 * buffer.data.size());
      mpz_sub(v.v, v.v, limit.v);
    }
  }
  Ref result = int_from_scratch(v);
  if (!result) return nullptr;
  Type* type = cls.as<Type>();
  if (type == &int_type) return result;
  return call(cls, {result.get()});
}

// __trunc__, __floor__, __ceil__ and __int__ of an int: itself as an exact int.
Ref int_identity_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("int.__trunc__", nargs, kwnames)) return nullptr;
  return exact_int(self);
}

const MethodDef kIntMethods[] = {
    {"conjugate", int_self, kMethodInstance, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_bit_length, kMethodInstance, "bit_length($self, /)\n--\n\nNumber of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, kMethodInstance, "bit_count($self, /)\n--\n\nNumber of ones in the binary representation of abs(self)."},
    {"to_bytes", int_to_bytes, kMethodInstance, "to_bytes($self, /, length=1, byteorder='big', *, signed=False)\n--\n\nReturn an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, kMethodClass, "from_bytes($type, /, bytes, byteorder='big', *, signed=False)\n--\n\nReturn the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_as_integer_ratio, kMethodInstance, "as_integer_ratio($self, /)\n--\n\nReturn integer ratio."},
    {"__trunc__", int_identity_method, kMethodInstance, "Truncating an Integral returns itself."},
    {"__floor__", int_identity_method, kMethodInstance, "Flooring an Integral returns itself."},
    {"__ceil__", int_identity_method, kMethodInstance, "Ceiling of an Integral returns itself."},
    {"__round__", int_round, kMethodInstance, "__round__($self, ndigits=<unrepresentable>, /)\n--\n\nRounding an Integral returns itself."},
    {"__getnewargs__", int_getnewargs, kMethodInstance, "__getnewargs__($self, /)\n--\n\n"},
    {"__format__", int_format_method, kMethodInstance, "__format__($self, format_spec, /)\n--\n\nConvert to a string according to format_spec."},
    {"__sizeof__", int_sizeof, kMethodInstance, "__sizeof__($self, /)\n--\n\nReturns size in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};

Ref int_get_self(Value self) { return exact_int(self); }
Ref int_get_zero(Value) { return Ref::small_int(0); }
Ref int_get_one(Value) { return Ref::small_int(1); }

const GetSetDef kIntGetSets[] = {
    {"real", int_get_self, nullptr, "the real part of a complex number"},
    {"imag", int_get_zero, nullptr, "the imaginary part of a complex number"},
    {"numerator", int_get_self, nullptr, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, nullptr, "the denominator of a rational number in lowest terms"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

// ---- Public API ---------------------------------------------------------------------

Ref int_from_int64(int64_t v) {
  if (Value::fits_small_int(v)) return Ref::small_int(v);
  Ref r = new_bigint(&int_type);
  if (r) mpz_set_si(r.as<BigInt>()->value, v);
  return r;
}

Ref int_from_uint64(uint64_t v) {
  if (v <= static_cast<uint64_t>(Value::kSmallIntMax)) return Ref::small_int(static_cast<int64_t>(v));
  Ref r = new_bigint(&int_type);
  if (r) mpz_set_ui(r.as<BigInt>()->value, v);
  return r;
}

Ref int_from_double(double d) {
  if (std::isinf(d)) return raise(exc::OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) return raise(exc::ValueError, "cannot convert float NaN to integer");
  double t = std::trunc(d);
  if (t >= -140737488355328.0 && t <= 140737488355327.0) return Ref::small_int(static_cast<int64_t>(t));
  Mpz m;
  mpz_set_d(m.v, t);
  return int_from_scratch(m);
}

Ref int_from_mpz(const mpz_t v) { return int_from_mpz_src(v); }

Ref int_from_string(std::string_view text, int base) {
  Ref original = str_from_utf8(text);
  if (!original) return nullptr;
  return parse_int_value(numeric_ascii(original.as<Str>()), base, original.get());
}

void int_to_mpz(Value v, mpz_t out) {
  if (v.is_object()) mpz_set(out, v.as<BigInt>()->value);
  else mpz_set_si(out, immediate_int(v));
}

bool int_to_int64(Value v, int64_t* out) {
  if (is_immediate_int(v)) {
    *out = immediate_int(v);
    return true;
  }
  mpz_srcptr m = v.as<BigInt>()->value;
  if (!mpz_fits_slong_p(m)) return false;
  *out = mpz_get_si(m);
  return true;
}

double int_to_double(Value v, bool* overflow) {
  if (is_immediate_int(v)) {
    *overflow = false;
    return static_cast<double>(immediate_int(v));
  }
  return mpz_to_double(v.as<BigInt>()->value, overflow);
}

std::string int_to_decimal(Value v) {
  if (is_immediate_int(v)) return std::to_string(immediate_int(v));
  mpz_srcptr m = v.as<BigInt>()->value;
  std::string s(mpz_sizeinbase(m, 10) + 2, '\0');
  mpz_get_str(s.data(), 10, m);
  s.resize(std::strlen(s.c_str()));
  return s;
}

int int_sign(Value v) {
  if (is_immediate_int(v)) {
    int64_t x = immediate_int(v);
    return x < 0 ? -1 : x > 0;
  }
  return mpz_sgn(v.as<BigInt>()->value);
}

int64_t int_hash(Value v) {
  int64_t h;
  if (is_immediate_int(v)) {
    h = immediate_int(v);  // |v| < 2**47 < the modulus
  } else {
    // hash(-x) == -hash(x): reduce |v|, then restore the sign.
    mpz_srcptr m = v.as<BigInt>()->value;
    h = static_cast<int64_t>(mpz_tdiv_ui(m, static_cast<unsigned long>(kHashModulus)));
    if (mpz_sgn(m) < 0) h = -h;
  }
  return h == -1 ? -2 : h;
}

bool check_no_args(const char* qualified_name, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size > 0) {
    return fail(exc::TypeError, std::string(qualified_name) + "() takes no keyword arguments") == 0;
  }
  if (nargs == 0) return true;
  return fail(exc::TypeError, std::string(qualified_name) + "() takes no arguments (" + std::to_string(nargs) +
                                  " given)") == 0;
}

bool check_total_args(const char* function, size_t nargs, Tuple* kwnames, size_t max) {
  size_t total = nargs + (kwnames ? static_cast<size_t>(kwnames->size) : 0);
  if (total <= max) return true;
  return fail(exc::TypeError, std::string(function) + "() takes at most " + std::to_string(max) +
                                  " arguments (" + std::to_string(total) + " given)") == 0;
}

std::string numeric_ascii(Str* s) {
  std::string out;
  out.reserve(static_cast<size_t>(s->length));
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (unicode::is_space(c)) {
      out += ' ';
    } else if (int d = unicode::decimal_value(c); d >= 0) {
      out += static_cast<char>('0' + d);
    } else {
      out += '\x7f';  // no literal accepts it
    }
  }
  return out;
}

double mpz_ratio_to_double(const mpz_t num, const mpz_t den, bool* overflow) {
  Mpz n, d, q, r;
  mpz_abs(n.v, num);
  mpz_abs(d.v, den);
  bool negative = (mpz_sgn(num) < 0) != (mpz_sgn(den) < 0);
  *overflow = false;
  if (mpz_sgn(n.v) == 0) return negative ? -0.0 : 0.0;
  long shift = 55 + static_cast<long>(mpz_sizeinbase(d.v, 2)) - static_cast<long>(mpz_sizeinbase(n.v, 2));
  if (shift > 0) mpz_mul_2exp(n.v, n.v, shift);
  else if (shift < 0) mpz_mul_2exp(d.v, d.v, -shift);
  mpz_tdiv_qr(q.v, r.v, n.v, d.v);
  double x = scaled_to_double(q.v, -shift, mpz_sgn(r.v) != 0, overflow);
  return negative ? -x : x;
}

int init_int_type() {
  Type& t = int_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "int";
  t.basic_size = sizeof(BigInt);
  t.flags = kTypeBaseType | kTypeIntSubclass;
  t.doc = "int([x]) -> integer\nint(x, base=10) -> integer";
  t.dealloc = int_dealloc;
  t.repr = int_repr;
  t.hash = int_hash_slot;
  t.richcompare = int_richcompare;
  t.new_ = int_new;
  t.methods = kIntMethods;
  t.getsets = kIntGetSets;
  NumberSlots& n = t.number;
  n.add = int_add;
  n.subtract = int_subtract;
  n.multiply = int_multiply;
  n.remainder = int_remainder;
  n.divmod = int_divmod;
  n.floor_divide = int_floor_divide;
  n.true_divide = int_true_divide;
  n.power = int_power;
  n.lshift = int_lshift;
  n.rshift = int_rshift;
  n.and_ = int_and;
  n.xor_ = int_xor;
  n.or_ = int_or;
  n.negative = int_negative;
  n.positive = int_positive;
  n.absolute = int_absolute;
  n.invert = int_invert;
  n.bool_ = int_bool;
  n.int_ = int_positive;
  n.float_ = int_float;
  n.index = int_positive;
  if (type_ready(&t) < 0) return -1;
  return init_bool_type();
}

}  // namespace taipan
