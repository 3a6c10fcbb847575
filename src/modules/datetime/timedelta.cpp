// datetime.timedelta: a duration held as normalised days, seconds and
// microseconds. Arithmetic works on the total number of microseconds as a
// 128-bit integer (GMP where a factor is a big int or a float's exact ratio),
// with CPython's rounding (half to even) and messages.
#include <cmath>
#include <cstring>
#include <gmp.h>
#include <string>

#include "modules/datetime/datetime.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/dict.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::dt {

Type delta_type;

namespace {

// An mpz_t that clears itself.
struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

void mpz_from_i128(mpz_t out, __int128 x) {
  bool negative = x < 0;
  unsigned __int128 m = negative ? -static_cast<unsigned __int128>(x) : static_cast<unsigned __int128>(x);
  mpz_set_ui(out, static_cast<unsigned long>(m >> 64));
  mpz_mul_2exp(out, out, 64);
  mpz_add_ui(out, out, static_cast<unsigned long>(static_cast<uint64_t>(m)));
  if (negative) mpz_neg(out, out);
}

// False when |x| needs more than 120 bits.
bool mpz_to_i128(const mpz_t x, __int128* out) {
  if (mpz_sizeinbase(x, 2) > 120) return false;
  Mpz m;
  mpz_abs(m.v, x);
  Mpz hi;
  mpz_fdiv_q_2exp(hi.v, m.v, 64);
  unsigned __int128 r = static_cast<unsigned __int128>(mpz_get_ui(hi.v)) << 64;
  r |= static_cast<uint64_t>(mpz_getlimbn(m.v, 0));
  *out = mpz_sgn(x) < 0 ? -static_cast<__int128>(r) : static_cast<__int128>(r);
  return true;
}

Ref too_large() { return raise(exc::OverflowError, "Python int too large to convert to C int"); }

Ref delta_from_mpz(const mpz_t us, Type* type = &delta_type) {
  __int128 v;
  if (!mpz_to_i128(us, &v)) return too_large();
  return delta_from_us(v, type);
}

// round(a / b), halves to even; b nonzero.
void divide_nearest(mpz_t q, const mpz_t a, const mpz_t b) {
  Mpz r, r2;
  mpz_fdiv_qr(q, r.v, a, b);
  mpz_mul_2exp(r2.v, r.v, 1);
  int c = mpz_cmp(r2.v, b);
  if (mpz_sgn(b) < 0) c = -c;
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
}

Ref zero_division(const char* message) { return raise(exc::ZeroDivisionError, message); }

}  // namespace

__int128 delta_us(const DeltaObject* d) {
  return (static_cast<__int128>(d->days) * kSecondsPerDay + d->seconds) * kUsPerSecond + d->microseconds;
}

Ref delta_from_us(__int128 us, Type* type) {
  __int128 days = us / kUsPerDay;
  __int128 rem = us % kUsPerDay;
  if (rem < 0) {
    rem += kUsPerDay;
    --days;
  }
  if (days > INT32_MAX || days < INT32_MIN) return too_large();
  if (days > kMaxDeltaDays || days < -kMaxDeltaDays) {
    return raise(exc::OverflowError,
                 "days=" + std::to_string(static_cast<int64_t>(days)) + "; must have magnitude <= 999999999");
  }
  DeltaObject* d = new_object<DeltaObject>(type, static_cast<size_t>(type->basic_size));
  if (d == nullptr) return nullptr;
  d->days = static_cast<int32_t>(days);
  d->seconds = static_cast<int32_t>(rem / kUsPerSecond);
  d->microseconds = static_cast<int32_t>(rem % kUsPerSecond);
  d->hash = -1;
  return Ref::steal(d);
}

Ref new_delta(int64_t days, int64_t seconds, int64_t us, Type* type) {
  return delta_from_us((static_cast<__int128>(days) * kSecondsPerDay + seconds) * kUsPerSecond + us, type);
}

int delta_compare(const DeltaObject* a, const DeltaObject* b) {
  if (a->days != b->days) return a->days < b->days ? -1 : 1;
  if (a->seconds != b->seconds) return a->seconds < b->seconds ? -1 : 1;
  if (a->microseconds != b->microseconds) return a->microseconds < b->microseconds ? -1 : 1;
  return 0;
}

