// datetime.date: a day of the proleptic Gregorian calendar. Its methods also
// serve datetime (a subclass) where CPython's do: weekday, isocalendar,
// strftime, __format__, fromordinal, fromisocalendar, today.
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <string>

#include "modules/datetime/datetime.h"
#include "objects/int.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/hash_bytes.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::dt {

Type date_type;

int64_t hash_data(const unsigned char* data, size_t n) { return hash_bytes(data, n); }

namespace {

const char* const kDateNames[] = {"year", "month", "day"};

// ---- Construction ----

Ref date_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t len;
  uint32_t month_byte;
  if (nargs == 1 && pickle_state_shape(args[0], &len, 2, &month_byte) && len == 4 && month_byte >= 1 &&
      month_byte <= 12) {
    std::string s;
    if (!pickle_state_bytes(args[0], &s, "date")) return nullptr;
    auto b = reinterpret_cast<const unsigned char*>(s.data());
    return new_date(type, b[0] * 256 + b[1], b[2], b[3]);
  }
  static const ArgParse kSpec{nullptr, kDateNames, "iii", 3, 3, 3};
  Value a[3];
  int f[3] = {0, 0, 0};
  if (!parse_args(kSpec, args, nargs, kwnames, a, f)) return nullptr;
  if (check_date_fields(f[0], f[1], f[2]) < 0) return nullptr;
  return new_date(type, f[0], f[1], f[2]);
}

// ---- Slots ----

void date_data(const DateObject* d, unsigned char out[4]) {
  out[0] = static_cast<unsigned char>(d->year >> 8);
  out[1] = static_cast<unsigned char>(d->year);
  out[2] = d->month;
  out[3] = d->day;
}

Ref date_repr(Value self) {
  DateObject* d = as_date(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, "(%d, %d, %d)", d->year, d->month, d->day);
  return str_from_utf8(std::string(type_of(self)->name) + buf);
}

Ref date_str(Value self) { return call_method(self, "isoformat", {}); }

int64_t date_hash(Value self) {
  DateObject* d = as_date(self);
  if (d->hash == -1) {
    unsigned char data[4];
    date_data(d, data);
    d->hash = hash_data(data, 4);
  }
  return d->hash;
}

uint32_t date_key(const DateObject* d) { return (static_cast<uint32_t>(d->year) << 16) | (d->month << 8) | d->day; }

Ref date_richcompare(Value a, Value b, CompareOp op) {
  if (!is_date(b)) return ref_not_implemented();
  uint32_t x = date_key(as_date(a)), y = date_key(as_date(b));
  return compare_result(x < y ? -1 : x > y ? 1 : 0, op);
}

int64_t date_ordinal(const DateObject* d) { return ymd_to_ord(d->year, d->month, d->day); }

Ref date_add(Value a, Value b) {
  if (is_datetime(a) || is_datetime(b)) return ref_not_implemented();
  if (is_date(a) && is_delta(b)) return date_add_delta(a, as_delta(b), 1);
  if (is_delta(a) && is_date(b)) return date_add_delta(b, as_delta(a), 1);
  return ref_not_implemented();
}

Ref date_subtract(Value a, Value b) {
  if (is_datetime(a) || is_datetime(b) || !is_date(a)) return ref_not_implemented();
  if (is_date(b)) return new_delta(date_ordinal(as_date(a)) - date_ordinal(as_date(b)), 0, 0);
  if (is_delta(b)) return date_add_delta(a, as_delta(b), -1);
  return ref_not_implemented();
}

// ---- Methods ----

Ref m_isoformat(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("date.isoformat", nargs, kwnames)) return nullptr;
  DateObject* d = as_date(self);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
  return str_from_utf8(buf);
}

Ref m_ctime(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("date.ctime", nargs, kwnames)) return nullptr;
  DateObject* d = as_date(self);
  return str_from_utf8(format_ctime(d->year, d->month, d->day, 0, 0, 0));
}

Ref m_strftime(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"format"};
  static const ArgParse kSpec{"strftime", kNames, "U", 1, 1, 1};
  Value fmt;
  if (!parse_args(kSpec, args, nargs, kwnames, &fmt)) return nullptr;
  Ref tuple = call_method(self, "timetuple", {});
  if (!tuple) return nullptr;
  if (is_datetime(self)) {
    DateTimeObject* dt = as_datetime(self);
    return wrap_strftime(self, fmt, *tuple, dt->t.tzinfo, self, dt->t.microsecond);
  }
  return wrap_strftime(self, fmt, *tuple, Value::none(), Value::none(), 0);
}

