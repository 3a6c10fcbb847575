# Defaults, *args, **kwargs, keyword-only parameters.
from typing import Any, Dict, Optional


def f(a: int, b: str = "x", *args: int, c: bool = False, **kw: str) -> None:
    reveal_type(args)  # N: Revealed type is "builtins.tuple[builtins.int, ...]"
    reveal_type(kw)  # N: Revealed type is "builtins.dict[builtins.str, builtins.str]"


f(1)
f(1, "s", 2, 3, c=True, extra="e")
f(1, "s", "bad")  # E: Argument 3 to "f" has incompatible type "str"; expected "int"  [arg-type]
f(1, c="no")  # E: Argument "c" to "f" has incompatible type "str"; expected "bool"  [arg-type]
f(1, extra=5)  # E: Argument "extra" to "f" has incompatible type "int"; expected "str"  [arg-type]
f()  # E: Missing positional argument "a" in call to "f"  [call-arg]


def g(x: Optional[int] = None) -> int:
    return x or 0


g()
g(None)
g("s")  # E: Argument 1 to "g" has incompatible type "str"; expected "Optional[int]"  [arg-type]


def h(**options: Any) -> Dict[str, Any]:
    return options


h(a=1, b="2")
args = [1, 2]
f(*args)  # E: Argument 1 to "f" has incompatible type "*List[int]"; expected "str"  [arg-type]
kwargs = {"b": "s"}
f(1, **kwargs)  # E: Argument 2 to "f" has incompatible type "**Dict[str, str]"; expected "bool"  [arg-type]
