# mypy: disallow-untyped-defs
# --disallow-untyped-defs (as an inline option): functions and methods
# without annotations, or with some missing, are errors.
from typing import Iterator, List


def no_annotations(a, b):  # E: Function is missing a type annotation  [no-untyped-def]
    return a + b


def returns_only() -> int:
    return 1


def missing_return(a: int):  # E: Function is missing a return type annotation  [no-untyped-def]
    return a


def missing_arg(a, b: int) -> int:  # E: Function is missing a type annotation for one or more arguments  [no-untyped-def]
    return b


def no_args():  # E: Function is missing a return type annotation  [no-untyped-def]
    pass


def no_args_value():  # E: Function is missing a return type annotation  [no-untyped-def]
    return 5


def star_args(a: int, *rest, **options) -> None:  # E: Function is missing a type annotation for one or more arguments  [no-untyped-def]
    pass


def generator():  # E: Function is missing a return type annotation  [no-untyped-def]
    yield 1


def typed_gen() -> Iterator[int]:
    yield 1


class Account:
    def __init__(self):  # E: Function is missing a return type annotation  [no-untyped-def]
        self.total = 0

    def deposit(self, amount):  # E: Function is missing a type annotation  [no-untyped-def]
        self.total += amount

    def balance(self):  # E: Function is missing a return type annotation  [no-untyped-def]
        return self.total

    def history(self) -> List[int]:
        return []

    def clear(self) -> None:
        pass

    @staticmethod
    def make(code):  # E: Function is missing a type annotation  [no-untyped-def]
        return code

    @classmethod
    def empty(cls):  # E: Function is missing a return type annotation  [no-untyped-def]
        return cls()


class Typed:
    def __init__(self, value: int) -> None:
        self.value = value

    def partial(self, other) -> int:  # E: Function is missing a type annotation for one or more arguments  [no-untyped-def]
        return self.value


handler = lambda event: event
