# f_locals seen by a trace function, and written back after it returns
# (3.11: the trace function may change a function's local variables).
import sys


def changer(frame, event, arg):
    if frame.f_code.co_name != "target":
        return None
    if event == "line" and frame.f_lineno == 19:
        print("before", sorted(frame.f_locals.items()))
        frame.f_locals["x"] = 100
    return changer


def target():
    x = 1
    y = [x]
    x = x + 1  # line 19: x is changed to 100 just before this runs
    return x, y


sys.settrace(changer)
print(target())
sys.settrace(None)


def snapshot():
    a = 1
    f = sys._getframe()
    d1 = f.f_locals
    b = 2
    d2 = f.f_locals
    return d1 is d2, sorted(d2)


print(snapshot())


def cells():
    v = 1

    def inner():
        return v
    frame = sys._getframe()
    return sorted(frame.f_locals), inner()


print(cells())
