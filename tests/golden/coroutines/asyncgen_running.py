# Errors for concurrent or reused async generator awaitables (already running, cannot reuse).
import types
@types.coroutine
def suspend():
    yield "s"
async def agen():
    await suspend()
    yield 1
async def main():
    g = agen()
    a1 = g.asend(None)
    print(a1.send(None))
    a2 = g.asend(None)
    try:
        a2.send(None)
    except RuntimeError as e: print(e)
    a3 = g.athrow(ValueError)
    try:
        a3.send(None)
    except RuntimeError as e: print(e)
    a4 = g.aclose()
    try:
        a4.send(None)
    except RuntimeError as e: print(e)
    try:
        a1.send(None)
    except StopIteration as s: print("a1 done", s.value)
    try:
        a1.send(None)
    except RuntimeError as e: print(e)
    a5 = g.athrow(KeyError)
    a5.close()
    try: a5.send(None)
    except RuntimeError as e: print(e)
    print(g.ag_running)
m = main()
try:
    m.send(None)
except StopIteration: pass
async def agen2():
    try:
        yield 1
    finally:
        await suspend()
async def main2():
    g = agen2()
    await g.asend(None)
    try:
        await g.aclose()
    except RuntimeError as e: print("aclose", e)
m = main2()
print(m.send(None))
try: m.send(None)
except StopIteration: print("main2 done")
