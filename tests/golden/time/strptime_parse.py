# time.strptime through _strptime, as CPython calls it.
import os
import time

os.environ["TZ"] = "UTC"
time.tzset()
print(time.strptime("2020-01-02", "%Y-%m-%d"))
print(time.strptime("Thu Jan  1 00:00:00 1970"))
t = time.strptime("31/12/1999 23:59:58", "%d/%m/%Y %H:%M:%S")
print(t, t.tm_zone, t.tm_gmtoff)
print(time.mktime(time.strptime("2001-09-09 01:46:40", "%Y-%m-%d %H:%M:%S")))
print(time.strptime("12 PM", "%I %p")[3], time.strptime("100", "%j")[7])
try:
    time.strptime("2020-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
try:
    time.strptime("x", "%Y")
except ValueError as e:
    print("ValueError", e)
try:
    time.strptime(5)
except TypeError as e:
    print("TypeError", e)
print(time.strftime("%Y-%m-%d", time.strptime("2024-02-29", "%Y-%m-%d")))