Ref delta_repr_of(Value v) {
  DeltaObject* d = as_delta(v);
  std::string args;
  auto add = [&](const char* name, int32_t x) {
    if (x == 0) return;
    if (!args.empty()) args += ", ";
    args += std::string(name) + "=" + std::to_string(x);
  };
  add("days", d->days);
  add("seconds", d->seconds);
  add("microseconds", d->microseconds);
  if (args.empty()) args = "0";
  return str_from_utf8(std::string(type_of(v)->name) + "(" + args + ")");
}

namespace {

// ---- Construction ----

// Adds num * factor (in microseconds) to sofar; a float's fraction goes to leftover.
bool accumulate(const char* tag, mpz_t sofar, Value num, int64_t factor, double* leftover) {
  if (is_int(num)) {
    Mpz x;
    int_to_mpz(num, x.v);
    mpz_mul_si(x.v, x.v, factor);
    mpz_add(sofar, sofar, x.v);
    return true;
  }
  if (is_float(num)) {
    double d;
    if (number_to_double(num, &d) < 0) return false;
    double intpart;
    double fracpart = std::modf(d, &intpart);
    Ref whole = int_from_double(intpart);
    if (!whole) return false;
    Mpz x;
    int_to_mpz(*whole, x.v);
    mpz_mul_si(x.v, x.v, factor);
    mpz_add(sofar, sofar, x.v);
    if (fracpart == 0.0) return true;
    double scaled = static_cast<double>(factor) * fracpart;
    fracpart = std::modf(scaled, &intpart);
    Ref part = int_from_double(intpart);
    if (!part) return false;
    int_to_mpz(*part, x.v);
    mpz_add(sofar, sofar, x.v);
    *leftover += fracpart;
    return true;
  }
  raise(exc::TypeError, std::string("unsupported type for timedelta ") + tag + " component: " + type_name_of(num));
  return false;
}

Ref delta_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"};
  static const ArgParse kSpec{"__new__", kNames, "OOOOOOO", 7, 0, 7};
  Value a[7];
  if (!parse_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  // Accumulated from the smallest unit up, as CPython does.
  struct Part {
    int index;
    const char* tag;
    int64_t factor;
  };
  static const Part kParts[] = {
      {2, "microseconds", 1},          {3, "milliseconds", 1000},         {1, "seconds", kUsPerSecond},
      {4, "minutes", 60 * kUsPerSecond}, {5, "hours", 3600 * kUsPerSecond}, {0, "days", kUsPerDay},
      {6, "weeks", 7 * kUsPerDay},
  };
  Mpz us;
  double leftover = 0;
  for (const Part& p : kParts) {
    if (!a[p.index].is_null() && !accumulate(p.tag, us.v, a[p.index], p.factor, &leftover)) return nullptr;
  }
  if (leftover != 0.0) {
    // Round the leftover fraction to a whole microsecond, halves to even.
    double whole = std::round(leftover);
    if (std::fabs(whole - leftover) == 0.5) {
      int odd = mpz_odd_p(us.v) ? 1 : 0;
      whole = 2.0 * std::round((leftover + odd) * 0.5) - odd;
    }
    Ref w = int_from_double(whole);
    if (!w) return nullptr;
    Mpz x;
    int_to_mpz(*w, x.v);
    mpz_add(us.v, us.v, x.v);
  }
  return delta_from_mpz(us.v, type);
}

// ---- Slots ----

Ref delta_repr(Value self) { return delta_repr_of(self); }

Ref delta_str(Value self) {
  DeltaObject* d = as_delta(self);
  std::string s;
  if (d->days != 0) s = std::to_string(d->days) + (d->days == 1 || d->days == -1 ? " day, " : " days, ");
  int h = d->seconds / 3600, m = d->seconds / 60 % 60, sec = d->seconds % 60;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d:%02d:%02d", h, m, sec);
  s += buf;
  if (d->microseconds != 0) {
    std::snprintf(buf, sizeof buf, ".%06d", d->microseconds);
    s += buf;
  }
  return str_from_utf8(s);
}

int64_t delta_hash(Value self) {
  DeltaObject* d = as_delta(self);
  if (d->hash == -1) {
    Ref t = tuple_pack({Value::small_int(d->days), Value::small_int(d->seconds), Value::small_int(d->microseconds)});
    if (!t) return -1;
    d->hash = hash(*t);
  }
  return d->hash;
}

Ref delta_richcompare(Value a, Value b, CompareOp op) {
  if (!is_delta(b)) return ref_not_implemented();
  return compare_result(delta_compare(as_delta(a), as_delta(b)), op);
}

Ref delta_add(Value a, Value b) {
  if (!is_delta(a) || !is_delta(b)) return ref_not_implemented();
  return delta_from_us(delta_us(as_delta(a)) + delta_us(as_delta(b)));
}

Ref delta_subtract(Value a, Value b) {
  if (!is_delta(a) || !is_delta(b)) return ref_not_implemented();
  return delta_from_us(delta_us(as_delta(a)) - delta_us(as_delta(b)));
}

Ref delta_negative(Value self) { return delta_from_us(-delta_us(as_delta(self))); }
Ref delta_positive(Value self) { return delta_from_us(delta_us(as_delta(self))); }
Ref delta_absolute(Value self) {
  __int128 us = delta_us(as_delta(self));
  return delta_from_us(as_delta(self)->days < 0 ? -us : us);
}
int delta_bool(Value self) {
  DeltaObject* d = as_delta(self);
  return d->days != 0 || d->seconds != 0 || d->microseconds != 0;
}

// The exact ratio (n, d) of a float, from its as_integer_ratio() as CPython asks it.
bool float_ratio(Value f, mpz_t n, mpz_t d) {
  Ref ratio = call_method(f, "as_integer_ratio", {});
  if (!ratio) return false;
  if (!is_tuple(*ratio)) {
    raise(exc::TypeError, std::string("unexpected return type from as_integer_ratio(): expected tuple, got '") +
                              type_name_of(*ratio) + "'");
    return false;
  }
  Tuple* t = ratio.as<Tuple>();
  if (t->size != 2 || !is_int(t->items[0]) || !is_int(t->items[1])) {
    raise(exc::ValueError, "as_integer_ratio() must return a 2-tuple");
    return false;
  }
  int_to_mpz(t->items[0], n);
  int_to_mpz(t->items[1], d);
  return true;
}

// delta * num / den, rounded half to even.
Ref scale(Value delta, const mpz_t num, const mpz_t den) {
  Mpz us, q;
  mpz_from_i128(us.v, delta_us(as_delta(delta)));
  mpz_mul(us.v, us.v, num);
  divide_nearest(q.v, us.v, den);
  return delta_from_mpz(q.v);
}

Ref multiply_by(Value delta, Value other) {
  Mpz n, d;
  if (is_int(other)) {
    int_to_mpz(other, n.v);
    mpz_set_ui(d.v, 1);
  } else if (is_float(other)) {
    if (!float_ratio(other, n.v, d.v)) return nullptr;
  } else {
    return ref_not_implemented();
  }
  return scale(delta, n.v, d.v);
}

Ref delta_multiply(Value a, Value b) {
  if (is_delta(a)) return multiply_by(a, b);
  return multiply_by(b, a);
}

Ref delta_true_divide(Value a, Value b) {
  if (!is_delta(a)) return ref_not_implemented();
  Mpz n, d;
  if (is_delta(b)) {
    __int128 den = delta_us(as_delta(b));
    if (den == 0) return zero_division("division by zero");
    mpz_from_i128(n.v, delta_us(as_delta(a)));
    mpz_from_i128(d.v, den);
    bool overflow = false;
    double r = mpz_ratio_to_double(n.v, d.v, &overflow);
    return Ref::from_double(r);
  }
  if (is_int(b)) {
    int_to_mpz(b, d.v);
    mpz_set_ui(n.v, 1);
  } else if (is_float(b)) {
    if (!float_ratio(b, d.v, n.v)) return nullptr;
  } else {
    return ref_not_implemented();
  }
  if (mpz_sgn(d.v) == 0) return zero_division("integer division or modulo by zero");
  return scale(a, n.v, d.v);
}

Ref delta_floor_divide(Value a, Value b) {
  if (!is_delta(a)) return ref_not_implemented();
  Mpz n, d, q;
  mpz_from_i128(n.v, delta_us(as_delta(a)));
  if (is_delta(b)) {
    mpz_from_i128(d.v, delta_us(as_delta(b)));
  } else if (is_int(b)) {
    int_to_mpz(b, d.v);
  } else {
    return ref_not_implemented();
  }
  if (mpz_sgn(d.v) == 0) return zero_division("integer division or modulo by zero");
  mpz_fdiv_q(q.v, n.v, d.v);
  if (is_delta(b)) return int_from_mpz(q.v);
  return delta_from_mpz(q.v);
}

Ref delta_remainder(Value a, Value b) {
  if (!is_delta(a) || !is_delta(b)) return ref_not_implemented();
  __int128 d = delta_us(as_delta(b));
  if (d == 0) return zero_division("integer modulo by zero");
  __int128 r = delta_us(as_delta(a)) % d;
  if (r != 0 && ((r < 0) != (d < 0))) r += d;
  return delta_from_us(r);
}

Ref delta_divmod(Value a, Value b) {
  if (!is_delta(a) || !is_delta(b)) return ref_not_implemented();
  __int128 d = delta_us(as_delta(b));
  if (d == 0) return zero_division("integer division or modulo by zero");
  __int128 n = delta_us(as_delta(a));
  __int128 q = n / d, r = n % d;
  if (r != 0 && ((r < 0) != (d < 0))) {
    r += d;
    --q;
  }
  Mpz qm;
  mpz_from_i128(qm.v, q);
  Ref quotient = int_from_mpz(qm.v);
  Ref remainder = delta_from_us(r);
  if (!quotient || !remainder) return nullptr;
  return tuple_pack({*quotient, *remainder});
}

// ---- Methods and attributes ----

Ref m_total_seconds(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("timedelta.total_seconds", nargs, kwnames)) return nullptr;
  __int128 us = delta_us(as_delta(self));
  if (us < (__int128{1} << 53) && us > -(__int128{1} << 53)) {
    return Ref::from_double(static_cast<double>(static_cast<int64_t>(us)) / 1e6);
  }
  Mpz n, d;
  mpz_from_i128(n.v, us);
  mpz_set_ui(d.v, kUsPerSecond);
  bool overflow = false;
  return Ref::from_double(mpz_ratio_to_double(n.v, d.v, &overflow));
}

