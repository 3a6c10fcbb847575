# Assigning frame.f_lineno where CPython refuses: the ValueError messages
# for a value that is not an int, an event other than 'line', a frame that
# is not traced, lines outside the code, and jumps into a for loop's body,
# an except block or a with block, or out of a finally run by an exception.
import sys


def attempt(frame, value):
    try:
        frame.f_lineno = value
        return 'jumped'
    except (ValueError, AttributeError) as e:
        return f'{type(e).__name__}: {e}'


# Outside any trace function.
here = sys._getframe()
for value in ['3', 3.0, True, 2 ** 70, here.f_lineno]:
    print('untraced', repr(value), '->', attempt(here, value))
try:
    del here.f_lineno
except AttributeError as e:
    print('del:', e)


def run(func, jump_from, jump_to, event='line', opcodes=False):
    out = []
    done = []
    first = func.__code__.co_firstlineno

    def tracer(frame, ev, arg):
        if frame.f_code is not func.__code__:
            return None if ev == 'call' else tracer
        frame.f_trace_opcodes = opcodes
        if ev == event and frame.f_lineno - first == jump_from and not done:
            done.append(1)
            out.append(attempt(frame, first + jump_to if isinstance(jump_to, int) else jump_to))
        return tracer

    sys.settrace(tracer)
    try:
        func(out)
    except Exception as e:
        out.append(type(e).__name__)
    finally:
        sys.settrace(None)
    print(f"{func.__name__:16} {event:9} {jump_from:2} -> {jump_to!s:>5}: {out}")


def simple(out):
    out.append(1)
    out.append(2)
    return 3


def loop(out):
    out.append(1)
    for i in range(2):
        out.append(3)
    out.append(4)


def handler(out):
    try:
        out.append(2)
    except ValueError:
        out.append(4)
    out.append(5)


def with_stmt(out):
    out.append(1)
    with open(__file__):
        out.append(3)
    out.append(4)


def finally_reraise(out):
    try:
        raise KeyError
    finally:
        out.append(4)
        out.append(5)
    out.append(6)


run(simple, 1, 2.5)
run(simple, 1, 'two')
run(simple, 1, -10)
run(simple, 1, 1000)
run(simple, 0, 2, 'call')
run(simple, 3, 1, 'return')
run(simple, 1, 2, 'opcode', opcodes=True)
run(loop, 1, 3)
run(loop, 4, 3)
run(handler, 1, 4)
run(handler, 5, 4)
run(with_stmt, 1, 3)
run(with_stmt, 4, 3)
run(finally_reraise, 4, 6)
run(finally_reraise, 2, 4, 'exception')


# A frame other than the traced one, in a 'line' event of its callee.
def callee():
    return 1


def caller():
    callee()
    return 2


def tracer(frame, event, arg):
    if event == 'line' and frame.f_code is callee.__code__:
        print('caller frame:', attempt(frame.f_back, 1))
    return tracer


sys.settrace(tracer)
caller()
sys.settrace(None)


# A trace function returned for 'call' but the frame's f_trace cleared.
def untraced_frame(frame, event, arg):
    if event == 'line' and frame.f_code is simple.__code__:
        frame.f_trace = None
        print('no f_trace:', attempt(frame, frame.f_lineno))
        return None
    return untraced_frame


sys.settrace(untraced_frame)
simple([])
sys.settrace(None)
