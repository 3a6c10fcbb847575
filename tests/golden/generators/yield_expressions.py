# yield as an expression in many positions, and its syntax errors.
def positions():
    x = yield 1
    print("x =", x)
    y = (yield 2) + 10
    print("y =", y)
    z = [(yield 3), (yield 4)]
    print("z =", z)
    print("call arg:", (yield 5))
    d = {"k": (yield 6)}
    print("d =", d)
    yield

g = positions()
values = [next(g)]
for sent in ["a", 5, "p", "q", "arg", "dv"]:
    values.append(g.send(sent))
print(values)

lam = lambda: (yield "from lambda")
lg = lam()
print(type(lg).__name__, next(lg), lg.__name__)

def yield_none():
    yield
    x = yield
    print("received", x)

print(list(yield_none()))

def tuple_yield():
    yield 1, 2
    yield (3,)

print(list(tuple_yield()))

for src in ["yield 1", "[(yield) for x in y]", "def f(): return [(yield x) for x in y]",
            "class C: yield 1", "def f(): x = yield from", "lambda: (yield from)",
            "def f():\n    yield = 1"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

def is_gen():
    if False:
        yield
print(type(is_gen()).__name__, is_gen.__code__.co_flags & 0x20 != 0)
