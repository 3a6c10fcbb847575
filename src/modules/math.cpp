// The math module: CPython 3.11's functions and constants. Real functions run
// on doubles with CPython's error rules (ValueError "math domain error" when a
// finite input gives NaN or an infinity that is not an overflow, OverflowError
// "math range error" for overflows); integer functions are exact (GMP).
// gamma and lgamma are math_gamma.cpp's, as CPython computes them.
#include <cfloat>
#include <cmath>
#include <vector>

#include "modules/math_gamma.h"
#include "modules/modules.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

Ref domain_error() { return raise(exc::ValueError, "math domain error"); }
Ref range_error() { return raise(exc::OverflowError, "math range error"); }

// The argument as a double, as float(x) would read it: 0 or -1.
int real_arg(Value v, double* out) {
  int ok = number_to_double(v, out);
  if (ok != 0) return ok < 0 ? -1 : 0;
  Type* t = type_of(v);
  if (t->number.float_) {
    Ref r = t->number.float_(v);
    if (!r) return -1;
    if (!is_float(r.get())) {
      return fail(exc::TypeError, std::string(t->name) + ".__float__ returned non-float (type " +
                                      type_name_of(r.get()) + ")");
    }
    *out = float_value(r.get());
    return 0;
  }
  if (t->number.index) {
    Ref i = index(v);
    if (!i) return -1;
    return number_to_double(i.get(), out) < 0 ? -1 : 0;
  }
  return fail(exc::TypeError, std::string("must be real number, not ") + type_name_of(v));
}

// The "takes exactly one argument" check of single-argument functions.
bool one_arg(const char* name, size_t nargs, Tuple* kwnames) {
  if (!no_keywords(name, kwnames)) return false;
  if (nargs == 1) return true;
  raise(exc::TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(nargs) +
                            " given)");
  return false;
}

bool exact_args(const char* name, size_t nargs, Tuple* kwnames, size_t n) {
  return no_keywords(name, kwnames) && check_arg_count(name, nargs, n, n);
}

// Applies CPython's error rules to r = f(x).
Ref checked_result(double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) return domain_error();
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();
  return Ref::from_double(r);
}

// ---- One-argument real functions ----------------------------------------------


double exp2_function(double x) { return std::exp2(x); }

struct UnaryMath {
  const char* name;       // shown in argument errors, e.g. "math.sqrt"
  double (*fn)(double);
  bool can_overflow;      // an infinite result from a finite input is a range error
};

double d_acos(double x) { return std::acos(x); }
double d_acosh(double x) { return std::acosh(x); }
double d_asin(double x) { return std::asin(x); }
double d_asinh(double x) { return std::asinh(x); }
double d_atan(double x) { return std::atan(x); }
double d_atanh(double x) { return std::atanh(x); }
double d_cbrt(double x) { return std::cbrt(x); }
double d_cos(double x) { return std::cos(x); }
double d_cosh(double x) { return std::cosh(x); }
double d_erf(double x) { return std::erf(x); }
double d_erfc(double x) { return std::erfc(x); }
double d_exp(double x) { return std::exp(x); }
double d_expm1(double x) { return std::expm1(x); }
double d_fabs(double x) { return std::fabs(x); }
double d_log1p(double x) { return std::log1p(x); }
double d_sin(double x) { return std::sin(x); }
double d_sinh(double x) { return std::sinh(x); }
double d_sqrt(double x) { return std::sqrt(x); }
double d_tan(double x) { return std::tan(x); }
double d_tanh(double x) { return std::tanh(x); }

constexpr UnaryMath kUnary[] = {
    {"math.acos", d_acos, false},    {"math.acosh", d_acosh, false}, {"math.asin", d_asin, false},
    {"math.asinh", d_asinh, false},  {"math.atan", d_atan, false},   {"math.atanh", d_atanh, false},
    {"math.cbrt", d_cbrt, false},    {"math.cos", d_cos, false},     {"math.cosh", d_cosh, true},
    {"math.erf", d_erf, false},      {"math.erfc", d_erfc, false},   {"math.exp", d_exp, true},
    {"math.exp2", exp2_function, true}, {"math.expm1", d_expm1, true}, {"math.fabs", d_fabs, false},
    {"math.gamma", lanczos_gamma, true}, {"math.lgamma", lanczos_lgamma, true},
    {"math.log1p", d_log1p, false},  {"math.sin", d_sin, false},     {"math.sinh", d_sinh, true},
    {"math.sqrt", d_sqrt, false},    {"math.tan", d_tan, false},     {"math.tanh", d_tanh, false},
};

