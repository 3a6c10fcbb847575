# Errors raised by async for.
from _driver import run

class NoAnext:
    def __aiter__(self):
        return 5

class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

class AnextRaises:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("from anext")

class SyncOnly:
    def __iter__(self):
        return iter([1])

async def attempt(label, obj):
    try:
        async for x in obj:
            print("item", x)
    except Exception as e:
        print(label, type(e).__name__, e)

async def main():
    await attempt("int", 3)
    await attempt("sync", SyncOnly())
    await attempt("noanext", NoAnext())
    await attempt("notawaitable", AnextNotAwaitable())
    await attempt("raises", AnextRaises())
    async def agen():
        yield 1
        raise ValueError("inside agen")
    await attempt("agen", agen())

run(main())
