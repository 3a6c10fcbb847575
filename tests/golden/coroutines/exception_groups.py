# Exception groups with except* inside a coroutine, and groups reaching __exit__ and suppress().
import types
@types.coroutine
def pause():
    yield
async def task():
    try:
        await pause()
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as g:
        print("caught values", g.exceptions)
    except* KeyError as g:
        print("caught keys", g.exceptions)
    return "handled"
c = task()
c.send(None)
try:
    c.send(None)
except StopIteration as s:
    print(s.value)
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit got", t.__name__, v.exceptions)
        return isinstance(v, ExceptionGroup)
with CM():
    raise ExceptionGroup("in with", [OSError("o")])
print("suppressed group")
from contextlib import suppress
try:
    with suppress(ValueError):
        raise ExceptionGroup("g", [ValueError()])
except ExceptionGroup as e:
    print("3.11 suppress does not split groups:", e)
