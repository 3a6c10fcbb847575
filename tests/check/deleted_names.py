# Reading a deleted variable: after `del x`, and the name of an
# `except ... as e` handler after its try statement.
import sys


def a() -> None:
    x = 1
    del x
    print(x)  # E: Trying to read deleted variable "x"  [misc]
    x = 2
    print(x)


def b(flag: bool) -> None:
    y = 1
    if flag:
        del y
    print(y)


def c() -> None:
    try:
        pass
    except Exception as exc:
        print(exc)
    print(exc)  # E: Trying to read deleted variable "exc"  [misc]


def d() -> None:
    z = [1]
    del z[0]
    print(z)
    del z
    del z


w = 3
del w
print(w)  # E: Trying to read deleted variable "w"  [misc]
for i in range(3):
    del i
print(i)
