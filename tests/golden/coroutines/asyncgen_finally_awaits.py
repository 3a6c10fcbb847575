# Async generators whose finally awaits: aclose/athrow suspending, throw() into a pending asend, failing finally.
import types
@types.coroutine
def pause(tag):
    return (yield tag)
async def agen():
    try:
        yield 1
        await pause("mid")
        yield 2
    finally:
        print("finally: awaiting cleanup")
        await pause("cleanup")
        print("cleanup done")
def drive(aw, label):
    try:
        while True:
            tag = aw.send(None)
            print(label, "suspended at", tag)
    except StopIteration as s:
        print(label, "result", s.value)
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)
g = agen()
drive(g.asend(None), "asend1")
drive(g.aclose(), "aclose")
g = agen()
drive(g.asend(None), "asend1")
drive(g.athrow(ValueError("boom")), "athrow")
g = agen()
drive(g.asend(None), "asend1")
aw = g.asend(None)
print(aw.send(None))
print("ag_await:", type(g.ag_await).__name__, g.ag_running)
try:
    aw.throw(KeyError("into pause"))
except StopIteration as s:
    print("stop", s.value)
except KeyError as e:
    print("KeyError surfaced", e)
print(g.ag_running)
drive(g.aclose(), "aclose-after")
async def raising_finally():
    try:
        yield 1
    finally:
        raise OSError("finally failed")
g = raising_finally()
drive(g.asend(None), "rf asend")
drive(g.aclose(), "rf aclose")
