// float: the type object for doubles (immediates; FloatObject for instances of
// subclasses), repr, CPython's numeric hash, parsing, the arithmetic slots
// with Python's sign rules, and the methods (hex, fromhex, as_integer_ratio,
// __round__ ...). Semantics follow CPython 3.11.
#include <charconv>
#include <cmath>
#include <cstring>

#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/format_spec.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type float_type;

namespace {

constexpr int64_t kHashModulus = (int64_t{1} << 61) - 1;
constexpr int kHashBits = 61;

struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

}  // namespace

int number_to_double(Value v, double* out) {
  if (v.is_double()) {
    *out = v.as_double();
    return 1;
  }
  if (is_float(v)) {
    *out = float_value(v);
    return 1;
  }
  if (is_int(v)) {
    bool overflow;
    *out = int_to_double(v, &overflow);
    if (overflow) return fail(exc::OverflowError, "int too large to convert to float");
    return 1;
  }
  return 0;
}

namespace {

// Declines (NotImplemented) or fails unless both operands read as doubles.
#define FLOAT_OPERANDS(a, b, x, y)                  \
  double x, y;                                      \
  {                                                 \
    int ok_a = number_to_double(a, &x);            \
    if (ok_a <= 0) return ok_a < 0 ? nullptr : ref_not_implemented(); \
    int ok_b = number_to_double(b, &y);            \
    if (ok_b <= 0) return ok_b < 0 ? nullptr : ref_not_implemented(); \
  }

Ref raise_range_error() {
  Ref message = str_from_utf8("Numerical result out of range");
  if (!message) return nullptr;
  Ref e = call(Value::object(exc::OverflowError), {Value::small_int(34), message.get()});
  if (!e) return nullptr;
  return raise_value(e.get());
}

Ref float_add(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return Ref::from_double(x + y);
}
Ref float_subtract(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return Ref::from_double(x - y);
}
Ref float_multiply(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return Ref::from_double(x * y);
}
Ref float_true_divide(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0) return raise(exc::ZeroDivisionError, "float division by zero");
  return Ref::from_double(x / y);
}

// Python's modulo: the result takes the divisor's sign.
double python_mod(double x, double y) {
  double mod = std::fmod(x, y);
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return mod;
}

// Python's floor division and modulo together, as CPython derives them from
// one fmod: the quotient comes from the unadjusted remainder (then steps
// down when the remainder takes the divisor's sign) and is snapped to the
// nearest integer, which keeps x // inf and huge quotients as CPython has them.
void python_div_mod(double x, double y, double* floor_div, double* mod) {
  double m = std::fmod(x, y);
  double div = (x - m) / y;
  if (m != 0) {
    if ((y < 0) != (m < 0)) {
      m += y;
      div -= 1.0;
    }
  } else {
    m = std::copysign(0.0, y);
  }
  if (div != 0) {
    double snapped = std::floor(div);
    if (div - snapped > 0.5) snapped += 1.0;
    *floor_div = snapped;
  } else {
    *floor_div = std::copysign(0.0, x / y);
  }
  *mod = m;
}

Ref float_remainder(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0) return raise(exc::ZeroDivisionError, "float modulo");
  return Ref::from_double(python_mod(x, y));
}
Ref float_floor_divide(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0) return raise(exc::ZeroDivisionError, "float floor division by zero");
  double floor_div, mod;
  python_div_mod(x, y, &floor_div, &mod);
  return Ref::from_double(floor_div);
}
Ref float_divmod(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0) return raise(exc::ZeroDivisionError, "float divmod()");
  double floor_div, mod;
  python_div_mod(x, y, &floor_div, &mod);
  return tuple_pack({Value::from_double(floor_div), Value::from_double(mod)});
}

bool is_odd_integer(double y) { return std::fmod(std::fabs(y), 2.0) == 1.0; }

