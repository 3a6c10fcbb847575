# types.coroutine on a function that returns a generator (not a generator function).
import types

def make_gen():
    def g():
        x = yield "from plain generator"
        return x * 2
    return g()

wrapped = types.coroutine(make_gen)
print(wrapped.__name__, wrapped is make_gen)

async def main():
    return await wrapped()

c = main()
print(c.send(None))
try:
    c.send(21)
except StopIteration as s:
    print("result", s.value)

def returns_other():
    return 17
print(types.coroutine(returns_other)())

@types.coroutine
def returns_coroutine():
    return main()
c = returns_coroutine()
print(type(c).__name__)
c.close()

w = wrapped()
print(type(w).__name__, iter(w) is not w, next(w))
try:
    w.send(4)
except StopIteration as s:
    print(s.value)
