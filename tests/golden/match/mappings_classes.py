class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case {"x": x, "y": y, **rest}:
            return f"dict point {x},{y} extra={rest}"
        case {"name": str(name)}:
            return f"named {name}"
        case int(n) | float(n):
            return f"number {n}"
        case _:
            return "unknown"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          {"x": 1, "y": 2, "z": 3}, {"name": "n"}, {"name": 5}, 4, 2.5, "s"]:
    print(where(p))
