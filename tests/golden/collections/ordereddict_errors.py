# OrderedDict: argument errors, missing keys and mutation during iteration.
from collections import OrderedDict as OD

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

od = OD(a=1, b=2)
attempt("init 2 args", lambda: OD(1, 2))
attempt("init non-iterable", lambda: OD(5))
attempt("init bad pair 1", lambda: OD([(1,)]))
attempt("init bad pair 0", lambda: OD([()]))
attempt("init bad pair 3", lambda: OD([(1, 2, 3)]))
attempt("init int pair", lambda: OD([1]))
attempt("init str pair", lambda: OD(["ab"]))
attempt("init keywords", lambda: OD(self=1, other=2))
attempt("update 2 args", lambda: od.update(1, 2))
attempt("update int", lambda: od.update(5))
attempt("move_to_end none", lambda: od.move_to_end())
attempt("move_to_end missing", lambda: od.move_to_end("zz"))
attempt("move_to_end empty", lambda: OD().move_to_end("zz", last=False))
attempt("move_to_end extra", lambda: od.move_to_end("a", True, 3))
attempt("popitem 2", lambda: od.popitem(1, 2))
attempt("popitem empty", lambda: OD().popitem())
attempt("popitem empty first", lambda: OD().popitem(last=False))
attempt("pop none", lambda: od.pop())
attempt("pop missing", lambda: od.pop("zz"))
attempt("pop bad kw", lambda: od.pop("a", dflt=1))
attempt("setdefault none", lambda: od.setdefault())
attempt("del missing", lambda: od.__delitem__("zz"))
attempt("getitem missing", lambda: od["zz"])
attempt("unhashable set", lambda: od.__setitem__([], 1))
attempt("unhashable pop", lambda: od.pop([]))
attempt("unhashable move", lambda: od.move_to_end([]))
attempt("fromkeys int", lambda: OD.fromkeys(5))
attempt("fromkeys none", lambda: OD.fromkeys())
attempt("ordering", lambda: OD() < OD())
attempt("ordering dict", lambda: OD() >= {})
attempt("or int", lambda: OD(a=1) | 5)
attempt("ror int", lambda: 5 | OD(a=1))
def ior():
    o = OD(a=1)
    o |= 5
attempt("ior int", ior)
attempt("hash", lambda: hash(OD()))
attempt("keys args", lambda: od.keys(1))
attempt("copy args", lambda: od.copy(1))
attempt("clear args", lambda: od.clear(1))

for op in ['od["c"] = 3', 'del od["a"]', 'od.move_to_end("a")', 'od.move_to_end("b")',
           'od["a"] = 5', 'od.pop("a")', 'od.popitem()', 'od.clear()', 'od.setdefault("a")',
           'od.setdefault("q")', 'od.update(a=0)']:
    for view in ["od", "od.keys()", "od.values()", "od.items()", "reversed(od)"]:
        od = OD(a=1, b=2)
        seen = []
        try:
            for item in eval(view):
                seen.append(item)
                exec(op)
            print(op, view, "ok", seen, od)
        except RuntimeError as e:
            print(op, view, "RuntimeError", e, seen)

# The error sticks, or ends the iterator, as in CPython.
od = OD(a=1, b=2, c=3)
it = iter(od)
next(it)
od["d"] = 4
attempt("mutated", lambda: next(it))
attempt("after mutated", lambda: next(it))
od = OD(a=1, b=2, c=3)
it = iter(od)
next(it)
od.clear()
attempt("cleared", lambda: next(it))
attempt("after cleared", lambda: next(it))

class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError("eq failed")
attempt("eq raising", lambda: OD([(BadEq(), 1)]) == OD([(BadEq(), 1)]))
x, y = BadEq(), BadEq()
attempt("eq raising in keys", lambda: OD([(x, 1), (y, 2)]) == OD([(y, 2), (x, 1)]))
