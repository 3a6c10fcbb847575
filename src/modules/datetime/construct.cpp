// Making date, time and datetime objects: the field checks with CPython's
// messages, direct allocation of a given type, and the paths that build an
// instance of a subclass by calling it, as CPython's C module does for
// arithmetic results and alternative constructors.
#include <string>

#include "modules/datetime/datetime.h"
#include "objects/bytes.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::dt {

int check_date_fields(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear) {
    return fail(exc::ValueError, "year " + std::to_string(year) + " is out of range");
  }
  if (month < 1 || month > 12) return fail(exc::ValueError, "month must be in 1..12");
  if (day < 1 || day > days_in_month(year, month)) return fail(exc::ValueError, "day is out of range for month");
  return 0;
}

int check_time_fields(int hour, int minute, int second, int microsecond, int fold) {
  if (hour < 0 || hour > 23) return fail(exc::ValueError, "hour must be in 0..23");
  if (minute < 0 || minute > 59) return fail(exc::ValueError, "minute must be in 0..59");
  if (second < 0 || second > 59) return fail(exc::ValueError, "second must be in 0..59");
  if (microsecond < 0 || microsecond > 999999) return fail(exc::ValueError, "microsecond must be in 0..999999");
  if (fold != 0 && fold != 1) return fail(exc::ValueError, "fold must be either 0 or 1");
  return 0;
}

namespace {

void set_time_fields(TimeFields* t, int hour, int minute, int second, int us, Value tzinfo, int fold) {
  t->hour = static_cast<uint8_t>(hour);
  t->minute = static_cast<uint8_t>(minute);
  t->second = static_cast<uint8_t>(second);
  t->microsecond = us;
  t->fold = static_cast<uint8_t>(fold);
  incref(tzinfo);
  t->tzinfo = tzinfo;
}

}  // namespace

Ref new_date(Type* type, int year, int month, int day) {
  DateObject* d = new_object<DateObject>(type, static_cast<size_t>(type->basic_size));
  if (d == nullptr) return nullptr;
  d->hash = -1;
  d->year = year;
  d->month = static_cast<uint8_t>(month);
  d->day = static_cast<uint8_t>(day);
  return Ref::steal(d);
}

Ref new_datetime(Type* type, int year, int month, int day, int hour, int minute, int second, int us, Value tzinfo,
                 int fold) {
  DateTimeObject* d = new_object<DateTimeObject>(type, static_cast<size_t>(type->basic_size));
  if (d == nullptr) return nullptr;
  d->hash = -1;
  d->year = year;
  d->month = static_cast<uint8_t>(month);
  d->day = static_cast<uint8_t>(day);
  set_time_fields(&d->t, hour, minute, second, us, tzinfo, fold);
  return Ref::steal(d);
}

Ref new_time(Type* type, int hour, int minute, int second, int us, Value tzinfo, int fold) {
  TimeObject* t = new_object<TimeObject>(type, static_cast<size_t>(type->basic_size));
  if (t == nullptr) return nullptr;
  t->hash = -1;
  set_time_fields(&t->t, hour, minute, second, us, tzinfo, fold);
  return Ref::steal(t);
}

Ref date_of_class(Value cls, int year, int month, int day) {
  if (cls.as_object() == &date_type) {
    if (check_date_fields(year, month, day) < 0) return nullptr;
    return new_date(&date_type, year, month, day);
  }
  if (cls.as_object() == &datetime_type) {
    if (check_date_fields(year, month, day) < 0) return nullptr;
    return new_datetime(&datetime_type, year, month, day, 0, 0, 0, 0, Value::none(), 0);
  }
  return call(cls, {Value::small_int(year), Value::small_int(month), Value::small_int(day)});
}

Ref datetime_of_class(Value cls, int year, int month, int day, int hour, int minute, int second, int us,
                      Value tzinfo, int fold) {
  if (cls.as_object() == &datetime_type) {
    if (check_date_fields(year, month, day) < 0 || check_time_fields(hour, minute, second, us, fold) < 0 ||
        !check_tzinfo(tzinfo)) {
      return nullptr;
    }
    return new_datetime(&datetime_type, year, month, day, hour, minute, second, us, tzinfo, fold);
  }
  // CPython passes no fold to a subclass: its instances come back with fold 0.
  return call(cls, {Value::small_int(year), Value::small_int(month), Value::small_int(day), Value::small_int(hour),
                    Value::small_int(minute), Value::small_int(second), Value::small_int(us), tzinfo});
}

Ref compare_result(int c, CompareOp op) {
  bool r = false;
  switch (op) {
    case CompareOp::Lt: r = c < 0; break;
    case CompareOp::Le: r = c <= 0; break;
    case CompareOp::Eq: r = c == 0; break;
    case CompareOp::Ne: r = c != 0; break;
    case CompareOp::Gt: r = c > 0; break;
    case CompareOp::Ge: r = c >= 0; break;
  }
  return Ref::boolean(r);
}

bool pickle_state_shape(Value state, int64_t* len, uint32_t at, uint32_t* byte) {
  if (is_bytes(state)) {
    Bytes* b = state.as<Bytes>();
    *len = b->size;
    *byte = static_cast<int64_t>(at) < b->size ? b->data[at] : 0;
    return true;
  }
  if (is_str(state)) {
    Str* s = state.as<Str>();
    *len = s->length;
    *byte = static_cast<int64_t>(at) < s->length ? str_char_at(s, at) : 0;
    return true;
  }
  return false;
}

Ref reduce_with_state(Value self, const unsigned char* state, size_t size, Value tzinfo) {
  Ref bytes = bytes_from_string(std::string_view(reinterpret_cast<const char*>(state), size));
  if (!bytes) return nullptr;
  Ref args = tzinfo.is_none() ? tuple_pack({*bytes}) : tuple_pack({*bytes, tzinfo});
  if (!args) return nullptr;
  return tuple_pack({Value::object(type_of(self)), *args});
}

bool reduce_ex_protocol(const Value* args, size_t nargs, Tuple* kwnames, int* protocol) {
  Value v;
  return parse_tuple("__reduce_ex__", 1, 1, args, nargs, kwnames, &v) && arg_int(v, protocol);
}

bool pickle_state_bytes(Value state, std::string* out, const char* what) {
  if (is_bytes(state)) {
    *out = std::string(bytes_view(state.as<Bytes>()));
    return true;
  }
  Str* s = state.as<Str>();
  out->clear();
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    if (c > 255) {
      raise(exc::ValueError, std::string("Failed to encode latin1 string when unpickling a ") + what +
                                 " object. pickle.load(data, encoding='latin1') is assumed.");
      return false;
    }
    out->push_back(static_cast<char>(c));
  }
  return true;
}

}  // namespace taipan::dt