Ref m_timetuple(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("date.timetuple", nargs, kwnames)) return nullptr;
  DateObject* d = as_date(self);
  return build_struct_time(d->year, d->month, d->day, 0, 0, 0, -1);
}

Ref m_isocalendar(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("date.isocalendar", nargs, kwnames)) return nullptr;
  DateObject* d = as_date(self);
  int year = d->year;
  int64_t today = date_ordinal(d);
  int64_t monday = iso_week1_monday(year);
  int64_t diff = today - monday;
  int64_t week = diff >= 0 ? diff / 7 : -((-diff + 6) / 7);
  int64_t day = diff - week * 7;
  if (week < 0) {
    --year;
    diff = today - iso_week1_monday(year);
    week = diff / 7;
    day = diff % 7;
  } else if (week >= 52 && today >= iso_week1_monday(year + 1)) {
    ++year;
    week = 0;
  }
  return call(Value::object(&isocalendar_type),
              {Value::small_int(year), Value::small_int(week + 1), Value::small_int(day + 1)});
}

Ref m_isoweekday(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("date.isoweekday", nargs, kwnames)) return nullptr;
  DateObject* d = as_date(self);
  return Ref::small_int(weekday(d->year, d->month, d->day) + 1);
}

Ref m_weekday(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("date.weekday", nargs, kwnames)) return nullptr;
  DateObject* d = as_date(self);
  return Ref::small_int(weekday(d->year, d->month, d->day));
}

Ref m_toordinal(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("date.toordinal", nargs, kwnames)) return nullptr;
  return Ref::small_int(date_ordinal(as_date(self)));
}

Ref m_replace(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const ArgParse kSpec{"replace", kDateNames, "iii", 3, 0, 3};
  Value a[3];
  DateObject* d = as_date(self);
  int f[3] = {d->year, d->month, d->day};
  if (!parse_args(kSpec, args, nargs, kwnames, a, f)) return nullptr;
  if (check_date_fields(f[0], f[1], f[2]) < 0) return nullptr;
  return new_date(type_of(self), f[0], f[1], f[2]);
}

Ref m_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("date.__reduce__", nargs, kwnames)) return nullptr;
  unsigned char data[4];
  date_data(as_date(self), data);
  Ref state = bytes_from_string(std::string_view(reinterpret_cast<char*>(data), 4));
  if (!state) return nullptr;
  Ref args = tuple_pack({*state});
  if (!args) return nullptr;
  return tuple_pack({Value::object(type_of(self)), *args});
}

// ---- Class methods ----

Ref m_fromtimestamp(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one_arg("date.fromtimestamp", nargs, kwnames)) return nullptr;
  Value ts = args[0];
  int64_t t;
  if (!timestamp_to_time_t(ts, &t)) return nullptr;
  time_t tt = static_cast<time_t>(t);
  struct tm tm;
  if (localtime_r(&tt, &tm) == nullptr) return raise_os_error(errno == 0 ? EINVAL : errno);
  return date_of_class(cls, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

Ref m_today(Value cls, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("date.today", nargs, kwnames)) return nullptr;
  Ref time_module = import_module("time");
  if (!time_module) return nullptr;
  Ref now = call_method(*time_module, "time", {});
  if (!now) return nullptr;
  return call_method(cls, "fromtimestamp", {*now});
}

Ref m_fromordinal(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Value v;
  int ordinal;
  if (!parse_tuple("fromordinal", 1, 1, args, nargs, kwnames, &v) || !arg_int(v, &ordinal)) return nullptr;
  if (ordinal < 1) return raise(exc::ValueError, "ordinal must be >= 1");
  int y, m, d;
  ord_to_ymd(ordinal, &y, &m, &d);
  return date_of_class(cls, y, m, d);
}

Ref m_fromisoformat(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one_arg("date.fromisoformat", nargs, kwnames)) return nullptr;
  Value s = args[0];
  if (!is_str(s)) return raise(exc::TypeError, "fromisoformat: argument must be str");
  std::string text(str_utf8(s.as<Str>()));
  int64_t len = static_cast<int64_t>(text.size());
  int y = 0, m = 0, d = 0;
  if ((len != 7 && len != 8 && len != 10) || parse_iso_date(text.c_str(), len, &y, &m, &d) < 0) {
    return invalid_isoformat(s);
  }
  return date_of_class(cls, y, m, d);
}

