def make_class(name, **attrs):
    return type(name, (), attrs)
Point = make_class("Point", x=0, y=0, __repr__=lambda s: f"Point({s.x}, {s.y})")
p = Point()
p.x = 3
print(p, Point.__name__, Point.__module__)

def make_counter_class():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter
C1, C2 = make_counter_class(), make_counter_class()
a, b = C1(), C2()
print(a.inc(), a.inc(), b.inc(), C1 is C2, C1.__qualname__)

Base = type("Base", (), {"greet": lambda self: "hi from " + type(self).__name__})
Kid = type("Kid", (Base,), {"__doc__": "kid doc"})
print(Kid().greet(), Kid.__doc__, Kid.__bases__[0].__name__)
ns = {}
exec("class FromExec:\n    v = 5\n", ns)
print(ns["FromExec"].v, ns["FromExec"].__module__)
classes = [type(f"T{i}", (), {"i": i}) for i in range(3)]
print([c.__name__ for c in classes], [c().i for c in classes])
print(type(Point) is type, isinstance(Point, type))
