import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0)
print(type(time.time_ns()).__name__, time.time_ns() > 10 ** 18, type(time.process_time()).__name__)
g = time.gmtime(0)
print(g)
print(g.tm_year, g[0], g.tm_wday, g.tm_yday, len(g), tuple(g))
print(time.gmtime(86400 * 365.25 * 30 + 3723))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1234567890)))
print(time.strftime("%a %b %d %j", time.gmtime(1000000000)))
print(time.asctime(time.gmtime(0)), time.asctime(time.gmtime(1234567890)))
print(isinstance(time.localtime(), time.struct_time), time.localtime().tm_year > 2000)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.sleep("x")
except TypeError as e:
    print(e)
