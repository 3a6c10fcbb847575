# A trace function that deletes and adds f_locals keys: a deleted key
# unbinds the local (3.11 writes the whole dict back), an added key that
# is not a local is ignored; changes made outside a trace function are not
# written back.
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_name != "target" or event != "line":
        return tracer
    if frame.f_lineno == 21:
        frame.f_locals.pop("a")
        frame.f_locals["extra"] = 5
        frame.f_locals["b"] = "changed"
    return tracer


def target():
    a = 1
    b = 2
    c = 3  # line 21: a is deleted, b changed before this runs
    print("b =", b, "c =", c)
    print("extra" in dir())
    try:
        print(a)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


sys.settrace(tracer)
target()
sys.settrace(None)


def untraced():
    x = 1
    sys._getframe().f_locals["x"] = 99
    return x


print("untraced:", untraced())


def args_too(p, *rest, key=None, **kw):
    frame = sys._getframe()
    return sorted((k, v) for k, v in frame.f_locals.items() if k != "frame")


print(args_too(1, 2, 3, key="k", other=4))


def same_dict():
    a = 1
    d = locals()
    d["added"] = 2
    b = 3
    e = locals()
    return d is e, d is sys._getframe().f_locals, sorted(e)


print(same_dict())
