// datetime.datetime: a date and a time of day with an optional tzinfo and
// the fold flag. Arithmetic, comparison (naive/aware rules and PEP 495's
// exception for equality in a fold), hashing, formatting and pickling; the
// constructors from clocks and timestamps and time zone conversion live in
// datetime_clock.cpp.
#include <cstdio>
#include <cstring>
#include <string>

#include "modules/datetime/datetime.h"
#include "objects/int.h"
#include "objects/bytes.h"
#include "objects/dict.h"
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

Type datetime_type;

namespace {

const char* const kDateTimeNames[] = {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo",
                                      "fold"};

DateTimeObject* as_dt(Value v) { return as_datetime(v); }

Ref datetime_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t len;
  uint32_t month_byte;
  if (nargs >= 1 && nargs <= 2 && pickle_state_shape(args[0], &len, 2, &month_byte) && len == 10 &&
      (month_byte & 0x7F) >= 1 && (month_byte & 0x7F) <= 12) {
    Value tzinfo = nargs == 2 ? args[1] : Value::none();
    if (!tzinfo.is_none() && !is_tzinfo(tzinfo)) return raise(exc::TypeError, "bad tzinfo state arg");
    std::string s;
    if (!pickle_state_bytes(args[0], &s, "datetime")) return nullptr;
    auto b = reinterpret_cast<const unsigned char*>(s.data());
    return new_datetime(type, b[0] * 256 + b[1], b[2] & 0x7F, b[3], b[4], b[5], b[6], (b[7] << 16) | (b[8] << 8) | b[9],
                        tzinfo, b[2] >> 7);
  }
  static const ArgParse kSpec{nullptr, kDateTimeNames, "iiiiiiiOi", 9, 3, 8};
  Value a[9];
  int f[9] = {0, 0, 0, 0, 0, 0, 0, 0, 0};
  if (!parse_args(kSpec, args, nargs, kwnames, a, f)) return nullptr;
  Value tzinfo = a[7].is_null() ? Value::none() : a[7];
  if (check_date_fields(f[0], f[1], f[2]) < 0 || check_time_fields(f[3], f[4], f[5], f[6], f[8]) < 0 ||
      !check_tzinfo(tzinfo)) {
    return nullptr;
  }
  return new_datetime(type, f[0], f[1], f[2], f[3], f[4], f[5], f[6], tzinfo, f[8]);
}

void datetime_dealloc(Object* o) {
  decref(static_cast<DateTimeObject*>(o)->t.tzinfo);
  free_object(o);
}

Ref datetime_repr(Value self) {
  DateTimeObject* d = as_dt(self);
  const TimeFields& t = d->t;
  char buf[96];
  if (t.microsecond != 0) {
    std::snprintf(buf, sizeof buf, "(%d, %d, %d, %d, %d, %d, %d", d->year, d->month, d->day, t.hour, t.minute,
                  t.second, t.microsecond);
  } else if (t.second != 0) {
    std::snprintf(buf, sizeof buf, "(%d, %d, %d, %d, %d, %d", d->year, d->month, d->day, t.hour, t.minute, t.second);
  } else {
    std::snprintf(buf, sizeof buf, "(%d, %d, %d, %d, %d", d->year, d->month, d->day, t.hour, t.minute);
  }
  std::string s = std::string(type_of(self)->name) + buf;
  if (t.fold) s += ", fold=1";
  if (!t.tzinfo.is_none()) {
    Ref r = repr(t.tzinfo);
    if (!r) return nullptr;
    s += ", tzinfo=" + std::string(str_utf8(r.as<Str>()));
  }
  return str_from_utf8(s + ")");
}

Ref datetime_str(Value self) {
  Ref sep = str_from_utf8(" ");
  if (!sep) return nullptr;
  return call_method(self, "isoformat", {*sep});
}

