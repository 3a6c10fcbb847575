# The trace function's return value: None at `call` turns a frame's line
# events off; another function becomes that frame's local tracer; the local
# tracer's result replaces it for later events; None from a local tracer
# keeps the current one; f_trace set by hand; settrace inside a function.
import sys

log = []


def quiet(frame, event, arg):
    log.append(("quiet", event, frame.f_code.co_name))
    return None


def local_b(frame, event, arg):
    log.append(("b", event, frame.f_lineno))
    return None  # keeps local_b


def local_a(frame, event, arg):
    log.append(("a", event, frame.f_lineno))
    return local_b  # replaces local_a for this frame


def global_tracer(frame, event, arg):
    if frame.f_code.co_name == "skipped":
        return None
    log.append(("global", event, frame.f_code.co_name))
    return local_a


def skipped():
    x = 1
    return x


def traced():
    a = 1
    b = 2
    skipped()
    return a + b


sys.settrace(global_tracer)
traced()
sys.settrace(None)
for entry in log:
    print(entry)

log.clear()
print("f_trace set by hand")


def hand():
    frame = sys._getframe()
    frame.f_trace = local_b
    sys.settrace(quiet)
    y = 1
    z = 2
    sys.settrace(None)
    return y + z


hand()
for entry in log:
    print(entry)
print(sys.gettrace())

log.clear()
print("f_trace_lines off")


def lines_off_tracer(frame, event, arg):
    frame.f_trace_lines = False
    log.append((event, frame.f_code.co_name))
    return lines_off_tracer


def few():
    a = 1
    return a


sys.settrace(lines_off_tracer)
few()
sys.settrace(None)
print(log)
