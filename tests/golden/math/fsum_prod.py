# fsum is exact; prod multiplies anything.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([1e308, -1e308, 1.0]))
print(math.fsum([0.1, 0.2, 0.3, -0.6]), math.fsum([2.0**53, 1.0, 1.0]), math.fsum([1.0, 1e-16, 1e-16]))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, -1]), math.fsum([math.nan, 1]), math.fsum(x / 7 for x in range(50)))
for data in [[1e308, 1e308], [math.inf, -math.inf], [1e308, 1e308, -1e308], ["a"]]:
    try:
        print(math.fsum(data))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod([1.5, 2]), math.prod(range(1, 21)))
print(math.prod([2, 3], start=0.5), math.prod(["ab", 3]), math.prod([[1], 2]), math.prod(x for x in [1j, 1j]))
try:
    math.prod([1, 2], 3)
except TypeError as e:
    print(e)
