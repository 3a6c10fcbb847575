def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]

print([m(10) for m in make_multipliers()])

def late_binding():
    return [lambda x: x * i for i in range(4)]

print([m(10) for m in late_binding()])

def outer(n):
    def middle(m):
        def inner(k):
            return n + m + k
        return inner
    return middle

print(outer(1)(10)(100))

def counter():
    calls = []
    def record(v):
        calls.append(v)
        return len(calls)
    return record, calls

rec, log = counter()
rec("a"); rec("b")
print(log)
print(outer.__code__.co_cellvars, outer(1).__code__.co_freevars)
fn = outer(5)
print(fn.__closure__[0].cell_contents)
