# inspect.trace() inside an except block (the frames between the handler
# and the raise), frame info of a suspended generator, getsource of a
# decorated function, a nested function and a method, getblock and
# findsource's line number, indentsize.
import functools
import inspect


def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1)


try:
    deep(2)
except RuntimeError:
    print([(info.function, info.lineno, info.code_context[0].strip()) for info in inspect.trace()])


def gen():
    yield 1
    yield 2


g = gen()
next(g)
info = inspect.getframeinfo(g.gi_frame)
print(info.function, info.lineno, info.code_context)


def deco(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper


@deco
def decorated(x):
    return x * 2


def outer():
    def nested(a,
               b):
        return a + b
    return nested


class K:
    @staticmethod
    @deco
    def method(y):
        return y


print(inspect.getsource(decorated), end="")
print(inspect.getsource(inspect.unwrap(decorated)), end="")
print(inspect.getsource(outer()), end="")
print(inspect.getsource(K.method), end="")
lines, start = inspect.findsource(K)
print(start, lines[start].rstrip())
print(inspect.getblock(["def f():\n", "    return 1\n", "x = 2\n"]))
print(inspect.indentsize("    \tx"), inspect.indentsize("x"))
