# inspect predicates, getmembers, getsource, getdoc, getmro, getattr_static, unwrap, cleandoc, isabstract.
import inspect
import abc


class Base(abc.ABC):
    """Base doc.

        Indented line.
    """
    attr = 1

    @abc.abstractmethod
    def run(self):
        """Run it."""

    @property
    def prop(self):
        return 5


class Impl(Base):
    def run(self):
        return 2


def gen():
    yield 1


async def coro():
    pass


print(inspect.isclass(Base), inspect.isfunction(Impl.run), inspect.ismethod(Impl().run))
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(coro))
print(inspect.isabstract(Base), inspect.isabstract(Impl), inspect.isbuiltin(len), inspect.isroutine(len))
print([n for n, _ in inspect.getmembers(Impl) if not n.startswith("__")])
print(inspect.getdoc(Base))
print(inspect.getdoc(Impl.run))
print(inspect.cleandoc("  a\n    b\n  c"))
print(inspect.getmro(Impl)[:2])
print(type(inspect.getattr_static(Impl(), "prop")).__name__)
print(inspect.getsource(Impl))
print(inspect.getsourcelines(gen)[1], inspect.getfile(gen).endswith("members.py"))
print(inspect.getmodule(gen).__name__)
c = coro()
print(inspect.getcoroutinestate(c))
c.close()
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))


def deco(fn):
    import functools

    @functools.wraps(fn)
    def w():
        return fn()
    return w


@deco
def target():
    pass


print(inspect.unwrap(target) is target.__wrapped__)
print(inspect.getfullargspec(lambda a, b=1, *c, d, **e: 0))
print(inspect.getcallargs(lambda a, b=2: 0, 1))
fr = inspect.currentframe()
print(inspect.getframeinfo(fr).function, inspect.getframeinfo(fr).code_context)
print([fi.function for fi in inspect.stack()][:1])
print(inspect.formatannotation(list[int]), inspect.ismodule(inspect))
