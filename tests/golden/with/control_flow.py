# return/break/continue leaving with blocks, nested withs and try/finally.
from _log import Logged

def ret_nested():
    with Logged("outer"):
        try:
            with Logged("inner"):
                return "value"
        finally:
            print("finally")

print(ret_nested())

def ret_overridden():
    with Logged("w"):
        try:
            return 1
        finally:
            return 2
print(ret_overridden())

for i in range(4):
    with Logged(f"a{i}"):
        with Logged(f"b{i}"):
            if i == 0:
                continue
            if i == 2:
                break
            print("body", i)
print("after loop")

while True:
    try:
        with Logged("while"):
            break
    finally:
        print("finally after break")

def suppressed_return():
    with Logged("s", suppress=True):
        raise ValueError
    return "after suppressed raise"
print(suppressed_return())

def gen():
    with Logged("gen"):
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
print("closed")

def ret_in_loop():
    for x in "ab":
        with Logged(x):
            for y in "cd":
                with Logged(x + y):
                    if y == "d":
                        return x + y
print(ret_in_loop())
