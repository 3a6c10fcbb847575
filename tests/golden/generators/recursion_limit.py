# Deeply nested generators, yield from chains and genexpr chains hit RecursionError cleanly.
import sys
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(200)
def deep(n):
    yield n
    yield from deep(n + 1)
def run():
    last = None
    for v in deep(0):
        last = v
    return last
show(run)
def nested_next(n):
    if n == 0:
        yield "bottom"
    else:
        yield next(nested_next(n - 1))
show(lambda: next(nested_next(50)))
show(lambda: next(nested_next(1000)))
def genexp_chain(n):
    g = iter([1])
    for _ in range(n):
        g = (x for x in g)
    return list(g)
show(lambda: genexp_chain(100))
show(lambda: type(genexp_chain(1000)))
print("still alive")
