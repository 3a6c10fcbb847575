class Sub:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration(self.n)
        return self.n
    def throw(self, *a):
        print("sub.throw", a[0].__class__.__name__ if len(a) == 1 else a[0].__name__)
        raise StopIteration("from throw")
    def close(self):
        print("sub.close")
def deleg():
    r = yield from Sub()
    print("deleg got", r)
    yield "after"
d = deleg()
print(next(d), d.gi_yieldfrom.__class__.__name__)
print(d.throw(KeyError))
d2 = deleg()
next(d2)
d2.close()
def inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner exit")
        raise
def outer():
    yield from inner()
o = outer()
next(o)
o.close()
print(o.gi_frame, o.gi_yieldfrom)
def g():
    yield 1
x = g()
print(x.gi_running, x.gi_suspended, x.gi_code.co_name)
next(x)
print(x.gi_suspended)
import sys
def exc_in_gen():
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
e = exc_in_gen()
print(next(e), sys.exc_info()[0])
try:
    raise KeyError
except KeyError:
    print(next(e), sys.exc_info()[0].__name__)
async def ag():
    try:
        yield 1
    except ValueError:
        yield "handled"
def run(c):
    try:
        c.send(None)
    except StopIteration as s:
        return s.value
a = ag()
print(run(a.asend(None)))
print(run(a.athrow(ValueError)))
try:
    run(a.__anext__())
except StopAsyncIteration:
    print("exhausted")
def genret():
    return (yield)
gr = genret()
next(gr)
try:
    gr.send((1, 2))
except StopIteration as s:
    print("tuple value", s.value)
