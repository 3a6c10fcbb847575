// complex: the type object, construction from numbers and strings, the
// arithmetic slots (Smith-style division, integer powers by squaring), repr,
// hash and __format__. Semantics follow CPython 3.11.
#include <cmath>
#include <cstring>
#include <strings.h>

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

Type complex_type;

namespace {

struct Cx {
  double re, im;
};

bool is_complex(Value v) { return v.is_object() && type_is_subtype(v.as_object()->type, &complex_type); }
Cx complex_of(Value v) {
  Complex* c = v.as<Complex>();
  return {c->real, c->imag};
}

Ref make(Cx c) { return complex_new(c.re, c.im); }

// Reads a complex, float or int operand: 1 done, 0 decline, -1 error.
int to_complex_operand(Value v, Cx* out) {
  if (is_complex(v)) {
    *out = complex_of(v);
    return 1;
  }
  double d;
  int ok = number_to_double(v, &d);
  if (ok > 0) *out = {d, 0.0};
  return ok;
}

#define COMPLEX_OPERANDS(a, b, x, y)                                      \
  Cx x, y;                                                                \
  {                                                                       \
    int ok_a = to_complex_operand(a, &x);                                 \
    if (ok_a <= 0) return ok_a < 0 ? nullptr : ref_not_implemented();     \
    int ok_b = to_complex_operand(b, &y);                                 \
    if (ok_b <= 0) return ok_b < 0 ? nullptr : ref_not_implemented();     \
  }

Cx mul(Cx a, Cx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// a / b scaling by the larger component of b; false when b is zero.
bool quot(Cx a, Cx b, Cx* out) {
  double abs_re = std::fabs(b.re), abs_im = std::fabs(b.im);
  if (abs_re >= abs_im) {
    if (abs_re == 0) return false;
    double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    *out = {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  } else if (abs_im >= abs_re) {
    double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    *out = {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  } else {
    *out = {NAN, NAN};  // a NaN component in b
  }
  return true;
}

Ref complex_add(Value a, Value b) {
  COMPLEX_OPERANDS(a, b, x, y);
  return make({x.re + y.re, x.im + y.im});
}
Ref complex_subtract(Value a, Value b) {
  COMPLEX_OPERANDS(a, b, x, y);
  return make({x.re - y.re, x.im - y.im});
}
Ref complex_multiply(Value a, Value b) {
  COMPLEX_OPERANDS(a, b, x, y);
  return make(mul(x, y));
}
Ref complex_true_divide(Value a, Value b) {
  COMPLEX_OPERANDS(a, b, x, y);
  Cx r;
  if (!quot(x, y, &r)) return raise(exc::ZeroDivisionError, "complex division by zero");
  return make(r);
}

Cx power_unsigned(Cx x, int64_t n) {
  Cx r{1.0, 0.0}, p = x;
  for (int64_t mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = mul(r, p);
    p = mul(p, p);
  }
  return r;
}

Ref complex_power(Value a, Value b, Value m) {
  if (!m.is_none()) {
    Cx ignored;
    if (to_complex_operand(a, &ignored) <= 0 || to_complex_operand(b, &ignored) <= 0) {
      if (error_occurred()) return nullptr;
      return ref_not_implemented();
    }
    return raise(exc::ValueError, "complex modulo");
  }
  COMPLEX_OPERANDS(a, b, x, y);
  Cx r;
  if (y.im == 0 && y.re == std::floor(y.re) && std::fabs(y.re) <= 100) {
    int64_t n = static_cast<int64_t>(y.re);
    if (n >= 0) {
      r = power_unsigned(x, n);
    } else {
      if (x.re == 0 && x.im == 0) return raise(exc::ZeroDivisionError, "0.0 to a negative or complex power");
      quot({1.0, 0.0}, power_unsigned(x, -n), &r);
    }
  } else if (y.re == 0 && y.im == 0) {
    r = {1.0, 0.0};
  } else if (x.re == 0 && x.im == 0) {
    if (y.im != 0 || y.re < 0) return raise(exc::ZeroDivisionError, "0.0 to a negative or complex power");
    r = {0.0, 0.0};
  } else {
    double magnitude = std::hypot(x.re, x.im);
    double length = std::pow(magnitude, y.re);
    double angle = std::atan2(x.im, x.re);
    double phase = angle * y.re;
    if (y.im != 0) {
      length /= std::exp(angle * y.im);
      phase += y.im * std::log(magnitude);
    }
    // CPython reports libm's domain error of cos(inf) with this message.
    if (std::isinf(phase)) return raise(exc::ZeroDivisionError, "0.0 to a negative or complex power");
    r = {length * std::cos(phase), length * std::sin(phase)};
  }
  if (std::isinf(r.re) || std::isinf(r.im)) return raise(exc::OverflowError, "complex exponentiation");
  return make(r);
}

#undef COMPLEX_OPERANDS

Ref complex_negative(Value a) {
  Cx x = complex_of(a);
  return make({-x.re, -x.im});
}
Ref complex_positive(Value a) { return make(complex_of(a)); }
Ref complex_absolute(Value a) {
  Cx x = complex_of(a);
  double r = std::hypot(x.re, x.im);
  if (std::isinf(r) && std::isfinite(x.re) && std::isfinite(x.im)) {
    return raise(exc::OverflowError, "absolute value too large");
  }
  return Ref::from_double(r);
}
int complex_bool(Value a) {
  Cx x = complex_of(a);
  return x.re != 0 || x.im != 0;
}

Ref complex_richcompare(Value a, Value b, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return ref_not_implemented();
  Cx x = complex_of(a);
  bool equal;
  if (is_complex(b)) {
    Cx y = complex_of(b);
    equal = x.re == y.re && x.im == y.im;
  } else if (is_float(b) || is_int(b)) {
    // Ints compare exactly with the real part, as float == int does.
    if (x.im != 0) {
      equal = false;
    } else {
      Ref r = float_type.richcompare(Value::from_double(x.re), b, CompareOp::Eq);
      if (!r) return nullptr;
      equal = r.get().is_true();
    }
  } else {
    return ref_not_implemented();
  }
  return Ref::boolean(op == CompareOp::Eq ? equal : !equal);
}

int64_t complex_hash(Value v) {
  Cx x = complex_of(v);
  int64_t hr = std::isnan(x.re) ? object_default_hash(v) : float_hash(x.re);
  int64_t hi = std::isnan(x.im) ? object_default_hash(v) : float_hash(x.im);
  uint64_t h = static_cast<uint64_t>(hr) + 1000003ULL * static_cast<uint64_t>(hi);
  int64_t result = static_cast<int64_t>(h);
  return result == -1 ? -2 : result;
}

// One component in repr style (no ".0"), or by a format type and precision.
std::string component(double d, uint32_t type, int64_t precision, bool alternate) {
  return format_double_body(std::fabs(d), type, precision, alternate, false);
}

Ref complex_repr(Value v) {
  Cx x = complex_of(v);
  std::string im = component(x.im, 0, -1, false);
  bool im_negative = std::signbit(x.im) && !std::isnan(x.im);
  if (x.re == 0 && !std::signbit(x.re)) return str_from_utf8((im_negative ? "-" : "") + im + "j");
  std::string re = component(x.re, 0, -1, false);
  bool re_negative = std::signbit(x.re) && !std::isnan(x.re);
  return str_from_utf8("(" + std::string(re_negative ? "-" : "") + re + (im_negative ? "-" : "+") + im + "j)");
}

// ---- Construction -----------------------------------------------------------------

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Length of the longest float literal (without sign) that starts s.
size_t float_token_length(std::string_view s) {
  static const char* const kWords[] = {"infinity", "inf", "nan"};
  for (const char* w : kWords) {
    size_t n = std::strlen(w);
    if (s.size() >= n && strncasecmp(s.data(), w, n) == 0) return n;
  }
  size_t i = 0;
  auto digits = [&] {
    while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_')) ++i;
  };
  digits();
  if (i < s.size() && s[i] == '.') {
    ++i;
    digits();
  }
  if (i > 0 && i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t mark = i++;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    size_t start = i;
    digits();
    if (i == start) i = mark;
  }
  return i;
}

// Reads [sign]float at s[*pos]; an absent number with a sign or none reads as
// `implicit` (the "j" / "-j" forms). False on a malformed number.
bool read_signed_float(std::string_view s, size_t* pos, double* out, bool* had_number) {
  double sign = 1.0;
  if (*pos < s.size() && (s[*pos] == '+' || s[*pos] == '-')) sign = s[(*pos)++] == '-' ? -1.0 : 1.0;
  size_t n = float_token_length(s.substr(*pos));
  *had_number = n > 0;
  if (n == 0) {
    *out = sign;
    return true;
  }
  double d;
  if (!parse_float_literal(s.substr(*pos, n), &d)) return false;
  *pos += n;
  *out = sign * d;
  return true;
}

// CPython's underscore rule for numeric strings: each '_' sits between two
// decimal digits. Writes the text without underscores to *out.
bool strip_underscores(std::string_view s, std::string* out) {
  char prev = 0;
  for (char c : s) {
    bool prev_digit = prev >= '0' && prev <= '9';
    if (c == '_') {
      if (!prev_digit) return false;
    } else {
      if (prev == '_' && !(c >= '0' && c <= '9')) return false;
      *out += c;
    }
    prev = c;
  }
  return prev != '_';
}

bool parse_complex_text(std::string_view s, Cx* out) {
  size_t i = 0, end = s.size();
  while (i < end && is_space(s[i])) ++i;
  while (end > i && is_space(s[end - 1])) --end;
  s = s.substr(i, end - i);
  if (!s.empty() && s.front() == '(') {
    if (s.back() != ')') return false;
    s = s.substr(1, s.size() - 2);
    i = 0, end = s.size();
    while (i < end && is_space(s[i])) ++i;
    while (end > i && is_space(s[end - 1])) --end;
    s = s.substr(i, end - i);
  }
  if (s.empty()) return false;
  size_t pos = 0;
  double first;
  bool had_number;
  if (!read_signed_float(s, &pos, &first, &had_number)) return false;
  if (pos == s.size()) {
    if (!had_number) return false;
    *out = {first, 0.0};
    return true;
  }
  if (s[pos] == 'j' || s[pos] == 'J') {
    if (pos + 1 != s.size()) return false;
    *out = {0.0, first};
    return true;
  }
  if (!had_number || (s[pos] != '+' && s[pos] != '-')) return false;
  double second;
  if (!read_signed_float(s, &pos, &second, &had_number)) return false;
  if (pos + 1 != s.size() || (s[pos] != 'j' && s[pos] != 'J')) return false;
  *out = {first, second};
  return true;
}

// A number argument of complex(): complex (via __complex__ too) or float-like.
// Returns 1, 0 when v is not a number, -1 on error.
int complex_argument(Value v, Cx* out, bool* was_complex) {
  *was_complex = false;
  if (is_complex(v)) {
    *out = complex_of(v);
    *was_complex = true;
    return 1;
  }
  if (Ref method = getattr_optional(v, intern("__complex__"))) {
    Ref r = call(method.get(), nullptr, 0);
    if (!r) return -1;
    if (!is_complex(r.get())) {
      return fail(exc::TypeError, std::string("__complex__ returned non-complex (type ") +
                                      type_name_of(r.get()) + ")");
    }
    *out = complex_of(r.get());
    *was_complex = true;
    return 1;
  }
  if (error_occurred()) return -1;
  double d;
  int ok = number_to_double(v, &d);
  if (ok != 0) {
    *out = {d, 0.0};
    return ok;
  }
  Type* t = type_of(v);
  if (t->number.float_ || t->number.index) {
    Ref f = call(Value::object(&float_type), {v});
    if (!f) return -1;
    *out = {float_value(f.get()), 0.0};
    return 1;
  }
  return 0;
}

Ref complex_new_slot(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"real", "imag"};
  static const ArgSpec spec = {"complex", names, 2, 0, 0};
  Value bound[2];
  if (!check_total_args("complex", nargs, kwnames, 2) || !bind_args(spec, args, nargs, kwnames, bound)) {
    return nullptr;
  }
  Value real = bound[0], imag = bound[1];
  Cx result{0.0, 0.0};
  if (!real.is_null() && is_str(real)) {
    if (!imag.is_null()) return raise(exc::TypeError, "complex() can't take second arg if first is a string");
    std::string text = numeric_ascii(real.as<Str>());
    if (text.find('_') != std::string::npos) {
      std::string stripped;
      if (!strip_underscores(text, &stripped)) {
        Ref shown = repr(real);
        if (!shown) return nullptr;
        return raise(exc::ValueError, "could not convert string to complex: " + str_to_std(shown.as<Str>()));
      }
      text = stripped;
    }
    if (!parse_complex_text(text, &result)) return raise(exc::ValueError, "complex() arg is a malformed string");
  } else {
    if (!imag.is_null() && is_str(imag)) return raise(exc::TypeError, "complex() second arg can't be a string");
    bool real_is_complex = false;
    if (!real.is_null()) {
      if (imag.is_null() && type == &complex_type && real.is_object() && real.as_object()->type == &complex_type) {
        return Ref::borrow(real);
      }
      int ok = complex_argument(real, &result, &real_is_complex);
      if (ok < 0) return nullptr;
      if (ok == 0) {
        return raise(exc::TypeError, std::string("complex() first argument must be a string or a number, not '") +
                                         type_name_of(real) + "'");
      }
    }
    if (!imag.is_null()) {
      Cx i;
      bool imag_is_complex;
      int ok = complex_argument(imag, &i, &imag_is_complex);
      if (ok < 0) return nullptr;
      if (ok == 0) {
        return raise(exc::TypeError, std::string("complex() second argument must be a number, not '") +
                                         type_name_of(imag) + "'");
      }
      // real + imag*1j, keeping the sign of a zero imaginary argument.
      if (imag_is_complex) result.re -= i.im;
      result.im = real_is_complex ? result.im + i.re : i.re;
    }
  }
  if (type == &complex_type) return make(result);
  Complex* c = new_object<Complex>(type, static_cast<size_t>(type->basic_size));
  if (!c) return nullptr;
  c->real = result.re;
  c->imag = result.im;
  return Ref::steal(c);
}

void complex_dealloc(Object* self) { free_object(self); }

// ---- Methods ----------------------------------------------------------------------

Ref complex_conjugate(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("complex.conjugate", nargs, kwnames)) return nullptr;
  Cx x = complex_of(self);
  return make({x.re, -x.im});
}

Ref complex_complex(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("complex.__complex__", nargs, kwnames)) return nullptr;
  if (self.as_object()->type == &complex_type) return Ref::borrow(self);
  return make(complex_of(self));
}

Ref complex_getnewargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("complex.__getnewargs__", nargs, kwnames)) return nullptr;
  Cx x = complex_of(self);
  return tuple_pack({Value::from_double(x.re), Value::from_double(x.im)});
}

