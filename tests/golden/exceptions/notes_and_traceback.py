# add_note/__notes__ and with_traceback/__traceback__.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as exc:
    print(exc)
print(e.__traceback__)
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
f = KeyError("k")
print(f.with_traceback(tb) is f, f.__traceback__ is tb)
print(f.with_traceback(None).__traceback__)
try:
    f.__traceback__ = 5
except TypeError as exc:
    print(exc)


def fails():
    raise RuntimeError("deep")


try:
    fails()
except RuntimeError as exc:
    n = 0
    t = exc.__traceback__
    while t is not None:
        n += 1
        t = t.tb_next
    print("frames", n)
