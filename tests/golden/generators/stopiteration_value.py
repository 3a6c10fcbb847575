# The value a generator returns travels in StopIteration.value / args.
def ret(v):
    yield "x"
    return v

for value in (None, 0, "s", (1, 2), [3], StopIteration("inner")):
    g = ret(value)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)

def bare_return():
    yield
    return

g = bare_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("bare:", e.value, e.args, repr(e))

e = StopIteration()
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
e.value = 9
print(e.value, e.args)

def chained():
    result = yield from ret((4, 5))
    print("yield from got", result)
    return result

print(list(chained()))
for item in ret("ignored by for"):
    print("for saw", item)
print(list(ret("ignored by list")))
