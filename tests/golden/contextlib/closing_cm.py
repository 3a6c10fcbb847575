# closing and aclosing call close()/aclose() on exit, also on error.
from contextlib import closing, aclosing

class Thing:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("close", self.name)

with closing(Thing("a")) as t:
    print("using", t.name)

try:
    with closing(Thing("b")):
        raise ValueError("boom")
except ValueError:
    print("error propagated")

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finalised")

with closing(gen()) as g:
    print(next(g))

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("async generator finalised")

class AThing:
    async def aclose(self):
        print("aclose called")

async def main():
    async with aclosing(agen()) as ag:
        async for v in ag:
            print("got", v)
            break
    async with aclosing(AThing()) as a:
        print(type(a).__name__)
    try:
        async with aclosing(AThing()):
            raise KeyError("k")
    except KeyError:
        print("propagated through aclosing")

try:
    main().send(None)
except StopIteration:
    pass

try:
    with closing(object()):
        pass
except AttributeError as e:
    print("AttributeError:", e)
