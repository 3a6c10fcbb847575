# datetime: constructors of date, time, datetime, timezone and their argument errors, range checks and messages,
# class attributes (min, max, resolution, utc), replace(), and the accessors.
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR, UTC

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Idx:
    def __index__(self): return 5
    def __repr__(self): return "Idx()"

cases = {
    "date": [(), (2020,), (2020, 1), (2020, 1, 1), (2020, 2, 29), (2021, 2, 29), (0, 1, 1), (10000, 1, 1), (2020, 0, 1),
             (2020, 13, 1), (2020, 1, 0), (2020, 1, 32), (2020.0, 1, 1), ("2020", 1, 1), (2**31, 1, 1), (-2**31 - 1, 1, 1),
             (2**70, 1, 1), (Idx(), Idx(), Idx()), (True, True, True), (2020, 1, 1, 1), (None, 1, 1)],
    "time": [(), (25,), (-1,), (1, 60), (1, 2, 60), (1, 2, 3, 10**6), (1, 2, 3, -1), (1, 2, 3, 4, 1), (1, 2, 3, 4, None, 1),
             (1.5,), (23, 59, 59, 999999)],
    "datetime": [(), (2020,), (2020, 1), (2020, 1, 1), (2020, 1, 1, 24), (2020, 1, 1, 1, 2, 3, 4, timezone.utc),
                 (2020, 1, 1, 1, 2, 3, 4, "utc"), (2020, 1, 1, 1, 2, 3, 4, None, 0), (9999, 12, 31, 23, 59, 59, 999999)],
}
for name, arglists in cases.items():
    cls = {"date": date, "time": time, "datetime": datetime}[name]
    for args in arglists:
        show(name + str(args), lambda: cls(*args))
for label, f in [
    ("date kw", lambda: date(day=3, month=2, year=2001)), ("date kw dup", lambda: date(2001, 2, 3, year=1)),
    ("date kw bad", lambda: date(2001, 2, day=3, foo=1)), ("date kw bad2", lambda: date(2001, 2, foo=3)),
    ("time fold", lambda: time(fold=1)), ("time fold2", lambda: time(fold=2)), ("time fold pos", lambda: time(1, 2, 3, 4, None, 1)),
    ("time tz", lambda: time(tzinfo=1)), ("time kw", lambda: time(minute=5, hour=3)), ("time kw bad", lambda: time(hours=1)),
    ("dt fold", lambda: datetime(2020, 1, 1, fold=1)), ("dt fold bad", lambda: datetime(2020, 1, 1, fold=-1)),
    ("dt kw", lambda: datetime(tzinfo=timezone.utc, day=1, month=1, year=1)), ("dt missing", lambda: datetime(month=1, day=1)),
    ("tzinfo()", lambda: type(tzinfo())), ("tz", lambda: timezone(timedelta(hours=5))), ("tz name", lambda: timezone(timedelta(hours=5), "X")),
    ("tz kw", lambda: timezone(name="Y", offset=timedelta(minutes=-30))), ("tz 0", lambda: timezone(timedelta(0))),
    ("tz 0 named", lambda: timezone(timedelta(0), "UTC")), ("tz None name", lambda: timezone(timedelta(0), None)),
    ("tz bad", lambda: timezone(5)), ("tz bad name", lambda: timezone(timedelta(0), 5)), ("tz range", lambda: timezone(timedelta(hours=24))),
    ("tz range-", lambda: timezone(-timedelta(hours=24))), ("tz range ok", lambda: timezone(-timedelta(hours=24) + timedelta.resolution)),
    ("tz none", lambda: timezone()), ("tz 3 args", lambda: timezone(timedelta(0), "a", 1)),
    ("replace", lambda: date(2020, 1, 31).replace(month=2)), ("replace ok", lambda: date(2020, 1, 31).replace(day=5, year=1999)),
    ("replace pos", lambda: date(2020, 1, 31).replace(2000, 3)), ("replace bad", lambda: date(2020, 1, 31).replace(days=2)),
    ("t replace", lambda: time(1, 2, 3, 4, timezone.utc).replace(tzinfo=None, second=9)), ("t replace fold", lambda: time(1).replace(fold=1)),
    ("t replace fold bad", lambda: time(1).replace(fold=5)), ("t replace tz bad", lambda: time(1).replace(tzinfo=3)),
    ("dt replace", lambda: datetime(2020, 1, 1, 5, fold=1).replace(hour=7)), ("dt replace fold", lambda: datetime(2020, 1, 1).replace(fold=1)),
    ("dt replace tz", lambda: datetime(2020, 1, 1, tzinfo=UTC).replace(tzinfo=None)), ("dt replace bad", lambda: datetime(2020, 1, 1).replace(month=0)),
    ("dt replace too many", lambda: datetime(2020, 1, 1).replace(1, 2, 3, 4, 5, 6, 7, None, 0)),
    ("fromordinal", lambda: date.fromordinal(1)), ("fromordinal max", lambda: date.fromordinal(3652059)),
    ("fromordinal 0", lambda: date.fromordinal(0)), ("fromordinal big", lambda: date.fromordinal(3652060)),
    ("fromordinal float", lambda: date.fromordinal(1.0)), ("dt fromordinal", lambda: datetime.fromordinal(730000)),
    ("fromisocalendar", lambda: date.fromisocalendar(2020, 53, 7)), ("fromisocalendar 2", lambda: datetime.fromisocalendar(2004, 1, 1)),
    ("fromisocalendar bad", lambda: date.fromisocalendar(2019, 53, 1)), ("fromisocalendar day", lambda: date.fromisocalendar(2019, 5, 0)),
    ("fromisocalendar year", lambda: date.fromisocalendar(10000, 5, 1)), ("fromisocalendar kw", lambda: date.fromisocalendar(year=2020, week=2, day=3)),
    ("combine", lambda: datetime.combine(date(2020, 5, 6), time(7, 8, 9, 10, timezone.utc, fold=1))),
    ("combine tz", lambda: datetime.combine(date(2020, 5, 6), time(7), tzinfo=timezone.utc)),
    ("combine dt", lambda: datetime.combine(datetime(2020, 5, 6, 1, 2), time(7))),
    ("combine bad", lambda: datetime.combine(time(7), date(2020, 5, 6))), ("combine kw", lambda: datetime.combine(time=time(1), date=date(2020, 1, 1))),
    ("combine tz bad", lambda: datetime.combine(date(2020, 5, 6), time(7), 5)),
]:
    show(label, f)
print(MINYEAR, MAXYEAR, UTC is timezone.utc, date.min, date.max, date.resolution, time.min, time.max, time.resolution)
print(datetime.min, datetime.max, datetime.resolution, timezone.utc, timezone.min, timezone.max, repr(timezone.min))
dt = datetime(2021, 3, 4, 5, 6, 7, 8, timezone.utc, fold=1)
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.date(), dt.time(), dt.timetz(), repr(dt.time()), repr(dt.timetz()), repr(dt.date()))
t = time(5, 6, 7, 8, timezone(timedelta(hours=1)), fold=1)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
for obj in (dt, t, date(2020, 1, 1), timedelta(1)):
    try:
        obj.year = 5
    except AttributeError as e:
        print("AttributeError", e)
print(date.__module__, datetime.__mro__, timezone.__mro__, time.__name__, tzinfo.__qualname__)
print(date.__doc__)
try:
    class Z(timezone): pass
except TypeError as e:
    print("TypeError", e)
print(bool(time(0)), bool(date.min), bool(datetime.min))