Ref m_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("timedelta.__reduce__", nargs, kwnames)) return nullptr;
  DeltaObject* d = as_delta(self);
  Ref args = tuple_pack({Value::small_int(d->days), Value::small_int(d->seconds), Value::small_int(d->microseconds)});
  if (!args) return nullptr;
  return tuple_pack({Value::object(type_of(self)), *args});
}

const MethodDef kMethods[] = {
    {"total_seconds", m_total_seconds, kMethodInstance, "Total seconds in the duration."},
    {"__reduce__", m_reduce, kMethodInstance, "__reduce__() -> (cls, state)"},
    {nullptr, nullptr, 0, nullptr},
};

Ref get_days(Value self) { return Ref::small_int(as_delta(self)->days); }
Ref get_seconds(Value self) { return Ref::small_int(as_delta(self)->seconds); }
Ref get_microseconds(Value self) { return Ref::small_int(as_delta(self)->microseconds); }

const GetSetDef kGetSets[] = {
    {"days", get_days, nullptr, "Number of days."},
    {"seconds", get_seconds, nullptr, "Number of seconds (>= 0 and less than 1 day)."},
    {"microseconds", get_microseconds, nullptr, "Number of microseconds (>= 0 and less than 1 second)."},
    {nullptr, nullptr, nullptr, nullptr},
};

