# AbstractContextManager / AbstractAsyncContextManager: defaults and subclass checks.
from contextlib import AbstractContextManager, AbstractAsyncContextManager

class Minimal(AbstractContextManager):
    def __exit__(self, *exc):
        print("exit", exc[0])

m = Minimal()
with m as v:
    print("default __enter__ returns self:", v is m)

class Duck:
    def __enter__(self): return self
    def __exit__(self, *a): pass

class HalfDuck:
    def __enter__(self): return self

class Blocked(Duck):
    __exit__ = None

print(issubclass(Duck, AbstractContextManager), isinstance(Duck(), AbstractContextManager))
print(issubclass(HalfDuck, AbstractContextManager), issubclass(Blocked, AbstractContextManager))
print(issubclass(int, AbstractContextManager))
with open(__file__) as fh:
    print(isinstance(fh, AbstractContextManager))

class ADuck:
    async def __aenter__(self): return self
    async def __aexit__(self, *a): pass

print(issubclass(ADuck, AbstractAsyncContextManager), issubclass(Duck, AbstractAsyncContextManager))

class AMinimal(AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        print("aexit")

async def main():
    a = AMinimal()
    async with a as v:
        print("async default enter:", v is a)
try:
    main().send(None)
except StopIteration:
    pass

class Base(AbstractContextManager):
    pass
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
print(AbstractContextManager[int])
print(Minimal.__exit__ is not AbstractContextManager.__exit__)
print(AbstractContextManager.__exit__(m, None, None, None))