Ref float_power(Value a, Value b, Value c) {
  if (!c.is_none()) {
    if (!(is_float(a) || is_int(a)) || !(is_float(b) || is_int(b))) return ref_not_implemented();
    return raise(exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0 || x == 1.0) return Ref::from_double(1.0);
  if (std::isnan(x) || std::isnan(y)) return Ref::from_double(NAN);
  if (std::isinf(y)) {
    double ax = std::fabs(x);
    if (ax == 1.0) return Ref::from_double(1.0);
    return Ref::from_double((ax > 1.0) == (y > 0) ? INFINITY : 0.0);
  }
  if (std::isinf(x)) {
    bool odd = is_odd_integer(y);
    double magnitude = y > 0 ? INFINITY : 0.0;
    return Ref::from_double(x < 0 && odd ? -magnitude : magnitude);
  }
  if (x == 0) {
    if (y < 0) return raise(exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return Ref::from_double(is_odd_integer(y) ? x : 0.0);
  }
  bool negate = false;
  if (x < 0) {
    if (y != std::floor(y)) {
      // A negative base to a fractional power is complex.
      Ref base = complex_new(x, 0.0), exponent = complex_new(y, 0.0);
      if (!base || !exponent) return nullptr;
      return power(base.get(), exponent.get(), Value::none());
    }
    x = -x;
    negate = is_odd_integer(y);
  }
  double r = std::pow(x, y);
  if (std::isinf(r)) return raise_range_error();
  return Ref::from_double(negate ? -r : r);
}

#undef FLOAT_OPERANDS

Ref float_negative(Value a) { return Ref::from_double(-float_value(a)); }
Ref float_positive(Value a) { return Ref::from_double(float_value(a)); }
Ref float_absolute(Value a) { return Ref::from_double(std::fabs(float_value(a))); }
int float_bool(Value a) { return float_value(a) != 0; }
Ref float_int(Value a) { return int_from_double(float_value(a)); }

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

// Compares a double with any int exactly (no rounding of the int).
int compare_double_int(double x, Value i) {
  if (i.is_small_int() || i.is_bool()) {
    double y = static_cast<double>(i.is_bool() ? (i.is_true() ? 1 : 0) : i.as_small_int());
    return x < y ? -1 : x > y;
  }
  if (std::isinf(x)) return x > 0 ? 1 : -1;
  int c = mpz_cmp_d(i.as<BigInt>()->value, x);
  return c < 0 ? 1 : c > 0 ? -1 : 0;
}

Ref float_richcompare(Value a, Value b, CompareOp op) {
  if (!is_float(a)) return ref_not_implemented();
  double x = float_value(a);
  if (is_float(b)) {
    double y = float_value(b);
    switch (op) {
      case CompareOp::Lt: return Ref::boolean(x < y);
      case CompareOp::Le: return Ref::boolean(x <= y);
      case CompareOp::Eq: return Ref::boolean(x == y);
      case CompareOp::Ne: return Ref::boolean(x != y);
      case CompareOp::Gt: return Ref::boolean(x > y);
      case CompareOp::Ge: return Ref::boolean(x >= y);
    }
  }
  if (!is_int(b)) return ref_not_implemented();
  if (std::isnan(x)) return Ref::boolean(op == CompareOp::Ne);
  return Ref::boolean(compare_result(compare_double_int(x, b), op));
}

int64_t float_hash_slot(Value v) {
  double d = float_value(v);
  if (std::isnan(d)) {
    // CPython hashes NaN by identity. Heap floats use their address; the
    // canonical NaN immediate is a single value and hashes by its bits.
    if (v.is_object()) return object_default_hash(v);
    return static_cast<int64_t>(v.bits() >> 4);
  }
  return float_hash(d);
}

Ref float_repr_slot(Value v) { return str_from_utf8(float_repr(float_value(v))); }

// ---- Parsing --------------------------------------------------------------------

bool ascii_equal_ignore_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  }
  return true;
}

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Copies a run of digits with single underscores between them; false if empty
// or if an underscore is misplaced.
bool take_digits(std::string_view s, size_t* pos, std::string* out) {
  size_t start = *pos;
  while (*pos < s.size()) {
    char c = s[*pos];
    if (is_digit(c)) {
      *out += c;
    } else if (c == '_' && *pos > start && *pos + 1 < s.size() && is_digit(s[*pos + 1])) {
      // skipped: it sits between two digits
    } else {
      break;
    }
    ++*pos;
  }
  return *pos > start;
}

}  // namespace

