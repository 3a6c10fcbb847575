# contextvars across copied contexts and threads' own contexts, time
# formatting of fixed struct_times (strftime/strptime/asctime) and
# string.Formatter-free number formatting with locale in the C locale.
import contextvars
import threading
import time

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")


def handler(n):
    token = request_id.set(f"req-{n}")
    inner = contextvars.copy_context()
    request_id.set(f"changed-{n}")
    before = inner[request_id]
    request_id.reset(token)
    return before, request_id.get()


ctx = contextvars.Context()
print(ctx.run(handler, 1), request_id.get())
user.set("ann")
snapshot = contextvars.copy_context()
user.set("bob")
print(snapshot[user], user.get(), snapshot.get(request_id, "dflt"), len(snapshot), user in snapshot)
print(sorted(v.name for v in snapshot.keys()), snapshot.run(user.get))
try:
    contextvars.ContextVar("missing").get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__, e.args[0].name)
tok = user.set("carol")
print(tok.var is user, tok.old_value, repr(contextvars.Token.MISSING))
user.reset(tok)
try:
    user.reset(tok)
except RuntimeError as e:
    print("RuntimeError", str(e).split(" at 0x")[0], str(e).endswith("has already been used once"))
results = {}


def worker(name):
    results[name] = (user.get("unset"), request_id.get())
    user.set(name)
    results[name] += (user.get(),)


threads = [threading.Thread(target=worker, args=(f"t{i}",)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()), user.get())
ctx2 = contextvars.copy_context()
threading_result = []
t = threading.Thread(target=lambda: threading_result.append(ctx2.run(user.get)))
t.start()
t.join()
print(threading_result)
try:
    ctx2.run(lambda: ctx2.run(lambda: None))
except RuntimeError as e:
    print("RuntimeError", str(e).split(":")[0], str(e).endswith("is already entered"))

st = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %j %U %W %w", "%I:%M %p", "%y %C %e %G-W%V-%u", "%%|%n|%t|", "%D %T %R %F"]:
    print(repr(time.strftime(fmt, st)))
print(time.asctime(st), time.strptime("2021-07-04 12:30", "%Y-%m-%d %H:%M")[:6])
print(time.strptime("Mon Feb  5 10:00:00 2024")[:7], time.strptime("23 Mar 99", "%d %b %y").tm_yday)
print(time.gmtime(0)[:6], time.gmtime(86400 * 365.25 * 30)[:3], time.mktime(time.localtime(1_000_000)) == 1_000_000)
try:
    time.strptime("2021-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
try:
    time.strptime("10:00 extra", "%H:%M")
except ValueError as e:
    print("ValueError", e)
print(type(time.monotonic_ns()).__name__, time.get_clock_info("monotonic").monotonic, time.perf_counter() > 0)