template <int I>
Ref unary_math(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  const UnaryMath& f = kUnary[I];
  if (!one_arg(f.name, nargs, kwnames)) return nullptr;
  double x;
  if (real_arg(args[0], &x) < 0) return nullptr;
  return checked_result(x, f.fn(x), f.can_overflow);
}

// ---- Rounding to integers -----------------------------------------------------

// math.ceil / math.floor: the type's __ceil__/__floor__, else via float.
Ref round_via(const char* name, const char* dunder, double (*fn)(double), const Value* args, size_t nargs,
              Tuple* kwnames) {
  if (!one_arg(name, nargs, kwnames)) return nullptr;
  Value x = args[0];
  if (x.is_double()) return int_from_double(fn(x.as_double()));
  if (!is_float(x)) {
    Value method = type_lookup(type_of(x), dunder);
    if (!method.is_null()) return call_method(x, dunder, {});
    if (error_occurred()) return nullptr;
  }
  double d;
  if (real_arg(x, &d) < 0) return nullptr;
  return int_from_double(fn(d));
}

double d_ceil(double x) { return std::ceil(x); }
double d_floor(double x) { return std::floor(x); }

Ref math_ceil(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return round_via("math.ceil", "__ceil__", d_ceil, args, nargs, kwnames);
}
Ref math_floor(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return round_via("math.floor", "__floor__", d_floor, args, nargs, kwnames);
}

Ref math_trunc(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("math.trunc", nargs, kwnames)) return nullptr;
  Value x = args[0];
  if (x.is_double()) return int_from_double(x.as_double());
  Value method = type_lookup(type_of(x), "__trunc__");
  if (method.is_null()) {
    if (error_occurred()) return nullptr;
    return raise(exc::TypeError, std::string("type ") + type_name_of(x) + " doesn't define __trunc__ method");
  }
  return call_method(x, "__trunc__", {});
}

// ---- Two-argument real functions ----------------------------------------------

bool two_reals(const char* name, const Value* args, size_t nargs, Tuple* kwnames, double* x, double* y) {
  return exact_args(name, nargs, kwnames, 2) && real_arg(args[0], x) == 0 && real_arg(args[1], y) == 0;
}

Ref math_atan2(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double y, x;
  if (!two_reals("atan2", args, nargs, kwnames, &y, &x)) return nullptr;
  return Ref::from_double(std::atan2(y, x));
}

Ref math_copysign(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  if (!two_reals("copysign", args, nargs, kwnames, &x, &y)) return nullptr;
  return Ref::from_double(std::copysign(x, y));
}

Ref math_fmod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  if (!two_reals("fmod", args, nargs, kwnames, &x, &y)) return nullptr;
  if (std::isinf(y) && std::isfinite(x)) return Ref::from_double(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return Ref::from_double(r);
}

Ref math_remainder(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  if (!two_reals("remainder", args, nargs, kwnames, &x, &y)) return nullptr;
  if (std::isnan(x) || std::isnan(y)) return Ref::from_double(std::isnan(x) ? x : y);
  if (std::isinf(x) || y == 0) return domain_error();
  if (std::isinf(y)) return Ref::from_double(x);
  return Ref::from_double(std::remainder(x, y));
}

Ref math_nextafter(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  if (!two_reals("nextafter", args, nargs, kwnames, &x, &y)) return nullptr;
  return Ref::from_double(std::nextafter(x, y));
}

double checked_pow(double x, double y, bool* domain, bool* range) {
  *domain = *range = false;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) return y == 0 ? 1.0 : x;
    if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
    if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (x > 0) return y > 0 ? x : 0.0;
      return y > 0 ? (odd_y ? x : std::fabs(x)) : (odd_y ? std::copysign(0.0, x) : 0.0);
    }
    // y is infinite.
    if (std::fabs(x) == 1.0) return 1.0;
    if (y > 0 && std::fabs(x) > 1.0) return y;
    if (y < 0 && std::fabs(x) < 1.0) return -y;
    return 0.0;
  }
  if (x == 0 && y < 0) {
    *domain = true;
    return 0;
  }
  double r = std::pow(x, y);
  if (std::isnan(r)) *domain = true;
  else if (std::isinf(r)) *range = true;
  return r;
}

