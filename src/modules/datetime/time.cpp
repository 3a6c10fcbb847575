// datetime.time: a time of day with an optional tzinfo and the fold flag.
// Its tzinfo is always asked with None as the argument (a time has no date).
#include <cstdio>
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
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::dt {

Type time_type;

namespace {

const char* const kTimeNames[] = {"hour", "minute", "second", "microsecond", "tzinfo", "fold"};

TimeFields& fields(Value v) { return as_time(v)->t; }

Ref time_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t len;
  uint32_t first;
  if (nargs >= 1 && nargs <= 2 && pickle_state_shape(args[0], &len, 0, &first) && len == 6 && (first & 0x7F) < 24) {
    Value tzinfo = nargs == 2 ? args[1] : Value::none();
    if (!tzinfo.is_none() && !is_tzinfo(tzinfo)) return raise(exc::TypeError, "bad tzinfo state arg");
    std::string s;
    if (!pickle_state_bytes(args[0], &s, "time")) return nullptr;
    auto b = reinterpret_cast<const unsigned char*>(s.data());
    return new_time(type, b[0] & 0x7F, b[1], b[2], (b[3] << 16) | (b[4] << 8) | b[5], tzinfo, b[0] >> 7);
  }
  static const ArgParse kSpec{nullptr, kTimeNames, "iiiiOi", 6, 0, 5};
  Value a[6];
  int f[6] = {0, 0, 0, 0, 0, 0};
  if (!parse_args(kSpec, args, nargs, kwnames, a, f)) return nullptr;
  Value tzinfo = a[4].is_null() ? Value::none() : a[4];
  if (check_time_fields(f[0], f[1], f[2], f[3], f[5]) < 0 || !check_tzinfo(tzinfo)) return nullptr;
  return new_time(type, f[0], f[1], f[2], f[3], tzinfo, f[5]);
}

void time_dealloc(Object* o) {
  decref(static_cast<TimeObject*>(o)->t.tzinfo);
  free_object(o);
}

Ref time_repr(Value self) {
  const TimeFields& t = fields(self);
  char buf[64];
  if (t.microsecond != 0) {
    std::snprintf(buf, sizeof buf, "(%d, %d, %d, %d", t.hour, t.minute, t.second, t.microsecond);
  } else if (t.second != 0) {
    std::snprintf(buf, sizeof buf, "(%d, %d, %d", t.hour, t.minute, t.second);
  } else {
    std::snprintf(buf, sizeof buf, "(%d, %d", t.hour, t.minute);
  }
  std::string s = std::string(type_of(self)->name) + buf;
  if (!t.tzinfo.is_none()) {
    Ref r = repr(t.tzinfo);
    if (!r) return nullptr;
    s += ", tzinfo=" + std::string(str_utf8(r.as<Str>()));
  }
  if (t.fold) s += ", fold=1";
  return str_from_utf8(s + ")");
}

Ref time_str(Value self) { return call_method(self, "isoformat", {}); }

int64_t time_key(const TimeFields& t) {
  return ((int64_t{t.hour} << 16 | t.minute << 8 | t.second) << 24) | t.microsecond;
}

Ref time_utcoffset_of(Value self) { return call_utcoffset(fields(self).tzinfo, Value::none()); }

int64_t time_hash(Value self) {
  TimeObject* o = as_time(self);
  if (o->hash != -1) return o->hash;
  const TimeFields& t = o->t;
  Ref offset = call_utcoffset(t.tzinfo, Value::none());
  if (!offset) return -1;
  if ((*offset).is_none()) {
    unsigned char data[6];
    time_data(t, false, data);
    o->hash = hash_data(data, 6);
  } else {
    Ref d = delta_from_us(static_cast<__int128>(t.hour * 3600 + t.minute * 60 + t.second) * kUsPerSecond +
                          t.microsecond - delta_us(as_delta(*offset)));
    if (!d) return -1;
    o->hash = hash(*d);
  }
  return o->hash;
}

Ref time_richcompare(Value a, Value b, CompareOp op) {
  if (!is_time(b)) return ref_not_implemented();
  const TimeFields &x = fields(a), &y = fields(b);
  int64_t kx = time_key(x), ky = time_key(y);
  if (x.tzinfo.bits() != y.tzinfo.bits()) {
    Ref o1 = time_utcoffset_of(a);
    if (!o1) return nullptr;
    Ref o2 = time_utcoffset_of(b);
    if (!o2) return nullptr;
    bool n1 = (*o1).is_none(), n2 = (*o2).is_none();
    if (n1 != n2) {
      if (op == CompareOp::Eq) return Ref::boolean(false);
      if (op == CompareOp::Ne) return Ref::boolean(true);
      return raise(exc::TypeError, "can't compare offset-naive and offset-aware times");
    }
    if (!n1 && delta_compare(as_delta(*o1), as_delta(*o2)) != 0) {
      // CPython compares whole seconds net of the offsets, then the microseconds.
      DeltaObject *d1 = as_delta(*o1), *d2 = as_delta(*o2);
      kx = (x.hour * 3600 + x.minute * 60 + x.second - int64_t{d1->days} * 86400 - d1->seconds) * 2000000 +
           x.microsecond;
      ky = (y.hour * 3600 + y.minute * 60 + y.second - int64_t{d2->days} * 86400 - d2->seconds) * 2000000 +
           y.microsecond;
    }
  }
  return compare_result(kx < ky ? -1 : kx > ky ? 1 : 0, op);
}

// ---- Methods ----

Ref m_isoformat(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"timespec"};
  static const ArgParse kSpec{"isoformat", kNames, "U", 1, 0, 1};
  Value spec;
  if (!parse_args(kSpec, args, nargs, kwnames, &spec)) return nullptr;
  std::string timespec = spec.is_null() ? "" : std::string(str_utf8(spec.as<Str>()));
  std::string out;
  const TimeFields& t = fields(self);
  if (!format_iso_time(t, spec.is_null() ? nullptr : timespec.c_str(), &out)) return nullptr;
  if (!t.tzinfo.is_none()) {
    Ref offset = call_utcoffset(t.tzinfo, Value::none());
    if (!offset) return nullptr;
    out += format_offset(*offset, ":");
  }
  return str_from_utf8(out);
}