bool parse_float_literal(std::string_view s, double* out) {
  size_t i = 0, end = s.size();
  while (i < end && is_space(s[i])) ++i;
  while (end > i && is_space(s[end - 1])) --end;
  s = s.substr(i, end - i);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (ascii_equal_ignore_case(s, "inf") || ascii_equal_ignore_case(s, "infinity")) {
    *out = negative ? -INFINITY : INFINITY;
    return true;
  }
  if (ascii_equal_ignore_case(s, "nan")) {
    *out = NAN;
    return true;
  }
  std::string clean;
  size_t pos = 0;
  bool int_digits = take_digits(s, &pos, &clean);
  bool frac_digits = false;
  if (pos < s.size() && s[pos] == '.') {
    clean += '.';
    ++pos;
    frac_digits = take_digits(s, &pos, &clean);
  }
  if (!int_digits && !frac_digits) return false;
  if (pos < s.size() && (s[pos] == 'e' || s[pos] == 'E')) {
    clean += 'e';
    ++pos;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) clean += s[pos++];
    if (!take_digits(s, &pos, &clean)) return false;
  }
  if (pos != s.size()) return false;
  double d = 0;
  std::from_chars_result r = std::from_chars(clean.data(), clean.data() + clean.size(), d);
  if (r.ec == std::errc::result_out_of_range) {
    // from_chars leaves d unchanged out of range: decide between 0 and inf.
    size_t e = clean.find('e');
    bool tiny = e != std::string::npos && clean[e + 1] == '-';
    d = tiny ? 0.0 : INFINITY;
  } else if (r.ec != std::errc() || r.ptr != clean.data() + clean.size()) {
    return false;
  }
  *out = negative ? -d : d;
  return true;
}

namespace {

Ref float_from_text(std::string_view ascii, Value original) {
  double d;
  if (parse_float_literal(ascii, &d)) return Ref::from_double(d);
  Ref text = repr(original);
  if (!text) return nullptr;
  return raise(exc::ValueError, "could not convert string to float: " + str_to_std(text.as<Str>()));
}

Ref float_from_object(Value x) {
  if (x.is_double()) return Ref::from_double(x.as_double());
  if (is_str(x)) return float_from_text(numeric_ascii(x.as<Str>()), x);
  Type* t = type_of(x);
  if (t->number.float_) {
    Ref r = t->number.float_(x);
    if (!r) return nullptr;
    if (!is_float(r.get())) {
      return raise(exc::TypeError, std::string(t->name) + ".__float__ returned non-float (type " +
                                       type_name_of(r.get()) + ")");
    }
    return Ref::from_double(float_value(r.get()));
  }
  if (t->number.index) {
    Ref i = index(x);
    if (!i) return nullptr;
    bool overflow;
    double d = int_to_double(i.get(), &overflow);
    if (overflow) return raise(exc::OverflowError, "int too large to convert to float");
    return Ref::from_double(d);
  }
  Buffer buffer;
  if (get_buffer(x, &buffer)) {
    Ref copy = bytes_from_string(buffer.data);
    if (!copy) return nullptr;
    return float_from_text(buffer.data, is_bytes(x) ? x : copy.get());
  }
  if (error_occurred()) return nullptr;
  return raise(exc::TypeError, std::string("float() argument must be a string or a real number, not '") +
                                   type_name_of(x) + "'");
}

Ref float_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("float", kwnames)) return nullptr;
  if (nargs > 1) {
    return raise(exc::TypeError, "float expected at most 1 argument, got " + std::to_string(nargs));
  }
  Ref value = nargs == 0 ? Ref::from_double(0.0) : float_from_object(args[0]);
  if (!value || type == &float_type) return value;
  FloatObject* f = new_object<FloatObject>(type, static_cast<size_t>(type->basic_size));
  if (!f) return nullptr;
  f->value = float_value(value.get());
  return Ref::steal(f);
}

void float_dealloc(Object* self) { free_object(self); }

// ---- Methods --------------------------------------------------------------------

Ref float_conjugate(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("float.conjugate", nargs, kwnames)) return nullptr;
  return Ref::from_double(float_value(self));
}

Ref float_is_integer(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("float.is_integer", nargs, kwnames)) return nullptr;
  double d = float_value(self);
  return Ref::boolean(std::isfinite(d) && d == std::floor(d));
}

// Splits finite d into an odd-or-zero integer mantissa and a binary exponent.
void exact_parts(double d, mpz_t mantissa, long* exponent) {
  int e;
  double m = std::frexp(d, &e);
  mpz_set_d(mantissa, std::ldexp(m, 53));
  *exponent = e - 53;
  if (mpz_sgn(mantissa) == 0) {
    *exponent = 0;
    return;
  }
  mp_bitcnt_t zeros = mpz_scan1(mantissa, 0);
  mpz_tdiv_q_2exp(mantissa, mantissa, zeros);
  *exponent += static_cast<long>(zeros);
}

