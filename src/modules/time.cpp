// _time: clocks, sleeping and calendar conversions for lib/time.py, which
// wraps the broken-down times it returns in time.struct_time.
#include <time.h>

#include <cerrno>
#include <cmath>
#include <string>

#include "modules/modules.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

Ref clock_seconds(clockid_t clock) {
  timespec ts;
  clock_gettime(clock, &ts);
  return Ref::from_double(static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9);
}

Ref clock_nanoseconds(clockid_t clock) {
  timespec ts;
  clock_gettime(clock, &ts);
  mpz_t ns;
  mpz_init_set_si(ns, ts.tv_sec);
  mpz_mul_ui(ns, ns, 1000000000UL);
  mpz_add_ui(ns, ns, static_cast<unsigned long>(ts.tv_nsec));
  Ref result = int_from_mpz(ns);
  mpz_clear(ns);
  return result;
}

#define TAIPAN_CLOCK_FUNCTIONS(name, clock)                                                     \
  Ref time_##name(Value, const Value*, size_t nargs, Tuple* kwnames) {                          \
    if (!no_keywords(#name, kwnames) || !check_arg_count(#name, nargs, 0, 0)) return nullptr;   \
    return clock_seconds(clock);                                                                \
  }                                                                                             \
  Ref time_##name##_ns(Value, const Value*, size_t nargs, Tuple* kwnames) {                     \
    if (!no_keywords(#name "_ns", kwnames) || !check_arg_count(#name "_ns", nargs, 0, 0)) {     \
      return nullptr;                                                                           \
    }                                                                                           \
    return clock_nanoseconds(clock);                                                            \
  }
TAIPAN_CLOCK_FUNCTIONS(time, CLOCK_REALTIME)
TAIPAN_CLOCK_FUNCTIONS(monotonic, CLOCK_MONOTONIC)
TAIPAN_CLOCK_FUNCTIONS(perf_counter, CLOCK_MONOTONIC)
TAIPAN_CLOCK_FUNCTIONS(process_time, CLOCK_PROCESS_CPUTIME_ID)
TAIPAN_CLOCK_FUNCTIONS(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef TAIPAN_CLOCK_FUNCTIONS

bool seconds_arg(Value v, double* out) {
  if (is_int(v)) {
    bool overflow = false;
    *out = int_to_double(v, &overflow);
    if (overflow) {
      raise(exc::OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    return true;
  }
  if (is_float(v)) {
    *out = float_value(v);
    if (std::isnan(*out)) {
      raise(exc::ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    return true;
  }
  raise(exc::TypeError, std::string("'") + type_name_of(v) + "' object cannot be interpreted as an integer");
  return false;
}

Ref time_sleep(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("sleep", kwnames) || !check_arg_count("sleep", nargs, 1, 1)) return nullptr;
  double secs;
  if (!seconds_arg(args[0], &secs)) return nullptr;
  if (secs < 0) return raise(exc::ValueError, "sleep length must be non-negative");
  timespec ts{static_cast<time_t>(secs), static_cast<long>((secs - std::floor(secs)) * 1e9)};
  while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
  }
  return Ref::none();
}

// (year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff) of a tm.
Ref tm_tuple(const tm& t) {
  Ref zone = str_from_utf8(t.tm_zone ? t.tm_zone : "");
  if (!zone) return nullptr;
  return tuple_pack({Value::small_int(t.tm_year + 1900), Value::small_int(t.tm_mon + 1),
                     Value::small_int(t.tm_mday), Value::small_int(t.tm_hour), Value::small_int(t.tm_min),
                     Value::small_int(t.tm_sec), Value::small_int((t.tm_wday + 6) % 7),
                     Value::small_int(t.tm_yday + 1), Value::small_int(t.tm_isdst), *zone,
                     Value::small_int(t.tm_gmtoff)});
}

Ref broken_down(const char* function, const Value* args, size_t nargs, Tuple* kwnames, bool local) {
  if (!no_keywords(function, kwnames) || !check_arg_count(function, nargs, 0, 1)) return nullptr;
  time_t when;
  if (nargs == 0 || args[0].is_none()) {
    when = ::time(nullptr);
  } else {
    double secs;
    if (!seconds_arg(args[0], &secs)) return nullptr;
    when = static_cast<time_t>(std::floor(secs));
  }
  tm t{};
  if (!(local ? localtime_r(&when, &t) : gmtime_r(&when, &t))) {
    return raise(exc::OverflowError, "timestamp out of range for platform time_t");
  }
  return tm_tuple(t);
}

Ref time_localtime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return broken_down("localtime", args, nargs, kwnames, true);
}

Ref time_gmtime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return broken_down("gmtime", args, nargs, kwnames, false);
}

// Reads a 9-item time tuple into a tm (fields converted back to C's ranges).
bool tm_from_tuple(const char* function, Value v, tm* out) {
  Ref items = call(Value::object(&tuple_type), {v});
  if (!items) return false;
  Tuple* t = items.as<Tuple>();
  if (t->size < 9) {
    raise(exc::TypeError, std::string(function) + "(): illegal time tuple argument");
    return false;
  }
  int64_t f[9];
  for (int i = 0; i < 9; i++) {
    f[i] = as_int64(t->items[i]);
    if (f[i] == -1 && error_occurred()) return false;
  }
  *out = tm{};
  out->tm_year = static_cast<int>(f[0] - 1900);
  out->tm_mon = static_cast<int>(f[1] - 1);
  out->tm_mday = static_cast<int>(f[2]);
  out->tm_hour = static_cast<int>(f[3]);
  out->tm_min = static_cast<int>(f[4]);
  out->tm_sec = static_cast<int>(f[5]);
  out->tm_wday = static_cast<int>((f[6] + 1) % 7);
  out->tm_yday = static_cast<int>(f[7] - 1);
  out->tm_isdst = static_cast<int>(f[8]);
  return true;
}

Ref time_mktime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("mktime", kwnames) || !check_arg_count("mktime", nargs, 1, 1)) return nullptr;
  tm t;
  if (!tm_from_tuple("mktime", args[0], &t)) return nullptr;
  t.tm_wday = -1;
  time_t when = ::mktime(&t);
  if (when == static_cast<time_t>(-1) && t.tm_wday == -1) {
    return raise(exc::OverflowError, "mktime argument out of range");
  }
  return Ref::from_double(static_cast<double>(when));
}

