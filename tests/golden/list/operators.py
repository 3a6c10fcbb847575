# +, *, +=, *=, in, and the TypeErrors of mixing lists with other types.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print([1, 2] + [3], [] + [], [1] * 3, 3 * [1, 2], [1] * 0)
attempt(lambda: [1] + (2,))
attempt(lambda: [1] + "a")
attempt(lambda: (1,) + [2])
attempt(lambda: [1] * 1.5)
attempt(lambda: [1] * "a")
attempt(lambda: "a" * [1])
attempt(lambda: 1 + [1])
attempt(lambda: [1] - [1])
a = [1]
a += (2, 3)
a += "ab"
a += range(2)
print(a)
def iadd_bad():
    b = [1]
    b += 5
attempt(iadd_bad)
c = [1, 2]
c *= 3
print(c)
c *= -1
print(c)
class R:
    def __radd__(self, other): return "radd " + repr(other)
    def __rmul__(self, other): return "rmul " + repr(other)
print([1] + R(), [1] * R())
class Idx:
    def __index__(self): return 2
print([7] * Idx(), Idx() * [8])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2), [] == [])
print(1 in [1.0], "a" in ["a"], [1] in [[1]], None in [])
class E:
    def __eq__(self, other): return True
print(5 in [E()], [E()] == [7], [7] == [E()])
nan = float("nan")
print(nan in [nan], [nan] == [nan], [nan] < [nan], [1, nan] <= [1, nan])
