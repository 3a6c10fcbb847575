def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-done"
    return "outer-result"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("StopIteration value:", e.value)

def delegate_list():
    yield from [1, 2, 3]
    yield from "ab"
    yield from range(2)
print(list(delegate_list()))

def thrower():
    try:
        yield 1
    except KeyError:
        yield "inner handled KeyError"
    yield 2

def wrapper():
    yield from thrower()

w = wrapper()
print(next(w), w.throw(KeyError), next(w))

def closer():
    try:
        yield 1
    finally:
        print("inner finally on close")

def wrap_closer():
    yield from closer()

wc = wrap_closer()
next(wc)
wc.close()
print("gi_yieldfrom:", wrapper().gi_yieldfrom)
