# Assigning f_lineno across block boundaries (cases after CPython's own
# jump tests): out of nested for loops, out of a while loop, out of a with
# block (its __exit__ not called), out of try and except blocks, from the
# else of a try into its body, backwards into a loop's header, out of a
# finally run normally, into an if's else, and refused jumps into a nested
# function's body or from an except into another handler.
import sys


def run(func, jump_from, jump_to):
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
                out.append(('jumped', jump_to))
            except ValueError as e:
                out.append(str(e))
        return tracer

    sys.settrace(tracer)
    try:
        r = func(out)
        if r is not None:
            out.append(('ret', r))
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
    finally:
        sys.settrace(None)
    print(f"{func.__name__:18} {jump_from:2} -> {jump_to:2}: {out}")


class Ctx:
    def __init__(self, out):
        self.out = out

    def __enter__(self):
        self.out.append("enter")

    def __exit__(self, *exc):
        self.out.append("exit")


def nested_loops(out):
    for i in range(2):
        for j in range(2):
            out.append((i, j))
            out.append("inner end")
    out.append("after")


def while_loop(out):
    n = 0
    while n < 3:
        n += 1
        out.append(n)
    out.append("done")


def with_block(out):
    with Ctx(out):
        out.append(2)
        out.append(3)
    out.append(4)


def try_block(out):
    try:
        out.append(2)
        out.append(3)
    except KeyError:
        out.append(5)
    out.append(6)


def except_block(out):
    try:
        raise KeyError("k")
    except KeyError:
        out.append(4)
        out.append(5)
    out.append(6)
    return sys.exc_info()[0]


def try_else(out):
    try:
        out.append(2)
    except KeyError:
        out.append(4)
    else:
        out.append(6)
    out.append(7)


def loop_header(out):
    total = 0
    for i in range(3):
        total += i
    out.append(total)
    return total


def finally_normal(out):
    try:
        out.append(2)
    finally:
        out.append(4)
        out.append(5)
    out.append(6)


def if_else(out, flag=True):
    if flag:
        out.append(2)
    else:
        out.append(4)
    out.append(5)


def into_nested(out):
    def inner():
        out.append(2)
    out.append(3)
    inner()


def handler_to_handler(out):
    try:
        raise KeyError
    except KeyError:
        out.append(4)
    except ValueError:
        out.append(6)
    out.append(7)


run(nested_loops, 3, 5)
run(nested_loops, 4, 6)
run(nested_loops, 5, 2)
run(while_loop, 4, 6)
run(while_loop, 5, 3)
run(with_block, 2, 4)
run(with_block, 3, 2)
run(try_block, 2, 6)
run(try_block, 3, 2)
run(except_block, 4, 6)
run(except_block, 5, 4)
run(try_else, 6, 2)
run(try_else, 2, 6)
run(loop_header, 4, 2)
run(loop_header, 5, 3)
run(finally_normal, 4, 6)
run(finally_normal, 2, 5)
run(if_else, 2, 4)
run(if_else, 5, 2)
run(into_nested, 3, 2)
run(handler_to_handler, 4, 6)
run(handler_to_handler, 4, 7)
