# Method overrides (Liskov): argument types, return types, arity, optional
# and keyword arguments, static and class methods, generic bases.
from typing import Generic, Iterable, List, Optional, Sequence, TypeVar

T = TypeVar("T")


class Animal:
    def speak(self, times: int) -> str:
        return "..." * times

    def eat(self, food: str, amount: int = 1) -> None:
        pass

    def legs(self) -> int:
        return 4

    def friends(self) -> Sequence["Animal"]:
        return []

    def rename(self, *, name: str) -> None:
        pass

    @staticmethod
    def kind(code: int) -> str:
        return str(code)

    @classmethod
    def create(cls, name: str) -> "Animal":
        return cls()

    def untyped(self, x):
        return x


class Dog(Animal):
    def speak(self, times: str) -> str:  # E: Argument 1 of "speak" is incompatible with supertype "Animal"; supertype defines the argument type as "int"  [override]
        return times

    def eat(self, food: str) -> None:  # E: Signature of "eat" incompatible with supertype "Animal"  [override]
        pass

    def legs(self) -> str:  # E: Return type "str" of "legs" incompatible with return type "int" in supertype "Animal"  [override]
        return "four"

    def friends(self) -> List["Dog"]:
        return []

    def rename(self, *, title: str) -> None:  # E: Signature of "rename" incompatible with supertype "Animal"  [override]
        pass

    @staticmethod
    def kind(code: str) -> str:  # E: Argument 1 of "kind" is incompatible with supertype "Animal"; supertype defines the argument type as "int"  [override]
        return code

    @classmethod
    def create(cls, name: str) -> "Dog":
        return cls()

    def untyped(self, x, y):
        return x


class Cat(Animal):
    def speak(self, times: object) -> str:
        return ""

    def eat(self, food: str, amount: int = 2, fast: bool = False) -> None:
        pass

    def legs(self) -> bool:
        return True

    def friends(self) -> Optional[List[Animal]]:  # E: Return type "Optional[List[Animal]]" of "friends" incompatible with return type "Sequence[Animal]" in supertype "Animal"  [override]
        return None

    def rename(self, *, name: str, loud: bool) -> None:  # E: Signature of "rename" incompatible with supertype "Animal"  [override]
        pass

    def kind(self, code: int) -> str:  # E: Signature of "kind" incompatible with supertype "Animal"  [override]
        return ""


class Box(Generic[T]):
    def put(self, item: T) -> None:
        pass

    def items(self) -> Iterable[T]:
        return []


class IntBox(Box[int]):
    def put(self, item: int) -> None:
        pass

    def items(self) -> List[str]:  # E: Return type "List[str]" of "items" incompatible with return type "Iterable[int]" in supertype "Box"  [override]
        return []


class StrBox(Box[str]):
    def put(self, item: bytes) -> None:  # E: Argument 1 of "put" is incompatible with supertype "Box"; supertype defines the argument type as "str"  [override]
        pass
