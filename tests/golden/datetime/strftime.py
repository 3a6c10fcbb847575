# datetime: strftime and __format__ (%z, %Z, %f handled by datetime, the rest by time.strftime), ctime, timetuple,
# utctimetuple, isoformat by timespec, str/repr, and strptime through _strptime.
from datetime import date, time, datetime, timedelta, timezone, tzinfo

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Odd(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-3, minutes=-7, seconds=-9, microseconds=-11)
    def dst(self, dt): return timedelta(hours=1)
    def tzname(self, dt): return "O%d%%"
    def __repr__(self): return "Odd()"

class BadTz(tzinfo):
    def utcoffset(self, dt): return 5
    def dst(self, dt): return timedelta(days=1)
    def tzname(self, dt): return 7
    def __repr__(self): return "BadTz()"

d = date(2009, 7, 4)
dt = datetime(1999, 12, 31, 23, 5, 9, 1234)
aware = datetime(2012, 2, 29, 1, 2, 3, 45, tzinfo=timezone(timedelta(hours=5, minutes=30), "IST"))
odd = datetime(2001, 1, 1, 0, 0, tzinfo=Odd())
t = time(7, 8, 9, 10, tzinfo=timezone(timedelta(hours=-2)))
fmts = ["%Y-%m-%d %H:%M:%S.%f %z %Z", "%a %A %b %B %c %d %j %p %U %W %w %x %X %y %G %V %u", "%%z %%%z %", "%", "%q %E %O",
        "tab\t%f", "%zz%Z%f%f", "é ✓ %d", "a\x00b %Y", ""]
for obj in (d, dt, aware, odd, t, time(0)):
    for f in fmts:
        show(repr(obj) + " " + repr(f), lambda: obj.strftime(f))
    show("format", lambda: format(obj, "%H|%Y"))
    show("format empty", lambda: format(obj, ""))
    show("fstring", lambda: f"{obj}|{obj!r}")
for label, f in [("strftime int", lambda: d.strftime(5)), ("strftime kw", lambda: d.strftime(format="%Y")),
                 ("strftime none", lambda: d.strftime()), ("format int", lambda: d.__format__(5)),
                 ("bad utcoffset", lambda: datetime(2020, 1, 1, tzinfo=BadTz()).strftime("%z")),
                 ("bad tzname", lambda: datetime(2020, 1, 1, tzinfo=BadTz()).strftime("%Z")),
                 ("bad tzname2", lambda: datetime(2020, 1, 1, tzinfo=BadTz()).tzname()),
                 ("bad dst", lambda: datetime(2020, 1, 1, tzinfo=BadTz()).dst()),
                 ("bad timetuple", lambda: datetime(2020, 1, 1, tzinfo=BadTz()).timetuple()),
                 ("bad isoformat", lambda: datetime(2020, 1, 1, tzinfo=BadTz()).isoformat()),
                 ("year 1", lambda: date(1, 2, 3).strftime("%Y %y %C")), ("big year", lambda: date(9999, 1, 1).strftime("%Y"))]:
    show(label, f)
for obj in (d, dt, aware, odd, date.min, datetime.max):
    show("ctime", lambda: obj.ctime())
    show("timetuple", lambda: obj.timetuple())
    show("utctimetuple", lambda: obj.utctimetuple() if isinstance(obj, datetime) else None)
    show("isocalendar", lambda: obj.isocalendar())
    show("iso fields", lambda: (obj.isocalendar().year, obj.isocalendar().week, obj.isocalendar()[2], obj.weekday(), obj.isoweekday(), obj.toordinal()))
    show("str", lambda: str(obj))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds", "Auto"]:
    for obj in (dt, aware, odd, t, time(1, 2), datetime(2020, 1, 1)):
        show(spec, lambda: obj.isoformat(timespec=spec))
for label, f in [("sep", lambda: dt.isoformat("_")), ("sep kw", lambda: dt.isoformat(sep="é")), ("sep long", lambda: dt.isoformat("ab")),
                 ("sep int", lambda: dt.isoformat(5)), ("sep none", lambda: dt.isoformat(None)), ("spec int", lambda: dt.isoformat("T", 5)),
                 ("t spec pos", lambda: t.isoformat("hours")), ("t extra", lambda: t.isoformat("hours", 1)), ("d iso arg", lambda: d.isoformat(1)),
                 ("utc min", lambda: datetime.min.replace(tzinfo=timezone(timedelta(hours=1))).utctimetuple()),
                 ("utc max", lambda: datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))).utctimetuple()),
                 ("timetuple dst", lambda: odd.timetuple().tm_isdst), ("tt naive", lambda: dt.timetuple().tm_isdst)]:
    show(label, f)
for s, f in [("2021-03-04 05:06:07.891", "%Y-%m-%d %H:%M:%S.%f"), ("04/05/99 +0530", "%d/%m/%y %z"), ("Mon Jan  3 12:00:00 2022", "%c"),
             ("2020-01-01 UTC", "%Y-%m-%d %Z"), ("bad", "%Y"), ("2020 12", "%Y"), ("12:34", "%H:%M"), ("2020-02-30", "%Y-%m-%d"),
             ("1 2 2020", "%w %U %Y"), ("-01:30:15.5", "%z")]:
    show("strptime " + s, lambda: datetime.strptime(s, f))
show("strptime int", lambda: datetime.strptime(1, "%Y"))
show("strptime fmt int", lambda: datetime.strptime("1", 1))
show("strptime one", lambda: datetime.strptime("1"))
show("time strptime", lambda: __import__("time").strptime("2020", "%Y")[:3])
