# datetime: subclasses of date, datetime, time, timedelta and tzinfo: which operations return the subclass (and
# call its __new__) as CPython's C module does, reprs with the subclass name, extra attributes, pickling.
import pickle, copy
from datetime import date, time, datetime, timedelta, timezone, tzinfo

calls = []
class D(date):
    def __new__(cls, *a, **k):
        calls.append(("D", a, k)); return super().__new__(cls, *a, **k)
class DT(datetime):
    extra = "x"
    def __new__(cls, *a, **k):
        calls.append(("DT", a, k)); return super().__new__(cls, *a, **k)
class T(time):
    def __new__(cls, *a, **k):
        calls.append(("T", a, k)); return super().__new__(cls, *a, **k)
class TD(timedelta):
    def __new__(cls, *a, **k):
        calls.append(("TD", a, k)); return super().__new__(cls, *a, **k)
    def __repr__(self): return "TD<%s>" % timedelta.__repr__(self)
class Plain(datetime): pass
class WithSlots(date):
    __slots__ = ("tag",)
class TZ(tzinfo):
    def __init__(self, h=1): self.h = h
    def utcoffset(self, dt): return timedelta(hours=self.h)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "TZ%d" % self.h
    def __repr__(self): return "TZ(%d)" % self.h
    def __reduce__(self): return (TZ, (self.h,))

d = D(2020, 1, 31); dt = DT(2020, 1, 31, 12, tzinfo=timezone.utc); dtf = DT(2020, 1, 1, fold=1); t = T(1, 2); td = TD(1, 2, 3)
ops = [("d+td", lambda: d + timedelta(1)), ("td+d", lambda: timedelta(1) + d), ("d-td", lambda: d - timedelta(1)), ("d-d", lambda: d - d),
       ("d-date", lambda: d - date(2020, 1, 1)), ("dt+td", lambda: dt + timedelta(1)), ("dtf+td", lambda: dtf + timedelta(1)),
       ("dt-td", lambda: dt - timedelta(seconds=1)), ("dt-dt", lambda: dt - dt), ("d.replace", lambda: d.replace(day=2)),
       ("dt.replace", lambda: dt.replace(day=2)), ("dtf.replace", lambda: dtf.replace(day=2)), ("t.replace", lambda: t.replace(hour=2, fold=1)),
       ("td+td", lambda: td + td), ("-td", lambda: -td), ("abs", lambda: abs(td)), ("+td", lambda: +td), ("td*2", lambda: td * 2),
       ("td/2", lambda: td / 2), ("td//2", lambda: td // 2), ("td%", lambda: td % timedelta(hours=5)), ("td.total", lambda: td.total_seconds()),
       ("astz", lambda: dt.astimezone(timezone(timedelta(hours=1)))), ("astz same", lambda: dt.astimezone(timezone.utc)),
       ("astz TZ", lambda: dt.astimezone(TZ(3))), ("fromutc", lambda: TZ(2).fromutc(dt.replace(tzinfo=TZ(2)))),
       ("D.fromordinal", lambda: D.fromordinal(5)), ("D.fromisoformat", lambda: D.fromisoformat("2020-01-01")),
       ("DT.fromisoformat", lambda: DT.fromisoformat("2020-01-01T01:02+01:00")), ("DT.combine", lambda: DT.combine(d, t)),
       ("DT.combine fold", lambda: DT.combine(d, time(1, fold=1))), ("DT.fromtimestamp", lambda: DT.fromtimestamp(0, timezone.utc)),
       ("DT.utcfromtimestamp", lambda: DT.utcfromtimestamp(0)), ("DT.strptime", lambda: DT.strptime("2020", "%Y")),
       ("DT.fromisocalendar", lambda: DT.fromisocalendar(2020, 1, 1)), ("D.fromisocalendar", lambda: D.fromisocalendar(2020, 1, 1)),
       ("DT.fromordinal", lambda: DT.fromordinal(3)), ("T.fromisoformat", lambda: T.fromisoformat("10:00")), ("dt.date", lambda: dt.date()),
       ("dt.time", lambda: dt.time()), ("dt.timetz", lambda: dt.timetz()), ("TD(1)", lambda: TD(1)), ("TD kw", lambda: TD(hours=1.5)),
       ("pickle d", lambda: pickle.loads(pickle.dumps(d))), ("pickle dtf", lambda: pickle.loads(pickle.dumps(dtf))), ("pickle t", lambda: pickle.loads(pickle.dumps(t))),
       ("pickle td", lambda: pickle.loads(pickle.dumps(td))), ("copy", lambda: copy.copy(td)), ("deepcopy dt", lambda: copy.deepcopy(dt)),
       ("utctimetuple", lambda: dt.utctimetuple()[:6]), ("str", lambda: str(dt)), ("eq", lambda: (d == date(2020, 1, 31), dt == datetime(2020, 1, 31, 12, tzinfo=timezone.utc))),
       ("hash", lambda: hash(d) == hash(date(2020, 1, 31))), ("isinstance", lambda: (isinstance(dt, date), isinstance(d, datetime), issubclass(DT, date))),
       ("plain", lambda: Plain(2020, 1, 1) + timedelta(hours=1)), ("plain attr", lambda: (setattr(p, "x", 5), p.x, p.__dict__) if (p := Plain(2020, 1, 1)) else None),
       ("slots", lambda: (setattr(w, "tag", 3), w.tag, w) if (w := WithSlots(2020, 1, 1)) else None),
       ("slots dict", lambda: WithSlots(2020, 1, 1).__dict__), ("class attr", lambda: (dt.extra, DT.min, type(DT.min), DT.max.year)),
       ("pickle tz", lambda: pickle.loads(pickle.dumps(datetime(2020, 1, 1, tzinfo=TZ(5))))), ("tz dict state", lambda: TZ(4).__reduce_ex__(2)),
       ("tzinfo reduce", lambda: tzinfo.__reduce__(TZ(6))), ("sub compare", lambda: sorted([DT(2020, 1, 2), datetime(2020, 1, 1), Plain(2020, 1, 3)])),
       ("date-dt", lambda: date(2020, 1, 2) - DT(2020, 1, 1)), ("dt-date", lambda: DT(2020, 1, 2) - date(2020, 1, 1))]
for name, f in ops:
    del calls[:]
    try:
        r = f()
        print(name, repr(r), type(r).__name__, calls)
    except Exception as e:
        print(name, type(e).__name__, e, calls)
del calls[:]
print("D.today", type(D.today()).__name__, [(n, len(a), k) for n, a, k in calls])
class Weird(datetime):
    def __new__(cls, *a, **k):
        return 42
for name, f in [("weird add", lambda: datetime.__new__(Weird, 2020, 1, 1) + timedelta(1)),
]:
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__)
