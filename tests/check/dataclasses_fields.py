# Dataclasses: inherited fields, field(init=False), kw_only, InitVar,
# __post_init__, a class with its own __init__, plain subclasses.
from dataclasses import InitVar, dataclass, field
from typing import List


@dataclass
class Base:
    ident: int
    tags: List[str] = field(default_factory=list)


@dataclass
class Child(Base):
    name: str = ""
    ident: int = 5


reveal_type(Child)  # N: Revealed type is "def (ident: builtins.int =, tags: builtins.list[builtins.str] =, name: builtins.str =) -> dataclasses_fields.Child"
Child()
Child(1, [], "n")
Child(1, ["a"], 2)  # E: Argument 3 to "Child" has incompatible type "int"; expected "str"  [arg-type]


@dataclass
class Counter:
    start: int
    total: int = field(init=False)
    step: int = field(default=1, kw_only=True)

    def __post_init__(self) -> None:
        self.total = self.start


reveal_type(Counter)  # N: Revealed type is "def (start: builtins.int, *, step: builtins.int =) -> dataclasses_fields.Counter"
Counter(1)
Counter(1, 2)  # E: Too many positional arguments for "Counter"  [misc]
Counter(1, step=2)
Counter(1, step="2")  # E: Argument "step" to "Counter" has incompatible type "str"; expected "int"  [arg-type]
Counter(1, total=3)  # E: Unexpected keyword argument "total" for "Counter"  [call-arg]


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    depth: int


Options(depth=1)
Options(True, 1)  # E: Too many positional arguments for "Options"  [misc]
Options()  # E: Missing named argument "depth" for "Options"  [call-arg]


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 1.0

    def __post_init__(self, factor: float) -> None:
        self.value = self.value * factor


reveal_type(Scaled)  # N: Revealed type is "def (value: builtins.float, factor: builtins.float =) -> dataclasses_fields.Scaled"
Scaled(1.0, "x")  # E: Argument 2 to "Scaled" has incompatible type "str"; expected "float"  [arg-type]


@dataclass
class Custom:
    a: int

    def __init__(self, text: str) -> None:
        self.a = len(text)


Custom("abc")
Custom(1)  # E: Argument 1 to "Custom" has incompatible type "int"; expected "str"  [arg-type]


class Plain(Base):
    pass


Plain(1)
Plain("x")  # E: Argument 1 to "Plain" has incompatible type "str"; expected "int"  [arg-type]
reveal_type(Plain(1).tags)  # N: Revealed type is "builtins.list[builtins.str]"