Ref m_strftime(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"format"};
  static const ArgParse kSpec{"strftime", kNames, "U", 1, 1, 1};
  Value fmt;
  if (!parse_args(kSpec, args, nargs, kwnames, &fmt)) return nullptr;
  const TimeFields& t = fields(self);
  // Python's strftime needs a date: 1900-01-01 stands in.
  Ref tuple = tuple_pack({Value::small_int(1900), Value::small_int(1), Value::small_int(1), Value::small_int(t.hour),
                          Value::small_int(t.minute), Value::small_int(t.second), Value::small_int(0),
                          Value::small_int(1), Value::small_int(-1)});
  if (!tuple) return nullptr;
  return wrap_strftime(self, fmt, *tuple, t.tzinfo, Value::none(), t.microsecond);
}

Ref m_utcoffset(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("time.utcoffset", nargs, kwnames)) return nullptr;
  return call_utcoffset(fields(self).tzinfo, Value::none());
}

Ref m_dst(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("time.dst", nargs, kwnames)) return nullptr;
  return call_dst(fields(self).tzinfo, Value::none());
}

Ref m_tzname(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("time.tzname", nargs, kwnames)) return nullptr;
  return call_tzname(fields(self).tzinfo, Value::none());
}

Ref m_replace(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const ArgParse kSpec{"replace", kTimeNames, "iiiiOi", 6, 0, 5};
  Value a[6];
  const TimeFields& t = fields(self);
  int f[6] = {t.hour, t.minute, t.second, t.microsecond, 0, t.fold};
  if (!parse_args(kSpec, args, nargs, kwnames, a, f)) return nullptr;
  if (f[5] != 0 && f[5] != 1) return raise(exc::ValueError, "fold must be either 0 or 1");
  Value tzinfo = a[4].is_null() ? t.tzinfo : a[4];
  if (check_time_fields(f[0], f[1], f[2], f[3], 0) < 0 || !check_tzinfo(tzinfo)) return nullptr;
  return new_time(type_of(self), f[0], f[1], f[2], f[3], tzinfo, f[5]);
}

Ref reduce_with(Value self, int64_t protocol) {
  const TimeFields& t = fields(self);
  unsigned char data[6];
  time_data(t, protocol > 3 && t.fold, data);
  return reduce_with_state(self, data, sizeof data, t.tzinfo);
}

Ref m_reduce_ex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int protocol;
  if (!reduce_ex_protocol(args, nargs, kwnames, &protocol)) return nullptr;
  return reduce_with(self, protocol);
}

Ref m_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("time.__reduce__", nargs, kwnames)) return nullptr;
  return reduce_with(self, 2);
}

