# Assigning frame.f_lineno from a trace function's 'line' event: jumps
# forwards and backwards, out of for loops, with blocks and except blocks
# (the exception handled before is restored), in generators.
import sys


def run(func, jump_from, jump_to):
    """Calls func(out) traced; the first time its line jump_from (relative to
    the def line) is reached, jumps to jump_to."""
    out = []
    done = []
    first = func.__code__.co_firstlineno

    def tracer(frame, event, arg):
        if frame.f_code is not func.__code__:
            return None if event == 'call' else tracer
        if event == 'line' and frame.f_lineno - first == jump_from and not done:
            done.append(1)
            try:
                frame.f_lineno = first + jump_to
                out.append(('at', frame.f_lineno - first))
            except ValueError as e:
                out.append(str(e))
        return tracer

    sys.settrace(tracer)
    try:
        r = func(out)
        if r is not None:
            out.append(('ret', r))
    except Exception as e:
        out.append(type(e).__name__)
    finally:
        sys.settrace(None)
    print(f"{func.__name__:18} {jump_from:2} -> {jump_to:2}: {out}")


def straight(out):
    out.append(1)
    out.append(2)
    out.append(3)
    return 'end'


def nested_for(out):
    for i in range(2):
        for j in range(2):
            out.append((i, j))
            out.append(4)
    out.append(5)


def while_loop(out):
    n = 0
    while n < 3:
        n += 1
        out.append(n)
    out.append('end')


def except_block(out):
    try:
        raise KeyError('a')
    except KeyError:
        out.append(repr(sys.exc_info()[1]))
        out.append(5)
    out.append(repr(sys.exc_info()[1]))


def nested_except(out):
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise ValueError('inner')
        except ValueError:
            out.append(repr(sys.exc_info()[1]))
            out.append(8)
        out.append(repr(sys.exc_info()[1]))
    out.append(repr(sys.exc_info()[1]))


def with_block(out):
    class CM:
        def __enter__(self): out.append('enter')
        def __exit__(self, *a): out.append('exit')
    with CM():
        out.append(5)
        out.append(6)
    out.append(7)


def try_else(out):
    try:
        out.append(2)
    except ValueError:
        out.append(4)
    else:
        out.append(6)
    out.append(7)


def try_finally(out):
    try:
        out.append(2)
    finally:
        out.append(4)
        out.append(5)
    out.append(6)


def if_else(out):
    if len(out) == 0:
        out.append(2)
    else:
        out.append(4)
    out.append(5)


def uses_generator(out):
    def g():
        yield 1
        yield 2
    for x in g():
        out.append(x)
        out.append('body')
    out.append(8)


def unbound_after_jump(out):
    out.append(1)
    x = 2
    out.append(x)


def multi_line_call(out):
    out.append(1)
    out.append(max(1,
                   2))
    out.append(4)


def skip_return(out):
    out.append(1)
    return 2
    out.append(3)


run(straight, 1, 3)
run(straight, 3, 1)
run(straight, 2, 4)
run(straight, 1, 0)
run(nested_for, 4, 5)
run(nested_for, 3, 1)
run(nested_for, 4, 2)
run(while_loop, 4, 1)
run(while_loop, 4, 2)
run(except_block, 4, 6)
run(nested_except, 7, 9)
run(nested_except, 7, 10)
run(nested_except, 8, 3)
run(with_block, 5, 7)
run(with_block, 6, 5)
run(try_else, 1, 6)
run(try_else, 2, 6)
run(try_finally, 4, 6)
run(try_finally, 1, 4)
run(if_else, 1, 4)
run(if_else, 2, 4)
run(uses_generator, 6, 7)
run(uses_generator, 6, 5)
run(uses_generator, 7, 5)
run(unbound_after_jump, 1, 3)
run(multi_line_call, 3, 4)
run(multi_line_call, 1, 4)
run(skip_return, 2, 3)


# A generator jumps between its own lines while suspended and resumed.
def trace_generator():
    out = []

    def g():
        out.append(1)
        yield 2
        out.append(3)
        yield 4
        out.append(5)
        yield 6
    first = g.__code__.co_firstlineno
    done = []

    def tracer(frame, event, arg):
        if frame.f_code is g.__code__ and event == 'line' and frame.f_lineno - first == 3 and not done:
            done.append(1)
            frame.f_lineno = first + 5
        return tracer
    sys.settrace(tracer)
    r = list(g())
    sys.settrace(None)
    print('generator', r, out)


trace_generator()


# Jumping backwards with a counter: a loop made by the trace function.
def count_loop():
    out = []

    def body():
        n = len(out)
        out.append(n)
        out.append('after')
    first = body.__code__.co_firstlineno

    def tracer(frame, event, arg):
        if frame.f_code is body.__code__ and event == 'line' and frame.f_lineno - first == 3 and len(out) < 6:
            frame.f_lineno = first + 1
        return tracer
    sys.settrace(tracer)
    body()
    sys.settrace(None)
    print('loop', out)


count_loop()
