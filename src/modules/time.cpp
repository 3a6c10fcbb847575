// time: CPython's C module written in C++ — clocks (time, monotonic,
// perf_counter, process_time, thread_time, clock_gettime and their _ns
// forms, get_clock_info), sleep, struct_time as a native struct sequence
// (tm_zone and tm_gmtoff as hidden fields), the calendar conversions
// (gmtime, localtime, mktime, asctime, ctime, strftime; strptime calls
// _strptime._strptime_time as CPython does) and the time zone attributes
// that tzset() recomputes.
#include <pthread.h>
#include <time.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>

#include "modules/modules.h"
#include "modules/posix/posix_args.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/namespace.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/protocol.h"
#include "runtime/struct_sequence.h"
#include "runtime/signals.h"
#include "vm/gil.h"

namespace taipan {
namespace {

// ---- clocks -----------------------------------------------------------------------

Ref timespec_seconds(const timespec& ts) {
  return Ref::from_double(static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9);
}

Ref timespec_nanoseconds(const timespec& ts) {
  mpz_t ns;
  mpz_init_set_si(ns, ts.tv_sec);
  mpz_mul_ui(ns, ns, 1000000000UL);
  mpz_add_ui(ns, ns, static_cast<unsigned long>(ts.tv_nsec));
  Ref result = int_from_mpz(ns);
  mpz_clear(ns);
  return result;
}

Ref read_clock(clockid_t clock, bool nanoseconds) {
  timespec ts;
  if (::clock_gettime(clock, &ts) < 0) return raise_os_error(errno);
  return nanoseconds ? timespec_nanoseconds(ts) : timespec_seconds(ts);
}

#define TAIPAN_CLOCK_FUNCTIONS(name, clock)                                                   \
  Ref time_##name(Value, const Value*, size_t nargs, Tuple* kwnames) {                        \
    if (!check_no_args("time." #name, nargs, kwnames)) return nullptr;                          \
    return read_clock(clock, false);                                                          \
  }                                                                                           \
  Ref time_##name##_ns(Value, const Value*, size_t nargs, Tuple* kwnames) {                   \
    if (!check_no_args("time." #name "_ns", nargs, kwnames)) return nullptr;                   \
    return read_clock(clock, true);                                                           \
  }
TAIPAN_CLOCK_FUNCTIONS(time, CLOCK_REALTIME)
TAIPAN_CLOCK_FUNCTIONS(monotonic, CLOCK_MONOTONIC)
TAIPAN_CLOCK_FUNCTIONS(perf_counter, CLOCK_MONOTONIC)
TAIPAN_CLOCK_FUNCTIONS(process_time, CLOCK_PROCESS_CPUTIME_ID)
TAIPAN_CLOCK_FUNCTIONS(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef TAIPAN_CLOCK_FUNCTIONS

bool clock_id_arg(const char* function, const Value* args, size_t nargs, Tuple* kwnames, clockid_t* out) {
  static const char* const kNames[] = {""};
  const ArgSpec spec{function, kNames, 1, 1, 1};
  Value a[1];
  if (!bind_args(spec, args, nargs, kwnames, a)) return false;
  int64_t id = as_int64(a[0]);
  if (id == -1 && error_occurred()) return false;
  *out = static_cast<clockid_t>(id);
  return true;
}

Ref time_clock_gettime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  clockid_t id;
  if (!clock_id_arg("clock_gettime", args, nargs, kwnames, &id)) return nullptr;
  return read_clock(id, false);
}

Ref time_clock_gettime_ns(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  clockid_t id;
  if (!clock_id_arg("clock_gettime_ns", args, nargs, kwnames, &id)) return nullptr;
  return read_clock(id, true);
}

Ref time_clock_getres(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  clockid_t id;
  if (!clock_id_arg("clock_getres", args, nargs, kwnames, &id)) return nullptr;
  timespec ts;
  if (::clock_getres(id, &ts) < 0) return raise_os_error(errno);
  return timespec_seconds(ts);
}

// A number of seconds (int or float) as CPython's _PyTime conversions read it.
bool seconds_arg(Value v, double* out) {
  if (is_float(v)) {
    *out = float_value(v);
    if (std::isnan(*out)) {
      raise(exc::ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    return true;
  }
  if (!is_int(v)) {
    raise(exc::TypeError, std::string("'") + type_name_of(v) + "' object cannot be interpreted as an integer");
    return false;
  }
  bool overflow = false;
  *out = int_to_double(v, &overflow);
  if (overflow) {
    raise(exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  return true;
}

Ref clock_set(const char* function, bool nanoseconds, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  const ArgSpec spec{function, kNames, 2, 2, 2};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  int64_t id = as_int64(a[0]);
  if (id == -1 && error_occurred()) return nullptr;
  timespec ts;
  if (nanoseconds) {
    int64_t ns = as_int64(a[1]);
    if (ns == -1 && error_occurred()) return nullptr;
    ts.tv_sec = ns / 1000000000;
    ts.tv_nsec = ns % 1000000000;
  } else {
    double secs;
    if (!seconds_arg(a[1], &secs)) return nullptr;
    double whole = std::floor(secs);
    ts.tv_sec = static_cast<time_t>(whole);
    ts.tv_nsec = static_cast<long>((secs - whole) * 1e9);
  }
  if (::clock_settime(static_cast<clockid_t>(id), &ts) < 0) return raise_os_error(errno);
  return Ref::none();
}

Ref time_clock_settime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return clock_set("clock_settime", false, args, nargs, kwnames);
}
Ref time_clock_settime_ns(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return clock_set("clock_settime_ns", true, args, nargs, kwnames);
}

Ref time_pthread_getcpuclockid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {""};
  static const ArgSpec kSpec{"pthread_getcpuclockid", kNames, 1, 1, 1};
  Value a[1];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  int64_t thread = as_int64(a[0]);
  if (thread == -1 && error_occurred()) return nullptr;
  clockid_t id;
  int err = ::pthread_getcpuclockid(static_cast<pthread_t>(thread), &id);
  if (err != 0) return raise_os_error(err);
  return int_from_int64(id);
}

Ref time_get_clock_info(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {""};
  static const ArgSpec kSpec{"get_clock_info", kNames, 1, 1, 1};
  Value a[1];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  if (!is_str(a[0])) {
    return raise(exc::TypeError, std::string("get_clock_info() argument 1 must be str, not ") + type_name_of(a[0]));
  }
  struct ClockInfo {
    const char* name;
    clockid_t clock;
    const char* implementation;
    bool monotonic, adjustable;
  };
  static const ClockInfo kClocks[] = {
      {"time", CLOCK_REALTIME, "clock_gettime(CLOCK_REALTIME)", false, true},
      {"monotonic", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true, false},
      {"perf_counter", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true, false},
      {"process_time", CLOCK_PROCESS_CPUTIME_ID, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false},
      {"thread_time", CLOCK_THREAD_CPUTIME_ID, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false},
  };
  std::string_view name = str_utf8(a[0].as<Str>());
  for (const ClockInfo& c : kClocks) {
    if (name != c.name) continue;
    timespec res;
    ::clock_getres(c.clock, &res);
    Dict* d = dict_new();
    if (d == nullptr) return nullptr;
    Ref attributes = Ref::steal(d);
    Ref implementation = str_from_utf8(c.implementation);
    if (!implementation || dict_set_str(d, "implementation", *implementation) < 0 ||
        dict_set_str(d, "monotonic", Value::boolean(c.monotonic)) < 0 ||
        dict_set_str(d, "adjustable", Value::boolean(c.adjustable)) < 0 ||
        dict_set_str(d, "resolution",
                     Value::from_double(static_cast<double>(res.tv_sec) + static_cast<double>(res.tv_nsec) * 1e-9)) < 0) {
      return nullptr;
    }
    return namespace_from_dict(d);
  }
  return raise(exc::ValueError, "unknown clock");
}

Ref time_sleep(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!posix::one_arg("time.sleep", args, nargs, kwnames)) return nullptr;
  double secs;
  if (!seconds_arg(args[0], &secs)) return nullptr;
  if (secs < 0) return raise(exc::ValueError, "sleep length must be non-negative");
  if (secs > 9.2e9) return raise(exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
  timespec deadline;
  ::clock_gettime(CLOCK_MONOTONIC, &deadline);
  double whole = std::floor(secs);
  deadline.tv_sec += static_cast<time_t>(whole);
  deadline.tv_nsec += static_cast<long>(std::round((secs - whole) * 1e9));
  if (deadline.tv_nsec >= 1000000000L) {
    deadline.tv_sec += 1;
    deadline.tv_nsec -= 1000000000L;
  }
  for (;;) {
    int err;
    {
      AllowThreads allow;
      err = ::clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr);
    }
    if (err == 0) break;
    if (err != EINTR) return raise_os_error(err);
    if (check_signals() < 0) return nullptr;  // PEP 475: a handler raised, else sleep on
  }
  return Ref::none();
}

// ---- struct_time ------------------------------------------------------------------

const char* const kStructTimeFields[] = {"tm_year", "tm_mon",  "tm_mday",  "tm_hour", "tm_min",   "tm_sec",
                                         "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};
const StructSequenceDesc kStructTime = {"time.struct_time", kStructTimeFields, 11, 9, true};
Type struct_time_type;

Ref struct_time_from_tm(const tm& t) {
  Ref zone = t.tm_zone ? str_from_utf8(t.tm_zone) : Ref::none();
  Ref gmtoff = int_from_int64(t.tm_gmtoff);
  if (!zone || !gmtoff) return nullptr;
  Value items[] = {Value::small_int(t.tm_year + 1900LL), Value::small_int(t.tm_mon + 1),
                   Value::small_int(t.tm_mday),          Value::small_int(t.tm_hour),
                   Value::small_int(t.tm_min),           Value::small_int(t.tm_sec),
                   Value::small_int((t.tm_wday + 6) % 7), Value::small_int(t.tm_yday + 1),
                   Value::small_int(t.tm_isdst),         *zone,
                   *gmtoff};
  return struct_sequence_new(&struct_time_type, items);
}

// A timestamp argument (None: now) as time_t, rounded toward minus infinity.
bool timestamp_arg(Value v, time_t* out) {
  if (v.is_null() || v.is_none()) {
    *out = ::time(nullptr);
    return true;
  }
  if (is_float(v)) {
    double d = float_value(v);
    if (std::isnan(d)) {
      raise(exc::ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    d = std::floor(d);
    if (!(d >= -9.2e18 && d <= 9.2e18)) {
      raise(exc::OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    *out = static_cast<time_t>(d);
    return true;
  }
  if (!is_int(v)) {
    raise(exc::TypeError, std::string("'") + type_name_of(v) + "' object cannot be interpreted as an integer");
    return false;
  }
  int64_t n;
  if (!int_to_int64(v, &n)) {
    clear_error();
    raise(exc::OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  *out = n;
  return true;
}

Ref broken_down(const char* function, const Value* args, size_t nargs, Tuple* kwnames, bool local) {
  static const char* const kNames[] = {""};
  const ArgSpec spec{function, kNames, 1, 1, 0};
  Value a[1];
  time_t when;
  if (!bind_args(spec, args, nargs, kwnames, a) || !timestamp_arg(a[0], &when)) return nullptr;
  tm t{};
  errno = 0;
  if (!(local ? ::localtime_r(&when, &t) : ::gmtime_r(&when, &t))) {
    return raise_os_error(errno == 0 ? EINVAL : errno);
  }
  return struct_time_from_tm(t);
}

Ref time_localtime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return broken_down("localtime", args, nargs, kwnames, true);
}

Ref time_gmtime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return broken_down("gmtime", args, nargs, kwnames, false);
}

// A time tuple (tuple or struct_time of 9 ints) as a tm; struct_time also brings its zone.
// `zone` keeps the zone name alive while the tm points at it.
bool tm_from_tuple(const char* function, Value v, tm* out, std::string* zone) {
  if (!is_tuple(v)) {
    raise(exc::TypeError, "Tuple or struct_time argument required");
    return false;
  }
  Tuple* t = v.as<Tuple>();
  if (t->size != 9) {
    raise(exc::TypeError, std::string(function) + "(): illegal time tuple argument");
    return false;
  }
  int f[9];
  for (int i = 0; i < 9; i++) {
    Value item = t->items[i];
    if (is_float(item)) {
      raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
      return false;
    }
    Ref n = index(item);
    if (!n) return false;
    int64_t x;
    if (!int_to_int64(*n, &x) || x > INT32_MAX || x < INT32_MIN) {
      clear_error();
      raise(exc::OverflowError, int_sign(*n) > 0 ? "signed integer is greater than maximum"
                                                 : "signed integer is less than minimum");
      return false;
    }
    f[i] = static_cast<int>(x);
  }
  *out = tm{};
  out->tm_year = f[0] - 1900;
  out->tm_mon = f[1] - 1;
  out->tm_mday = f[2];
  out->tm_hour = f[3];
  out->tm_min = f[4];
  out->tm_sec = f[5];
  out->tm_wday = (f[6] + 1) % 7;
  out->tm_yday = f[7] - 1;
  out->tm_isdst = f[8];
  if (type_is_subtype(type_of(v), &struct_time_type)) {
    Value name = struct_sequence_item(v, 9);
    Value gmtoff = struct_sequence_item(v, 10);
    if (is_str(name)) {
      *zone = std::string(str_utf8(name.as<Str>()));
      out->tm_zone = zone->c_str();
    }
    if (is_int(gmtoff)) out->tm_gmtoff = as_int64(gmtoff);
  }
  return true;
}

// CPython's checktm: the fields asctime and strftime accept.
bool check_tm(const tm& t) {
  const char* problem = t.tm_mon < 0 || t.tm_mon > 11         ? "month out of range"
                        : t.tm_mday < 1 || t.tm_mday > 31     ? "day of month out of range"
                        : t.tm_hour < 0 || t.tm_hour > 23     ? "hour out of range"
                        : t.tm_min < 0 || t.tm_min > 59       ? "minute out of range"
                        : t.tm_sec < 0 || t.tm_sec > 61       ? "seconds out of range"
                        : t.tm_wday < 0                       ? "day of week out of range"
                        : t.tm_yday < 0 || t.tm_yday > 365    ? "day of year out of range"
                                                              : nullptr;
  if (problem == nullptr) return true;
  raise(exc::ValueError, problem);
  return false;
}

// The time tuple argument of asctime/strftime (absent: localtime()), with the
// zeros CPython accepts for the month, day of month and day of year made
// valid and tm_isdst clipped, then checked.
bool time_tuple_or_now(const char* function, Value v, tm* out, std::string* zone) {
  if (!v.is_null()) {
    if (!tm_from_tuple(function, v, out, zone)) return false;
    if (out->tm_mon == -1) out->tm_mon = 0;
    if (out->tm_mday == 0) out->tm_mday = 1;
    if (out->tm_yday == -1) out->tm_yday = 0;
    if (out->tm_isdst < -1) out->tm_isdst = -1;
    if (out->tm_isdst > 1) out->tm_isdst = 1;
    return check_tm(*out);
  }
  time_t now = ::time(nullptr);
  if (!::localtime_r(&now, out)) {
    raise_os_error(errno);
    return false;
  }
  return true;
}

Ref time_mktime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  tm t;
  std::string zone;
  if (!posix::one_arg("time.mktime", args, nargs, kwnames, a) || !tm_from_tuple("mktime", a[0], &t, &zone)) return nullptr;
  t.tm_wday = -1;  // sentinel: mktime() sets it on success
  time_t when = ::mktime(&t);
  if (when == static_cast<time_t>(-1) && t.tm_wday == -1) {
    return raise(exc::OverflowError, "mktime argument out of range");
  }
  return Ref::from_double(static_cast<double>(when));
}

std::string asctime_text(const tm& t) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", kDays[t.tm_wday % 7], kMonths[t.tm_mon], t.tm_mday,
                t.tm_hour, t.tm_min, t.tm_sec, 1900 + t.tm_year);
  return buf;
}

Ref time_asctime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {""};
  static const ArgSpec kSpec{"asctime", kNames, 1, 1, 0};
  Value a[1];
  tm t;
  std::string zone;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !time_tuple_or_now("asctime", a[0], &t, &zone)) {
    return nullptr;
  }
  return str_from_utf8(asctime_text(t));
}

Ref time_ctime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {""};
  static const ArgSpec kSpec{"ctime", kNames, 1, 1, 0};
  Value a[1];
  time_t when;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !timestamp_arg(a[0], &when)) return nullptr;
  tm t{};
  if (!::localtime_r(&when, &t)) return raise(exc::OverflowError, "unconvertible time");
  return str_from_utf8(asctime_text(t));
}

Ref time_strftime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  static const ArgSpec kSpec{"strftime", kNames, 2, 2, 1};
  Value a[2];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  if (!is_str(a[0])) {
    return raise(exc::TypeError, std::string("strftime() argument 1 must be str, not ") + type_name_of(a[0]));
  }
  tm t;
  std::string zone;
  if (!time_tuple_or_now("strftime", a[1], &t, &zone)) return nullptr;
  Ref encoded = encode(a[0].as<Str>(), "utf-8", "surrogateescape");
  if (!encoded) return nullptr;
  std::string format(bytes_view(encoded.as<Bytes>()));
  if (format.find('\0') != std::string::npos) return raise(exc::ValueError, "embedded null character");
  if (format.empty()) return str_from_utf8("");
  std::string out(1024, '\0');
  for (;;) {
    size_t n = ::strftime(out.data(), out.size(), format.c_str(), &t);
    if (n > 0 || out.size() >= 256 * format.size()) {
      out.resize(n);
      return decode(out, "utf-8", "surrogateescape");
    }
    out.resize(out.size() * 2);
  }
}

Ref time_strptime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref module = import_module("_strptime");
  if (!module) return nullptr;
  Ref fn = getattr(*module, "_strptime_time");
  if (!fn) return nullptr;
  return call(*fn, args, nargs, kwnames);
}

// ---- time zones -------------------------------------------------------------------

// timezone, altzone, daylight and tzname as CPython derives them: from the
// offsets and names in force on January 1 and July 1 of the current year.
int set_timezone_attributes(Value module) {
  time_t now = ::time(nullptr);
  tm year_now{};
  ::localtime_r(&now, &year_now);
  tm probe[2] = {};
  for (int i = 0; i < 2; ++i) {
    tm when{};
    when.tm_year = year_now.tm_year;
    when.tm_mon = i == 0 ? 0 : 6;
    when.tm_mday = 1;
    when.tm_isdst = -1;
    time_t t = ::timegm(&when);
    ::localtime_r(&t, &probe[i]);
  }
  long jan = -probe[0].tm_gmtoff, jul = -probe[1].tm_gmtoff;
  const char* jan_name = probe[0].tm_zone ? probe[0].tm_zone : "";
  const char* jul_name = probe[1].tm_zone ? probe[1].tm_zone : "";
  bool southern = jan < jul;  // DST in January
  long standard = southern ? jul : jan, daylight_zone = southern ? jan : jul;
  Ref std_name = decode(southern ? jul_name : jan_name, "utf-8", "surrogateescape");
  Ref dst_name = decode(southern ? jan_name : jul_name, "utf-8", "surrogateescape");
  if (!std_name || !dst_name) return -1;
  Ref names = tuple_pack({*std_name, *dst_name});
  Ref tz = int_from_int64(standard), alt = int_from_int64(daylight_zone);
  if (!names || !tz || !alt) return -1;
  if (module_add(module, "tzname", *names) < 0 || module_add(module, "timezone", *tz) < 0 ||
      module_add(module, "altzone", *alt) < 0 ||
      module_add(module, "daylight", Value::small_int(jan != jul ? 1 : 0)) < 0) {
    return -1;
  }
  return 0;
}

Ref time_tzset(Value module, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("time.tzset", nargs, kwnames)) return nullptr;
  ::tzset();
  if (set_timezone_attributes(module) < 0) return nullptr;
  return Ref::none();
}

