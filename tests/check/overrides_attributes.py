# Attribute overrides: class attributes assigned in a subclass body must
# keep the base's type; a method replaced by a value; final members.
from typing import ClassVar, Dict, Final, List, Optional, final


class Config:
    name: str = "base"
    retries: int = 3
    ratio = 0.5
    tags: List[str] = []
    parent: Optional["Config"] = None
    registry: ClassVar[Dict[str, int]] = {}
    VERSION: Final = 2

    def validate(self) -> bool:
        return True

    @final
    def freeze(self) -> None:
        pass


class Local(Config):
    name = "local"
    retries = "three"  # E: Incompatible types in assignment (expression has type "str", base class "Config" defined the type as "int")  [assignment]
    ratio = 1
    tags = ["a", 1]  # E: List item 1 has incompatible type "int"; expected "str"  [list-item]
    parent = None
    registry = {"a": "b"}  # E: Dict entry 0 has incompatible type "str": "str"; expected "str": "int"  [dict-item]
    validate = False  # E: Incompatible types in assignment (expression has type "bool", base class "Config" defined the type as "Callable[[Config], bool]")  [assignment]
    VERSION = 3  # E: Cannot assign to final name "VERSION"  [misc]

    def freeze(self) -> None:  # E: Cannot override final attribute "freeze" (previously declared in base class "Config")  [misc]
        pass


class Remote(Config):
    name: str = "remote"
    ratio = "half"  # E: Incompatible types in assignment (expression has type "str", base class "Config" defined the type as "float")  [assignment]
    parent = Config()


@final
class Leaf:
    pass


class Branch(Leaf):  # E: Cannot inherit from final class "Leaf"  [misc]
    pass


class Other(Leaf, Config):  # E: Cannot inherit from final class "Leaf"  [misc]
    pass