void datetime_data(const DateTimeObject* d, bool fold_flag, unsigned char out[10]) {
  out[0] = static_cast<unsigned char>(d->year >> 8);
  out[1] = static_cast<unsigned char>(d->year);
  out[2] = static_cast<unsigned char>(d->month | (fold_flag ? 0x80 : 0));
  out[3] = d->day;
  time_data(d->t, false, out + 4);
}

// Seconds since 0001-01-01 of the fields (as if UTC) and the microseconds.
__int128 local_us(const DateTimeObject* d) {
  return (static_cast<__int128>(ymd_to_ord(d->year, d->month, d->day)) * kSecondsPerDay + d->t.hour * 3600 +
          d->t.minute * 60 + d->t.second) *
             kUsPerSecond +
         d->t.microsecond;
}

// The same datetime with fold 0, of the same type, made without calling it.
Ref without_fold(Value self) {
  DateTimeObject* d = as_dt(self);
  if (!d->t.fold) return Ref::borrow(self);
  return new_datetime(type_of(self), d->year, d->month, d->day, d->t.hour, d->t.minute, d->t.second,
                      d->t.microsecond, d->t.tzinfo, 0);
}

int64_t datetime_hash(Value self) {
  DateTimeObject* d = as_dt(self);
  if (d->hash != -1) return d->hash;
  Ref self0 = without_fold(self);
  if (!self0) return -1;
  Ref offset = datetime_utcoffset(*self0);
  if (!offset) return -1;
  if ((*offset).is_none()) {
    unsigned char data[10];
    datetime_data(d, false, data);
    d->hash = hash_data(data, 10);
  } else {
    Ref delta = delta_from_us(local_us(d) - delta_us(as_delta(*offset)));
    if (!delta) return -1;
    d->hash = hash(*delta);
  }
  return d->hash;
}

// The offset of self with its fold flipped.
Ref flipped_offset(Value self) {
  DateTimeObject* d = as_dt(self);
  Ref flip = new_datetime(type_of(self), d->year, d->month, d->day, d->t.hour, d->t.minute, d->t.second,
                          d->t.microsecond, d->t.tzinfo, !d->t.fold);
  if (!flip) return nullptr;
  return datetime_utcoffset(*flip);
}

// Offsets that may each be None: equal when both None or equal timedeltas.
bool same_offset(Value a, Value b) {
  if (a.bits() == b.bits()) return true;
  return is_delta(a) && is_delta(b) && delta_compare(as_delta(a), as_delta(b)) == 0;
}

// PEP 495: a datetime in a fold (whose offset changes with fold) equals nothing of another zone. -1 on error.
int pep495_exception(Value a, Value b, Value offset1, Value offset2) {
  Ref f1 = flipped_offset(a);
  if (!f1) return -1;
  if (!same_offset(*f1, offset1)) return 1;
  Ref f2 = flipped_offset(b);
  if (!f2) return -1;
  return same_offset(*f2, offset2) ? 0 : 1;
}

int compare_keys(const DateTimeObject* a, const DateTimeObject* b) {
  unsigned char x[10], y[10];
  datetime_data(a, false, x);
  datetime_data(b, false, y);
  int c = std::memcmp(x, y, 10);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

Ref datetime_richcompare(Value a, Value b, CompareOp op) {
  if (!is_datetime(b)) {
    if (!is_date(b)) return ref_not_implemented();
    if (op == CompareOp::Eq) return Ref::boolean(false);
    if (op == CompareOp::Ne) return Ref::boolean(true);
    return raise(exc::TypeError, std::string("can't compare ") + type_of(a)->name + " to " + type_of(b)->name);
  }
  DateTimeObject *x = as_dt(a), *y = as_dt(b);
  if (x->t.tzinfo.bits() == y->t.tzinfo.bits()) return compare_result(compare_keys(x, y), op);
  Ref o1 = datetime_utcoffset(a);
  if (!o1) return nullptr;
  Ref o2 = datetime_utcoffset(b);
  if (!o2) return nullptr;
  int c;
  if (same_offset(*o1, *o2)) {
    c = compare_keys(x, y);
  } else if (!(*o1).is_none() && !(*o2).is_none()) {
    __int128 d = (local_us(x) - delta_us(as_delta(*o1))) - (local_us(y) - delta_us(as_delta(*o2)));
    c = d < 0 ? -1 : d > 0 ? 1 : 0;
  } else {
    if (op == CompareOp::Eq) return Ref::boolean(false);
    if (op == CompareOp::Ne) return Ref::boolean(true);
    return raise(exc::TypeError, "can't compare offset-naive and offset-aware datetimes");
  }
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && c == 0) {
    int ex = pep495_exception(a, b, *o1, *o2);
    if (ex < 0) return nullptr;
    if (ex) c = 1;
  }
  return compare_result(c, op);
}

