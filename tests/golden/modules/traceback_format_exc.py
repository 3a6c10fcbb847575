# traceback.format_exc / print_exc inside handlers: nested calls, caret
# markers under sub-expressions, and the output outside any handler.
import sys
import traceback


def divide(a, b):
    return a / b


def index(seq, i):
    return seq[i] + 1


def attr(obj):
    return obj.missing


def call_none():
    f = None
    return f(1, 2)


def outer():
    return divide(1, 0) + 2


for fn, args in [(divide, (1, 0)), (index, ([1, 2], 5)), (attr, (3,)), (call_none, ()), (outer, ())]:
    try:
        fn(*args)
    except Exception:
        print(traceback.format_exc(), end="")
        print("---")

try:
    index({"a": 1}, "b")
except KeyError:
    traceback.print_exc(file=sys.stdout)

print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)


def whole_line():
    raise RuntimeError("whole line")


try:
    whole_line()
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

try:
    int("x")
except ValueError:
    text = traceback.format_exc()
print(text.splitlines()[-1])
print(text.count("\n"), text.endswith("\n"))