Ref math_pow(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  if (!two_reals("pow", args, nargs, kwnames, &x, &y)) return nullptr;
  bool domain, range;
  double r = checked_pow(x, y, &domain, &range);
  if (domain) return domain_error();
  if (range) return range_error();
  return Ref::from_double(r);
}

Ref math_ldexp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exact_args("ldexp", nargs, kwnames, 2)) return nullptr;
  double x;
  if (real_arg(args[0], &x) < 0) return nullptr;
  if (!is_int(args[1])) return raise(exc::TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!int_to_int64(args[1], &e)) e = int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN;
  if (x == 0 || !std::isfinite(x)) return Ref::from_double(x);
  if (e > 100000) e = 100000;
  if (e < -100000) e = -100000;
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) return range_error();
  return Ref::from_double(r);
}

// ---- Decomposition and classification -----------------------------------------

Ref math_frexp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("math.frexp", nargs, kwnames)) return nullptr;
  double x;
  if (real_arg(args[0], &x) < 0) return nullptr;
  int e = 0;
  double m = (x == 0 || !std::isfinite(x)) ? x : std::frexp(x, &e);
  return tuple_pack({Value::from_double(m), Value::small_int(e)});
}

Ref math_modf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("math.modf", nargs, kwnames)) return nullptr;
  double x;
  if (real_arg(args[0], &x) < 0) return nullptr;
  if (std::isinf(x)) return tuple_pack({Value::from_double(std::copysign(0.0, x)), Value::from_double(x)});
  double integral;
  double fraction = std::modf(x, &integral);
  return tuple_pack({Value::from_double(fraction), Value::from_double(integral)});
}

template <bool (*Test)(double)>
Ref classify(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg(name, nargs, kwnames)) return nullptr;
  double x;
  if (real_arg(args[0], &x) < 0) return nullptr;
  return Ref::boolean(Test(x));
}

bool test_finite(double x) { return std::isfinite(x); }
bool test_inf(double x) { return std::isinf(x); }
bool test_nan(double x) { return std::isnan(x); }

Ref math_isfinite(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return classify<test_finite>("math.isfinite", args, nargs, kwnames);
}
Ref math_isinf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return classify<test_inf>("math.isinf", args, nargs, kwnames);
}
Ref math_isnan(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return classify<test_nan>("math.isnan", args, nargs, kwnames);
}

Ref math_isclose(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"a", "b", "rel_tol", "abs_tol"};
  static const ArgSpec spec = {"isclose", names, 4, 0, 2, 2};
  Value bound[4];
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  double a, b, rel_tol = 1e-09, abs_tol = 0.0;
  if (real_arg(bound[0], &a) < 0 || real_arg(bound[1], &b) < 0) return nullptr;
  if (!bound[2].is_null() && real_arg(bound[2], &rel_tol) < 0) return nullptr;
  if (!bound[3].is_null() && real_arg(bound[3], &abs_tol) < 0) return nullptr;
  if (rel_tol < 0 || abs_tol < 0) return raise(exc::ValueError, "tolerances must be non-negative");
  if (a == b) return Ref::boolean(true);
  if (std::isinf(a) || std::isinf(b)) return Ref::boolean(false);
  double diff = std::fabs(b - a);
  return Ref::boolean(diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol);
}

Ref math_ulp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("math.ulp", nargs, kwnames)) return nullptr;
  double x;
  if (real_arg(args[0], &x) < 0) return nullptr;
  if (std::isnan(x) || std::isinf(x)) return Ref::from_double(std::fabs(x));
  x = std::fabs(x);
  double next = std::nextafter(x, INFINITY);
  if (std::isinf(next)) return Ref::from_double(x - std::nextafter(x, -INFINITY));
  return Ref::from_double(next - x);
}

Ref math_degrees(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("math.degrees", nargs, kwnames)) return nullptr;
  double x;
  if (real_arg(args[0], &x) < 0) return nullptr;
  return Ref::from_double(x * (180.0 / M_PI));
}

