# Class instances: __dict__ state, __slots__, __getstate__/__setstate__,
# __getnewargs__ and __getnewargs_ex__, old-style __reduce__ tuples.
import pickle

class Plain:
    def __init__(self):
        self.a, self.b = 1, 'two'

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1

class Both:
    __slots__ = ('s', '__dict__')
    def __init__(self):
        self.s, self.d = 's', 'd'

class State:
    def __init__(self, v):
        self.v = v
    def __getstate__(self):
        return {'v': self.v * 2}
    def __setstate__(self, state):
        self.v = state['v'] + 1

class NewArgs(int):
    def __new__(cls, v, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self
    def __getnewargs__(self):
        return (int(self), self.tag)

class NewArgsEx:
    def __new__(cls, *args, **kw):
        self = super().__new__(cls)
        self.args, self.kw = args, kw
        return self
    def __getnewargs_ex__(self):
        return self.args, self.kw

class FalsyState:
    def __getstate__(self):
        return None

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(Plain(), proto))
    s = pickle.loads(pickle.dumps(Slotted(), proto)) if proto >= 2 else None
    b = pickle.loads(pickle.dumps(Both(), proto)) if proto >= 2 else None
    st = pickle.loads(pickle.dumps(State(5), proto))
    na = pickle.loads(pickle.dumps(NewArgs(7, 'seven'), proto))
    print(proto, p.__dict__, s and (s.x, hasattr(s, 'y')), b and (b.s, b.d), st.v, na, getattr(na, 'tag', None))
    if proto >= 2:
        ex = pickle.loads(pickle.dumps(NewArgsEx(1, 2, k=3), proto))
        print(' ', ex.args, ex.kw, type(pickle.loads(pickle.dumps(FalsyState(), proto))).__name__)
for proto in (0, 1):
    try:
        pickle.dumps(Slotted(), proto)
    except TypeError as e:
        print(proto, type(e).__name__, e)
print(pickle.dumps(Plain(), 2))
print(pickle.dumps(NewArgsEx(1, k=2), 2))
print(pickle.dumps(NewArgsEx(1, k=2), 4))
