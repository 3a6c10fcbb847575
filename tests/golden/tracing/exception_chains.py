# settrace events when an exception propagates through several frames,
# is re-raised with `raise ... from`, and caught at the top.
from _events import trace


def level3():
    raise ValueError("deep")


def level2():
    try:
        level3()
    except ValueError as e:
        raise RuntimeError("wrapped") from e


def level1():
    level2()


def top():
    try:
        level1()
    except RuntimeError as e:
        return f"{e} <- {e.__cause__}"


trace(top)
