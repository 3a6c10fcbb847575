# settrace events for exceptions raised and caught inside loops, break
# out of try/finally, continue in except.
from _events import trace


def loop_errors(items):
    out = []
    for x in items:
        try:
            out.append(10 // x)
        except ZeroDivisionError:
            out.append(None)
            continue
        finally:
            out.append("f")
        if x == 5:
            break
    return out


def while_try(n):
    while True:
        try:
            if n == 0:
                raise StopIteration
            n -= 1
        except StopIteration:
            break
    return n


trace(loop_errors, [1, 0, 5, 7])
trace(while_try, 2)
