# Redefinitions (no-redef): a def or class binding a name already bound in
# the same block, by a definition, an assignment or an import; overloads,
# property setters and conditional variants are not redefinitions.
import os
import json
from typing import Optional, overload


def parse(text: str) -> int:
    return len(text)


def parse(text: str) -> str:  # E: Name "parse" already defined on line 9  [no-redef]
    return text


class Node:
    pass


class Node:  # E: Name "Node" already defined on line 17  [no-redef]
    value = 1


limit = 10


def limit() -> int:  # E: Name "limit" already defined on line 25  [no-redef]
    return 3


def json() -> None:  # E: Name "json" already defined (by an import)  [no-redef]
    pass


class os:  # E: Name "os" already defined (by an import)  [no-redef]
    pass


def handler() -> None:
    pass


handler = 3  # E: Incompatible types in assignment (expression has type "int", variable has type "Callable[[], None]")  [assignment]
handler = lambda: None


class Store:
    def get(self) -> int:
        return 1

    def get(self) -> str:  # E: Name "get" already defined on line 49  [no-redef]
        return ""

    @property
    def size(self) -> int:
        return 0

    @size.setter
    def size(self, value: int) -> None:
        pass

    @overload
    def fetch(self, key: int) -> int: ...
    @overload
    def fetch(self, key: str) -> str: ...
    def fetch(self, key: object) -> object:
        return key


def outer(flag: bool) -> None:
    def helper() -> int:
        return 1

    def helper() -> int:  # E: Name "helper" already defined on line 72  [no-redef]
        return 2

    if flag:
        def variant() -> None:
            pass
    else:
        def variant() -> None:
            pass


def sometimes() -> Optional[int]:
    return None


if bool():
    def sometimes() -> Optional[int]:
        return 1


try:
    import json as codec
except ImportError:
    import pickle as codec  # E: Name "codec" already defined (by an import)  [no-redef]

try:
    import math
except ImportError:
    import math
