# range construction, len, repr, attributes and truth.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for r in [range(5), range(2, 8), range(1, 10, 2), range(10, 0, -3), range(0), range(5, 5),
          range(5, 0), range(-5, 5, 4), range(0, -10, -1), range(3, 4, 100)]:
    print(r, len(r), list(r), r.start, r.stop, r.step, bool(r))
attempt(lambda: range())
attempt(lambda: range(1, 2, 3, 4))
attempt(lambda: range(0, 1, 0))
attempt(lambda: range(1.5))
attempt(lambda: range("a"))
attempt(lambda: range(1, 2.0))
attempt(lambda: range(stop=3))
class I:
    def __index__(self): return 4
print(range(I()), range(I(), 10, I()), list(range(True, 4)), range(False, True))
print(type(range(1)).__name__, type(iter(range(1))).__name__)
print(str(range(3)), repr(range(-1, -5, -1)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(range(3)) == [0, 1, 2])
