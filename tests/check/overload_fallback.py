# When no overload variant matches, mypy checks the first one the arguments
# fit by count and roughly by shape, and reports its errors instead of
# "No overload variant".
from typing import Callable, Dict, List, Union, overload


@overload
def pick(x: int) -> int: ...
@overload
def pick(x: str, y: int = 0) -> str: ...
def pick(x: Union[int, str], y: int = 0) -> Union[int, str]:
    return x


@overload
def first(items: List[int]) -> int: ...
@overload
def first(items: Dict[str, int]) -> str: ...
def first(items: Union[List[int], Dict[str, int]]) -> Union[int, str]:
    return 0


@overload
def call(fn: Callable[[int], int]) -> int: ...
@overload
def call(fn: Callable[[str], str], arg: str) -> str: ...
def call(fn: Callable, arg: str = "") -> Union[int, str]:
    return 0


pick(1.5)  # E: No overload variant of "pick" matches argument type "float"  [call-overload]
pick("a", "b")  # E: No overload variant of "pick" matches argument types "str", "str"  [call-overload]
pick(b"x")  # E: No overload variant of "pick" matches argument type "bytes"  [call-overload]
first(["a"])  # E: List item 0 has incompatible type "str"; expected "int"  [list-item]
first({"k": "v"})  # E: Dict entry 0 has incompatible type "str": "str"; expected "str": "int"  [dict-item]
first({1: 2})  # E: Dict entry 0 has incompatible type "int": "int"; expected "str": "int"  [dict-item]
first((1, 2))  # E: No overload variant of "first" matches argument type "Tuple[int, int]"  [call-overload]
reveal_type(first([1]))  # N: Revealed type is "builtins.int"
call(len)  # E: Argument 1 to "call" has incompatible type "Callable[[Sized], int]"; expected "Callable[[int], int]"  [arg-type]
call(str.upper, 3)  # E: No overload variant of "call" matches argument types "Callable[[str], str]", "int"  [call-overload]
d: Dict[str, int] = {}
d.update({"k": "v"})  # E: Dict entry 0 has incompatible type "str": "str"; expected "str": "int"  [dict-item]
d.update([("k", "v")])  # E: List item 0 has incompatible type "Tuple[str, str]"; expected "Tuple[str, int]"  [list-item]
names: List[str] = []
names.extend([1, 2])  # E: List item 0 has incompatible type "int"; expected "str"  [list-item]  # E: List item 1 has incompatible type "int"; expected "str"  [list-item]
print(max([1, 2], key=len))  # E: Argument "key" to "max" has incompatible type "Callable[[Sized], int]"; expected "Callable[[int], Union[SupportsDunderLT[Any], SupportsDunderGT[Any]]]"  [arg-type]
print(sorted(["b", "a"], key=1))  # E: No overload variant of "sorted" matches argument types "List[str]", "int"  [call-overload]