bool zero_text(std::string_view body) {
  if (body.empty() || body[0] < '0' || body[0] > '9') return false;  // inf, nan
  for (char c : body) {
    if (c == 'e' || c == 'E') break;
    if (c >= '1' && c <= '9') return false;
  }
  return true;
}

Ref format_complex(Cx x, const FormatSpec& spec) {
  uint32_t type = spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': break;
    case 'n': type = 'g'; break;
    default: return raise_unknown_format_code(type, "complex");
  }
  if (spec.zero_pad) return raise(exc::ValueError, "Zero padding is not allowed in complex format specifier");
  if (spec.align == '=') {
    return raise(exc::ValueError, "'=' alignment flag is not allowed in complex format specifier");
  }
  bool parens = type == 0;
  bool skip_re = type == 0 && x.re == 0 && !std::signbit(x.re);
  std::string re = component(x.re, type, spec.precision, spec.alternate);
  std::string im = component(x.im, type, spec.precision, spec.alternate);
  bool re_negative = std::signbit(x.re) && !std::isnan(x.re);
  bool im_negative = std::signbit(x.im) && !std::isnan(x.im);
  if (spec.no_neg_zero) {
    if (re_negative && zero_text(re)) re_negative = false;
    if (im_negative && zero_text(im)) im_negative = false;
  }
  if (spec.grouping) {
    re = group_digits(re, spec.grouping, 3);
    im = group_digits(im, spec.grouping, 3);
  }
  std::string text;
  if (!skip_re) {
    text += re_negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    text += re;
    text += im_negative ? "-" : "+";
  } else {
    text += im_negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
  }
  text += im + "j";
  if (parens && !skip_re) text = "(" + text + ")";
  return str_from_utf8(pad_to_width(text, static_cast<int64_t>(text.size()), spec, '>'));
}

