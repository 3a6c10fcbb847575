# __enter__/__exit__ as property, staticmethod, classmethod; slotted managers; non-callable or wrong-arity __exit__.
import sys, io
class Weird:
    @property
    def __enter__(self):
        print("property accessed")
        return lambda: "from property"
    def __exit__(self, *a):
        return False
with Weird() as w:
    print(w)
class StaticEnter:
    @staticmethod
    def __enter__():
        return "static"
    @classmethod
    def __exit__(cls, *a):
        print("classmethod exit", cls.__name__, len(a))
with StaticEnter() as s:
    print(s)
class Slots:
    __slots__ = ("log",)
    def __init__(self): self.log = []
    def __enter__(self): self.log.append("in"); return self
    def __exit__(self, *a): self.log.append("out")
sl = Slots()
with sl:
    pass
print(sl.log)
class NotCallableExit:
    def __enter__(self): return self
    __exit__ = 5
try:
    with NotCallableExit():
        print("body runs")
except TypeError as e:
    print("TypeError:", e)
class ExitWrongArity:
    def __enter__(self): return self
    def __exit__(self): pass
try:
    with ExitWrongArity():
        print("body runs")
except TypeError as e:
    print("TypeError:", e)
