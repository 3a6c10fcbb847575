// Text output shared by date, time and datetime: the time part of
// isoformat() by timespec, ctime(), timetuple()'s struct_time, and
// strftime(), which replaces %z, %Z and %f itself and leaves the rest to
// time.strftime, as CPython's C module does.
#include <cstdio>
#include <cstring>
#include <string>

#include "modules/datetime/datetime.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/protocol.h"

namespace taipan::dt {

bool format_iso_time(const TimeFields& t, const char* timespec, std::string* out) {
  char buf[32];
  std::string spec = timespec == nullptr ? "auto" : timespec;
  if (spec == "auto") spec = t.microsecond != 0 ? "microseconds" : "seconds";
  if (spec == "hours") {
    std::snprintf(buf, sizeof buf, "%02d", t.hour);
  } else if (spec == "minutes") {
    std::snprintf(buf, sizeof buf, "%02d:%02d", t.hour, t.minute);
  } else if (spec == "seconds") {
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", t.hour, t.minute, t.second);
  } else if (spec == "milliseconds") {
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d.%03d", t.hour, t.minute, t.second, t.microsecond / 1000);
  } else if (spec == "microseconds") {
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d.%06d", t.hour, t.minute, t.second, t.microsecond);
  } else {
    raise(exc::ValueError, "Unknown timespec value");
    return false;
  }
  *out += buf;
  return true;
}

std::string format_ctime(int year, int month, int day, int hour, int minute, int second) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %04d", kDayNames[weekday(year, month, day)],
                kMonthNames[month - 1], day, hour, minute, second, year);
  return buf;
}

Ref build_struct_time(int year, int month, int day, int hour, int minute, int second, int dstflag) {
  Ref time_module = import_module("time");
  if (!time_module) return nullptr;
  Ref struct_time = getattr(*time_module, "struct_time");
  if (!struct_time) return nullptr;
  Ref fields = tuple_pack({Value::small_int(year), Value::small_int(month), Value::small_int(day),
                           Value::small_int(hour), Value::small_int(minute), Value::small_int(second),
                           Value::small_int(weekday(year, month, day)),
                           Value::small_int(days_before_month(year, month) + day), Value::small_int(dstflag)});
  if (!fields) return nullptr;
  return call(*struct_time, {*fields});
}

Ref wrap_strftime(Value, Value format, Value timetuple, Value tzinfo, Value tzinfoarg, int microsecond) {
  // CPython reads the format as a C string: it ends at an embedded NUL.
  std::string fmt(str_utf8(format.as<Str>()));
  fmt.resize(std::strlen(fmt.c_str()));
  std::string out;
  std::string z, zname, f;
  bool have_z = false, have_zname = false, have_f = false;
  for (size_t i = 0; i < fmt.size(); ++i) {
    char ch = fmt[i];
    if (ch != '%' || i + 1 == fmt.size()) {
      out += ch;
      continue;
    }
    ch = fmt[++i];
    if (ch == 'z') {
      if (!have_z) {
        if (!tzinfo.is_none()) {
          Ref offset = call_utcoffset(tzinfo, tzinfoarg);
          if (!offset) return nullptr;
          z = format_offset(*offset, "");
        }
        have_z = true;
      }
      out += z;
    } else if (ch == 'Z') {
      if (!have_zname) {
        if (!tzinfo.is_none()) {
          Ref name = call_tzname(tzinfo, tzinfoarg);
          if (!name) return nullptr;
          if (!(*name).is_none()) {
            for (char c : str_utf8(name.as<Str>())) {
              zname += c;
              if (c == '%') zname += '%';
            }
          }
        }
        have_zname = true;
      }
      out += zname;
    } else if (ch == 'f') {
      if (!have_f) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%06d", microsecond);
        f = buf;
        have_f = true;
      }
      out += f;
    } else {
      out += '%';
      out += ch;
    }
  }
  Ref time_module = import_module("time");
  if (!time_module) return nullptr;
  Ref new_format = str_from_utf8(out);
  if (!new_format) return nullptr;
  return call_method(*time_module, "strftime", {*new_format, timetuple});
}

Ref date_format_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value fmt;
  if (!parse_tuple("__format__", 1, 1, args, nargs, kwnames, &fmt) || !arg_str("__format__", 1, fmt)) return nullptr;
  if (fmt.as<Str>()->length == 0) return str(self);
  return call_method(self, "strftime", {fmt});
}

}  // namespace taipan::dt