Ref m_fromisoformat(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one_arg("time.fromisoformat", nargs, kwnames)) return nullptr;
  Value s = args[0];
  if (!is_str(s)) return raise(exc::TypeError, "fromisoformat: argument must be str");
  std::string text(str_utf8(s.as<Str>()));
  const char* p = text.c_str();
  int64_t len = static_cast<int64_t>(text.size());
  if (*p == 'T') {
    ++p;
    --len;
  }
  int h = 0, m = 0, sec = 0, us = 0, tz_seconds = 0, tz_us = 0;
  int rv = parse_iso_time(p, len, &h, &m, &sec, &us, &tz_seconds, &tz_us);
  if (rv < 0) return invalid_isoformat(s);
  Ref tzinfo = tzinfo_from_iso(rv, tz_seconds, tz_us);
  if (!tzinfo) return nullptr;
  if (cls.as_object() == &time_type) {
    if (check_time_fields(h, m, sec, us, 0) < 0) return nullptr;
    return new_time(&time_type, h, m, sec, us, *tzinfo, 0);
  }
  return call(cls, {Value::small_int(h), Value::small_int(m), Value::small_int(sec), Value::small_int(us), *tzinfo});
}

const MethodDef kMethods[] = {
    {"isoformat", m_isoformat, kMethodInstance,
     "Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\n\n"
     "The optional argument timespec specifies the number of additional terms\n"
     "of the time to include. Valid options are 'auto', 'hours', 'minutes',\n"
     "'seconds', 'milliseconds' and 'microseconds'.\n"},
    {"strftime", m_strftime, kMethodInstance, "format -> strftime() style string."},
    {"__format__", date_format_method, kMethodInstance, "Formats self with strftime."},
    {"utcoffset", m_utcoffset, kMethodInstance, "Return self.tzinfo.utcoffset(self)."},
    {"tzname", m_tzname, kMethodInstance, "Return self.tzinfo.tzname(self)."},
    {"dst", m_dst, kMethodInstance, "Return self.tzinfo.dst(self)."},
    {"replace", m_replace, kMethodInstance, "Return time with new specified fields."},
    {"fromisoformat", m_fromisoformat, kMethodClass, "string -> time from a string in ISO 8601 format"},
    {"__reduce_ex__", m_reduce_ex, kMethodInstance, "__reduce_ex__(proto) -> (cls, state)"},
    {"__reduce__", m_reduce, kMethodInstance, "__reduce__() -> (cls, state)"},
    {nullptr, nullptr, 0, nullptr},
};

Ref get_hour(Value self) { return Ref::small_int(fields(self).hour); }
Ref get_minute(Value self) { return Ref::small_int(fields(self).minute); }
Ref get_second(Value self) { return Ref::small_int(fields(self).second); }
Ref get_microsecond(Value self) { return Ref::small_int(fields(self).microsecond); }
Ref get_tzinfo(Value self) { return Ref::borrow(fields(self).tzinfo); }
Ref get_fold(Value self) { return Ref::small_int(fields(self).fold); }

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

void time_data(const TimeFields& t, bool fold_flag, unsigned char out[6]) {
  out[0] = static_cast<unsigned char>(t.hour | (fold_flag ? 0x80 : 0));
  out[1] = t.minute;
  out[2] = t.second;
  out[3] = static_cast<unsigned char>(t.microsecond >> 16);
  out[4] = static_cast<unsigned char>(t.microsecond >> 8);
  out[5] = static_cast<unsigned char>(t.microsecond);
}

int init_time_type() {
  Type& t = time_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "datetime.time";
  t.basic_size = sizeof(TimeObject);
  t.flags = kTypeBaseType;
  t.base = &object_type;
  t.dealloc = time_dealloc;
  t.repr = time_repr;
  t.str = time_str;
  t.hash = time_hash;
  t.richcompare = time_richcompare;
  t.new_ = time_new;
  t.methods = kMethods;
  t.getsets = kGetSets;
  t.doc = "time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\n"
          "All arguments are optional. tzinfo may be None, or an instance of\n"
          "a tzinfo subclass. The remaining arguments may be ints.\n";
  if (type_ready(&t) < 0) return -1;
  Ref min = new_time(&time_type, 0, 0, 0, 0, Value::none(), 0);
  Ref max = new_time(&time_type, 23, 59, 59, 999999, Value::none(), 0);
  Ref resolution = new_delta(0, 0, 1);
  if (!min || !max || !resolution || dict_set_str(t.dict, "min", *min) < 0 ||
      dict_set_str(t.dict, "max", *max) < 0 || dict_set_str(t.dict, "resolution", *resolution) < 0) {
    return -1;
  }
  return 0;
}

}  // namespace taipan::dt
