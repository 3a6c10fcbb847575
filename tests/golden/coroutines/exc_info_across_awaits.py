# sys.exc_info() inside coroutines and async generators across suspensions, and the driver's own handled exception.
import sys, types
@types.coroutine
def pause(tag):
    return (yield tag)
async def handler(name):
    try:
        raise KeyError(name)
    except KeyError:
        print(name, "before await:", repr(sys.exc_info()[1]))
        await pause(name)
        print(name, "after await:", repr(sys.exc_info()[1]))
        try:
            raise ValueError("inner " + name)
        except ValueError as e:
            print(name, "inner context:", repr(e.__context__))
    print(name, "after except:", sys.exc_info()[:2])
a = handler("a")
b = handler("b")
a.send(None)
print("outside between:", sys.exc_info())
b.send(None)
try:
    raise OSError("driver's own")
except OSError:
    try:
        a.send(None)
    except StopIteration:
        pass
    print("driver still handling:", repr(sys.exc_info()[1]))
try:
    b.send(None)
except StopIteration:
    pass
async def agen():
    try:
        raise IndexError("agen")
    except IndexError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
g = agen()
def step(aw):
    try:
        aw.send(None)
    except StopIteration as s:
        return s.value
print(step(g.asend(None)))
print("outside:", sys.exc_info()[1])
print(step(g.asend(None)))
