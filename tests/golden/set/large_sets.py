# Larger sets: sizes, sums, membership and order of bigger tables.
s = set(range(1000))
print(len(s), sum(s), 999 in s, 1000 in s)
evens = {x for x in s if x % 2 == 0}
print(len(s - evens), len(s & evens), len(s ^ evens), len(s | {5000}))
print(list(set(range(0, 10000, 997))))
print(list({(x * 7919) % 10007 for x in range(40)}))
big = set()
for i in range(5000):
    big.add(i * 613 % 5003)
print(len(big), list(big)[:20])
for i in range(0, 5003, 3):
    big.discard(i)
print(len(big), list(big)[:20])
print(sorted(big)[-5:])
chunks = set(range(60000))
print(len(chunks), list(chunks)[-3:])
chunks.difference_update(range(0, 60000, 2))
print(len(chunks), list(chunks)[:5])
