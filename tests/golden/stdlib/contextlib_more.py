# contextlib: ExitStack callbacks and exceptions, suppress, redirect_stdout/stderr, nullcontext, closing, chdir, AsyncExitStack, ContextDecorator.
import asyncio
import contextlib
import io
import os
import tempfile


class Res:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, *exc):
        self.log.append(f"exit {self.name} {exc[0].__name__ if exc[0] else None}")
        return self.name == "swallow"


log = []
with contextlib.ExitStack() as st:
    for n in "abc":
        st.enter_context(Res(n, log))
    st.callback(log.append, "callback")
    st.push(lambda *e: log.append("push") or False)
print(log)
log.clear()
try:
    with contextlib.ExitStack() as st:
        st.enter_context(Res("swallow", log))
        st.enter_context(Res("x", log))
        raise KeyError("k")
except KeyError:
    log.append("escaped")
print(log)
with contextlib.ExitStack() as st:
    st.callback(print, "never")
    moved = st.pop_all()
moved.close()
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
with contextlib.redirect_stderr(buf):
    import sys
    print("err", file=sys.stderr)
print(repr(buf.getvalue()))
with contextlib.nullcontext(5) as v:
    print(v)


class Closer:
    def close(self):
        print("closed")


with contextlib.closing(Closer()):
    pass
with tempfile.TemporaryDirectory() as d:
    before = os.getcwd()
    with contextlib.chdir(d):
        print(os.getcwd() == os.path.realpath(d))
    print(os.getcwd() == before)


class traced(contextlib.ContextDecorator):
    def __enter__(self):
        print("in")
        return self

    def __exit__(self, *exc):
        print("out")
        return False


@traced()
def work():
    print("working")


work()


@contextlib.asynccontextmanager
async def acm(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)


async def main():
    async with contextlib.AsyncExitStack() as st:
        a = await st.enter_async_context(acm("a"))
        st.push_async_callback(asyncio.sleep, 0)
        st.callback(print, "sync cb")
        print("got", a)
    async with contextlib.aclosing(agen()) as g:
        async for x in g:
            print("item", x)
            break


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed")


asyncio.run(main())


@contextlib.contextmanager
def failing():
    yield
    raise RuntimeError("after")


try:
    with failing():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