Ref float_as_integer_ratio(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("float.as_integer_ratio", nargs, kwnames)) return nullptr;
  double d = float_value(self);
  if (std::isinf(d)) return raise(exc::OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return raise(exc::ValueError, "cannot convert NaN to integer ratio");
  Mpz num, den;
  long exponent;
  exact_parts(d, num.v, &exponent);
  mpz_set_ui(den.v, 1);
  if (exponent > 0) mpz_mul_2exp(num.v, num.v, exponent);
  else mpz_mul_2exp(den.v, den.v, -exponent);
  Ref n = int_from_mpz(num.v), q = int_from_mpz(den.v);
  if (!n || !q) return nullptr;
  return tuple_pack({n.get(), q.get()});
}

Ref float_trunc(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("float.__trunc__", nargs, kwnames)) return nullptr;
  return int_from_double(float_value(self));
}
Ref float_floor(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("float.__floor__", nargs, kwnames)) return nullptr;
  return int_from_double(std::floor(float_value(self)));
}
Ref float_ceil(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("float.__ceil__", nargs, kwnames)) return nullptr;
  return int_from_double(std::ceil(float_value(self)));
}

// x rounded to `ndigits` decimal places: the exact value rounded half to even,
// then converted back to the nearest double.
Ref round_to_digits(double x, int64_t ndigits) {
  if (!std::isfinite(x) || x == 0 || ndigits > 323) return Ref::from_double(x);
  if (ndigits < -308) return Ref::from_double(0.0 * x);
  Mpz num, den, q, r, power;
  long exponent;
  exact_parts(std::fabs(x), num.v, &exponent);
  mpz_set_ui(den.v, 1);
  mpz_ui_pow_ui(power.v, 10, static_cast<unsigned long>(ndigits < 0 ? -ndigits : ndigits));
  if (ndigits >= 0) mpz_mul(num.v, num.v, power.v);
  else mpz_mul(den.v, den.v, power.v);
  if (exponent >= 0) mpz_mul_2exp(num.v, num.v, exponent);
  else mpz_mul_2exp(den.v, den.v, -exponent);
  mpz_tdiv_qr(q.v, r.v, num.v, den.v);
  mpz_mul_2exp(r.v, r.v, 1);
  int c = mpz_cmp(r.v, den.v);
  if (c > 0 || (c == 0 && mpz_odd_p(q.v))) mpz_add_ui(q.v, q.v, 1);
  bool overflow;
  double result;
  if (ndigits >= 0) {
    result = mpz_ratio_to_double(q.v, power.v, &overflow);
  } else {
    Mpz one;
    mpz_set_ui(one.v, 1);
    mpz_mul(q.v, q.v, power.v);
    result = mpz_ratio_to_double(q.v, one.v, &overflow);
  }
  if (overflow) return raise(exc::OverflowError, "rounded value too large to represent");
  return Ref::from_double(std::copysign(result, x));
}

Ref float_round(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("__round__", nargs, 0, 1) || !no_keywords("__round__", kwnames)) return nullptr;
  double x = float_value(self);
  if (nargs == 0 || args[0].is_none()) return int_from_double(std::nearbyint(x));
  int64_t ndigits = as_int64(args[0]);
  if (ndigits == -1 && error_occurred()) {
    if (!error_matches(exc::OverflowError)) return nullptr;
    clear_error();
    ndigits = int_sign(args[0]) > 0 ? INT64_MAX : INT64_MIN;
  }
  return round_to_digits(x, ndigits);
}

