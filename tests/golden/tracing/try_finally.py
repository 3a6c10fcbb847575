# settrace events for try/finally: the finally body on normal exit, on
# return from inside the try, on an exception passing through, and nested.
from _events import trace


def normal():
    x = 1
    try:
        x += 1
    finally:
        x += 10
    return x


def return_inside():
    try:
        return "from try"
    finally:
        print("  (finally runs)")


def passing_through():
    try:
        try:
            raise KeyError("k")
        finally:
            y = 2
    except KeyError:
        return y


def nested_finally():
    out = []
    try:
        try:
            out.append(1)
        finally:
            out.append(2)
    finally:
        out.append(3)
    return out


trace(normal)
trace(return_inside)
trace(passing_through)
trace(nested_finally)
