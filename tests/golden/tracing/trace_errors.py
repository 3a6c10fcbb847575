# A trace function that raises: the exception propagates from the traced
# code at that point and tracing is switched off (sys.gettrace() is None).
import sys


def bad_tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "victim":
        raise RuntimeError("tracer failed")
    return bad_tracer


def victim():
    a = 1
    return a


sys.settrace(bad_tracer)
try:
    victim()
except RuntimeError as e:
    print("caught", e)
print("gettrace after failure:", sys.gettrace())


def bad_profiler(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "victim":
        raise KeyError("profiler")


sys.setprofile(bad_profiler)
try:
    victim()
except KeyError as e:
    print("caught", repr(e))
print("getprofile after failure:", sys.getprofile())


def call_tracer(frame, event, arg):
    if event == "call":
        raise ValueError("at call")
    return call_tracer


sys.settrace(call_tracer)
try:
    victim()
except ValueError as e:
    print("caught", e)
print(sys.gettrace())