Ref datetime_add(Value a, Value b) {
  if (is_datetime(a)) {
    if (is_delta(b)) return datetime_add_delta(a, as_delta(b), 1);
  } else if (is_delta(a)) {
    return datetime_add_delta(b, as_delta(a), 1);
  }
  return ref_not_implemented();
}

Ref datetime_sub(Value a, Value b) { return datetime_subtract(a, b); }

// ---- Methods ----

Ref m_date(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("datetime.date", nargs, kwnames)) return nullptr;
  DateTimeObject* d = as_dt(self);
  return new_date(&date_type, d->year, d->month, d->day);
}

Ref m_time(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("datetime.time", nargs, kwnames)) return nullptr;
  const TimeFields& t = as_dt(self)->t;
  return new_time(&time_type, t.hour, t.minute, t.second, t.microsecond, Value::none(), t.fold);
}

Ref m_timetz(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("datetime.timetz", nargs, kwnames)) return nullptr;
  const TimeFields& t = as_dt(self)->t;
  return new_time(&time_type, t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold);
}

Ref m_ctime(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("datetime.ctime", nargs, kwnames)) return nullptr;
  DateTimeObject* d = as_dt(self);
  return str_from_utf8(format_ctime(d->year, d->month, d->day, d->t.hour, d->t.minute, d->t.second));
}

Ref m_timetuple(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("datetime.timetuple", nargs, kwnames)) return nullptr;
  DateTimeObject* d = as_dt(self);
  int dstflag = -1;
  if (!d->t.tzinfo.is_none()) {
    Ref dst = call_dst(d->t.tzinfo, self);
    if (!dst) return nullptr;
    if (!(*dst).is_none()) dstflag = delta_us(as_delta(*dst)) != 0;
  }
  return build_struct_time(d->year, d->month, d->day, d->t.hour, d->t.minute, d->t.second, dstflag);
}

Ref m_utctimetuple(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("datetime.utctimetuple", nargs, kwnames)) return nullptr;
  Ref utc_self = Ref::borrow(self);
  DateTimeObject* d = as_dt(self);
  if (!d->t.tzinfo.is_none()) {
    Ref offset = call_utcoffset(d->t.tzinfo, self);
    if (!offset) return nullptr;
    if (!(*offset).is_none()) {
      utc_self = datetime_add_delta(self, as_delta(*offset), -1);
      if (!utc_self) return nullptr;
      if (!is_datetime(*utc_self)) return raise(exc::TypeError, "utctimetuple: the subclass made no datetime");
    }
  }
  DateTimeObject* u = as_dt(*utc_self);
  return build_struct_time(u->year, u->month, u->day, u->t.hour, u->t.minute, u->t.second, 0);
}

