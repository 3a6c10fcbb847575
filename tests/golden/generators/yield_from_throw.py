# yield from forwards throw() to the subiterator; unhandled errors come back out of it.
def inner():
    try:
        yield "inner-1"
    except ValueError as e:
        print("inner caught", e)
        yield "inner-recovered"
    try:
        yield "inner-2"
    finally:
        print("inner finally")

def outer():
    try:
        result = yield from inner()
        print("inner returned", result)
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer-recovered"
    yield "outer-end"

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(g.throw(KeyError("k")))
print(g.gi_yieldfrom)
print(next(g))

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "item"

def over_plain():
    try:
        yield from NoThrow()
    except IndexError as e:
        print("outer got", repr(e))
        yield "after"

p = over_plain()
print(next(p))
print(p.throw(IndexError("i")))

class WithThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "w-item"
    def throw(self, *args):
        print("WithThrow.throw got", len(args), "args", type(args[0]).__name__)
        return "w-thrown"

def over_with():
    yield from WithThrow()

w = over_with()
next(w)
print(w.throw(ValueError("x")))
print(w.throw(ValueError, "y"))

def over_gen_exit():
    yield from NoThrow()

q = over_gen_exit()
next(q)
try:
    q.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit passed through")
