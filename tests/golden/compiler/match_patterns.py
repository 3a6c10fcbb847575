# Structural pattern matching: every pattern kind.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


def describe(subject):
    match subject:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1:
            return "zero or one"
        case -5:
            return "minus five"
        case "hello":
            return "greeting"
        case [] | ():
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case {"kind": "circle", "r": r}:
            return f"circle r={r}"
        case {"kind": kind, **others}:
            return f"kind {kind} others {others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy) if yy > 0:
            return f"on positive y axis at {yy}"
        case Point(xx, yy):
            return f"point {xx},{yy}"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as s:
            return f"some string {s!r}"
        case (1 | 2) as small:
            return f"small {small}"
        case _:
            return "something else"


tests = [None, True, 0, 1, -5, "hello", [], (), [7], [1, 2, 3], [5, 6, 7, 8],
         {"kind": "circle", "r": 2}, {"kind": "square", "side": 3},
         Point(0, 0), Point(0, 4), Point(0, -4), Point(3, 4), 1000, "abc", 2, 3.5]
for t in tests:
    print(repr(t), "->", describe(t))


def nested(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return "going " + direction
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case [action]:
            return "just " + action
        case _:
            return "unknown"


for c in ["go north", "go west", "take a b", "take", "look"]:
    print(c, "->", nested(c))


class Color:
    RED = "red"


match "red":
    case Color.RED:
        print("matched a value pattern")

match {"a": 1}:
    case {}:
        print("any mapping matches {}")

match [1, [2, 3]]:
    case [a, [b, c]]:
        print("nested sequence", a, b, c)