Ref math_radians(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("math.radians", nargs, kwnames)) return nullptr;
  double x;
  if (real_arg(args[0], &x) < 0) return nullptr;
  return Ref::from_double(x * (M_PI / 180.0));
}

// ---- Logarithms ---------------------------------------------------------------

// f(x) for x an int of any size or a real; domain error for x <= 0.
Ref log_of(Value x, double (*f)(double)) {
  if (is_int(x)) {
    if (int_sign(x) <= 0) return domain_error();
    double d;
    if (number_to_double(x, &d) > 0) return Ref::from_double(f(d));
    clear_error();
    // Too large for a double: x = m * 2**e with m in [0.5, 1).
    Mpz m;
    int_to_mpz(x, m.v);
    long e;
    double mantissa = mpz_get_d_2exp(&e, m.v);
    return Ref::from_double(f(mantissa) + static_cast<double>(e) * f(2.0));
  }
  double d;
  if (real_arg(x, &d) < 0) return nullptr;
  if (std::isnan(d)) return Ref::from_double(d);
  if (d <= 0) return domain_error();
  if (std::isinf(d)) return Ref::from_double(d);
  return Ref::from_double(f(d));
}

double d_log(double x) { return std::log(x); }
double d_log2(double x) { return std::log2(x); }
double d_log10(double x) { return std::log10(x); }

Ref math_log(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("log", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 2) return raise(exc::TypeError, "math.log requires 1 to 2 arguments");
  Ref num = log_of(args[0], d_log);
  if (!num || nargs == 1) return num;
  Ref den = log_of(args[1], d_log);
  if (!den) return nullptr;
  if (den.get().as_double() == 0) return raise(exc::ZeroDivisionError, "float division by zero");
  return Ref::from_double(num.get().as_double() / den.get().as_double());
}
Ref math_log2(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("math.log2", nargs, kwnames)) return nullptr;
  return log_of(args[0], d_log2);
}
Ref math_log10(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("math.log10", nargs, kwnames)) return nullptr;
  return log_of(args[0], d_log10);
}

// ---- Sums, products and norms -------------------------------------------------

// fsum: Shewchuk's exactly rounded sum over non-overlapping partials.
Ref math_fsum(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("math.fsum", nargs, kwnames)) return nullptr;
  Ref it = iter(args[0]);
  if (!it) return nullptr;
  std::vector<double> partials;
  double special_sum = 0, inf_sum = 0;
  while (Ref item = next(it.get())) {
    double x;
    if (real_arg(item.get(), &x) < 0) return nullptr;
    double original = x;
    size_t kept = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0) partials[kept++] = lo;
      x = hi;
    }
    partials.resize(kept);
    if (x == 0) continue;
    if (!std::isfinite(x)) {
      if (std::isfinite(original)) return raise(exc::OverflowError, "intermediate overflow in fsum");
      if (std::isinf(original)) inf_sum += original;
      special_sum += original;
      partials.clear();
    } else {
      partials.push_back(x);
    }
  }
  if (error_occurred()) return nullptr;
  if (special_sum != 0 || std::isnan(special_sum)) {
    if (std::isnan(inf_sum)) return raise(exc::ValueError, "-inf + inf in fsum");
    return Ref::from_double(special_sum);
  }
  double hi = 0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi, y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0) break;
    }
    // Round half-even correctly when the remaining partials push past a tie.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      double y = lo * 2;
      double x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return Ref::from_double(hi);
}

Ref math_prod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"iterable", "start"};
  static const ArgSpec spec = {"prod", names, 2, 1, 1, 1};
  Value bound[2];
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  Ref result = bound[1].is_null() ? Ref::small_int(1) : Ref::borrow(bound[1]);
  Ref it = iter(bound[0]);
  if (!it) return nullptr;
  while (Ref item = next(it.get())) {
    result = binary_op(result.get(), item.get(), BinaryOp::Multiply);
    if (!result) return nullptr;
  }
  if (error_occurred()) return nullptr;
  return result;
}

// A double-length value hi + lo.
struct DoubleLength {
  double hi, lo;
};

// x * y exactly, as hi + lo.
DoubleLength exact_product(double x, double y) {
  double hi = x * y;
  return {hi, std::fma(x, y, -hi)};
}

