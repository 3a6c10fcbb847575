# ContextDecorator and @contextmanager objects used as decorators.
from contextlib import ContextDecorator, contextmanager

class traced(ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("enter", self.label)
        return self
    def __exit__(self, *exc):
        print("exit", self.label, exc[0].__name__ if exc[0] else None)
        return False

@traced("deco")
def add(a, b):
    """Adds."""
    print("adding")
    return a + b

print(add(2, 3))
print(add.__name__, add.__doc__)
try:
    @traced("failing")
    def fail():
        raise ValueError("inside")
    fail()
except ValueError as e:
    print("propagated", e)

@contextmanager
def section(name):
    print("begin", name)
    yield
    print("end", name)

@section("decorated")
def work(x):
    print("work", x)
    return x * 2

print(work(1))
print(work(2))
print(work.__name__, hasattr(work, "__wrapped__"))

with traced("as-with") as t:
    print(t.label)

class Counting(ContextDecorator):
    count = 0
    def _recreate_cm(self):
        Counting.count += 1
        return self
    def __enter__(self): return self
    def __exit__(self, *a): return False

@Counting()
def f():
    pass
f(); f()
print("recreated", Counting.count)
