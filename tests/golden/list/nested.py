# Nested lists, aliasing and shallow copies.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
m = [[1, 2], [3, 4]]
c = m.copy()
c[0].append(9)
c[1] = "new"
print(m, c)
flat = [x for row in [[1, 2], [3], []] for x in row]
print(flat)
t = [[i * j for j in range(4)] for i in range(4)]
print(t, [row[i] for i, row in enumerate(t)])
print(list(zip(*t)))
deep = []
cur = deep
for i in range(5):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(deep)
print(sum([[1], [2, 3]], []))