void delta_dealloc(Object* o) { free_object(o); }

}  // namespace

int init_delta_type() {
  Type& t = delta_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "datetime.timedelta";
  t.basic_size = sizeof(DeltaObject);
  t.flags = kTypeBaseType;
  t.base = &object_type;
  t.dealloc = delta_dealloc;
  t.repr = delta_repr;
  t.str = delta_str;
  t.hash = delta_hash;
  t.richcompare = delta_richcompare;
  t.new_ = delta_new;
  t.number.add = delta_add;
  t.number.subtract = delta_subtract;
  t.number.multiply = delta_multiply;
  t.number.true_divide = delta_true_divide;
  t.number.floor_divide = delta_floor_divide;
  t.number.remainder = delta_remainder;
  t.number.divmod = delta_divmod;
  t.number.negative = delta_negative;
  t.number.positive = delta_positive;
  t.number.absolute = delta_absolute;
  t.number.bool_ = delta_bool;
  t.methods = kMethods;
  t.getsets = kGetSets;
  t.doc = "Difference between two datetime values.\n\n"
          "timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\n"
          "All arguments are optional and default to 0.\n"
          "Arguments may be integers or floats, and may be positive or negative.";
  if (type_ready(&t) < 0) return -1;
  struct Attr {
    const char* name;
    __int128 us;
  };
  const Attr attrs[] = {
      {"min", -static_cast<__int128>(kMaxDeltaDays) * kUsPerDay},
      {"max", (static_cast<__int128>(kMaxDeltaDays) + 1) * kUsPerDay - 1},
      {"resolution", 1},
  };
  for (const Attr& a : attrs) {
    Ref v = delta_from_us(a.us);
    if (!v || dict_set_str(t.dict, a.name, *v) < 0) return -1;
  }
  return 0;
}

}  // namespace taipan::dt
