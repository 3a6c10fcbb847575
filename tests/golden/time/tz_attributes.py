# tzset with several TZ values: tzname, timezone, altzone, daylight, localtime fields.
import os
import time

for tz in ("UTC", "UTC0", "EST5EDT,M3.2.0,M11.1.0", "CET-1CEST,M3.5.0,M10.5.0/3", "JST-9",
           "AEST-10AEDT,M10.1.0,M4.1.0/3", "<+0530>-5:30"):
    os.environ["TZ"] = tz
    time.tzset()
    t = time.localtime(1700000000)
    s = time.localtime(1690000000)
    print(tz, time.tzname, time.timezone, time.altzone, time.daylight)
    print("  ", t[:9], t.tm_zone, t.tm_gmtoff, s.tm_isdst, s.tm_zone, s.tm_gmtoff)
    print("  ", time.mktime(t), time.mktime(s), time.strftime("%Z %z", t))
os.environ["TZ"] = "UTC"
time.tzset()
print(time.tzname)
