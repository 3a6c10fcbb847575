# Rows of issue 10's "wrong outcomes" table: bad input raises CPython's
# exception, with CPython's message.
import sys

cases = [
    "sys.setrecursionlimit(2**31)",
    "sys.setrecursionlimit(99999999999)",
    "'a' * -10**100",
    "b'a' * -10**100",
    "[1] * -10**100",
    "(1,) * -10**100",
    "bytearray(b'a') * -10**100",
    "'a' * -5",
    "1 << 2**40",
    "1 << 2**63",
    "1 << 2**64",
    "1 << 10**30",
    "0 << 10**30",
    "5 >> 10**30",
    "'{99999999999999999999}'.format(1)",
    "'{:99999999999999999999}'.format(1)",
    "compile('1', 's', 'exec', flags=0x7fffffff)",
    "'\\t'.expandtabs(2**40)",
    "b'\\t'.expandtabs(2**40)",
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print(sys.getrecursionlimit())


def outer():
    x = y = 1

    def inner():
        return x + y
    return inner


for fn in (exec, eval):
    try:
        fn(outer().__code__)
    except TypeError as e:
        print(fn.__name__, 'of a code object with free variables:', e)
