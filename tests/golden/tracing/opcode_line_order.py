# With f_trace_opcodes, the order of line and opcode events (consecutive
# repeats collapsed, since the number of instructions per line is the
# bytecode's business): each line event comes before that line's opcode
# events; f_trace_lines off leaves opcode events alone; a generator
# resuming and an exception caught.
import sys


def collapse(events):
    out = []
    for e in events:
        if not out or out[-1] != e:
            out.append(e)
    return out


def run(func, *args, lines=True):
    events = []
    first = func.__code__.co_firstlineno

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != __file__ or frame.f_code.co_name in ("run", "collapse"):
            return None
        frame.f_trace_opcodes = True
        frame.f_trace_lines = lines
        # CPython's artificial instructions (a handler's entry) have no line:
        # their opcode events are left out, as Taipan's bytecode differs there.
        if frame.f_lineno is not None:
            events.append((event, frame.f_code.co_name, frame.f_lineno - first))
        return tracer

    sys.settrace(tracer)
    try:
        func(*args)
    finally:
        sys.settrace(None)
    print(func.__name__, "lines" if lines else "no lines")
    for e in collapse(events):
        print("  ", *e)


def simple(n):
    a = n + 1
    if a > 1:
        a = 0
    return a


def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


def gen():
    yield 1
    yield 2


def uses_gen():
    return [x for x in gen()]


def catches():
    try:
        {}["k"]
    except KeyError:
        return "caught"


run(simple, 1)
run(simple, 1, lines=False)
run(loop, 2)
run(uses_gen)
run(catches)
