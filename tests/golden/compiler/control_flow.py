# return/break/continue through finally and with, exception handling layouts.
class Manager:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.name == "swallow"


def return_through_finally():
    log = []
    try:
        try:
            return "from try"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
        print(log)


print(return_through_finally())


def finally_overrides():
    try:
        return 1
    finally:
        return 2


print(finally_overrides())


def break_continue():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    else:
        out.append("no else")
    return out


print(break_continue())


def with_return():
    log = []
    with Manager("a", log), Manager("b", log):
        log.append("body")
        return log


print(with_return())


def with_swallow():
    log = []
    with Manager("swallow", log):
        raise ValueError("hidden")
    log.append("after")
    return log


print(with_swallow())


def with_propagate():
    log = []
    try:
        with Manager("keep", log):
            raise KeyError("k")
    except KeyError as e:
        log.append("caught " + repr(e))
    return log


print(with_propagate())


def loop_in_with():
    log = []
    for i in range(3):
        with Manager(str(i), log):
            if i == 1:
                continue
            if i == 2:
                break
    return log


print(loop_in_with())


def exception_name_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        err
    except NameError as e:
        return str(e)


print(exception_name_cleared())


def nested_handlers():
    try:
        try:
            raise TypeError("inner")
        except TypeError:
            raise ValueError("outer")
    except ValueError as e:
        return f"{e!r} context={e.__context__!r}"


print(nested_handlers())


def except_star():
    out = []
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as eg:
        out.append(("values", [str(e) for e in eg.exceptions]))
    except* TypeError as eg:
        out.append(("types", [str(e) for e in eg.exceptions]))
    return out


print(except_star())


def while_else(n):
    while n > 0:
        n -= 1
        if n == 10:
            break
    else:
        return "exhausted"
    return "broke"


print(while_else(3), while_else(20))


def try_else():
    log = []
    try:
        log.append("try")
    except Exception:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(try_else())
x = 5
assert x == 5, "not five"
try:
    assert x == 6, f"x is {x}"
except AssertionError as e:
    print("AssertionError", e)