Ref float_hex(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("float.hex", nargs, kwnames)) return nullptr;
  double d = float_value(self);
  if (std::isnan(d) || std::isinf(d)) return str_from_utf8(float_repr(d));
  std::string out = std::signbit(d) ? "-" : "";
  d = std::fabs(d);
  if (d == 0) return str_from_utf8(out + "0x0.0p+0");
  int e;
  double m = std::frexp(d, &e);  // d = m * 2^e, m in [0.5, 1)
  int exponent = e - 1;
  m *= 2;
  if (exponent < -1022) {
    m = std::ldexp(m, exponent + 1022);
    exponent = -1022;
  }
  int lead = static_cast<int>(m);
  m -= lead;
  out += "0x";
  out += static_cast<char>('0' + lead);
  out += '.';
  static const char kHex[] = "0123456789abcdef";
  for (int i = 0; i < 13; ++i) {
    m *= 16;
    int digit = static_cast<int>(m);
    m -= digit;
    out += kHex[digit];
  }
  out += exponent < 0 ? "p-" : "p+";
  out += std::to_string(exponent < 0 ? -exponent : exponent);
  return str_from_utf8(out);
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Parses float.fromhex text: 1 ok, 0 invalid, -1 overflow.
int parse_hex_float(std::string_view s, double* out) {
  size_t i = 0, end = s.size();
  while (i < end && is_space(s[i])) ++i;
  while (end > i && is_space(s[end - 1])) --end;
  s = s.substr(i, end - i);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (ascii_equal_ignore_case(s, "inf") || ascii_equal_ignore_case(s, "infinity")) {
    *out = negative ? -INFINITY : INFINITY;
    return 1;
  }
  if (ascii_equal_ignore_case(s, "nan")) {
    *out = NAN;
    return 1;
  }
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s.remove_prefix(2);
  Mpz mantissa;
  long exponent = 0;
  size_t pos = 0, digits = 0;
  for (; pos < s.size() && hex_digit(s[pos]) >= 0; ++pos, ++digits) {
    mpz_mul_2exp(mantissa.v, mantissa.v, 4);
    mpz_add_ui(mantissa.v, mantissa.v, hex_digit(s[pos]));
  }
  if (pos < s.size() && s[pos] == '.') {
    for (++pos; pos < s.size() && hex_digit(s[pos]) >= 0; ++pos, ++digits) {
      mpz_mul_2exp(mantissa.v, mantissa.v, 4);
      mpz_add_ui(mantissa.v, mantissa.v, hex_digit(s[pos]));
      exponent -= 4;
    }
  }
  if (digits == 0) return 0;
  if (pos < s.size() && (s[pos] == 'p' || s[pos] == 'P')) {
    ++pos;
    bool exp_negative = false;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) exp_negative = s[pos++] == '-';
    size_t start = pos;
    long value = 0;
    for (; pos < s.size() && is_digit(s[pos]); ++pos) {
      if (value < 100000000) value = value * 10 + (s[pos] - '0');
    }
    if (pos == start) return 0;
    exponent += exp_negative ? -value : value;
  }
  if (pos != s.size()) return 0;
  double d = 0;
  if (mpz_sgn(mantissa.v) != 0) {
    long top = static_cast<long>(mpz_sizeinbase(mantissa.v, 2)) + exponent;
    if (top > 1025) return -1;
    if (top < -1080) {
      d = 0;
    } else {
      Mpz num, den;
      mpz_set(num.v, mantissa.v);
      mpz_set_ui(den.v, 1);
      if (exponent >= 0) mpz_mul_2exp(num.v, num.v, exponent);
      else mpz_mul_2exp(den.v, den.v, -exponent);
      bool overflow;
      d = mpz_ratio_to_double(num.v, den.v, &overflow);
      if (overflow) return -1;
    }
  }
  *out = negative ? -d : d;
  return 1;
}

Ref float_fromhex(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("fromhex", nargs, 1, 1) || !no_keywords("fromhex", kwnames)) return nullptr;
  if (!is_str(args[0])) return raise(exc::TypeError, "bad argument type for built-in operation");
  double d;
  int ok = parse_hex_float(str_utf8(args[0].as<Str>()), &d);  // ASCII only, like CPython
  if (ok == 0) return raise(exc::ValueError, "invalid hexadecimal floating-point string");
  if (ok < 0) return raise(exc::OverflowError, "hexadecimal value too large to represent as a float");
  if (cls.as<Type>() == &float_type) return Ref::from_double(d);
  return call(cls, {Value::from_double(d)});
}

Ref float_getformat(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("__getformat__", nargs, 1, 1) || !no_keywords("__getformat__", kwnames)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("__getformat__() argument must be str, not ") +
                                     type_name_of(args[0]));
  }
  std::string_view which = str_utf8(args[0].as<Str>());
  if (which != "double" && which != "float") {
    return raise(exc::ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  }
  return str_from_utf8("IEEE, little-endian");
}

