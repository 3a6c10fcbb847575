// The native _datetime module (CPython's C datetime): the object layouts of
// timedelta, date, time, datetime and timezone, the calendar arithmetic and
// the helpers the files of src/modules/datetime/ share. Objects are compact:
// fields are plain integers, so arithmetic never allocates more than its
// result. datetime extends date's layout (it is date's subclass).
#pragma once

#include <cstdint>
#include <string>

#include "objects/type.h"

namespace taipan {

struct Str;
struct Tuple;

namespace dt {

constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;
constexpr int kMaxOrdinal = 3652059;  // date.max.toordinal()
constexpr int kMaxDeltaDays = 999999999;
constexpr int64_t kUsPerSecond = 1000000;
constexpr int64_t kSecondsPerDay = 86400;
constexpr int64_t kUsPerDay = kUsPerSecond * kSecondsPerDay;

// Normalised: -999999999 <= days <= 999999999, 0 <= seconds < 86400,
// 0 <= microseconds < 1000000.
struct DeltaObject : Object {
  int32_t days;
  int32_t seconds;
  int32_t microseconds;
  int64_t hash;  // -1 until computed
};

struct DateObject : Object {
  int64_t hash;  // -1 until computed
  int32_t year;
  uint8_t month;
  uint8_t day;
};

// Shared by time and datetime: tzinfo is None for a naive value.
struct TimeFields {
  uint8_t hour, minute, second, fold;
  int32_t microsecond;
  Value tzinfo;  // owned
};

struct DateTimeObject : DateObject {
  TimeFields t;
};

struct TimeObject : Object {
  int64_t hash;
  TimeFields t;
};

struct TimeZoneObject : Object {
  Value offset;  // an exact timedelta, owned
  Value name;    // a str, or null
};

extern Type delta_type;
extern Type date_type;
extern Type time_type;
extern Type datetime_type;
extern Type tzinfo_type;
extern Type timezone_type;
extern Type isocalendar_type;
extern Value utc;  // timezone.utc

inline bool is_delta(Value v) { return v.is_object() && type_is_subtype(v.as_object()->type, &delta_type); }
inline bool is_date(Value v) { return v.is_object() && type_is_subtype(v.as_object()->type, &date_type); }
inline bool is_datetime(Value v) { return v.is_object() && type_is_subtype(v.as_object()->type, &datetime_type); }
inline bool is_time(Value v) { return v.is_object() && type_is_subtype(v.as_object()->type, &time_type); }
inline bool is_tzinfo(Value v) { return v.is_object() && type_is_subtype(v.as_object()->type, &tzinfo_type); }
inline bool is_timezone(Value v) { return v.is_object() && v.as_object()->type == &timezone_type; }
inline DeltaObject* as_delta(Value v) { return v.as<DeltaObject>(); }
inline DateObject* as_date(Value v) { return v.as<DateObject>(); }
inline DateTimeObject* as_datetime(Value v) { return v.as<DateTimeObject>(); }
inline TimeObject* as_time(Value v) { return v.as<TimeObject>(); }

// ---- Calendar (calendar.cpp): the proleptic Gregorian calendar, ordinal 1 = 0001-01-01 ----
bool is_leap(int year);
int days_in_month(int year, int month);
int days_before_month(int year, int month);
int64_t ymd_to_ord(int year, int month, int day);
// Any ordinal (also < 1 or > kMaxOrdinal); the year then falls outside 1..9999.
void ord_to_ymd(int64_t ordinal, int* year, int* month, int* day);
int weekday(int year, int month, int day);  // Monday 0
int64_t iso_week1_monday(int year);
// (year, week, day) of the ISO calendar to the Gregorian ordinal; -2 bad week, -3 bad day.
int iso_to_ordinal(int year, int week, int day, int64_t* ordinal);
// Day carries past the month's end; OverflowError "date value out of range"
// when the result leaves years 1..9999. 0 or -1.
int normalize_date(int64_t ordinal, int* year, int* month, int* day);
// Seconds since 0001-01-01 00:00 of a broken-down UTC time; ValueError for a year out of range.
bool utc_to_seconds(int year, int month, int day, int hour, int minute, int second, int64_t* out);
// The local time of epoch-based seconds u (as seconds since 0001-01-01), through localtime_r.
bool local_seconds(int64_t u, int64_t* out);
// The POSIX time of a local wall time, choosing by fold in gaps and folds (CPython's algorithm).
bool local_to_seconds(int year, int month, int day, int hour, int minute, int second, int fold, int64_t* out);
constexpr int64_t kEpochSeconds = int64_t{719163} * 86400;  // 1970-01-01 in seconds since 0001-01-01
// Weekday and month names for ctime.
extern const char* const kDayNames[7];
extern const char* const kMonthNames[12];

// ---- Arguments (args.cpp): PyArg_ParseTupleAndKeywords' binding and messages ----
struct ArgParse {
  const char* fname;             // null: messages say "function"
  const char* const* names;      // keyword names
  const char* codes;             // one converter per parameter: i (C int), O (any), U (str),
                                 // C (one character), D (date), T (time), Z (timedelta)
  int count;                     // parameters
  int required;                  // the first N must be given
  int positional_max;            // parameters after this are keyword-only ($)
};
// Fills out[0..count) with borrowed values, null where absent, and ints[i]
// for each 'i' parameter given (others keep the caller's defaults). False
// with TypeError/OverflowError.
bool parse_args(const ArgParse& spec, const Value* args, size_t nargs, Tuple* kwnames, Value* out,
                int* ints = nullptr);
// A METH_O method's check: "date.fromtimestamp() takes exactly one argument (0 given)".
bool exactly_one_arg(const char* qualname, size_t nargs, Tuple* kwnames);
// The 'i' conversion (an index that fits a C int) of argument number pos.
bool arg_int(Value v, int* out);
// 'U': a str, else "<fname>() argument <pos> must be str, not <type>".
bool arg_str(const char* fname, int pos, Value v);
// Checks a tzinfo argument: None or a tzinfo instance.
bool check_tzinfo(Value v);

// ---- Construction (construct.cpp) ----
int check_date_fields(int year, int month, int day);
int check_time_fields(int hour, int minute, int second, int microsecond, int fold);
// Allocates of exactly `type` (date, datetime, time or a subclass) without calling it.
Ref new_date(Type* type, int year, int month, int day);
Ref new_datetime(Type* type, int year, int month, int day, int hour, int minute, int second, int us, Value tzinfo,
                 int fold);
Ref new_time(Type* type, int hour, int minute, int second, int us, Value tzinfo, int fold);
// The bool of a comparison from a three-way result.
Ref compare_result(int c, CompareOp op);
// A pickled state (bytes, or str from a Python 2 pickle read as latin-1): its
// length and the byte at `at`; false for other values.
bool pickle_state_shape(Value state, int64_t* len, uint32_t at, uint32_t* byte);
bool pickle_state_bytes(Value state, std::string* out, const char* what);
// (type(self), (state,)) or, for an aware value, (type(self), (state, tzinfo)):
// what time and datetime's __reduce__ return.
Ref reduce_with_state(Value self, const unsigned char* state, size_t size, Value tzinfo);
// __reduce_ex__'s argument: the pickle protocol.
bool reduce_ex_protocol(const Value* args, size_t nargs, Tuple* kwnames, int* protocol);
// The 6 bytes of a time's pickled state (CPython's layout), the fold as the hour's top bit.
void time_data(const TimeFields& t, bool fold_flag, unsigned char out[6]);
// Builds an instance of cls: directly for date/datetime, else by calling cls(year, month, day).
Ref date_of_class(Value cls, int year, int month, int day);
// cls(year, month, day, hour, minute, second, us, tzinfo), directly (with fold) for datetime.
Ref datetime_of_class(Value cls, int year, int month, int day, int hour, int minute, int second, int us,
                      Value tzinfo, int fold);

// ---- timedelta (timedelta.cpp) ----
// A normalised exact timedelta; OverflowError for too many days.
Ref new_delta(int64_t days, int64_t seconds, int64_t us, Type* type = &delta_type);
__int128 delta_us(const DeltaObject* d);
Ref delta_from_us(__int128 us, Type* type = &delta_type);
Ref delta_repr_of(Value v);
int delta_compare(const DeltaObject* a, const DeltaObject* b);

// ---- Time zones (timezone.cpp) ----
// timezone(offset, name) with the range check; name null for none. UTC for a zero offset without name.
Ref new_timezone(Value offset, Value name);
// tzinfo.utcoffset(arg) / dst(arg), checked: None or a timedelta within a day.
Ref call_utcoffset(Value tzinfo, Value arg);
Ref call_dst(Value tzinfo, Value arg);
Ref call_tzname(Value tzinfo, Value arg);
// "+HH<sep>MM[<sep>SS[.ffffff]]" of an offset (a timedelta), or "" for None.
std::string format_offset(Value offset, const char* sep);

// ---- Formatting (format.cpp) ----
// The time part of isoformat for a timespec (null: "auto"); false with ValueError.
bool format_iso_time(const TimeFields& t, const char* timespec, std::string* out);
std::string format_ctime(int year, int month, int day, int hour, int minute, int second);
// strftime: %z, %Z and %f replaced, the rest done by time.strftime(fmt, timetuple).
Ref wrap_strftime(Value self, Value format, Value timetuple, Value tzinfo, Value tzinfoarg, int microsecond);
// __format__: str(self) for "", else self.strftime(fmt).
Ref date_format_method(Value self, const Value* args, size_t nargs, Tuple* kwnames);
// time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst)).
Ref build_struct_time(int year, int month, int day, int hour, int minute, int second, int dstflag);

// ---- ISO 8601 parsing (isoparse.cpp): CPython 3.11's fromisoformat grammar ----
// 0 ok, <0 invalid. `p` must be NUL-terminated beyond len.
int parse_iso_date(const char* p, int64_t len, int* year, int* month, int* day);
// 0 no offset, 1 with offset (tz_seconds, tz_us), <0 invalid.
int parse_iso_time(const char* p, int64_t len, int* hour, int* minute, int* second, int* us, int* tz_seconds,
                   int* tz_us);
// datetime.fromisoformat's parse: f = year .. microsecond. Same results as parse_iso_time.
int parse_iso_datetime(Value s, int f[7], int* tz_seconds, int* tz_us);
Ref tzinfo_from_iso(int rv, int tz_seconds, int tz_us);
Ref invalid_isoformat(Value s);

// ---- Shared behaviour ----
// Hash of CPython's pickled data bytes (SipHash as bytes hash).
int64_t hash_data(const unsigned char* data, size_t n);
// date/datetime + delta * sign, of type(self) as CPython builds it.
Ref date_add_delta(Value date, const DeltaObject* delta, int sign);
Ref datetime_add_delta(Value dt, const DeltaObject* delta, int sign);
// The utcoffset of a datetime (its tzinfo asked with the datetime itself).
Ref datetime_utcoffset(Value dt);
Ref datetime_subtract(Value a, Value b);
// The local timezone at POSIX time t, as a timezone with the zone's name.
Ref local_timezone_at(int64_t t);
// datetime from a POSIX time: local (tzinfo None) or UTC, then tzinfo.fromutc.
Ref datetime_from_timet(Value cls, int64_t t, int us, Value tzinfo, bool local);
// A timestamp argument as whole seconds and microseconds (round half even) or floor seconds.
bool timestamp_to_timeval(Value v, int64_t* sec, int* us);
bool timestamp_to_time_t(Value v, int64_t* sec);

// ---- datetime's clocks, timestamps and zone conversion (datetime_clock.cpp) ----
Ref datetime_now(Value cls, const Value* args, size_t nargs, Tuple* kwnames);
Ref datetime_utcnow(Value cls, const Value* args, size_t nargs, Tuple* kwnames);
Ref datetime_fromtimestamp(Value cls, const Value* args, size_t nargs, Tuple* kwnames);
Ref datetime_utcfromtimestamp(Value cls, const Value* args, size_t nargs, Tuple* kwnames);
Ref datetime_timestamp(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref datetime_astimezone(Value self, const Value* args, size_t nargs, Tuple* kwnames);

int init_delta_type();
int init_date_type();
int init_time_type();
int init_datetime_type();
int init_timezone_types();

}  // namespace dt
}  // namespace taipan
