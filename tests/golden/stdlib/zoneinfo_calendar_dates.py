# zoneinfo with the system's tz database on fixed instants: UTC offsets and
# names across DST changes, fold for ambiguous times, conversions between
# zones, and errors for unknown keys.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

paris = ZoneInfo("Europe/Paris")
ny = ZoneInfo("America/New_York")
print(paris.key, str(ny), ZoneInfo("Europe/Paris") is paris)
for month in (1, 7):
    d = datetime(2023, month, 15, 12, 0, tzinfo=paris)
    print(d.isoformat(), d.tzname(), d.utcoffset(), d.dst(), d.astimezone(ny).isoformat(), d.astimezone(timezone.utc).isoformat())
before = datetime(2023, 3, 26, 1, 30, tzinfo=paris)
after = before + timedelta(hours=1)
print(before.tzname(), after.tzname(), (after.astimezone(timezone.utc) - before.astimezone(timezone.utc)))
amb0 = datetime(2023, 10, 29, 2, 30, tzinfo=paris)
amb1 = amb0.replace(fold=1)
print(amb0.utcoffset(), amb1.utcoffset(), amb0.tzname(), amb1.tzname())
gap = datetime(2023, 3, 12, 2, 30, tzinfo=ny)
print(gap.utcoffset(), gap.replace(fold=1).utcoffset())
utc_instant = datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc)
for h in range(3):
    t = (utc_instant + timedelta(hours=h)).astimezone(ny)
    print(t.isoformat(), t.fold, t.tzname())
print(ZoneInfo("UTC").utcoffset(datetime(2020, 1, 1)), datetime(2020, 6, 1, tzinfo=ZoneInfo("Asia/Kolkata")).strftime("%H:%M %Z %z"))
for bad in ["Nowhere/City", "../etc/passwd", ""]:
    try:
        ZoneInfo(bad)
    except (ZoneInfoNotFoundError, ValueError) as e:
        print(type(e).__name__)
print(ZoneInfo.no_cache("Europe/Paris") is paris, ZoneInfo.no_cache("Europe/Paris").key)
