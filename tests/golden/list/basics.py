# list construction, len, indexing and the IndexError/TypeError cases.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [1, 2, 3, "four", 5.0, None, True]
print(a, len(a))
print(a[0], a[-1], a[3], a[-7])
attempt(lambda: a[7])
attempt(lambda: a[-8])
attempt(lambda: a["x"])
attempt(lambda: a[1.0])
attempt(lambda: a[2**100])
attempt(lambda: a[-2**100])
print(a[True], a[False])
print([], [[]], [[], []], len([]))
print(list(), list("abc"), list((1, 2)), list(range(4)))
print(list({1: "a", 2: "b"}), list({3: 4}.values()))
b = [0] * 5
b[0] = 9
b[-1] = 7
print(b)
def setbad():
    b[5] = 1
attempt(setbad)
def delbad():
    del b[10]
attempt(delbad)
del b[1]
print(b)
print(bool([]), bool([0]))
print([1, 2] == [1, 2], [1, 2] != [1, 2], [1, 2] is [1, 2])
x = [1, 2, 3]
y = x
y.append(4)
print(x, y is x)
print(list(x) is x, list(x) == x)
print(3 in x, 10 in x, 10 not in x)
print([None] * 3, [1, 2] * 0, [1, 2] * -1, 2 * [7])
attempt(lambda: list(1))
attempt(lambda: list([1], [2]))
attempt(lambda: list(x=1))
print(type([]).__name__, type(iter([])).__name__, type(reversed([])).__name__)
print(isinstance([], list), issubclass(list, object))