Ref m_isoformat(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"sep", "timespec"};
  static const ArgParse kSpec{"isoformat", kNames, "CU", 2, 0, 2};
  Value a[2];
  if (!parse_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  std::string sep = a[0].is_null() ? "T" : std::string(str_utf8(a[0].as<Str>()));
  std::string timespec = a[1].is_null() ? "" : std::string(str_utf8(a[1].as<Str>()));
  DateTimeObject* d = as_dt(self);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
  std::string out = buf + sep;
  if (!format_iso_time(d->t, a[1].is_null() ? nullptr : timespec.c_str(), &out)) return nullptr;
  if (!d->t.tzinfo.is_none()) {
    Ref offset = datetime_utcoffset(self);
    if (!offset) return nullptr;
    out += format_offset(*offset, ":");
  }
  return str_from_utf8(out);
}

Ref m_utcoffset(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("datetime.utcoffset", nargs, kwnames)) return nullptr;
  return datetime_utcoffset(self);
}

Ref m_dst(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("datetime.dst", nargs, kwnames)) return nullptr;
  return call_dst(as_dt(self)->t.tzinfo, self);
}

Ref m_tzname(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("datetime.tzname", nargs, kwnames)) return nullptr;
  return call_tzname(as_dt(self)->t.tzinfo, self);
}

Ref m_replace(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const ArgParse kSpec{"replace", kDateTimeNames, "iiiiiiiOi", 9, 0, 8};
  Value a[9];
  DateTimeObject* d = as_dt(self);
  int f[9] = {d->year, d->month, d->day, d->t.hour, d->t.minute, d->t.second, d->t.microsecond, 0, d->t.fold};
  if (!parse_args(kSpec, args, nargs, kwnames, a, f)) return nullptr;
  if (f[8] != 0 && f[8] != 1) return raise(exc::ValueError, "fold must be either 0 or 1");
  Value tzinfo = a[7].is_null() ? d->t.tzinfo : a[7];
  if (check_date_fields(f[0], f[1], f[2]) < 0 || check_time_fields(f[3], f[4], f[5], f[6], 0) < 0 ||
      !check_tzinfo(tzinfo)) {
    return nullptr;
  }
  return new_datetime(type_of(self), f[0], f[1], f[2], f[3], f[4], f[5], f[6], tzinfo, f[8]);
}

Ref reduce_with(Value self, int64_t protocol) {
  DateTimeObject* d = as_dt(self);
  unsigned char data[10];
  datetime_data(d, protocol > 3 && d->t.fold, data);
  return reduce_with_state(self, data, sizeof data, d->t.tzinfo);
}

Ref m_reduce_ex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int protocol;
  if (!reduce_ex_protocol(args, nargs, kwnames, &protocol)) return nullptr;
  return reduce_with(self, protocol);
}

Ref m_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("datetime.__reduce__", nargs, kwnames)) return nullptr;
  return reduce_with(self, 2);
}

// ---- Class methods ----

Ref m_combine(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"date", "time", "tzinfo"};
  static const ArgParse kSpec{"combine", kNames, "DTO", 3, 2, 3};
  Value a[3];
  if (!parse_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  DateObject* d = as_date(a[0]);
  const TimeFields& t = as_time(a[1])->t;
  Value tzinfo = a[2].is_null() ? t.tzinfo : a[2];
  return datetime_of_class(cls, d->year, d->month, d->day, t.hour, t.minute, t.second, t.microsecond, tzinfo,
                           t.fold);
}

Ref m_fromisoformat(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one_arg("datetime.fromisoformat", nargs, kwnames)) return nullptr;
  Value s = args[0];
  if (!is_str(s)) return raise(exc::TypeError, "fromisoformat: argument must be str");
  int f[7] = {0, 0, 0, 0, 0, 0, 0};
  int tz_seconds = 0, tz_us = 0;
  int rv = parse_iso_datetime(s, f, &tz_seconds, &tz_us);
  if (rv < 0) return invalid_isoformat(s);
  Ref tzinfo = tzinfo_from_iso(rv, tz_seconds, tz_us);
  if (!tzinfo) return nullptr;
  return datetime_of_class(cls, f[0], f[1], f[2], f[3], f[4], f[5], f[6], *tzinfo, 0);
}

