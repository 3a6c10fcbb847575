# settrace events for class bodies, methods, properties, decorators,
# inheritance with super(), __init__ through a class call, dunder methods.
from _events import trace


def deco(f):
    return f


def make_class():
    class Base:
        kind = "base"

        def __init__(self, v):
            self.v = v

        def __eq__(self, other):
            return self.v == other.v

    class Child(Base):
        @property
        def double(self):
            return self.v * 2

        @deco
        def method(self):
            return super().__eq__(self)

        @staticmethod
        def stat():
            return "s"

    c = Child(3)
    return c.double, c.method(), Child.stat(), c == Child(3)


trace(make_class)
