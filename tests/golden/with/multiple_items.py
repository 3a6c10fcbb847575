# Several items in one with: entered left to right, exited right to left.
from _log import Logged

with Logged("a") as a, Logged("b") as b, Logged("c"):
    print("body", a, b)

with (Logged("p") as p, Logged("q") as q):
    print("paren", p, q)

with (
    Logged("r"),
    Logged("s") as s,
):
    print("trailing comma", s)

with (Logged("t")):
    print("single parenthesized")

with (Logged("u")) as u:
    print("expression in parens", u)

with (Logged("tuple", result=(1, 2))) as (x, y):
    print("tuple target", x, y)

try:
    with Logged("outer"), Logged("inner", suppress=True):
        raise ValueError("inner suppresses")
    print("suppressed by inner")
    with Logged("o2", suppress=True), Logged("i2"):
        raise KeyError("outer suppresses")
    print("suppressed by outer")
    with Logged("o3"), Logged("i3"):
        raise OSError("nobody suppresses")
except OSError as e:
    print("caught", e)
