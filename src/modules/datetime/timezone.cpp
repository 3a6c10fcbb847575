// datetime.tzinfo (the abstract base of time zones, with the default
// fromutc() and pickling through __getinitargs__) and datetime.timezone
// (a fixed offset with an optional name; timezone.utc), plus the checked
// calls of a tzinfo's utcoffset/dst/tzname that every type makes.
#include <cstdio>
#include <string>

#include "modules/datetime/datetime.h"
#include "objects/int.h"
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

Type tzinfo_type;
Type timezone_type;
Value utc;

namespace {

TimeZoneObject* as_tz(Value v) { return v.as<TimeZoneObject>(); }

// Strictly between -24 and +24 hours.
bool offset_in_range(const DeltaObject* d) {
  return !((d->days == -1 && d->seconds == 0 && d->microseconds < 1) || d->days < -1 || d->days >= 1);
}

Ref call_offset_method(Value tzinfo, const char* name, Value arg) {
  if (tzinfo.is_none()) return Ref::none();
  Ref offset = call_method(tzinfo, name, {arg});
  if (!offset || (*offset).is_none()) return offset;
  if (!is_delta(*offset)) {
    return raise(exc::TypeError, std::string("tzinfo.") + name + "() must return None or timedelta, not '" +
                                     type_name_of(*offset) + "'");
  }
  if (!offset_in_range(as_delta(*offset))) {
    return raise(exc::ValueError,
                 "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).");
  }
  return offset;
}

// ---- tzinfo ----

Ref not_implemented_method(const char* name, size_t nargs, Tuple* kwnames) {
  if (!exactly_one_arg((std::string("tzinfo.") + name).c_str(), nargs, kwnames)) return nullptr;
  return raise(exc::NotImplementedError, std::string("a tzinfo subclass must implement ") + name + "()");
}

Ref tzinfo_tzname(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return not_implemented_method("tzname", nargs, kwnames);
}
Ref tzinfo_utcoffset(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return not_implemented_method("utcoffset", nargs, kwnames);
}
Ref tzinfo_dst(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return not_implemented_method("dst", nargs, kwnames);
}

Ref fromutc_argument(const char* qualname, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one_arg(qualname, nargs, kwnames)) return nullptr;
  Value dt = args[0];
  if (!is_datetime(dt)) return raise(exc::TypeError, "fromutc: argument must be a datetime");
  if (as_datetime(dt)->t.tzinfo.bits() != self.bits()) return raise(exc::ValueError, "fromutc: dt.tzinfo is not self");
  return Ref::borrow(dt);
}

Ref tzinfo_fromutc(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref dt = fromutc_argument("tzinfo.fromutc", self, args, nargs, kwnames);
  if (!dt) return nullptr;
  Ref off = datetime_utcoffset(*dt);
  if (!off) return nullptr;
  if ((*off).is_none()) return raise(exc::ValueError, "fromutc: non-None utcoffset() result required");
  Ref dst = call_dst(self, *dt);
  if (!dst) return nullptr;
  if ((*dst).is_none()) return raise(exc::ValueError, "fromutc: non-None dst() result required");
  Ref delta = delta_from_us(delta_us(as_delta(*off)) - delta_us(as_delta(*dst)));
  if (!delta) return nullptr;
  Ref result = datetime_add_delta(*dt, as_delta(*delta), 1);
  if (!result) return nullptr;
  dst = call_dst(self, *result);
  if (!dst) return nullptr;
  if ((*dst).is_none()) return raise(exc::ValueError, "fromutc: tz.dst() gave inconsistent results; cannot convert");
  if (delta_us(as_delta(*dst)) != 0) {
    if (!is_datetime(*result)) return raise(exc::TypeError, "fromutc: the subclass made no datetime");
    result = datetime_add_delta(*result, as_delta(*dst), 1);
  }
  return result;
}

Ref tzinfo_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("tzinfo.__reduce__", nargs, kwnames)) return nullptr;
  Ref getinitargs = getattr_optional(self, INTERNED("__getinitargs__"));
  Ref args;
  if (getinitargs) {
    args = call(*getinitargs, {});
  } else {
    if (error_occurred()) return nullptr;
    args = Ref::borrow(empty_tuple());
  }
  if (!args) return nullptr;
  Ref state = call_method(self, "__getstate__", {});
  if (!state) return nullptr;
  return tuple_pack({Value::object(type_of(self)), *args, *state});
}

// PyType_GenericNew: any arguments are left to __init__.
Ref tzinfo_new(Type* type, const Value*, size_t, Tuple*) {
  Object* o = new_object<Object>(type, static_cast<size_t>(type->basic_size));
  if (o == nullptr) return nullptr;
  return Ref::steal(o);
}

