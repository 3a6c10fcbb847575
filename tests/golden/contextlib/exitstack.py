from contextlib import ExitStack, contextmanager, suppress, closing, nullcontext, redirect_stdout, chdir
import io
import os

@contextmanager
def resource(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback ran")
    log.append("body " + ",".join(names))
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(resource("x", log))
    later = stack.pop_all()
log.append("after first with")
later.close()
print(log)

def exit_suppressing(*exc):
    print("exit callback got", exc[0].__name__ if exc[0] else None)
    return True
with ExitStack() as stack:
    stack.push(exit_suppressing)
    raise ValueError("suppressed by stack")
print("stack suppressed it")

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError("original")
except ZeroDivisionError as e:
    print("ZeroDivisionError with context", repr(e.__context__))

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("CM exit", exc[0])
with ExitStack() as s:
    s.push(CM())
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print(e)

class Thing:
    def close(self):
        print("Thing closed")
with closing(Thing()) as t:
    print("using", type(t).__name__)
with nullcontext(42) as v:
    print("nullcontext gave", v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
print("buffer holds", repr(buf.getvalue()))
start = os.getcwd()
with chdir(".."):
    print("moved", os.getcwd() != start)
print("back", os.getcwd() == start)
