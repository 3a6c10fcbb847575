# datetime: timezone objects, tzinfo subclasses and their checks, fromutc, astimezone between fixed offsets and to the
# local zone under TZ set by time.tzset (UTC, America/New_York with its DST gap and fold), timestamps both ways.
import os, time as _time
from datetime import date, time, datetime, timedelta, timezone, tzinfo

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class EST(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "EST"
    def __repr__(self): return "EST()"

class NoDst(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=2)
    def dst(self, dt): return None
    def __repr__(self): return "NoDst()"

class Bad(tzinfo):
    def __init__(self, v): self.v = v
    def utcoffset(self, dt): return self.v
    def dst(self, dt): return self.v
    def tzname(self, dt): return self.v
    def __repr__(self): return "Bad(%r)" % (self.v,)

tzs = [timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=3, seconds=1), "Weird"),
       timezone(timedelta(microseconds=-1)), timezone.min, timezone.max, EST()]
for tz in tzs:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None), tz.tzname(datetime(2020, 1, 1)))
    d = datetime(2020, 6, 15, 12, 30, tzinfo=timezone.utc)
    show("astimezone", lambda: d.astimezone(tz))
    show("back", lambda: d.astimezone(tz).astimezone(timezone.utc))
    show("fromutc", lambda: tz.fromutc(datetime(2020, 6, 15, 12, 30, tzinfo=tz)))
    show("timestamp", lambda: datetime(2020, 6, 15, 12, 30, tzinfo=tz).timestamp())
    show("fromtimestamp", lambda: datetime.fromtimestamp(1592224200.25, tz))
    show("now type", lambda: type(datetime.now(tz)).__name__)
for label, f in [("utcoffset arg", lambda: timezone.utc.utcoffset(5)), ("tzname arg", lambda: timezone.utc.tzname(date(2020, 1, 1))),
                 ("dst arg", lambda: timezone.utc.dst("x")), ("fromutc naive", lambda: timezone.utc.fromutc(datetime(2020, 1, 1))),
                 ("fromutc other", lambda: timezone.utc.fromutc(datetime(2020, 1, 1, tzinfo=EST()))), ("fromutc type", lambda: timezone.utc.fromutc(5)),
                 ("fromutc kw", lambda: timezone.utc.fromutc(dt=5)), ("tzinfo abstract", lambda: tzinfo().utcoffset(None)),
                 ("tzinfo dst", lambda: tzinfo().dst(None)), ("tzinfo tzname", lambda: tzinfo().tzname(None)), ("tzinfo noarg", lambda: tzinfo().tzname()),
                 ("tzinfo fromutc", lambda: tzinfo().fromutc(datetime(2020, 1, 1))), ("est fromutc", lambda: EST().fromutc(datetime(2020, 1, 1, tzinfo=EST()))),
                 ("nodst fromutc", lambda: NoDst().fromutc(datetime(2020, 1, 1, tzinfo=NoDst()))),
                 ("eq", lambda: (timezone.utc == timezone(timedelta(0), "Z"), timezone.utc != timezone.min, timezone.utc == 0)),
                 ("lt", lambda: timezone.utc < timezone.max), ("getinitargs", lambda: (timezone.utc.__getinitargs__(), tzs[2].__getinitargs__())),
                 ("reduce", lambda: (timezone.utc.__reduce__(), tzs[2].__reduce__(), EST().__reduce__()[0].__name__)),
                 ("min max", lambda: (timezone.min.utcoffset(None), timezone.max.utcoffset(None)))]:
    show(label, f)
for v in [timedelta(hours=24), timedelta(hours=-24), timedelta(hours=23, minutes=59), 5, "x", None, timedelta(microseconds=1)]:
    dt = datetime(2020, 1, 1, tzinfo=Bad(v))
    for m in ("utcoffset", "dst", "tzname", "isoformat", "timetuple", "utctimetuple", "timestamp", "__str__"):
        show(repr(v) + " " + m, lambda: getattr(dt, m)())
    show(repr(v) + " hash", lambda: hash(dt) == hash(dt))
    show(repr(v) + " time", lambda: time(1, tzinfo=Bad(v)).isoformat())
    show(repr(v) + " astimezone", lambda: dt.astimezone(timezone.utc))
show("astimezone bad", lambda: datetime(2020, 1, 1).astimezone(5))
show("astimezone kw", lambda: datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(tz=EST()))
show("astimezone same", lambda: datetime(2020, 1, 1, tzinfo=EST()).astimezone(EST()))
e = EST()
show("astimezone identical", lambda: (lambda d: d.astimezone(e) is d)(datetime(2020, 1, 1, tzinfo=e)))
show("overflow", lambda: datetime.max.replace(tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=1))))
for zone in ["UTC", "America/New_York", "Asia/Kolkata", "Europe/London"]:
    os.environ["TZ"] = zone
    _time.tzset()
    print("zone", zone)
    for ts in [0, 1e9, 1583650800 - 1, 1583650800, 1604213999, 1604214000, 1604217600, -1e9, 1.5e9 + 0.5, 1234567890.123456]:
        show("fromtimestamp", lambda: datetime.fromtimestamp(ts))
        show("date.fromtimestamp", lambda: date.fromtimestamp(ts))
        show("round trip", lambda: datetime.fromtimestamp(ts).timestamp())
        show("astimezone()", lambda: datetime.fromtimestamp(ts, timezone.utc).astimezone())
    for naive in [datetime(2020, 3, 8, 2, 30), datetime(2020, 3, 8, 2, 30, fold=1), datetime(2020, 11, 1, 1, 30),
                  datetime(2020, 11, 1, 1, 30, fold=1), datetime(2020, 7, 4, 12), datetime(1970, 1, 1)]:
        show("timestamp " + str(naive) + " fold=" + str(naive.fold), lambda: naive.timestamp())
        show("local astimezone", lambda: naive.astimezone())
        show("local to utc", lambda: naive.astimezone(timezone.utc))
        show("timetuple", lambda: tuple(naive.timetuple()))
    show("utcfromtimestamp", lambda: datetime.utcfromtimestamp(1e9))
for bad in [float("nan"), float("inf"), 1e20, -1e20, "1", None, 10**30]:
    show("fromtimestamp bad", lambda: datetime.fromtimestamp(bad))
    show("utcfromtimestamp bad", lambda: datetime.utcfromtimestamp(bad))
    show("date.fromtimestamp bad", lambda: date.fromtimestamp(bad))
show("fromtimestamp tz", lambda: datetime.fromtimestamp(0, 5))
show("fromtimestamp kw", lambda: datetime.fromtimestamp(timestamp=0, tz=timezone.utc))
show("utcfromtimestamp neg", lambda: datetime.utcfromtimestamp(-1.5))
show("utcfromtimestamp round", lambda: [datetime.utcfromtimestamp(x).microsecond for x in (0.0000005, 0.0000015, 0.9999995, -0.0000005)])
show("min year", lambda: datetime.utcfromtimestamp(-62135596800))
show("below min", lambda: datetime.utcfromtimestamp(-62135596801))
show("now types", lambda: (type(datetime.now()).__name__, type(datetime.utcnow()).__name__, type(date.today()).__name__, type(datetime.today()).__name__))
show("now tz", lambda: datetime.now(timezone.utc).tzinfo)
show("now bad", lambda: datetime.now(5))
