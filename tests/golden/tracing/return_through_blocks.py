# Line events when return, break and continue leave with blocks and
# try/finally blocks (the with's exit and the finally body), nested, and
# a return value replaced by a return in finally.
from _events import trace


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def return_in_with():
    with Ctx():
        return 1


def return_in_nested():
    try:
        with Ctx():
            try:
                return "inner"
            finally:
                x = 1
    finally:
        y = 2


def break_continue():
    out = []
    for i in range(4):
        with Ctx():
            if i == 1:
                continue
            try:
                if i == 3:
                    break
            finally:
                out.append(i)
    return out


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"  # noqa: B012


def while_else(n):
    while n > 0:
        n -= 1
        if n == 10:
            break
    else:
        n = -1
    return n


trace(return_in_with)
trace(return_in_nested)
trace(break_continue)
trace(finally_overrides)
trace(while_else, 2)