// a + b exactly, as hi + lo, when |a| >= |b|.
DoubleLength fast_two_sum(double a, double b) {
  double hi = a + b;
  return {hi, (a - hi) + b};
}

// The Euclidean norm of v, as CPython 3.11 computes it: the squares of the
// values scaled by a power of two are summed in double-length arithmetic
// (offset by 1.0 to keep the sum's exponent fixed), then the square root gets
// one differential correction. `max` is the largest magnitude.
double vector_norm(std::vector<double>& v, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0 || v.size() <= 1) return max;
  int max_exponent;
  std::frexp(max, &max_exponent);
  if (max_exponent < -1023) {
    // All subnormal: scaling by 2**-max_exponent would overflow; go through DBL_MIN.
    for (double& x : v) x /= DBL_MIN;
    return DBL_MIN * vector_norm(v, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_exponent);
  double sum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (double x : v) {
    x = std::fabs(x * scale);
    DoubleLength square = exact_product(x, x);
    DoubleLength total = fast_two_sum(sum, square.hi);
    sum = total.hi;
    frac1 += square.lo;
    frac2 += total.lo;
  }
  double h = std::sqrt(sum - 1.0 + (frac1 + frac2));
  DoubleLength square = exact_product(-h, h);
  DoubleLength total = fast_two_sum(sum, square.hi);
  sum = total.hi;
  frac1 += square.lo;
  frac2 += total.lo;
  double x = sum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

// The norm of coordinates, tracking the maximum and NaNs on the way.
double norm_of(std::vector<double>& v) {
  double max = 0;
  bool found_nan = false;
  for (double x : v) {
    found_nan |= std::isnan(x);
    if (std::fabs(x) > max) max = std::fabs(x);
  }
  return vector_norm(v, max, found_nan);
}

Ref math_hypot(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("hypot", kwnames)) return nullptr;
  std::vector<double> coordinates(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    if (real_arg(args[i], &coordinates[i]) < 0) return nullptr;
  }
  return Ref::from_double(norm_of(coordinates));
}

bool read_point(Value v, std::vector<double>* out) {
  Ref items = list_from_iterable(v);
  if (!items) return false;
  List* l = items.as<List>();
  out->resize(static_cast<size_t>(l->size));
  for (int64_t i = 0; i < l->size; ++i) {
    if (real_arg(l->items[i], &(*out)[i]) < 0) return false;
  }
  return true;
}

Ref math_dist(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exact_args("dist", nargs, kwnames, 2)) return nullptr;
  std::vector<double> p, q;
  if (!read_point(args[0], &p) || !read_point(args[1], &q)) return nullptr;
  if (p.size() != q.size()) return raise(exc::ValueError, "both points must have the same number of dimensions");
  for (size_t i = 0; i < p.size(); ++i) p[i] = std::fabs(p[i] - q[i]);
  return Ref::from_double(norm_of(p));
}

// ---- Integer functions --------------------------------------------------------

// The argument through __index__ into an mpz; false with an exception set.
bool index_arg(Value v, mpz_t out) {
  Ref i = index(v);
  if (!i) return false;
  int_to_mpz(i.get(), out);
  return true;
}

Ref math_factorial(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("math.factorial", nargs, kwnames)) return nullptr;
  Mpz n;
  if (!index_arg(args[0], n.v)) return nullptr;
  if (mpz_sgn(n.v) < 0) return raise(exc::ValueError, "factorial() not defined for negative values");
  if (!mpz_fits_slong_p(n.v)) {
    return raise(exc::OverflowError, "factorial() argument should not exceed 9223372036854775807");
  }
  Mpz r;
  mpz_fac_ui(r.v, mpz_get_ui(n.v));
  return int_from_mpz(r.v);
}

using MpzCombine = void (*)(mpz_ptr, mpz_srcptr, mpz_srcptr);

Ref fold_ints(const Value* args, size_t nargs, Tuple* kwnames, const char* name, unsigned long start,
              MpzCombine combine) {
  if (!no_keywords(name, kwnames)) return nullptr;
  Mpz acc, x;
  mpz_set_ui(acc.v, start);
  for (size_t i = 0; i < nargs; ++i) {
    if (!index_arg(args[i], x.v)) return nullptr;
    combine(acc.v, acc.v, x.v);
  }
  mpz_abs(acc.v, acc.v);
  return int_from_mpz(acc.v);
}

