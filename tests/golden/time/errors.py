# CPython's errors and messages from the time module.
import time

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: time.gmtime(float("inf")))
attempt(lambda: time.gmtime(float("nan")))
attempt(lambda: time.gmtime("x"))
attempt(lambda: time.gmtime(1e30))
attempt(lambda: time.mktime((1, 2)))
attempt(lambda: time.mktime([2000, 1, 1, 0, 0, 0, 0, 1, 0]))
attempt(lambda: time.strftime("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0)))
attempt(lambda: time.strftime("%Y", (2000, 1, 1, 25, 0, 0, 0, 1, 0)))
attempt(lambda: time.strftime("%Y", (2000, 1, 1, 0, 61, 0, 0, 1, 0)))
attempt(lambda: time.strftime("%Y", (2000, 1, 1, 0, 0, 62, 0, 1, 0)))
attempt(lambda: time.strftime("%Y", (2000, 1, 32, 0, 0, 0, 0, 1, 0)))
attempt(lambda: time.strftime("%Y", (2000, 1, 1, 0, 0, 0, 0, 367, 0)))
attempt(lambda: time.strftime("%Y", (2000, 1, 1, 0, 0, 0, -2, 1, 0)))
attempt(lambda: time.strftime("%Y", (2000, 1, 1, 0, 0, 0, 0, 1, -5)))
attempt(lambda: time.strftime(5))
attempt(lambda: time.strftime("%Y", 5))
attempt(lambda: time.strftime("%Y\0x", (2000, 1, 1, 0, 0, 0, 0, 1, 0)))
attempt(lambda: time.strftime("%Y", (2000.5, 1, 1, 0, 0, 0, 0, 1, 0)))
attempt(lambda: time.asctime((2000, 13, 1, 0, 0, 0, 0, 1, 0)))
attempt(lambda: time.asctime((2000, 1, 0, 0, 0, 0, 0, 1, 0)))
attempt(lambda: time.sleep(-1))
attempt(lambda: time.sleep("a"))
attempt(lambda: time.sleep(float("nan")))
attempt(lambda: time.get_clock_info("x"))
attempt(lambda: time.clock_gettime(999))
attempt(lambda: time.localtime(1, 2))
attempt(lambda: time.time(1))
attempt(lambda: time.ctime("x"))
