# mypy: disallow-incomplete-defs, disallow-untyped-calls, warn-return-any
# Options of the --strict family as inline comments: incomplete
# annotations, calls to untyped functions from typed code, returning Any.
import json
from typing import Any, Dict


def untyped(x):
    return x


def partial(a: int, b):  # E: Function is missing a return type annotation  [no-untyped-def]  # E: Function is missing a type annotation for one or more arguments  [no-untyped-def]
    return a


def partial_return(a: int):  # E: Function is missing a return type annotation  [no-untyped-def]
    return a


def typed(a: int) -> int:
    untyped(a)  # E: Call to untyped function "untyped" in typed context  [no-untyped-call]
    return a


def loads(text: str) -> Dict[str, int]:
    return json.loads(text)  # E: Returning Any from function declared to return "Dict[str, int]"  [no-any-return]


def anything(value: Any) -> str:
    return value  # E: Returning Any from function declared to return "str"  [no-any-return]


def to_object(value: Any) -> object:
    return value


def declared_any(value: Any) -> Any:
    return value


untyped(1)  # E: Call to untyped function "untyped" in typed context  [no-untyped-call]


class Service:
    def run(self):
        return untyped(2)

    def start(self) -> None:
        self.run()  # E: Call to untyped function "run" in typed context  [no-untyped-call]
        untyped(3)  # E: Call to untyped function "untyped" in typed context  [no-untyped-call]
