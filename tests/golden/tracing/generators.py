# settrace events for generators: a call event at each resumption, a return
# event at each yield, send/throw/close, yield from, generator expressions.
from _events import trace


def gen(n):
    for i in range(n):
        got = yield i
        if got:
            yield got * 10
    return "done"


def consume():
    return list(gen(3))


def sending():
    g = gen(3)
    a = next(g)
    b = g.send(5)
    c = next(g)
    return a, b, c


def throwing():
    g = gen(3)
    next(g)
    try:
        g.throw(ValueError("into"))
    except ValueError as e:
        return str(e)


def closing():
    g = gen(5)
    next(g)
    g.close()
    return "closed"


def delegate():
    r = yield from gen(2)
    yield r


def use_delegate():
    return list(delegate())


def genexpr():
    return sum(x * x for x in range(3))


def catching_gen():
    try:
        yield 1
    except KeyError:
        yield "caught"
    finally:
        cleanup = True


def throw_caught():
    g = catching_gen()
    next(g)
    r = g.throw(KeyError)
    g.close()
    return r


trace(consume)
trace(sending)
trace(throwing)
trace(closing)
trace(use_delegate)
trace(genexpr)
trace(throw_caught)
