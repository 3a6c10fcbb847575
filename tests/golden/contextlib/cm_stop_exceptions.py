# StopIteration / StopAsyncIteration thrown into or raised by generator-based managers.
from contextlib import contextmanager, asynccontextmanager
@contextmanager
def converts():
    try:
        yield
    except Exception:
        raise StopAsyncIteration("other")
try:
    with converts():
        raise ValueError("v")
except BaseException as e:
    print(type(e).__name__, e)
@contextmanager
def plain():
    yield
try:
    with plain():
        raise StopAsyncIteration("body")
except BaseException as e:
    print(type(e).__name__, e)
@asynccontextmanager
async def aconverts():
    try:
        yield
    except ValueError:
        raise StopIteration("sync stop in async")
    except KeyError:
        raise StopAsyncIteration("async stop")
async def main():
    for exc in (ValueError("v"), KeyError("k"), StopIteration("thrown"), StopAsyncIteration("thrown-async")):
        try:
            async with aconverts():
                raise exc
            print("suppressed", type(exc).__name__)
        except BaseException as e:
            print(type(exc).__name__, "->", type(e).__name__, e, e is exc)
try:
    main().send(None)
except StopIteration:
    pass
