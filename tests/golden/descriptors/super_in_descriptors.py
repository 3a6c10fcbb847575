class Base:
    @property
    def name(self): return "base"
    def __getattr__(self, n): return f"Base.__getattr__({n})"
class Mid(Base):
    @property
    def name(self): return "mid+" + super().name
class Leaf(Mid):
    @property
    def name(self): return "leaf+" + super().name
    def missing(self):
        try:
            return super().something
        except AttributeError as e:
            return str(e)
print(Leaf().name, Leaf().missing(), Leaf().other)
class A:
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get("tag", "none")
        super().__init_subclass__()
class B(A, tag="b"): pass
class C(B): pass
print(B.tag, C.tag)
class WithNew:
    def __new__(cls, *args, **kw):
        inst = super().__new__(cls)
        inst.args = args
        return inst
    def __init__(self, *args, **kw):
        super().__init__()
print(WithNew(1, 2, k=3).args)
