class A:
    x = 1
    def f(self): pass
class B(A):
    y = 2
b = B()
print(hasattr(b, "x"), hasattr(b, "y"), hasattr(b, "z"), getattr(b, "x"), getattr(B, "f") is A.f)
print(sorted(n for n in dir(B) if not n.startswith("_")))
print(vars(B).get("y"), "x" in vars(B), "x" in vars(A))
print(B.__subclasses__(), [c.__name__ for c in A.__subclasses__()])
print(type.__instancecheck__(A, b), type.__subclasscheck__(A, B), A.__instancecheck__(b))
print(callable(getattr(b, "f")), b.f.__name__, b.f.__qualname__)
setattr(B, "z", 3)
print(b.z, B.__dict__["z"])
delattr(B, "z")
print(hasattr(b, "z"))
print(isinstance(b, (str, (int, A))), issubclass(B, (str, A)), issubclass(bool, int))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(e)
print(isinstance(1, int | str), issubclass(bool, int | None))
class Meta(type):
    def __instancecheck__(cls, obj): return obj == "magic"
    def __subclasscheck__(cls, sub): return sub is int
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic))
