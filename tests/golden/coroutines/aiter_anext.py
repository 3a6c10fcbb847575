# aiter()/anext() builtins: defaults, errors, and anext_awaitable driven by hand through suspensions.
async def agen():
    yield 1
    yield 2
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 1: raise StopAsyncIteration
        return "ait"
async def main():
    g = agen()
    print(aiter(g) is g)
    print(await anext(g), await anext(g), await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    it = AIt()
    print(await anext(it), await anext(it, None))
    aw = anext(AIt(), "d")
    print(type(aw).__name__)
    print(await aw)
    for bad in (1, [1]):
        try:
            anext(bad)
        except TypeError as e:
            print(e)
        try:
            aiter(bad)
        except TypeError as e:
            print(e)
    try:
        anext()
    except TypeError as e:
        print(e)
    try:
        aiter(g, 1)
    except TypeError as e:
        print(e)
    class BadAiter:
        def __aiter__(self): return 1
    try:
        aiter(BadAiter())
    except TypeError as e:
        print(e)
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as s: return s.value
run(main())
