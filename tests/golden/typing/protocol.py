# typing.Protocol: runtime_checkable structural checks, non-runtime protocols, protocol members.
from typing import Protocol, runtime_checkable, SupportsInt, SupportsAbs, Iterable


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class Sized2(Protocol):
    size: int


class File:
    def close(self):
        pass


class Other:
    pass


print(isinstance(File(), Closer), isinstance(Other(), Closer))
print(issubclass(File, Closer))
try:
    isinstance(File(), Sized2)
except TypeError as e:
    print("TypeError", e)
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(-2.0, SupportsAbs))
print(isinstance([], Iterable))
try:
    Closer()
except TypeError as e:
    print("TypeError", e)


class Impl(Closer):
    pass


print(Impl().close())
print(Closer.__protocol_attrs__ if hasattr(Closer, "__protocol_attrs__") else sorted(k for k in ("close",)))
print(Closer._is_protocol, Impl._is_protocol)
