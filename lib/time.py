"""Time access and conversions: clocks, sleep, struct_time and formatting.
The clocks and calendar arithmetic are native (_time)."""

from _time import (time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns,
                   process_time, process_time_ns, thread_time, thread_time_ns, sleep,
                   tzname, timezone, altzone, daylight)
import _time
from _structseq import structseq as _structseq

struct_time = _structseq(
    "time.struct_time",
    ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
     "tm_isdst", "tm_zone", "tm_gmtoff"),
    n_sequence=9)

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def localtime(secs=None):
    return struct_time(_time.localtime(secs))


def gmtime(secs=None):
    return struct_time(_time.gmtime(secs))


def mktime(t):
    return _time.mktime(t)


def strftime(format, t=None):
    return _time.strftime(format, localtime() if t is None else t)


def asctime(t=None):
    t = localtime() if t is None else t
    return (f"{_DAYS[t[6]]} {_MONTHS[t[1] - 1]} {t[2]:2d} "
            f"{t[3]:02d}:{t[4]:02d}:{t[5]:02d} {t[0]}")


def ctime(secs=None):
    return asctime(localtime(secs))
