def f():
    raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError("k")])])
e = ValueError("v")
e.add_note("a note")
try:
    f()
finally:
    pass
