# Overloaded and generic builtins: min, max, sum, zip, map, filter, enumerate.
from typing import Dict, List, Tuple

nums = [3, 1, 2]
reveal_type(min(nums))  # N: Revealed type is "builtins.int"
reveal_type(max(nums, key=lambda n: -n))  # N: Revealed type is "builtins.int"
reveal_type(sum(nums))  # N: Revealed type is "builtins.int"
reveal_type(list(zip(nums, "abc")))  # N: Revealed type is "builtins.list[Tuple[builtins.int, builtins.str]]"
reveal_type(list(map(str, nums)))  # N: Revealed type is "builtins.list[builtins.str]"
reveal_type(list(filter(None, nums)))  # N: Revealed type is "builtins.list[builtins.int]"
reveal_type(list(enumerate(nums)))  # N: Revealed type is "builtins.list[Tuple[builtins.int, builtins.int]]"
reveal_type(dict(zip("ab", nums)))  # N: Revealed type is "builtins.dict[builtins.str, builtins.int]"
reveal_type(sorted(nums, reverse=True))  # N: Revealed type is "builtins.list[builtins.int]"
reveal_type(reversed(nums))  # N: Revealed type is "builtins.reversed[builtins.int]"
reveal_type(isinstance(3, int))  # N: Revealed type is "builtins.bool"
reveal_type(divmod(7, 2))  # N: Revealed type is "Tuple[builtins.int, builtins.int]"
reveal_type(round(2.5))  # N: Revealed type is "builtins.int"
reveal_type(round(2.5, 1))  # N: Revealed type is "builtins.float"
reveal_type(abs(-2.5))  # N: Revealed type is "builtins.float"
reveal_type(pow(2, 3))  # N: Revealed type is "builtins.int"
reveal_type(int("3"))  # N: Revealed type is "builtins.int"
reveal_type(str(3))  # N: Revealed type is "builtins.str"
reveal_type(repr(nums))  # N: Revealed type is "builtins.str"
reveal_type(range(3))  # N: Revealed type is "builtins.range"
reveal_type(iter(nums))  # N: Revealed type is "typing.Iterator[builtins.int]"
reveal_type(next(iter(nums)))  # N: Revealed type is "builtins.int"
reveal_type(tuple(nums))  # N: Revealed type is "builtins.tuple[builtins.int, ...]"
reveal_type(set(nums))  # N: Revealed type is "builtins.set[builtins.int]"
reveal_type(frozenset(nums))  # N: Revealed type is "builtins.frozenset[builtins.int]"
reveal_type(input())  # N: Revealed type is "builtins.str"
reveal_type(hash("a"))  # N: Revealed type is "builtins.int"
reveal_type(id(nums))  # N: Revealed type is "builtins.int"
reveal_type(chr(65) + "")  # N: Revealed type is "builtins.str"
reveal_type(ord("a"))  # N: Revealed type is "builtins.int"
min()  # E: All overload variants of "min" require at least one argument  [call-overload]
chr("a")  # E: Argument 1 to "chr" has incompatible type "str"; expected "int"  [arg-type]
ord(1)  # E: Argument 1 to "ord" has incompatible type "int"; expected "Union[str, bytes, bytearray]"  [arg-type]
