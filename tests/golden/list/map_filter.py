# map and filter, with one or many iterables, None and bool as predicates.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [5, 2])), list(map(len, [])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "a", None, [], [0], 0.0, 2])))
print(list(filter(bool, [0, 1, 2])), list(filter(lambda x: x % 3 == 0, range(10))))
attempt(lambda: map(len))
attempt(lambda: map())
attempt(lambda: map(len, 1))
attempt(lambda: filter(None))
attempt(lambda: filter(None, 5))
attempt(lambda: list(map(int, ["1", "x"])))
attempt(lambda: list(filter(lambda x: 1 / x, [1, 0])))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
print(sum(map(int, "12345")), max(map(len, ["a", "abc", "ab"])))
print(list(map(tuple, [[1], [2, 3]])), list(filter(str.isdigit, "a1b2")))
print(type(map(len, [])).__name__, type(filter(None, [])).__name__)
