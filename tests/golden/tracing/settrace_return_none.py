# A global trace function that returns None for some frames: those frames
# get no line or return events, the others do; f_trace set later on.
import sys


def quiet(n):
    a = n + 1
    return a


def loud(n):
    b = n * 2
    return quiet(b)


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name not in ("quiet", "loud"):
        return None
    print(event, name, frame.f_lineno)
    return tracer if name == "loud" else None


sys.settrace(tracer)
loud(3)
sys.settrace(None)
print("done")
