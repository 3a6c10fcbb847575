class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(type(p) is Point, type(p).__name__, isinstance(p, Point), isinstance(p, object))
print(sorted(vars(p).items()))
p.z = 5
print(p.__dict__)
Point.dims = 3
print(p.dims)
p.dims = 10
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(repr(Point))
print(Point.norm2(p))
