# settrace events inside a class body as it is executed: attribute
# assignments, a nested function definition, a decorator, a nested class.
from _events import trace


def make_class():
    class Point:
        dims = 2
        origin = (0, 0)

        def norm(self):
            return 0

        @staticmethod
        def unit():
            return 1

        class Meta:
            tag = "m"

    return Point.dims, Point.unit(), Point.Meta.tag


trace(make_class)
