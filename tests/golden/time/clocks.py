# Clocks: types, monotonicity, _ns forms, get_clock_info, clock_gettime and CLOCK_* constants.
import time

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    f = getattr(time, name)
    ns = getattr(time, name + "_ns")
    a, b = f(), ns()
    print(name, type(a).__name__, type(b).__name__, f() >= a or name == "time", ns() >= b or name == "time")
    info = time.get_clock_info(name)
    print(" ", info.implementation, info.monotonic, info.adjustable, info.resolution)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
print(time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI, time._STRUCT_TM_ITEMS)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__)
print(time.clock_getres(time.CLOCK_MONOTONIC))
start = time.monotonic()
time.sleep(0.05)
elapsed = time.monotonic() - start
print(0.04 < elapsed < 1.0)
time.sleep(0)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)
print(abs(time.perf_counter() - time.perf_counter_ns() / 1e9) < 1.0)