Ref m_fromisocalendar(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"year", "week", "day"};
  static const ArgParse kSpec{"fromisocalendar", kNames, "iii", 3, 3, 3};
  Value a[3];
  int f[3] = {0, 0, 0};
  if (!parse_args(kSpec, args, nargs, kwnames, a, f)) return nullptr;
  if (f[0] < kMinYear || f[0] > kMaxYear) {
    return raise(exc::ValueError, "Year is out of range: " + std::to_string(f[0]));
  }
  int64_t ordinal;
  int rv = iso_to_ordinal(f[0], f[1], f[2], &ordinal);
  if (rv == -2) return raise(exc::ValueError, "Invalid week: " + std::to_string(f[1]));
  if (rv == -3) return raise(exc::ValueError, "Invalid day: " + std::to_string(f[2]) + " (range is [1, 7])");
  int y, m, d;
  ord_to_ymd(ordinal, &y, &m, &d);
  return date_of_class(cls, y, m, d);
}

const MethodDef kMethods[] = {
    {"fromtimestamp", m_fromtimestamp, kMethodClass,
     "Create a date from a POSIX timestamp.\n\nThe timestamp is a number, e.g. created via time.time(), that is "
     "interpreted as local time."},
    {"fromordinal", m_fromordinal, kMethodClass, "int -> date corresponding to a proleptic Gregorian ordinal."},
    {"fromisoformat", m_fromisoformat, kMethodClass, "str -> Construct a date from a string in ISO 8601 format."},
    {"fromisocalendar", m_fromisocalendar, kMethodClass,
     "int, int, int -> Construct a date from the ISO year, week number and weekday.\n\n"
     "This is the inverse of the date.isocalendar() function"},
    {"today", m_today, kMethodClass, "Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."},
    {"ctime", m_ctime, kMethodInstance, "Return ctime() style string."},
    {"strftime", m_strftime, kMethodInstance, "format -> strftime() style string."},
    {"__format__", date_format_method, kMethodInstance, "Formats self with strftime."},
    {"timetuple", m_timetuple, kMethodInstance, "Return time tuple, compatible with time.localtime()."},
    {"isocalendar", m_isocalendar, kMethodInstance,
     "Return a named tuple containing ISO year, week number, and weekday."},
    {"isoformat", m_isoformat, kMethodInstance, "Return string in ISO 8601 format, YYYY-MM-DD."},
    {"isoweekday", m_isoweekday, kMethodInstance, "Return the day of the week represented by the date.\n"
                                                  "Monday == 1 ... Sunday == 7"},
    {"toordinal", m_toordinal, kMethodInstance, "Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."},
    {"weekday", m_weekday, kMethodInstance, "Return the day of the week represented by the date.\n"
                                            "Monday == 0 ... Sunday == 6"},
    {"replace", m_replace, kMethodInstance, "Return date with new specified fields."},
    {"__reduce__", m_reduce, kMethodInstance, "__reduce__() -> (cls, state)"},
    {nullptr, nullptr, 0, nullptr},
};

Ref get_year(Value self) { return Ref::small_int(as_date(self)->year); }
Ref get_month(Value self) { return Ref::small_int(as_date(self)->month); }
Ref get_day(Value self) { return Ref::small_int(as_date(self)->day); }

const GetSetDef kGetSets[] = {
    {"year", get_year, nullptr, nullptr},
    {"month", get_month, nullptr, nullptr},
    {"day", get_day, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void date_dealloc(Object* o) { free_object(o); }

}  // namespace

Ref date_add_delta(Value date, const DeltaObject* delta, int sign) {
  DateObject* d = as_date(date);
  int y, m, day;
  if (normalize_date(date_ordinal(d) + static_cast<int64_t>(sign) * delta->days, &y, &m, &day) < 0) return nullptr;
  return date_of_class(Value::object(type_of(date)), y, m, day);
}

int init_date_type() {
  Type& t = date_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "datetime.date";
  t.basic_size = sizeof(DateObject);
  t.flags = kTypeBaseType;
  t.base = &object_type;
  t.dealloc = date_dealloc;
  t.repr = date_repr;
  t.str = date_str;
  t.hash = date_hash;
  t.richcompare = date_richcompare;
  t.new_ = date_new;
  t.number.add = date_add;
  t.number.subtract = date_subtract;
  t.methods = kMethods;
  t.getsets = kGetSets;
  t.doc = "date(year, month, day) --> date object";
  if (type_ready(&t) < 0) return -1;
  Ref min = new_date(&date_type, 1, 1, 1);
  Ref max = new_date(&date_type, kMaxYear, 12, 31);
  Ref resolution = new_delta(1, 0, 0);
  if (!min || !max || !resolution || dict_set_str(t.dict, "min", *min) < 0 ||
      dict_set_str(t.dict, "max", *max) < 0 || dict_set_str(t.dict, "resolution", *resolution) < 0) {
    return -1;
  }
  return 0;
}

}  // namespace taipan::dt
