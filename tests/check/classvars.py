# ClassVar: class attributes that instances may read but not assign, and
# ClassVar allowed only for assignments in a class body.
from typing import ClassVar, Dict, List


class Registry:
    count: ClassVar[int] = 0
    entries: ClassVar[Dict[str, int]] = {}
    default_name: ClassVar = "anon"
    name: str = "x"

    def register(self, key: str) -> None:
        self.entries[key] = 1
        self.count = self.count + 1  # E: Cannot assign to class variable "count" via instance  [misc]
        Registry.count += 1
        self.name = key

    @classmethod
    def reset(cls) -> None:
        cls.count = 0
        cls.entries = {}


r = Registry()
reveal_type(r.count)  # N: Revealed type is "builtins.int"
reveal_type(Registry.entries)  # N: Revealed type is "builtins.dict[builtins.str, builtins.int]"
r.count = 5  # E: Cannot assign to class variable "count" via instance  [misc]
r.entries = {}  # E: Cannot assign to class variable "entries" via instance  [misc]
Registry.count = 3
Registry.count = "three"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
r.name = "y"
r.default_name = "z"  # E: Cannot assign to class variable "default_name" via instance  [misc]


class Sub(Registry):
    def bump(self) -> None:
        self.count = 2  # E: Cannot assign to class variable "count" via instance  [misc]


total: ClassVar[int] = 0  # E: ClassVar can only be used for assignments in class body  [misc]


def use(limit: ClassVar[int]) -> ClassVar[List[int]]:  # E: ClassVar can only be used for assignments in class body  [misc]
    x: ClassVar[str] = ""  # E: ClassVar can only be used for assignments in class body  [misc]
    return []
