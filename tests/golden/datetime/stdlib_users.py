# datetime through the standard library modules that use it: email.utils, http.cookiejar, logging's asctime,
# zoneinfo, sqlite3's adapters and converters, json with default=, calendar, plistlib, xmlrpc.
import os, time
os.environ["TZ"] = "UTC"
time.tzset()
from datetime import date, time as dtime, datetime, timedelta, timezone
import email.utils, http.cookiejar, logging, io, json, sqlite3, calendar, plistlib, xmlrpc.client, zoneinfo, warnings

dt = datetime(2021, 3, 14, 1, 59, 26, 535897, tzinfo=timezone(timedelta(hours=-4)))
print(email.utils.format_datetime(dt), email.utils.format_datetime(dt.replace(tzinfo=timezone.utc), usegmt=True))
print(repr(email.utils.parsedate_to_datetime("Sun, 14 Mar 2021 01:59:26 -0400")), email.utils.localtime(dt).isoformat())
print(email.utils.formatdate(1615701566, localtime=False), email.utils.formatdate(1615701566, usegmt=True))
print(http.cookiejar.time2isoz(1615701566), http.cookiejar.time2netscape(1615701566), http.cookiejar.http2time("Sun, 14-Mar-2021 05:59:26 GMT"))
record = logging.LogRecord("dt", logging.WARNING, "x.py", 1, "hello", None, None)
record.created, record.msecs = 1615701566.25, 250.0
print(logging.Formatter("%(asctime)s %(levelname)s %(message)s").format(record))
print(logging.Formatter("%(asctime)s", datefmt="%Y-%m-%d %H:%M:%S %Z").format(record))
print(json.dumps({"when": dt, "day": date(2020, 1, 1), "span": timedelta(hours=1)}, default=str, sort_keys=True))
print(json.dumps([dt], default=lambda o: o.isoformat()))
con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    con.execute("create table t (d date, ts timestamp)")
    con.execute("insert into t values (?, ?)", (date(2020, 2, 29), datetime(2020, 2, 29, 23, 59, 59, 123456)))
    print(con.execute("select d, ts from t").fetchall())
    print(con.execute("select d as \"d [date]\", current_date is not null from t").fetchall())
print(calendar.timegm(dt.utctimetuple()), calendar.monthrange(2024, 2), calendar.weekday(2024, 2, 29))
data = plistlib.dumps({"when": datetime(2020, 1, 2, 3, 4, 5)})
print(plistlib.loads(data))
print(xmlrpc.client.DateTime(datetime(2020, 1, 2, 3, 4, 5)), xmlrpc.client.dumps((datetime(2020, 1, 2, 3, 4, 5),)).split())
ny = zoneinfo.ZoneInfo("America/New_York")
for d in [datetime(2020, 3, 8, 1, 59), datetime(2020, 3, 8, 2, 30), datetime(2020, 11, 1, 1, 30), datetime(2020, 11, 1, 1, 30, fold=1), datetime(2020, 7, 1)]:
    a = d.replace(tzinfo=ny)
    print(a, a.tzname(), a.utcoffset(), a.dst(), a.astimezone(timezone.utc), a.timestamp())
u = datetime(2020, 11, 1, 5, 30, tzinfo=timezone.utc)
print(u.astimezone(ny), u.astimezone(ny).fold, (u + timedelta(hours=1)).astimezone(ny), (u + timedelta(hours=1)).astimezone(ny).fold)
print(datetime(2020, 1, 1, tzinfo=ny) == datetime(2020, 1, 1, 5, tzinfo=timezone.utc))
import pickle
print(pickle.loads(pickle.dumps(datetime(2020, 5, 5, tzinfo=ny))), zoneinfo.ZoneInfo("UTC").utcoffset(None))
