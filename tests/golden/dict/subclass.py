# dict subclasses: __setitem__ overrides are not used by update() or the
# constructor; keys()/items() still work; repr is the dict one.
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
u.update(b=2)
print(u, type(u).__name__)
u2 = Upper(c=3)
print(u2)
class Ordered(dict):
    def keys(self):
        return sorted(super().keys())
o = Ordered({"b": 1, "a": 2})
print(list(o), o.keys(), dict(o), {**o})
class WithAttr(dict):
    pass
w = WithAttr(x=1)
w.attr = "hello"
print(w, w.attr, isinstance(w, dict), w == {"x": 1})
print(WithAttr.fromkeys("ab", 0), type(WithAttr.fromkeys("ab")).__name__)
class Init(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self["init"] = True
print(Init(a=1), Init([(1, 2)]), Init(Init()))
