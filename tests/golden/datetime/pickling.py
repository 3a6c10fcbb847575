# datetime: pickles of every type at every protocol (the bytes themselves, as CPython's C module writes them),
# round trips, fold kept from protocol 4, unpickling CPython's states (bytes and latin-1 str), copy and deepcopy.
import pickle, copy, pickletools
from datetime import date, time, datetime, timedelta, timezone, tzinfo

class Fixed(tzinfo):
    def __init__(self, minutes=0, name="F"):
        self.minutes, self.name = minutes, name
    def utcoffset(self, dt): return timedelta(minutes=self.minutes)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return self.name
    def __repr__(self): return "Fixed(%d, %r)" % (self.minutes, self.name)

class WithArgs(tzinfo):
    def __init__(self, h=0): self.h = h
    def __getinitargs__(self): return (self.h,)
    def utcoffset(self, dt): return timedelta(hours=self.h)
    def __repr__(self): return "WithArgs(%d)" % self.h

values = [timedelta(0), timedelta(days=-1, seconds=5, microseconds=7), timedelta.max, date(2020, 2, 29), date.min, date.max,
          time(0), time(23, 59, 59, 999999), time(1, 2, 3, 4, timezone.utc), time(5, fold=1), time(6, tzinfo=Fixed(30), fold=1),
          datetime(2020, 1, 2, 3, 4, 5, 6), datetime(2020, 1, 2, fold=1), datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=-3), "X")),
          datetime(9999, 12, 31, 23, 59, 59, 999999, Fixed(-90, "Y"), fold=1), datetime(2000, 5, 6, tzinfo=WithArgs(4)),
          timezone.utc, timezone(timedelta(hours=5)), timezone(timedelta(minutes=-30), "half"), timezone.min, Fixed(15), WithArgs(2),
          date(2020, 12, 31).isocalendar()]
for v in values:
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v if not isinstance(v, tzinfo) or isinstance(v, timezone) else repr(back) == repr(v)
        fold = getattr(back, "fold", None)
        print(proto, repr(v), data, same, type(back).__name__, fold)
for v in values[:16]:
    print(repr(v), repr(copy.copy(v)), repr(copy.deepcopy(v)), v.__reduce__())
    if hasattr(v, "__reduce_ex__"):
        print(v.__reduce_ex__(2), v.__reduce_ex__(4))
# States as CPython writes them, including str states of Python 2 pickles.
for args in [(b"\x07\xe4\x02\x1d",), ("\x07\xe4\x02\x1d",), (b"\x07\xe4\x0d\x1d",), (b"\x07\xe4\x02",), ("\u0100\xe4\x02\x1d",),
             (b"\x00\x00\x01\x01",)]:
    try:
        print(args, repr(date(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
for args in [(b"\x01\x02\x03\x00\x00\x04",), (b"\x81\x02\x03\x00\x00\x04", timezone.utc), (b"\x18\x02\x03\x00\x00\x04",),
             ("\x01\x02\x03\x00\x00\x04",), (b"\x01\x02\x03\x00\x00\x04", 5), (b"\x01\x02\x03\x00\x00\x04", None)]:
    try:
        print(args, repr(time(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
for args in [(b"\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06",), (b"\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06", timezone.utc),
             ("\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06",), (b"\x07\xe4\x0d\x02\x03\x04\x05\x00\x00\x06",),
             (b"\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06", "x")]:
    try:
        print(args, repr(datetime(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
print(pickle.loads(b"cdatetime\ndatetime\np0\n(S'\\x07\\xdf\\x0b\\x1b\\x14\\x59\\x01\\x00\\x00\\x00'\np1\ntp2\nRp3\n.", encoding="latin1"))
print(pickle.loads(b"cdatetime\ndate\np0\n(S'\\x07\\xdf\\x0b\\x1b'\np1\ntp2\nRp3\n.", encoding="latin1"))
pickletools.dis(pickle.dumps(datetime(2020, 1, 1, tzinfo=timezone.utc), 2))
