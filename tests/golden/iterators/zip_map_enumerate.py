# zip (strict), map with several iterables, enumerate start values and errors.
print(list(zip("ab", [1, 2], (True, False), strict=True)))
for args in (("ab", "abc"), ("abc", "ab"), ("a", "a", "ab"), ("ab", "ab", "a")):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError:", e)
try:
    zip([1], 2)
except TypeError as e:
    print("TypeError:", e)
try:
    zip(foo=1)
except TypeError as e:
    print("TypeError:", e)
print(list(zip()))

print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")))
try:
    map(abs)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(abs, ["x"]))
except TypeError as e:
    print("TypeError:", e)

print(list(enumerate("ab", 2 ** 70)))
print(list(enumerate("ab", start=-2)))
try:
    enumerate("ab", 1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate(iterable="xy", start=1)))
e = enumerate("abc")
next(e)
print(e.__length_hint__() if hasattr(e, "__length_hint__") else "no hint", list(e))
try:
    filter(None)
except TypeError as e:
    print("TypeError:", e)
