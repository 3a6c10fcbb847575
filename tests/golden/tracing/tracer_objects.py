# Tracers that are not plain functions: an object with __call__, a bound
# method (as bdb uses), functools.partial; a trace function writing a
# generator's locals through f_locals; the exception event's traceback
# argument; the return event's value when a generator finishes; a
# non-callable f_trace raising TypeError at the next event.
import functools
import sys


class CallableTracer:
    def __init__(self):
        self.events = []

    def __call__(self, frame, event, arg):
        if frame.f_code.co_name == "work":
            self.events.append(event)
            return self
        return None


class Debugger:
    def __init__(self):
        self.lines = []

    def dispatch(self, frame, event, arg):
        if frame.f_code.co_name != "work":
            return None
        if event == "line":
            self.lines.append(frame.f_lineno - work.__code__.co_firstlineno)
        return self.dispatch


def work(n):
    x = n * 2
    return x + 1


obj = CallableTracer()
sys.settrace(obj)
work(1)
sys.settrace(None)
print("callable object:", obj.events)

dbg = Debugger()
sys.settrace(dbg.dispatch)
work(2)
sys.settrace(None)
print("bound method:", dbg.lines)

seen = []


def tagged(tag, frame, event, arg):
    if frame.f_code.co_name == "work":
        seen.append((tag, event))
        return functools.partial(tagged, "local")
    return None


sys.settrace(functools.partial(tagged, "global"))
work(3)
sys.settrace(None)
print("partial:", seen)


def gen():
    value = 1
    yield value
    yield value
    return "gen done"


def gen_tracer(frame, event, arg):
    if frame.f_code.co_name != "gen":
        return None
    if event == "line" and frame.f_lineno == gen.__code__.co_firstlineno + 3:
        frame.f_locals["value"] = 50
    if event == "return":
        print("  gen return event arg:", repr(arg))
    return gen_tracer


sys.settrace(gen_tracer)
print("generator values:", list(gen()))
sys.settrace(None)


def exc_tracer(frame, event, arg):
    if frame.f_code.co_name != "raiser":
        return None
    if event == "exception":
        exc_type, exc, tb = arg
        print("  exception:", exc_type.__name__, exc, type(tb).__name__, tb.tb_frame is frame, tb.tb_next)
    return exc_tracer


def raiser():
    try:
        raise KeyError("k")
    except KeyError:
        return "handled"


sys.settrace(exc_tracer)
print(raiser())
sys.settrace(None)


def bad_local(frame, event, arg):
    if frame.f_code.co_name == "work":
        return 42
    return None


sys.settrace(bad_local)
try:
    work(4)
except TypeError as e:
    print("TypeError:", e)
print("after:", sys.gettrace())
sys.settrace(None)
