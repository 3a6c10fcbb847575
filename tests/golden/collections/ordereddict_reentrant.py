# OrderedDict with keys whose __eq__/__hash__ run Python code that changes
# the OrderedDict: errors or consistent results, never a crash.
from collections import OrderedDict

class Meddler:
    def __init__(self, name, od=None, action=None):
        self.name = name
        self.od = od
        self.action = action
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if self.action and self.od is not None:
            action, self.action = self.action, None
            action(self.od)
        return self is other
    def __repr__(self):
        return self.name

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

od = OrderedDict()
a = Meddler("a")
od[a] = 1
b = Meddler("b", od, lambda d: d.clear())
attempt("set during clear", lambda: od.__setitem__(b, 2))
print(list(od), len(od))
od = OrderedDict()
od[Meddler("a")] = 1
c = Meddler("c", od, lambda d: d.__setitem__("x", 9))
attempt("set adds", lambda: od.__setitem__(c, 3))
print(list(od))
od = OrderedDict()
first = Meddler("first")
od[first] = 1
od["s"] = 2
d = Meddler("d", od, lambda d_: d_.popitem(last=False))
attempt("pop during lookup", lambda: od.pop(d, "absent"))
print(list(od))
od = OrderedDict()
od[Meddler("k")] = 1
e = Meddler("e", od, lambda d_: d_.move_to_end("zz") if "zz" in d_ else None)
attempt("move_to_end", lambda: od.move_to_end(e))
od = OrderedDict.fromkeys([1, 2, 3])
class Evil:
    def __eq__(self, other):
        od.clear()
        return False
    def __hash__(self):
        return 1
attempt("contains clears", lambda: Evil() in od)
print(od)
x = OrderedDict.fromkeys("abc")
y = OrderedDict.fromkeys("abc")
class Mutator(str):
    def __eq__(self, other):
        x.move_to_end("a")
        return str.__eq__(self, other)
    __hash__ = str.__hash__
z = OrderedDict([(Mutator("q"), 1)])
w = OrderedDict([("q", 1)])
attempt("compare mutating", lambda: z == w)
attempt("iteration", lambda: [k for k in x])
