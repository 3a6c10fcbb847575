# Code object attributes produced by the compiler.
def sample(a, b=1, /, c=2, *args, d, e=5, **kw):
    "the docstring"
    local = a + b
    def inner():
        return local
    return inner


co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
print(co.co_consts[0], co.co_flags & 0x0F, co.co_firstlineno)
print(sample.__doc__, sample.__defaults__, sample.__kwdefaults__)
inner = sample(1, d=4)
print(inner.__code__.co_freevars, inner.__code__.co_qualname)


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


for f in (gen, coro, agen, sample, lambda: 0):
    flags = f.__code__.co_flags
    print(f.__code__.co_name, bool(flags & 0x20), bool(flags & 0x80), bool(flags & 0x200))


def annotated(x: int, *, y: "str" = "s") -> list:
    pass


print(annotated.__annotations__)


class WithAnnotations:
    a: int
    b: str = "b"


print(WithAnnotations.__annotations__, WithAnnotations.b)
print(type(co).__name__, repr(co).startswith("<code object sample at 0x"))
print(compile("1 + 2", "<e>", "eval").co_name, eval(compile("1 + 2", "<e>", "eval")))
ns = {}
exec(compile("def h(): return 42\nr = h()", "<x>", "exec"), ns)
print(ns["r"])
