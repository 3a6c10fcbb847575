# Formatting fixed timestamps under TZ=UTC: gmtime, localtime, mktime, asctime, ctime, strftime.
import os
import time

os.environ["TZ"] = "UTC"
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
for ts in (0, 86399, 951782400, 1234567890, 1700000000.75, -86400):
    g = time.gmtime(ts)
    print(g[:9], time.localtime(ts)[:9] == g[:9], time.mktime(time.localtime(ts)), time.ctime(ts))
    print(time.asctime(g), time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %Z %z %%", g))
print(time.strftime("%c | %x | %X", time.gmtime(1234567890)))
print(time.strftime("%Y", (2000, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("%j", (2000, 1, 1, 0, 0, 0, 0, 0, 0)))
print(repr(time.strftime("", time.gmtime(0))), time.strftime("%", time.gmtime(0)))
print(time.strftime("%Z %z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, "ABC", 5400))))
print(time.strftime("ü %Y €", time.gmtime(0)))
print(time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.localtime(0).tm_zone, time.gmtime(0).tm_zone, time.localtime(0).tm_gmtoff)
os.environ["TZ"] = "EST+05EDT,M3.2.0,M11.1.0"
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
lt = time.localtime(1700000000)
print(lt, lt.tm_zone, lt.tm_gmtoff)
lt = time.localtime(1690000000)
print(lt.tm_isdst, lt.tm_zone, lt.tm_gmtoff, time.mktime(lt))
print(time.strftime("%H:%M %Z %z", lt), time.ctime(1690000000))
os.environ["TZ"] = "UTC"
time.tzset()
print(time.tzname)
