print({k: v for k, v in zip("abc", range(3))})
print({x % 3 for x in range(10)})
print({n: n ** 2 for n in range(5) if n != 2})
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print(sorted({len(w) for w in words}))
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
