# nullcontext works with with and async with, returning enter_result.
from contextlib import nullcontext

with nullcontext() as v:
    print("default", v)
with nullcontext(42) as v:
    print("value", v)
obj = [1]
with nullcontext(obj) as v:
    print("same object", v is obj)
try:
    with nullcontext():
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", e)

def maybe_open(use):
    return nullcontext("fake resource") if not use else None
with maybe_open(False) as r:
    print(r)

async def main():
    async with nullcontext("async") as v:
        print("async value", v)
    try:
        async with nullcontext():
            raise KeyError("k")
    except KeyError:
        print("async propagated")

try:
    main().send(None)
except StopIteration:
    pass
n = nullcontext(5)
with n as a, n as b:
    print(a, b)