Ref m_strptime(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  if (!parse_tuple("strptime", 2, 2, args, nargs, kwnames, a) || !arg_str("strptime", 1, a[0]) ||
      !arg_str("strptime", 2, a[1])) {
    return nullptr;
  }
  Ref module = import_module("_strptime");
  if (!module) return nullptr;
  return call_method(*module, "_strptime_datetime", {cls, a[0], a[1]});
}

const MethodDef kMethods[] = {
    {"now", datetime_now, kMethodClass, "Returns new datetime object representing current time local to tz.\n\n"
                                        "  tz\n    Timezone object.\n\nIf no tz is specified, uses local timezone."},
    {"utcnow", datetime_utcnow, kMethodClass, "Return a new datetime representing UTC day and time."},
    {"fromtimestamp", datetime_fromtimestamp, kMethodClass,
     "timestamp[, tz] -> tz's local time from POSIX timestamp."},
    {"utcfromtimestamp", datetime_utcfromtimestamp, kMethodClass,
     "Construct a naive UTC datetime from a POSIX timestamp."},
    {"strptime", m_strptime, kMethodClass,
     "string, format -> new datetime parsed from a string (like time.strptime())."},
    {"combine", m_combine, kMethodClass, "date, time -> datetime with same date and time fields"},
    {"fromisoformat", m_fromisoformat, kMethodClass, "string -> datetime from a string in most ISO 8601 formats"},
    {"date", m_date, kMethodInstance, "Return date object with same year, month and day."},
    {"time", m_time, kMethodInstance, "Return time object with same time but with tzinfo=None."},
    {"timetz", m_timetz, kMethodInstance, "Return time object with same time and tzinfo."},
    {"ctime", m_ctime, kMethodInstance, "Return ctime() style string."},
    {"timetuple", m_timetuple, kMethodInstance, "Return time tuple, compatible with time.localtime()."},
    {"timestamp", datetime_timestamp, kMethodInstance, "Return POSIX timestamp as float."},
    {"utctimetuple", m_utctimetuple, kMethodInstance, "Return UTC time tuple, compatible with time.localtime()."},
    {"isoformat", m_isoformat, kMethodInstance,
     "[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\n"
     "sep is used to separate the year from the time, and defaults to 'T'.\n"
     "The optional argument timespec specifies the number of additional terms\n"
     "of the time to include. Valid options are 'auto', 'hours', 'minutes',\n"
     "'seconds', 'milliseconds' and 'microseconds'.\n"},
    {"utcoffset", m_utcoffset, kMethodInstance, "Return self.tzinfo.utcoffset(self)."},
    {"tzname", m_tzname, kMethodInstance, "Return self.tzinfo.tzname(self)."},
    {"dst", m_dst, kMethodInstance, "Return self.tzinfo.dst(self)."},
    {"replace", m_replace, kMethodInstance, "Return datetime with new specified fields."},
    {"astimezone", datetime_astimezone, kMethodInstance, "tz -> convert to local time in new timezone tz\n"},
    {"__reduce_ex__", m_reduce_ex, kMethodInstance, "__reduce_ex__(proto) -> (cls, state)"},
    {"__reduce__", m_reduce, kMethodInstance, "__reduce__() -> (cls, state)"},
    {nullptr, nullptr, 0, nullptr},
};

Ref get_hour(Value self) { return Ref::small_int(as_dt(self)->t.hour); }
Ref get_minute(Value self) { return Ref::small_int(as_dt(self)->t.minute); }
Ref get_second(Value self) { return Ref::small_int(as_dt(self)->t.second); }
Ref get_microsecond(Value self) { return Ref::small_int(as_dt(self)->t.microsecond); }
Ref get_tzinfo(Value self) { return Ref::borrow(as_dt(self)->t.tzinfo); }
Ref get_fold(Value self) { return Ref::small_int(as_dt(self)->t.fold); }

