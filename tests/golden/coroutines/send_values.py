# Values sent into a coroutine travel through await to the innermost yield.
class Ask:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        answer = yield self.what
        return answer

async def inner(n):
    a = await Ask(f"inner{n}-a")
    b = await Ask(f"inner{n}-b")
    return a + b

async def outer():
    x = await inner(1)
    y = await inner(2)
    return [x, y]

c = outer()
request = c.send(None)
counter = 0
while True:
    print("request", request)
    counter += 1
    try:
        request = c.send(counter)
    except StopIteration as stop:
        print("result", stop.value, stop.args)
        break

async def no_return():
    pass
try:
    no_return().send(None)
except StopIteration as stop:
    print("value", stop.value, stop.args)

c = outer()
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()
