# Lambdas and callables.
from typing import Callable, List

square = lambda x: x * x
reveal_type(square)  # N: Revealed type is "def (x: Any) -> Any"


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


apply(lambda v: v + 1, 2)
apply(square, "a")  # E: Argument 2 to "apply" has incompatible type "str"; expected "int"  [arg-type]


def to_str(x: int) -> str:
    return str(x)


apply(to_str, 1)  # E: Argument 1 to "apply" has incompatible type "Callable[[int], str]"; expected "Callable[[int], int]"  [arg-type]
handlers: List[Callable[[], None]] = []
handlers.append(lambda: None)
handlers[0]()
handlers[0](1)  # E: Too many arguments  [call-arg]
c: Callable[[int, str], bool]
c(1, "a")
c("a", 1)  # E: Argument 1 has incompatible type "str"; expected "int"  [arg-type]  # E: Argument 2 has incompatible type "int"; expected "str"  [arg-type]
c(1)  # E: Too few arguments  [call-arg]
sorted(["b", "a"], key=lambda s: s.lower())
