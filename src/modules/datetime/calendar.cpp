// Calendar arithmetic of _datetime: leap years, ordinals (days since
// 0000-12-31 in the proleptic Gregorian calendar), ISO weeks, and the
// conversions between POSIX time and local wall time through localtime_r.
#include <algorithm>
#include <cerrno>
#include <ctime>
#include <string>

#include "modules/datetime/datetime.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan::dt {

const char* const kDayNames[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char* const kMonthNames[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

namespace {

constexpr int kDaysInMonth[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
constexpr int kDaysBeforeMonth[13] = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
constexpr int64_t kDaysIn400Years = 146097;
constexpr int64_t kDaysIn100Years = 36524;
constexpr int64_t kDaysIn4Years = 1461;

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

int64_t days_before_year(int64_t year) {
  int64_t y = year - 1;
  return y * 365 + floor_div(y, 4) - floor_div(y, 100) + floor_div(y, 400);
}

}  // namespace

bool is_leap(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int days_in_month(int year, int month) { return month == 2 && is_leap(year) ? 29 : kDaysInMonth[month]; }

int days_before_month(int year, int month) { return kDaysBeforeMonth[month] + (month > 2 && is_leap(year)); }

int64_t ymd_to_ord(int year, int month, int day) {
  return days_before_year(year) + days_before_month(year, month) + day;
}

void ord_to_ymd(int64_t ordinal, int* year, int* month, int* day) {
  int64_t n = ordinal - 1;
  int64_t n400 = floor_div(n, kDaysIn400Years);
  n -= n400 * kDaysIn400Years;
  int64_t y = n400 * 400 + 1;
  int64_t n100 = n / kDaysIn100Years;
  n %= kDaysIn100Years;
  int64_t n4 = n / kDaysIn4Years;
  n %= kDaysIn4Years;
  int64_t n1 = n / 365;
  n %= 365;
  y += n100 * 100 + n4 * 4 + n1;
  if (n1 == 4 || n100 == 4) {
    *year = static_cast<int>(y - 1);
    *month = 12;
    *day = 31;
    return;
  }
  *year = static_cast<int>(y);
  bool leap = n1 == 3 && (n4 != 24 || n100 == 3);
  int m = static_cast<int>((n + 50) >> 5);
  int preceding = kDaysBeforeMonth[m] + (m > 2 && leap);
  if (preceding > n) {
    --m;
    preceding -= kDaysInMonth[m] + (m == 2 && leap);
  }
  *month = m;
  *day = static_cast<int>(n - preceding + 1);
}

int weekday(int year, int month, int day) {
  int64_t r = (ymd_to_ord(year, month, day) + 6) % 7;
  return static_cast<int>(r < 0 ? r + 7 : r);
}

int64_t iso_week1_monday(int year) {
  int64_t first_day = ymd_to_ord(year, 1, 1);
  int64_t first_weekday = (first_day + 6) % 7;
  if (first_weekday < 0) first_weekday += 7;
  int64_t week1_monday = first_day - first_weekday;
  if (first_weekday > 3) week1_monday += 7;
  return week1_monday;
}

int iso_to_ordinal(int year, int week, int day, int64_t* ordinal) {
  if (week <= 0 || week >= 53) {
    bool out_of_range = true;
    if (week == 53) {
      // A year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap year.
      int first = weekday(year, 1, 1);
      if (first == 3 || (first == 2 && is_leap(year))) out_of_range = false;
    }
    if (out_of_range) return -2;
  }
  if (day <= 0 || day >= 8) return -3;
  *ordinal = iso_week1_monday(year) + (int64_t{week} - 1) * 7 + day - 1;
  return 0;
}

int normalize_date(int64_t ordinal, int* year, int* month, int* day) {
  if (ordinal < 1 || ordinal > kMaxOrdinal) return fail(exc::OverflowError, "date value out of range");
  ord_to_ymd(ordinal, year, month, day);
  return 0;
}

bool utc_to_seconds(int year, int month, int day, int hour, int minute, int second, int64_t* out) {
  if (year < kMinYear || year > kMaxYear) {
    raise(exc::ValueError, "year " + std::to_string(year) + " is out of range");
    return false;
  }
  *out = ((ymd_to_ord(year, month, day) * 24 + hour) * 60 + minute) * 60 + second;
  return true;
}

namespace {

bool localtime_of(int64_t t, struct tm* out) {
  time_t tt = static_cast<time_t>(t);
  errno = 0;
  if (localtime_r(&tt, out) == nullptr) {
    raise_os_error(errno == 0 ? EINVAL : errno);
    return false;
  }
  return true;
}

}  // namespace

bool local_seconds(int64_t u, int64_t* out) {
  struct tm tm;
  if (!localtime_of(u - kEpochSeconds, &tm)) return false;
  return utc_to_seconds(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, out);
}

bool local_to_seconds(int year, int month, int day, int hour, int minute, int second, int fold, int64_t* out) {
  constexpr int64_t kMaxFoldSeconds = 24 * 3600;
  int64_t t;
  if (!utc_to_seconds(year, month, day, hour, minute, second, &t)) return false;
  // Solve t = local(u) for u: try the offsets in force around t.
  int64_t lt, t1, t2, b;
  if (!local_seconds(t, &lt)) return false;
  int64_t a = lt - t;
  int64_t u1 = t - a;
  if (!local_seconds(u1, &t1)) return false;
  if (t1 == t) {
    // One solution; look for an earlier (fold 0) or later (fold 1) one.
    int64_t u2 = fold ? u1 + kMaxFoldSeconds : u1 - kMaxFoldSeconds;
    if (!local_seconds(u2, &lt)) return false;
    b = lt - u2;
    if (a == b) {
      *out = u1;
      return true;
    }
  } else {
    b = t1 - u1;
  }
  int64_t u2 = t - b;
  if (!local_seconds(u2, &t2)) return false;
  if (t2 == t) {
    *out = u2;
  } else if (t1 == t) {
    *out = u1;
  } else {
    // t is in a gap: neither offset gives it.
    *out = fold ? std::min(u1, u2) : std::max(u1, u2);
  }
  return true;
}

}  // namespace taipan::dt
