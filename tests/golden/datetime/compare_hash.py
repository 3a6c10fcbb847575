# datetime: comparisons (naive/aware rules, mixed date/datetime, PEP 495 folds, time offsets) and hashes that
# agree between equal values.
from datetime import date, time, datetime, timedelta, timezone, tzinfo

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Fold(tzinfo):
    """A zone with a repeated hour on 2020-11-01 01:00-02:00 (fold=0 is -4h, fold=1 is -5h)."""
    def utcoffset(self, dt):
        if dt is None:
            return timedelta(hours=-5)
        if (dt.year, dt.month, dt.day, dt.hour) == (2020, 11, 1, 1):
            return timedelta(hours=-5 if dt.fold else -4)
        return timedelta(hours=-4 if dt.month < 11 else -5)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return "F"

class NoneTz(tzinfo):
    def utcoffset(self, dt): return None

utc = timezone.utc
plus1 = timezone(timedelta(hours=1), "P1")
values = [date(2020, 1, 1), date(2020, 1, 2), datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=utc),
          datetime(2020, 1, 1, 1, tzinfo=plus1), datetime(2020, 1, 1, 0, 0, 0, 1, tzinfo=utc), datetime(2020, 1, 1, tzinfo=NoneTz()),
          datetime(2020, 11, 1, 1, 30, tzinfo=Fold()), datetime(2020, 11, 1, 1, 30, tzinfo=Fold(), fold=1),
          datetime(2020, 11, 1, 5, 30, tzinfo=utc), datetime(2020, 11, 1, 6, 30, tzinfo=utc), datetime(2020, 11, 1, 1, 30),
          datetime(2020, 11, 1, 1, 30, fold=1), time(1), time(1, fold=1), time(1, tzinfo=utc), time(2, tzinfo=plus1),
          time(1, 0, 0, 5, tzinfo=utc), time(2, 0, 0, 1, tzinfo=timezone(timedelta(hours=1, microseconds=7))), time(1, tzinfo=NoneTz()),
          timedelta(0), timezone.utc, plus1, timezone(timedelta(hours=1)), 5, "x", None]
names = [repr(v) if not isinstance(v, (datetime, time)) or not isinstance(v.tzinfo, (Fold, NoneTz)) else
         type(v).__name__ + str(v.replace(tzinfo=None)) + type(v.tzinfo).__name__ + " fold=" + str(v.fold) for v in values]
for i, a in enumerate(values):
    for j, b in enumerate(values):
        row = []
        for op in ("==", "!=", "<", "<=", ">", ">="):
            try:
                row.append(str(eval("a " + op + " b"))[0])
            except TypeError as e:
                row.append("E")
        print(i, j, "".join(row))
for i, a in enumerate(values):
    for j, b in enumerate(values):
        if i < j:
            try:
                if a == b:
                    print("equal", i, j, hash(a) == hash(b))
            except TypeError:
                pass
for i, n in enumerate(names):
    print(i, n)
errors = [(values[2], values[3]), (values[0], values[2]), (values[2], values[0]), (values[13], values[15]), (values[2], values[6])]
for a, b in errors:
    show("lt", lambda: a < b)
    show("sub", lambda: a - b)
show("hash naive tz", lambda: hash(datetime(2020, 1, 1, tzinfo=NoneTz())) == hash(datetime(2020, 1, 1)))
show("hash fold", lambda: hash(datetime(2020, 1, 1, fold=1)) == hash(datetime(2020, 1, 1)))
show("hash aware", lambda: hash(datetime(2020, 1, 1, 1, tzinfo=plus1)) == hash(datetime(2020, 1, 1, tzinfo=utc)))
show("hash time aware", lambda: hash(time(2, tzinfo=plus1)) == hash(time(1, tzinfo=utc)))
show("hash time fold", lambda: hash(time(2, fold=1)) == hash(time(2)))
show("hash tz", lambda: hash(plus1) == hash(timezone(timedelta(hours=1))))
show("hash date/dt", lambda: len({date(2020, 1, 1), datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=utc)}))
show("sorted", lambda: sorted([datetime(2020, 1, 2), datetime(2019, 5, 5), datetime(2020, 1, 1, 23)]))
show("fold in set", lambda: len({datetime(2020, 11, 1, 1, 30, tzinfo=Fold()), datetime(2020, 11, 1, 1, 30, tzinfo=Fold(), fold=1)}))
