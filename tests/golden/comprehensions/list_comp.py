print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[c for c in w] for w in ["ab", "cd"]])
print([y for x in [[1, 2], [3]] for y in x])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
print([i for i in range(3) if (j := i * 10) > 5], j)
