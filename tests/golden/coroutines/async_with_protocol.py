# async with: __aenter__/__aexit__ order, arguments, suppression.
from _driver import run

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress

async def main():
    async with Resource("a") as x, Resource("b") as y:
        print("body", x, y)
    async with Resource("s", suppress=True):
        raise ValueError("swallowed")
    print("after suppressed")
    try:
        async with Resource("n"):
            raise KeyError("kept")
    except KeyError as e:
        print("caught", repr(e))
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)
    return await early_return()

async def early_return():
    async with Resource("r") as r:
        return "returned " + r

print(run(main()))
