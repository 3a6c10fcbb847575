# A @contextmanager generator that does not stop is closed before the RuntimeError leaves __exit__.
from contextlib import contextmanager, asynccontextmanager

@contextmanager
def two():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")

cm = two()
try:
    with cm:
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def yields_again():
    try:
        yield 1
    except Exception:
        try:
            yield 2
        finally:
            print("inner finally")

cm = yields_again()
try:
    with cm:
        raise ValueError
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))

@asynccontextmanager
async def atwo():
    try:
        yield 1
        yield 2
    finally:
        print("async generator finally")

@asynccontextmanager
async def ayields_again():
    try:
        yield 1
    except Exception:
        yield 2

async def main():
    for factory, fail in ((atwo, False), (ayields_again, True)):
        try:
            async with factory():
                if fail:
                    raise KeyError("k")
        except RuntimeError as e:
            print(e)

try:
    main().send(None)
except StopIteration:
    print("done")
