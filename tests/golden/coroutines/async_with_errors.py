# Errors from async with on objects that do not follow the protocol.
from _driver import run

class SyncCM:
    def __enter__(self): return self
    def __exit__(self, *a): return False

class OnlyAenter:
    async def __aenter__(self): return 1

class AenterNotAwaitable:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): return False

class AexitNotAwaitable:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 1

class AexitRaises:
    async def __aenter__(self): return 1
    async def __aexit__(self, *a): raise OSError("exit failed")

async def attempt(label, obj, fail=False):
    try:
        async with obj:
            print(label, "body")
            if fail:
                raise ValueError("body error")
    except Exception as e:
        ctx = e.__context__
        print(label, type(e).__name__, e, "| context:", repr(ctx))

async def main():
    await attempt("int", 1)
    await attempt("sync", SyncCM())
    await attempt("only-aenter", OnlyAenter())
    await attempt("aenter", AenterNotAwaitable())
    await attempt("aexit", AexitNotAwaitable())
    await attempt("aexit-fail", AexitNotAwaitable(), fail=True)
    await attempt("raises", AexitRaises())
    await attempt("raises-fail", AexitRaises(), fail=True)

run(main())
