# close(): unstarted, suspended, finished, catching GeneratorExit, raising other errors.
def simple():
    try:
        yield 1
        yield 2
    finally:
        print("simple finally")

s = simple()
print(s.close())
print(s.gi_frame)
s2 = simple()
next(s2)
print(s2.close(), s2.gi_frame)
print(list(s2))

def swallow_and_return():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return "ignored value"

w = swallow_and_return()
next(w)
print("close returns", w.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")

r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

def yields_in_finally():
    try:
        yield 1
    finally:
        yield "cleanup"

y = yields_in_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(y)
except GeneratorExit:
    print("finally finished, GeneratorExit re-raised")
print(next(y, "exhausted"))

def catches_everything():
    while True:
        try:
            yield 1
        except BaseException as e:
            print("caught", type(e).__name__)
            if isinstance(e, KeyError):
                return

c = catches_everything()
next(c)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(KeyError)
except StopIteration:
    print("stopped by KeyError")
print(issubclass(GeneratorExit, Exception), GeneratorExit.__mro__)
