# code.replace(): a renamed copy, new constants, a new filename seen in a
# traceback, a function whose __code__ is swapped; FunctionType's
# arguments and errors; replace()'s errors.
import traceback
import types


def greet(name):
    return "hello " + name


code = greet.__code__
renamed = code.replace(co_name="salute", co_qualname="Greeter.salute")
print(renamed.co_name, renamed.co_qualname, code.co_name)
print(renamed is code, renamed.co_filename == code.co_filename)

consts = tuple("hi " if c == "hello " else c for c in code.co_consts)
hi = types.FunctionType(code.replace(co_consts=consts), globals(), "hi")
print(hi("ann"), greet("ann"))


def boom():
    raise ValueError("boom")


moved = types.FunctionType(boom.__code__.replace(co_filename="elsewhere.py", co_firstlineno=100), globals())
try:
    moved()
except ValueError:
    frame = traceback.extract_tb(__import__("sys").exc_info()[2])[-1]
    print(frame.filename, frame.name, frame.lineno > 100)


def one():
    return 1


def two():
    return 2


one.__code__ = two.__code__
print(one(), one.__name__)

try:
    code.replace(co_argcount=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    code.replace(co_name=1)
except TypeError as e:
    print("TypeError:", e)
try:
    code.replace(co_bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    greet.__code__ = None
except TypeError as e:
    print("TypeError:", e)

print(code.co_varnames, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(sorted(n for n in dir(code) if n.startswith("co_") and n not in ("co_code", "co_lnotab", "co_linetable", "co_exceptiontable", "co_stacksize", "co_lines", "co_positions")))


def make_adder():
    n = 10

    def add(x):
        return x + n
    return add


adder = make_adder()
clone = types.FunctionType(adder.__code__, globals(), "clone", (5,), adder.__closure__)
print(clone(1), clone(), clone.__name__, clone.__qualname__, clone.__defaults__)
print(types.FunctionType(code=greet.__code__, globals={"__name__": "m"}, name=None).__module__)
for bad in [(1, {}), (greet.__code__, 1), (greet.__code__, {}, 1), (greet.__code__, {}, None, []),
            (greet.__code__, {}, None, None, (1,)), (adder.__code__, {}), (adder.__code__, {}, None, None, (1,))]:
    try:
        types.FunctionType(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
