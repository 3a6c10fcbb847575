# A trace or profile function that raises: the exception propagates into
# the traced code at that point, and the hook is switched off
# (sys.gettrace() is None afterwards); a local tracer raising on a line
# event; sys.gettrace() seen from inside the trace function.
import sys

seen = []


def raising_tracer(frame, event, arg):
    if frame.f_code.co_name != "victim":
        return None
    seen.append((event, frame.f_lineno, sys.gettrace() is raising_tracer))
    if event == "line" and frame.f_lineno == 20:
        raise ValueError("from tracer")
    return raising_tracer


def victim():
    a = 1
    b = 2
    return a + b


sys.settrace(raising_tracer)
try:
    victim()
except ValueError as e:
    print("caught:", e)
print("gettrace after:", sys.gettrace())
print(seen)


def raising_profiler(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "victim":
        raise KeyError("from profiler")


sys.setprofile(raising_profiler)
try:
    victim()
except KeyError as e:
    print("caught:", e)
print("getprofile after:", sys.getprofile())


def call_tracer(frame, event, arg):
    if frame.f_code.co_name == "victim" and event == "call":
        raise RuntimeError("at call")
    return None


sys.settrace(call_tracer)
try:
    victim()
except RuntimeError as e:
    print("caught:", e)
print("after call error:", sys.gettrace())
print(victim())