Ref float_format_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("__format__", nargs, 1, 1) || !no_keywords("__format__", kwnames)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("__format__() argument must be str, not ") +
                                     type_name_of(args[0]));
  }
  std::string_view text = str_utf8(args[0].as<Str>());
  if (text.empty()) return str(self);
  FormatSpec spec;
  if (!parse_format_spec(text, "float", &spec)) return nullptr;
  return format_float_spec(float_value(self), spec);
}

Ref float_getnewargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("float.__getnewargs__", nargs, kwnames)) return nullptr;
  return tuple_pack({Value::from_double(float_value(self))});
}

const MethodDef kFloatMethods[] = {
    {"conjugate", float_conjugate, kMethodInstance, "conjugate($self, /)\n--\n\nReturn self, the complex conjugate of any float."},
    {"is_integer", float_is_integer, kMethodInstance, "is_integer($self, /)\n--\n\nReturn True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio, kMethodInstance, "as_integer_ratio($self, /)\n--\n\nReturn integer ratio."},
    {"hex", float_hex, kMethodInstance, "hex($self, /)\n--\n\nReturn a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex, kMethodClass, "fromhex($type, string, /)\n--\n\nCreate a floating-point number from a hexadecimal string."},
    {"__getformat__", float_getformat, kMethodClass, "__getformat__($type, typestr, /)\n--\n\nYou probably don't want to use this function."},
    {"__trunc__", float_trunc, kMethodInstance, "__trunc__($self, /)\n--\n\nReturn the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, kMethodInstance, "__floor__($self, /)\n--\n\nReturn the floor as an Integral."},
    {"__ceil__", float_ceil, kMethodInstance, "__ceil__($self, /)\n--\n\nReturn the ceiling as an Integral."},
    {"__round__", float_round, kMethodInstance, "__round__($self, ndigits=None, /)\n--\n\nReturn the Integral closest to x, rounding half toward even."},
    {"__format__", float_format_method, kMethodInstance, "__format__($self, format_spec, /)\n--\n\nFormats the float according to format_spec."},
    {"__getnewargs__", float_getnewargs, kMethodInstance, "__getnewargs__($self, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

Ref float_get_real(Value self) { return Ref::from_double(float_value(self)); }
Ref float_get_imag(Value) { return Ref::from_double(0.0); }

const GetSetDef kFloatGetSets[] = {
    {"real", float_get_real, nullptr, "the real part of a complex number"},
    {"imag", float_get_imag, nullptr, "the imaginary part of a complex number"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  std::string body = format_double_body(std::fabs(d), 0, -1, false, true);
  return std::signbit(d) ? "-" + body : body;
}

int64_t float_hash(double d) {
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;
  int e;
  double m = std::frexp(std::fabs(d), &e);
  // The value mod 2**61-1, reading the mantissa 28 bits at a time.
  uint64_t h = 0;
  while (m != 0) {
    h = ((h << 28) & kHashModulus) | (h >> (kHashBits - 28));
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t chunk = static_cast<uint64_t>(m);
    m -= static_cast<double>(chunk);
    h += chunk;
    if (h >= static_cast<uint64_t>(kHashModulus)) h -= kHashModulus;
  }
  int shift = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  h = ((h << shift) & kHashModulus) | (h >> (kHashBits - shift));
  int64_t result = static_cast<int64_t>(h);
  if (d < 0) result = -result;
  return result == -1 ? -2 : result;
}

int init_float_type() {
  Type& t = float_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "float";
  t.basic_size = sizeof(FloatObject);
  t.flags = kTypeBaseType | kTypeFloatSubclass;
  t.doc = "float(x=0, /)\n--\n\nConvert a string or number to a floating point number, if possible.";
  t.dealloc = float_dealloc;
  t.repr = float_repr_slot;
  t.hash = float_hash_slot;
  t.richcompare = float_richcompare;
  t.new_ = float_new;
  t.methods = kFloatMethods;
  t.getsets = kFloatGetSets;
  NumberSlots& n = t.number;
  n.add = float_add;
  n.subtract = float_subtract;
  n.multiply = float_multiply;
  n.remainder = float_remainder;
  n.divmod = float_divmod;
  n.floor_divide = float_floor_divide;
  n.true_divide = float_true_divide;
  n.power = float_power;
  n.negative = float_negative;
  n.positive = float_positive;
  n.absolute = float_absolute;
  n.bool_ = float_bool;
  n.int_ = float_int;
  n.float_ = float_positive;
  return type_ready(&t);
}

}  // namespace taipan
