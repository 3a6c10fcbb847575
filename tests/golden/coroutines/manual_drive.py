import types

class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        result = yield ("sleep", self.n)
        return result

async def task(name, steps):
    total = 0
    for i in range(steps):
        got = await Sleep(i)
        total += got
        print(name, "step", i, "got", got)
    return f"{name} total {total}"

def run(coros):
    results = {}
    pending = list(coros)
    values = {id(c): None for c in pending}
    while pending:
        for c in list(pending):
            try:
                request = c.send(values[id(c)])
                values[id(c)] = request[1] * 10
            except StopIteration as e:
                results[c.__name__] = e.value
                pending.remove(c)
    return results

print(sorted(run([task("a", 2), task("b", 3)]).items()))

@types.coroutine
def legacy():
    value = yield "legacy-yield"
    return value

async def uses_legacy():
    return await legacy()

c = uses_legacy()
print(c.send(None))
try:
    c.send("sent")
except StopIteration as e:
    print("result", e.value)

async def simple():
    return 42
co = simple()
print(type(co).__name__, co.cr_code.co_name)
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
try:
    co.send(None)
except RuntimeError as e:
    print(e)
