# async functions and await.
import asyncio
from typing import List


async def fetch(n: int) -> str:
    await asyncio.sleep(0.1)
    return str(n)


async def main() -> None:
    s = await fetch(1)
    s.upper()
    s + 1  # E: Unsupported operand types for + ("str" and "int")  [operator]
    results: List[str] = await asyncio.gather(fetch(1), fetch(2))  # E: Incompatible types in assignment (expression has type "Tuple[str, str]", variable has type "List[str]")  [assignment]
    await fetch("x")  # E: Argument 1 to "fetch" has incompatible type "str"; expected "int"  [arg-type]
    x = fetch(3)
    reveal_type(x)  # E: Value of type "Coroutine[Any, Any, str]" must be used  [unused-coroutine]  # N: Revealed type is "typing.Coroutine[Any, Any, builtins.str]"
    y = await x
    reveal_type(y)  # N: Revealed type is "builtins.str"


async def bad() -> int:
    return "s"  # E: Incompatible return value type (got "str", expected "int")  [return-value]


asyncio.run(main())
