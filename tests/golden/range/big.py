# Ranges beyond 64 bits: iteration and indexing work, len() overflows.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

r = range(2**70)
print(r, r[0], r[-1], r[2**69], bool(r), 2**69 in r, -1 in r)
attempt(lambda: len(r))
print(r[5:10], r[-3:], r[::2**68])
it = iter(range(2**64 - 2, 2**64 + 2))
print(list(it), type(iter(range(2**64, 2**64 + 1))).__name__)
print(list(range(2**63 - 3, 2**63 + 3)), list(range(-2**63 - 1, -2**63 + 2)))
print(list(range(2**100, 2**100 + 3)), list(reversed(range(2**100, 2**100 + 3))))
print(list(range(10**30, 10**30 - 10, -4)))
big = range(-10**25, 10**25, 10**24)
print(len(big), big[3], big[-1], big.index(5 * 10**24), list(big)[:2])
attempt(lambda: len(range(-2**64, 2**64)))
print(range(2**64)[2**63:2**63 + 3], list(range(2**64)[2**63:2**63 + 3]))
print(range(0, 2**64, 2**62) == range(0, 2**64 - 1, 2**62), hash(range(2**70)) == hash(range(2**70)))
attempt(lambda: range(2**70)[2**70])
print(len(range(2**62, 2**63 - 1, 2**61)), list(range(0, 2**63 - 1, 2**62)))