const GetSetDef kGetSets[] = {
    {"hour", get_hour, nullptr, nullptr},
    {"minute", get_minute, nullptr, nullptr},
    {"second", get_second, nullptr, nullptr},
    {"microsecond", get_microsecond, nullptr, nullptr},
    {"tzinfo", get_tzinfo, nullptr, nullptr},
    {"fold", get_fold, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref datetime_utcoffset(Value dt) { return call_utcoffset(as_dt(dt)->t.tzinfo, dt); }

Ref datetime_add_delta(Value dt, const DeltaObject* delta, int sign) {
  DateTimeObject* d = as_dt(dt);
  __int128 us = local_us(d) + sign * delta_us(delta);
  __int128 days = us / kUsPerDay, rem = us % kUsPerDay;
  if (rem < 0) {
    rem += kUsPerDay;
    --days;
  }
  int y, m, day;
  if (days < 1 || days > kMaxOrdinal) return raise(exc::OverflowError, "date value out of range");
  ord_to_ymd(static_cast<int64_t>(days), &y, &m, &day);
  int64_t secs = static_cast<int64_t>(rem / kUsPerSecond);
  return datetime_of_class(Value::object(type_of(dt)), y, m, day, static_cast<int>(secs / 3600),
                           static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60),
                           static_cast<int>(rem % kUsPerSecond), d->t.tzinfo, 0);
}

Ref datetime_subtract(Value a, Value b) {
  if (!is_datetime(a)) return ref_not_implemented();
  if (is_delta(b)) return datetime_add_delta(a, as_delta(b), -1);
  if (!is_datetime(b)) return ref_not_implemented();
  DateTimeObject *x = as_dt(a), *y = as_dt(b);
  __int128 offdiff = 0;
  if (x->t.tzinfo.bits() != y->t.tzinfo.bits()) {
    Ref o1 = datetime_utcoffset(a);
    if (!o1) return nullptr;
    Ref o2 = datetime_utcoffset(b);
    if (!o2) return nullptr;
    if ((*o1).is_none() != (*o2).is_none()) {
      return raise(exc::TypeError, "can't subtract offset-naive and offset-aware datetimes");
    }
    if (!(*o1).is_none()) offdiff = delta_us(as_delta(*o1)) - delta_us(as_delta(*o2));
  }
  Ref result = delta_from_us(local_us(x) - local_us(y));
  if (!result || offdiff == 0) return result;
  return delta_from_us(delta_us(as_delta(*result)) - offdiff);
}

int init_datetime_type() {
  Type& t = datetime_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "datetime.datetime";
  t.basic_size = sizeof(DateTimeObject);
  t.flags = kTypeBaseType;
  t.base = &date_type;
  t.dealloc = datetime_dealloc;
  t.repr = datetime_repr;
  t.str = datetime_str;
  t.hash = datetime_hash;
  t.richcompare = datetime_richcompare;
  t.new_ = datetime_new;
  t.number.add = datetime_add;
  t.number.subtract = datetime_sub;
  t.methods = kMethods;
  t.getsets = kGetSets;
  t.doc = "datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\n"
          "The year, month and day arguments are required. tzinfo may be None, or an\n"
          "instance of a tzinfo subclass. The remaining arguments may be ints.\n";
  if (type_ready(&t) < 0) return -1;
  Ref min = new_datetime(&datetime_type, 1, 1, 1, 0, 0, 0, 0, Value::none(), 0);
  Ref max = new_datetime(&datetime_type, kMaxYear, 12, 31, 23, 59, 59, 999999, Value::none(), 0);
  Ref resolution = new_delta(0, 0, 1);
  if (!min || !max || !resolution || dict_set_str(t.dict, "min", *min) < 0 ||
      dict_set_str(t.dict, "max", *max) < 0 || dict_set_str(t.dict, "resolution", *resolution) < 0) {
    return -1;
  }
  return 0;
}

}  // namespace taipan::dt