const MethodDef kTzinfoMethods[] = {
    {"tzname", tzinfo_tzname, kMethodInstance, "datetime -> string name of time zone."},
    {"utcoffset", tzinfo_utcoffset, kMethodInstance,
     "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"},
    {"dst", tzinfo_dst, kMethodInstance, "datetime -> DST offset as timedelta positive east of UTC."},
    {"fromutc", tzinfo_fromutc, kMethodInstance, "datetime in UTC -> datetime in local time."},
    {"__reduce__", tzinfo_reduce, kMethodInstance, "-> (cls, state)"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- timezone ----

Ref timezone_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"offset", "name"};
  static const ArgParse kSpec{"timezone", kNames, "ZU", 2, 1, 2};
  Value a[2];
  if (!parse_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  return new_timezone(a[0], a[1]);
}

void timezone_dealloc(Object* o) {
  TimeZoneObject* tz = static_cast<TimeZoneObject*>(o);
  decref(tz->offset);
  if (!tz->name.is_null()) decref(tz->name);
  free_object(o);
}

Ref timezone_repr(Value self) {
  if (self.bits() == utc.bits()) return str_from_utf8(std::string(type_of(self)->name) + ".utc");
  TimeZoneObject* tz = as_tz(self);
  Ref offset = repr(tz->offset);
  if (!offset) return nullptr;
  std::string s = std::string(type_of(self)->name) + "(" + std::string(str_utf8(offset.as<Str>()));
  if (!tz->name.is_null()) {
    Ref name = repr(tz->name);
    if (!name) return nullptr;
    s += ", " + std::string(str_utf8(name.as<Str>()));
  }
  return str_from_utf8(s + ")");
}

Ref timezone_str(Value self) {
  TimeZoneObject* tz = as_tz(self);
  if (!tz->name.is_null()) return Ref::borrow(tz->name);
  DeltaObject* d = as_delta(tz->offset);
  if (self.bits() == utc.bits() || (d->days == 0 && d->seconds == 0 && d->microseconds == 0)) {
    return str_from_utf8("UTC");
  }
  return str_from_utf8("UTC" + format_offset(tz->offset, ":"));
}

int64_t timezone_hash(Value self) { return hash(as_tz(self)->offset); }

Ref timezone_richcompare(Value a, Value b, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return ref_not_implemented();
  if (!is_timezone(b)) return ref_not_implemented();
  return compare_result(delta_compare(as_delta(as_tz(a)->offset), as_delta(as_tz(b)->offset)), op);
}

bool check_timezone_argument(const char* method, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one_arg((std::string("timezone.") + method).c_str(), nargs, kwnames)) return false;
  Value dt = args[0];
  if (dt.is_none() || is_datetime(dt)) return true;
  raise(exc::TypeError, std::string(method) + "(dt) argument must be a datetime instance or None, not " +
                            type_name_of(dt));
  return false;
}

Ref tz_tzname(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_timezone_argument("tzname", args, nargs, kwnames)) return nullptr;
  return timezone_str(self);
}

Ref tz_utcoffset(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_timezone_argument("utcoffset", args, nargs, kwnames)) return nullptr;
  return Ref::borrow(as_tz(self)->offset);
}

Ref tz_dst(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_timezone_argument("dst", args, nargs, kwnames)) return nullptr;
  return Ref::none();
}

Ref tz_fromutc(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref dt = fromutc_argument("timezone.fromutc", self, args, nargs, kwnames);
  if (!dt) return nullptr;
  return datetime_add_delta(*dt, as_delta(as_tz(self)->offset), 1);
}

Ref tz_getinitargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("timezone.__getinitargs__", nargs, kwnames)) return nullptr;
  TimeZoneObject* tz = as_tz(self);
  if (tz->name.is_null()) return tuple_pack({tz->offset});
  return tuple_pack({tz->offset, tz->name});
}

const MethodDef kTimezoneMethods[] = {
    {"tzname", tz_tzname, kMethodInstance, "If name is specified when timezone is created, returns the name.  "
                                           "Otherwise returns offset as 'UTC(+|-)HH:MM'."},
    {"utcoffset", tz_utcoffset, kMethodInstance, "Return fixed offset."},
    {"dst", tz_dst, kMethodInstance, "Return None."},
    {"fromutc", tz_fromutc, kMethodInstance, "datetime in UTC -> datetime in local time."},
    {"__getinitargs__", tz_getinitargs, kMethodInstance, "pickle support"},
    {nullptr, nullptr, 0, nullptr},
};

