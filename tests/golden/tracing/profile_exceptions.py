# setprofile events when exceptions leave Python functions (return with
# None) and builtin functions (c_exception), caught further up.
from _events import profile


def fails():
    raise ValueError("bad")


def calls_builtin():
    return divmod(1, 0)


def top():
    results = []
    for f in (fails, calls_builtin):
        try:
            f()
        except (ValueError, ZeroDivisionError) as e:
            results.append(type(e).__name__)
    return results


profile(top)
