# Membership, index() and count() for ints and other values.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

r = range(0, 100, 7)
print(0 in r, 7 in r, 8 in r, 98 in r, 105 in r, -7 in r, 99 in r)
print(14.0 in r, 14.5 in r, True in range(2), "a" in r, None in r)
print(r.index(21), r.count(21), r.count(22), r.count(21.0), range(5).count(True))
attempt(lambda: r.index(22))
attempt(lambda: r.index(21.5))
attempt(lambda: r.index("x"))
print(r.index(14.0))
n = range(20, -20, -6)
print([x in n for x in (20, 14, -16, -22, 0, 2)], n.index(-16))
big = range(0, 10**20, 3)
print(3 * 10**18 in big, 3 * 10**18 + 1 in big, big.index(3 * 10**18), big.count(9))
class Eq:
    def __eq__(self, o): return o == 5
print(Eq() in range(10), range(10).count(Eq()), range(10).index(Eq()))
