# print(): sep, end, file, flush and conversions.
import sys

print("a", "b", 3)
print("a", "b", sep="-")
print("no newline", end="")
print()
print("x", "y", sep="", end="!\n")
print(sep=None, end=None)
print(1, 2, sep=None)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
print("one", 2, [3], file=w)
print(w.parts)


class S:
    def __str__(self):
        return "str of S"


print(S(), None, True, 1.5, "é")
for kw in [{"sep": 1}, {"end": 2}, {"bogus": 3}]:
    try:
        print("x", **kw)
    except TypeError as e:
        print(type(e).__name__, e)
