# Yields inside try/except/finally/else and loops, with early exits.
def flow(n):
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield f"try {i}"
        except ValueError:
            yield f"except {i}"
        else:
            yield f"else {i}"
        finally:
            yield f"finally {i}"
    yield "after loop"

print(list(flow(5)))

def return_in_finally():
    try:
        yield 1
        return "from try"
    finally:
        return "from finally"

g = return_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

def with_block():
    class CM:
        def __enter__(self):
            print("enter")
            return self
        def __exit__(self, *exc):
            print("exit", exc[0])
            return False
    with CM():
        yield "in with"
        yield "still in with"

w = with_block()
print(next(w))
w.close()
w = with_block()
next(w)
try:
    w.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("got", e)

def while_else():
    n = 0
    while n < 2:
        yield n
        n += 1
    else:
        yield "while else"

print(list(while_else()))
