# enumerate and zip (with strict=), their errors and laziness.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)))
print(list(enumerate("ab", start=-1)), list(enumerate("ab", 2**70)))
e = enumerate([1, 2, 3])
print(next(e), next(e), list(e), list(e))
attempt(lambda: enumerate())
attempt(lambda: enumerate(5))
attempt(lambda: enumerate("a", 1.5))
attempt(lambda: enumerate("a", start="x"))
print(list(zip()), list(zip("abc")), list(zip("abc", [1, 2, 3, 4], (True, False))))
print(list(zip(range(3), range(10, 13), strict=True)))
attempt(lambda: list(zip([1], [1, 2], strict=True)))
attempt(lambda: list(zip([1, 2], [1], strict=True)))
attempt(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
attempt(lambda: list(zip([1], [1], [1, 2], strict=True)))
attempt(lambda: list(zip([1, 2, 3], [1, 2], [1, 2], strict=True)))
attempt(lambda: zip(1))
attempt(lambda: zip([], foo=1))
print(list(zip([1, 2], [3], strict=False)))
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z), list(z))
def gen():
    for i in range(3):
        print("gen", i)
        yield i
print(list(zip(gen(), "ab")))
print(dict(zip("abc", range(3))), dict(enumerate("xy")))
print(type(enumerate([])).__name__, type(zip()).__name__)
class E(enumerate):
    pass
print(list(E("hi", 1)))
