# Generator expressions: laziness, eager first iterable, scoping, names.
def source(name, items):
    print("evaluating", name)
    return items

g = (x * 2 for x in source("outer", [1, 2, 3]) if x != 2)
print("created")
print(type(g).__name__, g.__name__, g.__qualname__)
print(list(g), list(g))

try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

pairs = ((x, y) for x in range(3) for y in source("inner", "ab"))
print(next(pairs))
print(list(pairs))

def outer():
    return (i for i in range(2))

print(outer().__qualname__)

class K:
    items = [1, 2]
    doubled = list(v * 2 for v in items)
print(K.doubled)

print(sum(x * x for x in range(5)))
print(max((len(w), w) for w in ["aa", "b", "ccc"]))
print("-".join(str(n) for n in range(4)))

nested = (list(c for c in w) for w in ["xy", "z"])
print(list(nested))

x = "outer x"
print(list(x for x in "ab"), x)

gen = (i for i in range(3))
print(gen.gi_frame is not None, gen.gi_code.co_name, gen.gi_running)
next(gen)
print(gen.gi_frame.f_locals.keys() >= {".0", "i"})

try:
    sorted(1 / n for n in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
