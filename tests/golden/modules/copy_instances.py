# copy of class instances: __copy__/__deepcopy__, __reduce_ex__ and
# __reduce__, __getstate__/__setstate__, __slots__, list/dict subclasses.
import copy
import copyreg


class Plain:
    def __init__(self, x):
        self.x = x
        self.items = [x]

    def __repr__(self):
        return f"Plain({self.x}, {self.items})"


p = Plain(1)
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pc is p, pc.items is p.items, pd, pd.items is p.items)
r = p.__reduce_ex__(4)
print(r[0] is copyreg.__newobj__, r[1], r[2], r[3], r[4])
r0 = p.__reduce__()
print(r0[0] is copyreg._reconstructor, r0[1], r0[2])
print(object().__reduce_ex__(4)[1:], object().__reduce__()[1:])
e = Plain(2)
del e.x, e.items
print(e.__reduce_ex__(4)[2], e.__getstate__(), copy.copy(e).__dict__)


class Slotted:
    __slots__ = ("a", "__b", "c")

    def __init__(self):
        self.a = 1
        self.__b = [2]

    def show(self):
        return (self.a, self.__b, hasattr(self, "c"))


s = Slotted()
print(s.__getstate__(), copy.copy(s).show(), copy.deepcopy(s).show())
print(copyreg._slotnames(Slotted), Slotted.__slotnames__)


class Both(Slotted):
    def __init__(self):
        super().__init__()
        self.d = 4


b = Both()
print(b.__getstate__(), copy.deepcopy(b).show(), copy.deepcopy(b).d)


class Stateful:
    def __init__(self):
        self.v = [1]
        self.log = []

    def __getstate__(self):
        return {"v": self.v, "note": "saved"}

    def __setstate__(self, state):
        self.restored = state


st = copy.deepcopy(Stateful())
print(st.restored, st.__dict__.keys() == {"restored"})


class Custom:
    def __init__(self, n):
        self.n = n

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.n + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(self.n + 100)


print(copy.copy(Custom(1)).n, copy.deepcopy([Custom(1)])[0].n)


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        print("__reduce__ called")
        return (Reduced, (self.a, [self.b]))


rc = copy.deepcopy(Reduced(1, 2))
print(rc.a, rc.b, Reduced(1, 2).__reduce_ex__(4)[1])


class NewArgs(int):
    def __new__(cls, v, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


na = copy.copy(NewArgs(5, "t"))
print(type(na).__name__, na, na.tag)


class KwArgs:
    def __new__(cls, *, size):
        self = super().__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {"size": self.size}


ka = KwArgs(size=3)
print(ka.__reduce_ex__(4)[0] is copyreg.__newobj_ex__, ka.__reduce_ex__(4)[1][1:], copy.deepcopy(ka).size)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.attr = "x"
mlc = copy.deepcopy(ml)
print(type(mlc).__name__, mlc, mlc.attr, mlc[1] is ml[1], copy.copy(ml)[1] is ml[1])
md = MyDict(a=[1])
md.tag = 1
mdc = copy.deepcopy(md)
print(type(mdc).__name__, mdc, mdc.tag, mdc["a"] is md["a"])


class MySet(set):
    pass


ms = MySet({3})
ms.note = "n"
print(type(copy.copy(ms)).__name__, sorted(copy.deepcopy(ms)), copy.deepcopy(ms).note, MySet({1}).__reduce__()[1:])

copyreg.pickle(Plain, lambda obj: (Plain, (obj.x * 10,)))
print(copy.copy(Plain(3)), copy.deepcopy(Plain(4)))
del copyreg.dispatch_table[Plain]


class Global:
    def __reduce__(self):
        return "Global"


g = Global()
print(copy.copy(g) is g, copy.deepcopy(g) is g)


def gen():
    yield 1


for bad in [gen()]:
    try:
        copy.copy(bad)
    except TypeError as exc:
        print("TypeError", exc)
try:
    object().__reduce_ex__()
except TypeError as exc:
    print(exc)


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


try:
    copy.copy(NoReduce())
except copy.Error as exc:
    print("Error", exc)
try:
    copy.deepcopy(NoReduce())
except copy.Error as exc:
    print("Error", exc)


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


try:
    copy.copy(BadNewArgs())
except TypeError as exc:
    print(exc)
