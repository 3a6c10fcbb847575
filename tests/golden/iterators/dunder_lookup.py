# __iter__ / __next__ are looked up on the type, not the instance, and can be added later.
class Box:
    pass

b = Box()
b.__iter__ = lambda: iter([1])
try:
    iter(b)
except TypeError as e:
    print("TypeError:", e)

Box.__iter__ = lambda self: iter([7, 8])
print(list(b))

class Manual:
    def __iter__(self):
        return self

m = Manual()
try:
    next(m)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(m)
except TypeError as e:
    print("TypeError:", e)
Manual.__next__ = lambda self: 42
print(next(m), next(iter(m)))

class Base:
    def __iter__(self):
        yield "from base"

class Derived(Base):
    pass

print(list(Derived()))

class Meta(type):
    def __iter__(cls):
        return iter(["class", "iteration"])

class UsesMeta(metaclass=Meta):
    pass

print(list(UsesMeta))
try:
    iter(UsesMeta())
except TypeError as e:
    print("TypeError:", e)

it = iter([1, 2])
print(it.__next__(), type(it).__next__(it))
print(type(it.__next__).__name__, type(list.__iter__).__name__)
