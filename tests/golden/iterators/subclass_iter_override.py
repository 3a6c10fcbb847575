# Subclasses of list, tuple, str and dict that override __iter__: which consumers honour it
# (list(), tuple(), sorted, unpacking, *args) and which read the items directly.
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
class MyList(list):
    def __iter__(self):
        print("MyList.__iter__")
        return iter([9, 9])
ml = MyList([1, 2])
show(lambda: list(ml))
show(lambda: tuple(ml))
show(lambda: [x for x in ml])
show(lambda: 1 in ml)
show(lambda: sorted(ml))
show(lambda: set(ml))
show(lambda: dict.fromkeys(ml))
show(lambda: "".join(map(str, ml)))
a, b = ml
show(lambda: (a, b))
show(lambda: [*ml])
show(lambda: list(reversed(ml)))
show(lambda: sum(ml))
show(lambda: max(ml))
x = []
x.extend(ml)
show(lambda: x)
show(lambda: ml + [3])
class MyStr(str):
    def __getitem__(self, i):
        return "X"
    def __iter__(self):
        return iter("it")
show(lambda: list(MyStr("ab")))
show(lambda: "".join(MyStr("ab")))
class MyDict(dict):
    def __iter__(self):
        return iter(["fake"])
md = MyDict(a=1)
show(lambda: list(md))
show(lambda: dict(md))
show(lambda: list(md.keys()))
show(lambda: {**md})
show(lambda: sorted(md))
class MyTuple(tuple):
    def __iter__(self):
        return iter("t")
mt = MyTuple((1, 2))
show(lambda: list(mt))
show(lambda: [*mt])
show(lambda: print(*mt))
def f(*args): return args
show(lambda: f(*mt))
show(lambda: f(*ml))
