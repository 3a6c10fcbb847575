# yield from forwards send() to the subgenerator and returns its return value.
def inner(tag):
    total = 0
    while True:
        value = yield f"{tag}:{total}"
        if value is None:
            return total
        total += value

def outer():
    a = yield from inner("a")
    print("a returned", a)
    b = yield from inner("b")
    print("b returned", b)
    return a + b

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(next(g))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("outer returned", e.value)

def depth(n):
    if n == 0:
        got = yield "bottom"
        return f"bottom got {got}"
    result = yield from depth(n - 1)
    return f"{n}<{result}>"

d = depth(3)
print(next(d))
try:
    d.send("msg")
except StopIteration as e:
    print(e.value)

class Echo:
    def __init__(self):
        self.sent = []
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def send(self, v):
        self.sent.append(v)
        if v == "stop":
            raise StopIteration("echo done")
        return f"echo {v}"

def over_echo():
    r = yield from Echo()
    yield r

e = over_echo()
print(next(e), e.send("hi"), e.send(None), e.send("stop"))

def over_list():
    yield from [1, 2]

l = over_list()
next(l)
try:
    l.send("x")
except AttributeError as err:
    print("AttributeError:", err)