Ref make_timezone(Value offset, Value name) {
  TimeZoneObject* tz = new_object<TimeZoneObject>(&timezone_type);
  if (tz == nullptr) return nullptr;
  incref(offset);
  tz->offset = offset;
  if (!name.is_null()) incref(name);
  tz->name = name;
  return Ref::steal(tz);
}

}  // namespace

Ref new_timezone(Value offset, Value name) {
  DeltaObject* d = as_delta(offset);
  if (name.is_null() && d->days == 0 && d->seconds == 0 && d->microseconds == 0) return Ref::borrow(utc);
  if (!offset_in_range(d)) {
    Ref r = repr(offset);
    if (!r) return nullptr;
    return raise(exc::ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and "
                                  "timedelta(hours=24), not " +
                                      std::string(str_utf8(r.as<Str>())) + ".");
  }
  return make_timezone(offset, name);
}

Ref call_utcoffset(Value tzinfo, Value arg) {
  if (is_timezone(tzinfo)) return Ref::borrow(as_tz(tzinfo)->offset);
  return call_offset_method(tzinfo, "utcoffset", arg);
}

Ref call_dst(Value tzinfo, Value arg) {
  if (is_timezone(tzinfo)) return Ref::none();
  return call_offset_method(tzinfo, "dst", arg);
}

Ref call_tzname(Value tzinfo, Value arg) {
  if (tzinfo.is_none()) return Ref::none();
  Ref name = call_method(tzinfo, "tzname", {arg});
  if (!name || (*name).is_none() || is_str(*name)) return name;
  return raise(exc::TypeError, std::string("tzinfo.tzname() must return None or a string, not '") +
                                   type_name_of(*name) + "'");
}

std::string format_offset(Value offset, const char* sep) {
  if (offset.is_none()) return "";
  __int128 us = delta_us(as_delta(offset));
  char sign = '+';
  if (us < 0) {
    sign = '-';
    us = -us;
  }
  int64_t total = static_cast<int64_t>(us / kUsPerSecond);
  int micro = static_cast<int>(us % kUsPerSecond);
  int seconds = static_cast<int>(total % 60), minutes = static_cast<int>(total / 60 % 60);
  int64_t hours = total / 3600;
  char buf[64];
  if (micro != 0) {
    std::snprintf(buf, sizeof buf, "%c%02lld%s%02d%s%02d.%06d", sign, static_cast<long long>(hours), sep, minutes, sep,
                  seconds, micro);
  } else if (seconds != 0) {
    std::snprintf(buf, sizeof buf, "%c%02lld%s%02d%s%02d", sign, static_cast<long long>(hours), sep, minutes, sep,
                  seconds);
  } else {
    std::snprintf(buf, sizeof buf, "%c%02lld%s%02d", sign, static_cast<long long>(hours), sep, minutes);
  }
  return buf;
}

int init_timezone_types() {
  Type& b = tzinfo_type;
  b.refcnt = kImmortalRefcnt;
  b.type = &type_type;
  b.name = "datetime.tzinfo";
  b.basic_size = sizeof(Object);
  b.flags = kTypeBaseType;
  b.base = &object_type;
  b.new_ = tzinfo_new;
  b.methods = kTzinfoMethods;
  b.doc = "Abstract base class for time zone info objects.";
  if (type_ready(&b) < 0) return -1;

  Type& t = timezone_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "datetime.timezone";
  t.basic_size = sizeof(TimeZoneObject);
  t.base = &tzinfo_type;
  t.dealloc = timezone_dealloc;
  t.repr = timezone_repr;
  t.str = timezone_str;
  t.hash = timezone_hash;
  t.richcompare = timezone_richcompare;
  t.new_ = timezone_new;
  t.methods = kTimezoneMethods;
  t.doc = "Fixed offset from UTC implementation of tzinfo.";
  if (type_ready(&t) < 0) return -1;

  Ref zero = new_delta(0, 0, 0);
  if (!zero) return -1;
  Ref u = make_timezone(*zero, Value());
  if (!u) return -1;
  utc = u.release();
  Ref min_offset = new_delta(-1, 60, 0);  // -23:59
  Ref max_offset = new_delta(0, 23 * 3600 + 59 * 60, 0);
  if (!min_offset || !max_offset) return -1;
  Ref min = make_timezone(*min_offset, Value());
  Ref max = make_timezone(*max_offset, Value());
  if (!min || !max || dict_set_str(t.dict, "utc", utc) < 0 || dict_set_str(t.dict, "min", *min) < 0 ||
      dict_set_str(t.dict, "max", *max) < 0) {
    return -1;
  }
  return 0;
}

}  // namespace taipan::dt