Ref math_gcd(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return fold_ints(args, nargs, kwnames, "gcd", 0, mpz_gcd);
}
Ref math_lcm(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return fold_ints(args, nargs, kwnames, "lcm", 1, mpz_lcm);
}

Ref math_isqrt(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("math.isqrt", nargs, kwnames)) return nullptr;
  Mpz n;
  if (!index_arg(args[0], n.v)) return nullptr;
  if (mpz_sgn(n.v) < 0) return raise(exc::ValueError, "isqrt() argument must be nonnegative");
  mpz_sqrt(n.v, n.v);
  return int_from_mpz(n.v);
}

// Reads n and k for comb/perm: 1 ok, 0 the result is 0 (k > n), -1 error.
int read_n_k(const Value* args, mpz_t n, mpz_t k) {
  if (!index_arg(args[0], n) || !index_arg(args[1], k)) return -1;
  if (mpz_sgn(n) < 0) return fail(exc::ValueError, "n must be a non-negative integer");
  if (mpz_sgn(k) < 0) return fail(exc::ValueError, "k must be a non-negative integer");
  if (mpz_cmp(k, n) > 0) return 0;
  if (!mpz_fits_ulong_p(k)) {
    return fail(exc::OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  }
  return 1;
}

Ref math_comb(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exact_args("comb", nargs, kwnames, 2)) return nullptr;
  Mpz n, k;
  int ok = read_n_k(args, n.v, k.v);
  if (ok <= 0) return ok < 0 ? nullptr : Ref::small_int(0);
  mpz_bin_ui(n.v, n.v, mpz_get_ui(k.v));
  return int_from_mpz(n.v);
}

Ref math_perm(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("perm", kwnames) || !check_arg_count("perm", nargs, 1, 2)) return nullptr;
  Mpz n, k;
  if (nargs == 1 || args[1].is_none()) return math_factorial(Value(), args, 1, nullptr);
  int ok = read_n_k(args, n.v, k.v);
  if (ok <= 0) return ok < 0 ? nullptr : Ref::small_int(0);
  // n! / (n-k)! = comb(n, k) * k!
  Mpz k_factorial;
  unsigned long kk = mpz_get_ui(k.v);
  mpz_bin_ui(n.v, n.v, kk);
  mpz_fac_ui(k_factorial.v, kk);
  mpz_mul(n.v, n.v, k_factorial.v);
  return int_from_mpz(n.v);
}

// ---- The module ---------------------------------------------------------------

