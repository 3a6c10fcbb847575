// Time arguments in nanoseconds (see timeout_arg.h).
#include "modules/timeout_arg.h"

#include <climits>
#include <cmath>

#include "objects/float.h"
#include "objects/int.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

bool too_large() {
  raise(exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
  return false;
}

}  // namespace

bool time_arg_ns(Value v, TimeRounding rounding, int64_t* out, int64_t unit_ns) {
  if (is_float(v)) {
    double d = float_value(v);
    if (std::isnan(d)) {
      raise(exc::ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    double ns = d * static_cast<double>(unit_ns);
    ns = rounding == TimeRounding::Ceiling ? std::ceil(ns) : (ns >= 0 ? std::ceil(ns) : std::floor(ns));
    if (!(ns >= -9223372036854775808.0 && ns < 9223372036854775808.0)) return too_large();
    *out = static_cast<int64_t>(ns);
    return true;
  }
  Ref i = index(v);
  if (!i) return false;
  int64_t n;
  if (!int_to_int64(*i, &n) || __builtin_mul_overflow(n, unit_ns, out)) return too_large();
  return true;
}

bool timeout_to_ms(int64_t timeout_ns, int* out) {
  if (timeout_ns < 0) {
    *out = -1;
    return true;
  }
  int64_t ms = timeout_ns / 1000000 + (timeout_ns % 1000000 > 0 ? 1 : 0);
  if (ms > INT_MAX) {
    raise(exc::OverflowError, "timeout is too large");
    return false;
  }
  *out = static_cast<int>(ms);
  return true;
}

int64_t monotonic_ns() {
  timespec now;
  ::clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

timespec ns_to_timespec(int64_t ns) {
  timespec ts;
  ts.tv_sec = static_cast<time_t>(ns / 1000000000);
  ts.tv_nsec = static_cast<long>(ns % 1000000000);
  return ts;
}

}  // namespace taipan
