# datetime: construction, arithmetic with timedelta, comparisons, reprs, isoformat, errors.
from datetime import date, time, datetime, timedelta, timezone

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(date.fromordinal(738000), date.fromisoformat("2021-12-31"), d.replace(month=12), d.ctime())
dt = datetime(2023, 12, 31, 23, 59, 30, 500)
print(dt, repr(dt), dt + timedelta(seconds=45), dt.isoformat(sep=" ", timespec="milliseconds"))
print(dt - datetime(2023, 1, 1), (dt - datetime(2024, 1, 1)).total_seconds())
td = timedelta(days=-1, seconds=5, microseconds=7)
print(td, repr(td), abs(td), td * 3, td / 2, timedelta(hours=5) // timedelta(minutes=7), timedelta(hours=5) % timedelta(minutes=7))
print(timedelta(days=1) / timedelta(hours=1), -timedelta(seconds=1), str(timedelta(microseconds=1)), timedelta.max, timedelta.min, timedelta.resolution)
t = time(12, 30, 15, 123456)
print(t, repr(t), t.isoformat("minutes"), time.fromisoformat("04:23:01.000384"), t.replace(hour=1))
tz = timezone(timedelta(hours=-5), "EST")
aware = datetime(2020, 6, 1, 12, tzinfo=timezone.utc)
print(aware, repr(aware), aware.astimezone(tz), aware.utcoffset(), aware.tzname(), tz, repr(tz), timezone.utc)
print(aware.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400))
print(datetime.fromisoformat("2011-11-04T00:05:23+04:00"), datetime.strptime("2021-03-04 05:06", "%Y-%m-%d %H:%M"))
print(dt.strftime("%A %d %B %Y %I:%M:%S %p %j %U %a %b %%"), format(d, "%d/%m/%y"), f"{dt:%H.%M}")
print(date(2020, 1, 1) < date(2020, 1, 2), dt == datetime(2023, 12, 31, 23, 59, 30, 500), hash(d) == hash(date(2024, 2, 28)))
for bad in [lambda: date(2023, 2, 29), lambda: time(25), lambda: datetime(2020, 13, 1), lambda: timedelta(days=10**9)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    aware < dt
except TypeError as e:
    print("TypeError", e)
try:
    d + 1
except TypeError as e:
    print("TypeError", e)
print(date.min, date.max, datetime.min, time.max, d.timetuple()[:6])
print(datetime.combine(d, t), dt.date(), dt.time(), aware.timetz())
import pickle, copy
print(pickle.loads(pickle.dumps(aware)) == aware, copy.deepcopy(td) == td)
