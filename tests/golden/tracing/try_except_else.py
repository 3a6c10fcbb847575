# settrace events for try/except/else: the else branch, several except
# clauses, a tuple of exception types, a bare re-raise caught outside.
from _events import trace


def convert(text):
    try:
        value = int(text)
    except (TypeError, ValueError) as e:
        value = -1
    except Exception:
        value = -2
    else:
        value *= 10
    return value


def reraise():
    try:
        try:
            {}["k"]
        except KeyError:
            raise
    except LookupError as e:
        return type(e).__name__


trace(convert, "4")
trace(convert, "x")
trace(convert, None)
trace(reraise)
