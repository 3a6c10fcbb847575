# tuple construction, indexing, immutability and reprs.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[0], t[-1], t[-1][0], t[1:3])
print((), (1,), (1, 2), ((),), ((1,),), tuple(), tuple("ab"), tuple([1, [2]]))
attempt(lambda: t[5])
attempt(lambda: t[-6])
attempt(lambda: t["a"])
attempt(lambda: ()[0])
def assign():
    t[0] = 1
attempt(assign)
def delete():
    del t[0]
attempt(delete)
attempt(lambda: tuple(1))
attempt(lambda: tuple([1], [2]))
attempt(lambda: tuple(x=1))
empty = ()
print(tuple() is empty, tuple(empty) is empty, t is tuple(t), t[:] is t)
print(bool(()), bool((0,)), type(()).__name__)
x = 1, 2, 3
a, b, c = x
print(x, a, b, c)
first, *rest = "hello"
print(first, rest)
print(tuple(range(5)), tuple({1: 2, 3: 4}), tuple(x for x in "ab"))
print((1, 2) + (3,), (1,) * 3, 2 * (1, 2), () * 5, (1,) * -1)
attempt(lambda: (1,) + [2])
attempt(lambda: (1,) * 2.0)
print(1 in t, (5, 6) in t, 7 in t)
print(t.count(1), (1, 1, 2).count(1), (1, 2, 1).index(1, 1))
attempt(lambda: t.index(99))
attempt(lambda: (1, 2).index(1, 1))
print((1, [2, 3])[1].append(4), isinstance((), tuple))
