# Generators as methods, classmethods, staticmethods and properties; argument binding at call
# time; closures and nonlocal/global state shared with generators.
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
# generators as methods, staticmethods, classmethods, properties
class Tree:
    def __init__(self, *kids, name="n"):
        self.kids = kids
        self.name = name
    def __iter__(self):
        yield self.name
        for k in self.kids:
            yield from k
    @classmethod
    def names(cls, *trees):
        for t in trees:
            yield from t
    @staticmethod
    def count_up(n):
        yield from range(n)
    @property
    def leaves(self):
        return (k.name for k in self.kids if not k.kids)
t = Tree(Tree(name="a"), Tree(Tree(name="c"), name="b"), name="root")
show(lambda: list(t))
show(lambda: list(Tree.names(t, Tree(name="x"))))
show(lambda: list(Tree.count_up(3)))
show(lambda: list(t.leaves))
show(lambda: Tree.names.__qualname__)
show(lambda: t.__iter__().__qualname__)
show(lambda: Tree.count_up(1).__qualname__)
# generator with default args and *args/**kwargs evaluated at call time
def params(a, b=[], *rest, key=None, **kw):
    b.append(a)
    yield (a, b, rest, key, sorted(kw))
show(lambda: next(params(1)))
show(lambda: next(params(2)))
show(lambda: next(params(3, [], 4, 5, key="k", z=1, y=2)))
show(lambda: params())
show(lambda: params(1, 2, 3, nope=1).gi_frame.f_locals["kw"])
# closures capturing loop var in generator
def make():
    gens = []
    for i in range(3):
        def g():
            yield i
        gens.append(g())
    return gens
show(lambda: [next(g) for g in make()])
def make2():
    return [(lambda j: (x for x in [j]))(i) for i in range(3)]
show(lambda: [next(g) for g in make2()])
# nonlocal updated by generator
def counter():
    n = 0
    def bump():
        nonlocal n
        while True:
            n += 1
            yield n
    b = bump()
    next(b); next(b)
    return n
show(counter)
# global in generator
total = 0
def adder():
    global total
    while True:
        total += yield
a = adder(); next(a); a.send(5); a.send(7)
show(lambda: total)