const MethodDef kTimeFunctions[] = {
    {"time", time_time, kMethodInstance, "Return the current time in seconds since the Epoch."},
    {"time_ns", time_time_ns, kMethodInstance, "Return the current time in nanoseconds since the Epoch."},
    {"monotonic", time_monotonic, kMethodInstance, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns, kMethodInstance, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", time_perf_counter, kMethodInstance, "Performance counter for benchmarking."},
    {"perf_counter_ns", time_perf_counter_ns, kMethodInstance, "Performance counter for benchmarking as nanoseconds."},
    {"process_time", time_process_time, kMethodInstance, "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", time_process_time_ns, kMethodInstance, "Process time for profiling as nanoseconds."},
    {"thread_time", time_thread_time, kMethodInstance, "Thread time for profiling: sum of the kernel and user-space CPU time."},
    {"thread_time_ns", time_thread_time_ns, kMethodInstance, "Thread time for profiling as nanoseconds."},
    {"clock_gettime", time_clock_gettime, kMethodInstance, "Return the time of the specified clock clk_id."},
    {"clock_gettime_ns", time_clock_gettime_ns, kMethodInstance, "Return the time of the specified clock clk_id as nanoseconds."},
    {"clock_settime", time_clock_settime, kMethodInstance, "Set the time of the specified clock clk_id."},
    {"clock_settime_ns", time_clock_settime_ns, kMethodInstance, "Set the time of the specified clock clk_id with nanoseconds."},
    {"clock_getres", time_clock_getres, kMethodInstance, "Return the resolution (precision) of the specified clock clk_id."},
    {"pthread_getcpuclockid", time_pthread_getcpuclockid, kMethodInstance, "Return the clk_id of a thread's CPU time clock."},
    {"get_clock_info", time_get_clock_info, kMethodInstance, "Get information of the specified clock."},
    {"sleep", time_sleep, kMethodInstance, "Delay execution for a given number of seconds."},
    {"gmtime", time_gmtime, kMethodInstance, "Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a. GMT)."},
    {"localtime", time_localtime, kMethodInstance, "Convert seconds since the Epoch to a time tuple expressing local time."},
    {"mktime", time_mktime, kMethodInstance, "Convert a time tuple in local time to seconds since the Epoch."},
    {"asctime", time_asctime, kMethodInstance, "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."},
    {"ctime", time_ctime, kMethodInstance, "Convert a time in seconds since the Epoch to a string in local time."},
    {"strftime", time_strftime, kMethodInstance, "Convert a time tuple to a string according to a format specification."},
    {"strptime", time_strptime, kMethodInstance, "Parse a string to a time tuple according to a format specification."},
    {"tzset", time_tzset, kMethodInstance, "Initialize, or reinitialize, the local timezone to the value of TZ."},
    {nullptr, nullptr, 0, nullptr},
};

struct IntConstant {
  const char* name;
  int64_t value;
};

const IntConstant kClockConstants[] = {
    {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},       {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
    {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW}, {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
    {"CLOCK_REALTIME", CLOCK_REALTIME},       {"CLOCK_TAI", CLOCK_TAI},
    {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID}, {"_STRUCT_TM_ITEMS", 11},
};

}  // namespace

Ref make_time_module() {
  Ref module = module_new("time", true);
  if (!module || module_add_functions(*module, kTimeFunctions) < 0) return nullptr;
  if (!type_has_flag(&struct_time_type, kTypeReady) &&
      struct_sequence_init_type(&struct_time_type, &kStructTime) < 0) {
    return nullptr;
  }
  if (module_add(*module, "struct_time", Value::object(&struct_time_type)) < 0) return nullptr;
  for (const IntConstant& c : kClockConstants) {
    if (module_add(*module, c.name, Value::small_int(c.value)) < 0) return nullptr;
  }
  ::tzset();
  if (set_timezone_attributes(*module) < 0) return nullptr;
  return module;
}

}  // namespace taipan
