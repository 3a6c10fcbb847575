// datetime and the clock: now/utcnow, fromtimestamp/utcfromtimestamp,
// timestamp(), and astimezone() with the local time zone (found through
// localtime_r, fold detected as CPython does by probing a day earlier).
#include <cerrno>
#include <cmath>
#include <ctime>
#include <string>

#include "modules/datetime/datetime.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::dt {

namespace {

constexpr int64_t kMaxFoldSeconds = 24 * 3600;

bool time_t_overflow() {
  raise(exc::OverflowError, "timestamp out of range for platform time_t");
  return false;
}

bool in_time_t_range(double d) { return d >= -9223372036854775808.0 && d < 9223372036854775808.0; }

bool nan_timestamp() {
  raise(exc::ValueError, "Invalid value NaN (not a number)");
  return false;
}

bool int_timestamp(Value v, int64_t* sec) {
  Ref i = index(v);
  if (!i) return false;
  if (!int_to_int64(*i, sec)) return time_t_overflow();
  return true;
}

double round_half_even(double x) {
  double r = std::round(x);
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
  return r;
}

Ref from_utc(Value tzinfo, Ref dt) {
  if (!dt || tzinfo.is_none()) return dt;
  return call_method(tzinfo, "fromutc", {*dt});
}

}  // namespace

bool timestamp_to_timeval(Value v, int64_t* sec, int* us) {
  if (!is_float(v)) {
    *us = 0;
    return int_timestamp(v, sec);
  }
  double d;
  if (number_to_double(v, &d) < 0) return false;
  if (std::isnan(d)) return nan_timestamp();
  double intpart;
  double floatpart = round_half_even(std::modf(d, &intpart) * 1e6);
  if (floatpart >= 1e6) {
    floatpart -= 1e6;
    intpart += 1.0;
  } else if (floatpart < 0) {
    floatpart += 1e6;
    intpart -= 1.0;
  }
  if (!in_time_t_range(intpart)) return time_t_overflow();
  *sec = static_cast<int64_t>(intpart);
  *us = static_cast<int>(floatpart);
  return true;
}

bool timestamp_to_time_t(Value v, int64_t* sec) {
  if (!is_float(v)) return int_timestamp(v, sec);
  double d;
  if (number_to_double(v, &d) < 0) return false;
  if (std::isnan(d)) return nan_timestamp();
  d = std::floor(d);
  if (!in_time_t_range(d)) return time_t_overflow();
  *sec = static_cast<int64_t>(d);
  return true;
}

Ref datetime_from_timet(Value cls, int64_t t, int us, Value tzinfo, bool local) {
  time_t tt = static_cast<time_t>(t);
  struct tm tm;
  errno = 0;
  if ((local ? localtime_r(&tt, &tm) : gmtime_r(&tt, &tm)) == nullptr) {
    return raise_os_error(errno == 0 ? EINVAL : errno);
  }
  int year = tm.tm_year + 1900, month = tm.tm_mon + 1, day = tm.tm_mday;
  int second = tm.tm_sec > 59 ? 59 : tm.tm_sec;  // no leap seconds
  int fold = 0;
  if (tzinfo.is_none() && local) {
    // In a fold, the same wall time a day's worth of offset earlier maps back here.
    int64_t result_seconds, probe;
    if (!utc_to_seconds(year, month, day, tm.tm_hour, tm.tm_min, second, &result_seconds)) return nullptr;
    if (!local_seconds(kEpochSeconds + t - kMaxFoldSeconds, &probe)) return nullptr;
    int64_t transition = result_seconds - probe - kMaxFoldSeconds;
    if (transition < 0) {
      if (!local_seconds(kEpochSeconds + t + transition, &probe)) return nullptr;
      if (probe == result_seconds) fold = 1;
    }
  }
  return datetime_of_class(cls, year, month, day, tm.tm_hour, tm.tm_min, second, us, tzinfo, fold);
}

Ref local_timezone_at(int64_t t) {
  time_t tt = static_cast<time_t>(t);
  struct tm tm;
  errno = 0;
  if (localtime_r(&tt, &tm) == nullptr) return raise_os_error(errno == 0 ? EINVAL : errno);
  Ref offset = new_delta(0, tm.tm_gmtoff, 0);
  if (!offset) return nullptr;
  Ref name;
  if (tm.tm_zone != nullptr) {
    name = str_from_utf8(tm.tm_zone);
    if (!name) return nullptr;
  }
  return new_timezone(*offset, *name);
}

