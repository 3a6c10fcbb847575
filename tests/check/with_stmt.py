# with statements: context managers and their values.
import threading
from typing import IO

with open("f") as f:
    f.read().upper()
    f.read() + 1  # E: Unsupported operand types for + ("str" and "int")  [operator]
with open("f", "rb") as fb:
    fb.read().upper()
    fb.read() + "s"  # E: Unsupported operand types for + ("bytes" and "str")  [operator]
lock = threading.Lock()
with lock:
    pass
with 5:  # E: "int" has no attribute "__enter__"  [attr-defined]  # E: "int" has no attribute "__exit__"; maybe "__int__"?  [attr-defined]
    pass


def use(stream: IO[str]) -> None:
    with stream as s:
        s.write(1)  # E: Argument 1 to "write" of "IO" has incompatible type "int"; expected "str"  [arg-type]
