// fromisoformat's parsing, following CPython 3.11's C module step for step
// (it accepts a little more than ISO 8601 and reads the UTF-8 text as a
// NUL-terminated C string): dates YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D],
// YYYYWww[D]; times HH[:MM[:SS[.f+]]] or without colons; offsets Z or
// +HH[:MM[:SS[.ffffff]]]; any single character between date and time.
#include <string>

#include "modules/datetime/datetime.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::dt {

namespace {

bool is_digit(char c) { return static_cast<unsigned>(c - '0') < 10; }

// Reads n digits into *var; null when one is not a digit.
const char* parse_digits(const char* p, int* var, int64_t n) {
  for (int64_t i = 0; i < n; ++i, ++p) {
    unsigned tmp = static_cast<unsigned>(*p - '0');
    if (tmp > 9) return nullptr;
    *var = *var * 10 + static_cast<int>(tmp);
  }
  return p;
}

// HH[:MM[:SS[.ffffff]]] up to end: 0 at the end of the text, 1 with more after, <0 invalid.
int parse_hh_mm_ss_ff(const char* p, const char* end, int* hour, int* minute, int* second, int* us) {
  *hour = *minute = *second = *us = 0;
  int* vals[3] = {hour, minute, second};
  bool has_separator = true;
  for (int i = 0; i < 3; ++i) {
    p = parse_digits(p, vals[i], 2);
    if (p == nullptr) return -3;
    char c = *(p++);
    if (i == 0) has_separator = c == ':';
    if (p >= end) return c != '\0';
    if (has_separator && c == ':') continue;
    if (c == '.' || c == ',') break;
    if (!has_separator) {
      --p;
    } else {
      return -4;
    }
  }
  int64_t remains = end - p;
  int64_t to_parse = remains >= 6 ? 6 : remains;
  p = parse_digits(p, us, to_parse);
  if (p == nullptr) return -3;
  static const int kCorrection[] = {100000, 10000, 1000, 100, 10};
  if (to_parse >= 1 && to_parse < 6) *us *= kCorrection[to_parse - 1];
  while (is_digit(*p)) ++p;  // digits past microseconds are dropped
  return *p != '\0';
}

// Where the date part of a datetime string ends (CPython's guess from the date's shape).
int64_t find_separator(const char* s, int64_t len) {
  if (len == 7) return 7;
  if (s[4] == '-') {
    if (s[5] != 'W') return 10;  // YYYY-MM-DD
    if (len < 8) return -1;
    if (len > 8 && s[8] == '-') {
      if (len == 9) return -1;
      if (len > 10 && is_digit(s[10])) return 8;  // YYYY-Www-HH: take the hyphen as the separator
      return 10;
    }
    return 8;
  }
  if (s[4] == 'W') {
    int64_t idx = 7;
    while (idx < len && is_digit(s[idx])) ++idx;
    if (idx < 9) return idx;
    return idx % 2 == 0 ? 7 : 8;
  }
  return 8;
}

}  // namespace

int parse_iso_date(const char* dtstr, int64_t len, int* year, int* month, int* day) {
  const char* p = parse_digits(dtstr, year, 4);
  if (p == nullptr) return -1;
  bool uses_separator = *p == '-';
  if (uses_separator) ++p;
  if (*p == 'W') {
    ++p;
    int week = 0, weekday_ = 0;
    p = parse_digits(p, &week, 2);
    if (p == nullptr) return -3;
    if (static_cast<uint64_t>(p - dtstr) < static_cast<uint64_t>(len)) {  // CPython compares as size_t
      if (uses_separator && *(p++) != '-') return -2;
      p = parse_digits(p, &weekday_, 1);
      if (p == nullptr) return -4;
    } else {
      weekday_ = 1;
    }
    int64_t ordinal;
    int rv = iso_to_ordinal(*year, week, weekday_, &ordinal);
    if (rv) return -3 + rv;
    ord_to_ymd(ordinal, year, month, day);
    return 0;
  }
  p = parse_digits(p, month, 2);
  if (p == nullptr) return -1;
  if (uses_separator && *(p++) != '-') return -2;
  p = parse_digits(p, day, 2);
  return p == nullptr ? -1 : 0;
}

int parse_iso_time(const char* p, int64_t len, int* hour, int* minute, int* second, int* us, int* tz_seconds,
                   int* tz_us) {
  const char* end = p + len;
  const char* tz = p;
  do {
    if (*tz == 'Z' || *tz == '+' || *tz == '-') break;
  } while (++tz < end);
  int rv = parse_hh_mm_ss_ff(p, tz, hour, minute, second, us);
  if (rv < 0) return rv;
  if (tz == end) return rv == 1 ? -5 : 0;
  if (*tz == 'Z') {
    *tz_seconds = 0;
    *tz_us = 0;
    return *(tz + 1) != '\0' ? -5 : 1;
  }
  int sign = *tz == '-' ? -1 : 1;
  ++tz;
  int h = 0, m = 0, s = 0;
  rv = parse_hh_mm_ss_ff(tz, end, &h, &m, &s, tz_us);
  *tz_seconds = sign * (h * 3600 + m * 60 + s);
  *tz_us *= sign;
  return rv ? -5 : 1;
}

int parse_iso_datetime(Value s, int f[7], int* tz_seconds, int* tz_us) {
  Str* str = s.as<Str>();
  if (str->length < 7) return -1;
  // A surrogate may stand only as the separator: it becomes 'T'.
  std::string text;
  for (int64_t i = 0; i < str->length; ++i) {
    uint32_t c = str_char_at(str, i);
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (i != 7 && i != 8 && i != 10) return -1;
      c = 'T';
    }
    if (c < 0x80) {
      text += static_cast<char>(c);
    } else {
      Ref one = str_from_char(c);
      if (!one) return -1;
      text += str_utf8(one.as<Str>());
    }
  }
  int64_t len = static_cast<int64_t>(text.size());
  const char* start = text.c_str();
  int64_t sep = find_separator(start, len);
  int rv = parse_iso_date(start, sep, &f[0], &f[1], &f[2]);
  if (rv == 0 && len > sep) {
    // The separator is one character, however many UTF-8 bytes it takes.
    const char* p = start + sep + 1;
    while ((*p & 0xC0) == 0x80) ++p;
    rv = parse_iso_time(p, len - (p - start), &f[3], &f[4], &f[5], &f[6], tz_seconds, tz_us);
  }
  return rv;
}

Ref tzinfo_from_iso(int rv, int tz_seconds, int tz_us) {
  if (rv != 1) return Ref::none();
  if (tz_seconds == 0) return Ref::borrow(utc);
  Ref delta = new_delta(0, tz_seconds, tz_us);
  if (!delta) return nullptr;
  return new_timezone(*delta, Value());
}

Ref invalid_isoformat(Value s) {
  Ref r = repr(s);
  if (!r) return nullptr;
  return raise(exc::ValueError, "Invalid isoformat string: " + std::string(str_utf8(r.as<Str>())));
}

}  // namespace taipan::dt