Ref time_strftime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("strftime", kwnames) || !check_arg_count("strftime", nargs, 2, 2)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("strftime() argument 1 must be str, not ") + type_name_of(args[0]));
  }
  tm t;
  if (!tm_from_tuple("strftime", args[1], &t)) return nullptr;
  if (t.tm_mon < 0 || t.tm_mon > 11) return raise(exc::ValueError, "month out of range");
  if (t.tm_mday < 0 || t.tm_mday > 31) return raise(exc::ValueError, "day of month out of range");
  std::string format(str_utf8(args[0].as<Str>()));
  if (format.empty()) return str_from_utf8("");
  std::string out(256, '\0');
  for (;;) {
    size_t n = ::strftime(out.data(), out.size(), format.c_str(), &t);
    if (n > 0 || out.size() > 256 * format.size()) {
      out.resize(n);
      return str_from_utf8(out);
    }
    out.resize(out.size() * 2);
  }
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
    {"thread_time", time_thread_time, kMethodInstance, "Thread time for profiling."},
    {"thread_time_ns", time_thread_time_ns, kMethodInstance, "Thread time for profiling as nanoseconds."},
    {"sleep", time_sleep, kMethodInstance, "Delay execution for a given number of seconds."},
    {"localtime", time_localtime, kMethodInstance, "The local time fields of a timestamp (now by default)."},
    {"gmtime", time_gmtime, kMethodInstance, "The UTC time fields of a timestamp (now by default)."},
    {"mktime", time_mktime, kMethodInstance, "Convert a time tuple in local time to seconds since the Epoch."},
    {"strftime", time_strftime, kMethodInstance, "Convert a time tuple to a string according to a format specification."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_time_module() {
  Ref module = module_new("_time", true);
  if (!module || module_add_functions(*module, kTimeFunctions) < 0) return nullptr;
  tzset();
  Ref std_name = str_from_utf8(tzname[0]);
  Ref dst_name = str_from_utf8(tzname[1]);
  if (!std_name || !dst_name) return nullptr;
  Ref names = tuple_pack({*std_name, *dst_name});
  if (!names || module_add(*module, "tzname", *names) < 0 ||
      module_add(*module, "timezone", Value::small_int(timezone)) < 0 ||
      module_add(*module, "altzone", Value::small_int(daylight ? timezone - 3600 : timezone)) < 0 ||
      module_add(*module, "daylight", Value::small_int(daylight)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