Ref complex_format_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("__format__", nargs, 1, 1) || !no_keywords("__format__", kwnames)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("__format__() argument must be str, not ") + type_name_of(args[0]));
  }
  std::string_view text = str_utf8(args[0].as<Str>());
  if (text.empty()) return str(self);
  FormatSpec spec;
  if (!parse_format_spec(text, "complex", &spec)) return nullptr;
  return format_complex(complex_of(self), spec);
}

const MethodDef kComplexMethods[] = {
    {"conjugate", complex_conjugate, kMethodInstance, "conjugate($self, /)\n--\n\nReturn the complex conjugate of its argument."},
    {"__complex__", complex_complex, kMethodInstance, "__complex__($self, /)\n--\n\nConvert this value to exact type complex."},
    {"__getnewargs__", complex_getnewargs, kMethodInstance, "__getnewargs__($self, /)\n--\n\n"},
    {"__format__", complex_format_method, kMethodInstance, "__format__($self, format_spec, /)\n--\n\nConvert to a string according to format_spec."},
    {nullptr, nullptr, 0, nullptr},
};

Ref complex_get_real(Value self) { return Ref::from_double(complex_of(self).re); }
Ref complex_get_imag(Value self) { return Ref::from_double(complex_of(self).im); }

const GetSetDef kComplexGetSets[] = {
    {"real", complex_get_real, nullptr, "the real part of a complex number"},
    {"imag", complex_get_imag, nullptr, "the imaginary part of a complex number"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref complex_new(double real, double imag) {
  Complex* c = new_object<Complex>(&complex_type);
  if (!c) return nullptr;
  c->real = real;
  c->imag = imag;
  return Ref::steal(c);
}

int init_complex_type() {
  Type& t = complex_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "complex";
  t.basic_size = sizeof(Complex);
  t.flags = kTypeBaseType;
  t.doc = "complex(real=0, imag=0)\n--\n\nCreate a complex number from a real part and an optional imaginary part.";
  t.dealloc = complex_dealloc;
  t.repr = complex_repr;
  t.hash = complex_hash;
  t.richcompare = complex_richcompare;
  t.new_ = complex_new_slot;
  t.methods = kComplexMethods;
  t.getsets = kComplexGetSets;
  NumberSlots& n = t.number;
  n.add = complex_add;
  n.subtract = complex_subtract;
  n.multiply = complex_multiply;
  n.true_divide = complex_true_divide;
  n.power = complex_power;
  n.negative = complex_negative;
  n.positive = complex_positive;
  n.absolute = complex_absolute;
  n.bool_ = complex_bool;
  return type_ready(&t);
}

}  // namespace taipan
