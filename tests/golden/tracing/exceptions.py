# settrace events for exceptions: raised and caught, propagated through
# frames (exception events in each, return None when leaving), finally,
# else, re-raise, exceptions from builtins.
from _events import trace


def raiser(kind):
    if kind:
        raise kind("bad")
    return "ok"


def catch_here():
    try:
        raiser(ValueError)
    except ValueError as e:
        msg = str(e)
    else:
        msg = "no"
    finally:
        done = True
    return msg


def catch_else():
    try:
        x = raiser(None)
    except KeyError:
        x = "key"
    else:
        x = x + "!"
    return x


def propagate():
    raiser(TypeError)
    return "never"


def outer():
    try:
        propagate()
    except TypeError:
        return "caught outer"


def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise


def chain():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e


def finally_return():
    try:
        return "body"
    finally:
        x = 1


def nested_handlers():
    try:
        try:
            int("x")
        except TypeError:
            pass
    except ValueError:
        r = "value"
    return r


def bare_except():
    try:
        [][1]
    except:
        r = 1
    return r


trace(catch_here)
trace(catch_else)
trace(outer)
trace(reraise)
trace(chain)
trace(finally_return)
trace(nested_handlers)
trace(bare_except)
