# An uncaught PEP 479 RuntimeError: both tracebacks, joined by 'direct cause'.
def g():
    yield 1
    next(iter([]))
def outer():
    yield from g()
for x in outer():
    print(x)