Ref datetime_now(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"tz"};
  static const ArgParse kSpec{"now", kNames, "O", 1, 0, 1};
  Value tz;
  if (!parse_args(kSpec, args, nargs, kwnames, &tz)) return nullptr;
  if (tz.is_null()) tz = Value::none();
  if (!check_tzinfo(tz)) return nullptr;
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return from_utc(tz, datetime_from_timet(cls, ts.tv_sec, static_cast<int>(ts.tv_nsec / 1000), tz, tz.is_none()));
}

Ref datetime_utcnow(Value cls, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("datetime.utcnow", nargs, kwnames)) return nullptr;
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return datetime_from_timet(cls, ts.tv_sec, static_cast<int>(ts.tv_nsec / 1000), Value::none(), false);
}

Ref datetime_fromtimestamp(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"timestamp", "tz"};
  static const ArgParse kSpec{"fromtimestamp", kNames, "OO", 2, 1, 2};
  Value a[2];
  if (!parse_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  Value tz = a[1].is_null() ? Value::none() : a[1];
  if (!check_tzinfo(tz)) return nullptr;
  int64_t sec;
  int us;
  if (!timestamp_to_timeval(a[0], &sec, &us)) return nullptr;
  return from_utc(tz, datetime_from_timet(cls, sec, us, tz, tz.is_none()));
}

Ref datetime_utcfromtimestamp(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Value ts;
  if (!parse_tuple("utcfromtimestamp", 1, 1, args, nargs, kwnames, &ts)) return nullptr;
  int64_t sec;
  int us;
  if (!timestamp_to_timeval(ts, &sec, &us)) return nullptr;
  return datetime_from_timet(cls, sec, us, Value::none(), false);
}

Ref datetime_timestamp(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("datetime.timestamp", nargs, kwnames)) return nullptr;
  DateTimeObject* d = as_datetime(self);
  if (!d->t.tzinfo.is_none()) {
    Ref epoch = new_datetime(&datetime_type, 1970, 1, 1, 0, 0, 0, 0, utc, 0);
    if (!epoch) return nullptr;
    Ref delta = datetime_subtract(self, *epoch);
    if (!delta) return nullptr;
    return call_method(*delta, "total_seconds", {});
  }
  int64_t seconds;
  if (!local_to_seconds(d->year, d->month, d->day, d->t.hour, d->t.minute, d->t.second, d->t.fold, &seconds)) {
    return nullptr;
  }
  return Ref::from_double(static_cast<double>(seconds - kEpochSeconds) + d->t.microsecond / 1e6);
}

namespace {

// The local zone in force at a naive datetime's wall time.
Ref local_timezone_from_local(DateTimeObject* d) {
  int64_t seconds;
  if (!local_to_seconds(d->year, d->month, d->day, d->t.hour, d->t.minute, d->t.second, d->t.fold, &seconds)) {
    return nullptr;
  }
  return local_timezone_at(seconds - kEpochSeconds);
}

}  // namespace

Ref datetime_astimezone(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"tz"};
  static const ArgParse kSpec{"astimezone", kNames, "O", 1, 0, 1};
  Value tz;
  if (!parse_args(kSpec, args, nargs, kwnames, &tz)) return nullptr;
  if (tz.is_null()) tz = Value::none();
  if (!check_tzinfo(tz)) return nullptr;
  DateTimeObject* d = as_datetime(self);
  Ref self_tz = Ref::borrow(d->t.tzinfo);
  Ref offset;
  while (true) {
    if ((*self_tz).is_none()) {
      self_tz = local_timezone_from_local(d);
      if (!self_tz) return nullptr;
    }
    // Conversion to self's own time zone is a no-op.
    if ((*self_tz).bits() == tz.bits()) return Ref::borrow(self);
    offset = call_utcoffset(*self_tz, self);
    if (!offset) return nullptr;
    if (!(*offset).is_none()) break;
    self_tz = Ref::none();
  }
  Ref result = datetime_add_delta(self, as_delta(*offset), -1);
  if (!result) return nullptr;
  if (!is_datetime(*result)) return raise(exc::TypeError, "astimezone: the subclass made no datetime");
  DateTimeObject* r = as_datetime(*result);
  // The result is UTC; then the target zone's fromutc() makes it local.
  Ref target = Ref::borrow(tz);
  if (tz.is_none()) {
    int64_t secs = (ymd_to_ord(r->year, r->month, r->day) - 719163) * kSecondsPerDay + r->t.hour * 3600 +
                   r->t.minute * 60 + r->t.second;
    target = local_timezone_at(secs);
    if (!target) return nullptr;
  }
  Value old = r->t.tzinfo;
  incref(*target);
  r->t.tzinfo = *target;
  decref(old);
  return call_method(*target, "fromutc", {*result});
}

}  // namespace taipan::dt
