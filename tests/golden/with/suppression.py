# The truth value of __exit__'s result decides whether the exception is suppressed.
class Returns:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.value

class Truthy:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("bool called")
        return self.b

class BadBool:
    def __bool__(self):
        raise RuntimeError("bool failed")

for value in [True, False, 1, 0, "yes", "", [0], [], None, Truthy(True), Truthy(False)]:
    try:
        with Returns(value):
            raise ValueError("x")
        print(repr(value) if not isinstance(value, Truthy) else "Truthy", "suppressed")
    except ValueError:
        print(repr(value) if not isinstance(value, Truthy) else "Truthy", "propagated")

try:
    with Returns(BadBool()):
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

with Returns(BadBool()):
    print("no exception: __bool__ not called")

def f():
    for i in range(3):
        with Returns(True):
            if i == 1:
                raise KeyError(i)
            print("iteration", i)
    return "finished"
print(f())

try:
    with Returns(True):
        raise SystemExit(3)
    print("even SystemExit can be suppressed")
except SystemExit:
    print("not here")
