# Reprs of sets, frozensets and subclasses; recursion through an object.
print(set(), frozenset(), {1}, frozenset({1}), {(1, 2)}, {None}, {1.5, 2.5})
class S(set):
    pass
print(S(), S([1, 2]), frozenset({frozenset({1})}))
class Holder:
    def __init__(self): self.s = None
    def __repr__(self): return "Holder(" + repr(self.s) + ")"
    __hash__ = object.__hash__
h = Holder()
h.s = {h}
print(h.s)
class MySet(set):
    def __repr__(self): return "MySet!"
print(MySet([1]), [MySet()], str({1, 2}))
print({True, False, None}, {0, False}, {1, True})
