# Which part of a statement the carets mark when a test fails: assert on
# comparisons (the comparison) or other expressions (the whole statement),
# failing truth tests in if/while, and the uncaught case printed natively.
import traceback


class Falsy:
    def __bool__(self):
        raise ValueError("no truth")

    def __eq__(self, other):
        return Falsy()


def show(fn):
    try:
        fn()
    except Exception:
        print("".join(traceback.format_exc().splitlines(True)[3:]), end="")


def assert_compare():
    x = 1
    assert x == 2


def assert_message():
    x = 1
    assert x is None, "x " + "is set"


def assert_not():
    assert not 1 < 2


def assert_chain():
    assert 1 < 2 < 0


def assert_plain():
    value = []
    assert value


def assert_call():
    assert len([]), "empty"


def if_bool():
    if Falsy():
        pass


def if_compare():
    if Falsy() == 1:
        pass


def while_bool():
    while Falsy():
        pass


def comprehension_if():
    return [x for x in range(3) if Falsy()]


def ternary_bool():
    return 1 if Falsy() else 2


for fn in (assert_compare, assert_message, assert_not, assert_chain, assert_plain, assert_call,
           if_bool, if_compare, while_bool, comprehension_if, ternary_bool):
    show(fn)

assert_message()
