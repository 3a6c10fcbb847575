# Argument counts: too many, too few, missing keywords, unexpected keywords.


def f(x: int, y: str = "") -> int:
    return x


def g(a: int, b: int, *, k: int) -> None:
    pass


def h(*args: int, **kwargs: str) -> None:
    pass


def pos_only(a: int, b: int, /) -> None:
    pass


f()  # E: Missing positional argument "x" in call to "f"  [call-arg]
f(1, "a", 3)  # E: Too many arguments for "f"  [call-arg]
f(1, z=2)  # E: Unexpected keyword argument "z" for "f"  [call-arg]
f(y="a")  # E: Missing positional argument "x" in call to "f"  [call-arg]
f(1, yy="a")  # E: Unexpected keyword argument "yy" for "f"  [call-arg]
g(1)  # E: Missing positional argument "b" in call to "g"  [call-arg]  # E: Missing named argument "k" for "g"  [call-arg]
g(1, 2)  # E: Missing named argument "k" for "g"  [call-arg]
g(1, 2, k=3)
g(1, 2, 3)  # E: Too many positional arguments for "g"  [misc]
h(1, 2, 3, a="x", b="y")
pos_only(1)  # E: Too few arguments for "pos_only"  [call-arg]
pos_only(1, b=2)  # E: Unexpected keyword argument "b" for "pos_only"  [call-arg]
f(1, x=2)  # E: "f" gets multiple values for keyword argument "x"  [misc]
len()  # E: Too few arguments for "len"  [call-arg]
len([1], [2])  # E: Too many arguments for "len"  [call-arg]
abs()  # E: Too few arguments for "abs"  [call-arg]