const MethodDef kMathFunctions[] = {
    {"acos", unary_math<0>, kMethodInstance, "Return the arc cosine (measured in radians) of x."},
    {"acosh", unary_math<1>, kMethodInstance, "Return the inverse hyperbolic cosine of x."},
    {"asin", unary_math<2>, kMethodInstance, "Return the arc sine (measured in radians) of x."},
    {"asinh", unary_math<3>, kMethodInstance, "Return the inverse hyperbolic sine of x."},
    {"atan", unary_math<4>, kMethodInstance, "Return the arc tangent (measured in radians) of x."},
    {"atanh", unary_math<5>, kMethodInstance, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", unary_math<6>, kMethodInstance, "Return the cube root of x."},
    {"cos", unary_math<7>, kMethodInstance, "Return the cosine of x (measured in radians)."},
    {"cosh", unary_math<8>, kMethodInstance, "Return the hyperbolic cosine of x."},
    {"erf", unary_math<9>, kMethodInstance, "Error function at x."},
    {"erfc", unary_math<10>, kMethodInstance, "Complementary error function at x."},
    {"exp", unary_math<11>, kMethodInstance, "Return e raised to the power of x."},
    {"exp2", unary_math<12>, kMethodInstance, "Return 2 raised to the power of x."},
    {"expm1", unary_math<13>, kMethodInstance, "Return exp(x)-1."},
    {"fabs", unary_math<14>, kMethodInstance, "Return the absolute value of the float x."},
    {"gamma", unary_math<15>, kMethodInstance, "Gamma function at x."},
    {"lgamma", unary_math<16>, kMethodInstance, "Natural logarithm of absolute value of Gamma function at x."},
    {"log1p", unary_math<17>, kMethodInstance, "Return the natural logarithm of 1+x (base e)."},
    {"sin", unary_math<18>, kMethodInstance, "Return the sine of x (measured in radians)."},
    {"sinh", unary_math<19>, kMethodInstance, "Return the hyperbolic sine of x."},
    {"sqrt", unary_math<20>, kMethodInstance, "Return the square root of x."},
    {"tan", unary_math<21>, kMethodInstance, "Return the tangent of x (measured in radians)."},
    {"tanh", unary_math<22>, kMethodInstance, "Return the hyperbolic tangent of x."},
    {"ceil", math_ceil, kMethodInstance, "Return the ceiling of x as an Integral."},
    {"floor", math_floor, kMethodInstance, "Return the floor of x as an Integral."},
    {"trunc", math_trunc, kMethodInstance, "Truncates the Real x to the nearest Integral toward 0."},
    {"atan2", math_atan2, kMethodInstance, "Return the arc tangent (measured in radians) of y/x."},
    {"copysign", math_copysign, kMethodInstance, "Return a float with the magnitude of x but the sign of y."},
    {"fmod", math_fmod, kMethodInstance, "Return fmod(x, y), according to platform C."},
    {"remainder", math_remainder, kMethodInstance, "Difference between x and the closest integer multiple of y."},
    {"nextafter", math_nextafter, kMethodInstance, "Return the next floating-point value after x towards y."},
    {"pow", math_pow, kMethodInstance, "Return x**y (x to the power of y)."},
    {"ldexp", math_ldexp, kMethodInstance, "Return x * (2**i)."},
    {"frexp", math_frexp, kMethodInstance, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"modf", math_modf, kMethodInstance, "Return the fractional and integer parts of x."},
    {"isfinite", math_isfinite, kMethodInstance, "Return True if x is neither an infinity nor a NaN."},
    {"isinf", math_isinf, kMethodInstance, "Return True if x is a positive or negative infinity."},
    {"isnan", math_isnan, kMethodInstance, "Return True if x is a NaN (not a number)."},
    {"isclose", math_isclose, kMethodInstance, "Determine whether two floating point numbers are close in value."},
    {"ulp", math_ulp, kMethodInstance, "Return the value of the least significant bit of the float x."},
    {"degrees", math_degrees, kMethodInstance, "Convert angle x from radians to degrees."},
    {"radians", math_radians, kMethodInstance, "Convert angle x from degrees to radians."},
    {"log", math_log, kMethodInstance, "log(x, [base=math.e])"},
    {"log2", math_log2, kMethodInstance, "Return the base 2 logarithm of x."},
    {"log10", math_log10, kMethodInstance, "Return the base 10 logarithm of x."},
    {"fsum", math_fsum, kMethodInstance, "Return an accurate floating point sum of values in the iterable seq."},
    {"prod", math_prod, kMethodInstance, "Calculate the product of all the elements in the input iterable."},
    {"hypot", math_hypot, kMethodInstance, "Multidimensional Euclidean distance from the origin to a point."},
    {"dist", math_dist, kMethodInstance, "Return the Euclidean distance between two points p and q."},
    {"factorial", math_factorial, kMethodInstance, "Find n!."},
    {"gcd", math_gcd, kMethodInstance, "Greatest Common Divisor."},
    {"lcm", math_lcm, kMethodInstance, "Least Common Multiple."},
    {"isqrt", math_isqrt, kMethodInstance, "Return the integer part of the square root of the input."},
    {"comb", math_comb, kMethodInstance, "Number of ways to choose k items from n items without repetition and without order."},
    {"perm", math_perm, kMethodInstance, "Number of ways to choose k items from n items without repetition and with order."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_math_module() {
  Ref m = module_new("math", true);
  if (!m) return nullptr;
  if (module_add_functions(m.get(), kMathFunctions) < 0) return nullptr;
  const struct {
    const char* name;
    double value;
  } constants[] = {
      {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN},
  };
  for (const auto& c : constants) {
    if (module_add(m.get(), c.name, Value::from_double(c.value)) < 0) return nullptr;
  }
  return m;
}

}  // namespace taipan
