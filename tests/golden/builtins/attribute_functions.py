# getattr, setattr, delattr, hasattr, vars, dir.
class C:
    cls_attr = 1

    def __init__(self):
        self.x = 10

    @property
    def broken(self):
        raise AttributeError("from property")


c = C()
print(getattr(c, "x"), getattr(c, "missing", "default"), hasattr(c, "x"), hasattr(c, "nope"))
print(hasattr(c, "broken"), getattr(c, "broken", "fallback"))
setattr(c, "y", 20)
print(c.y, vars(c))
delattr(c, "y")
print(hasattr(c, "y"), sorted(vars(c)))
print([n for n in dir(c) if not n.startswith("__")])
print("cls_attr" in dir(C), "x" in dir(c), dir(c) == sorted(dir(c)))
for bad in ["getattr(c, 1)", "setattr(c, 2, 3)", "delattr(c, 'nope')", "getattr(c, 'nope')", "vars(1)",
            "hasattr(c, 1)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)


def f():
    a = 1
    b = 2
    return sorted(dir()), sorted(vars())


print(f())


class WithDir:
    def __dir__(self):
        return ["zeta", "alpha"]


print(dir(WithDir()))
