class R:
    def __radd__(self, o): return "radd " + repr(o)
    def __rmul__(self, o): return "rmul " + repr(o)
print("a" + R(), "a" * R(), b"a" + R(), b"a" * R(), bytearray(b"a") + R())
class N:
    pass
for f in (lambda: "a" + N(), lambda: "a" * N(), lambda: N() + "a", lambda: N() * "a", lambda: b"a" + N(), lambda: N() * b"a",
          lambda: b"a" * N(), lambda: "a" % N(), lambda: N() % "a"):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Sub(str):
    def __radd__(self, o): return "subradd"
    def __add__(self, o): return "subadd"
print("a" + Sub("b"), Sub("b") + "a", Sub("x") + Sub("y"))
