# Everyday list idioms: stacks, queues, flattening, chunking, dedup in order.
stack = []
for ch in "((a)(b))":
    if ch == "(":
        stack.append(ch)
    elif ch == ")":
        stack.pop()
print(stack, not stack)
queue = list(range(5))
out = []
while queue:
    out.append(queue.pop(0))
    if len(out) == 2:
        queue.append(99)
print(out)
nested = [[1, 2], [3, [4, 5]], [], [6]]
def flatten(xs):
    result = []
    for x in xs:
        if isinstance(x, list):
            result.extend(flatten(x))
        else:
            result.append(x)
    return result
print(flatten(nested))
data = list(range(11))
print([data[i:i + 3] for i in range(0, len(data), 3)])
seen = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.append(x)
print(seen, list(dict.fromkeys([3, 1, 3, 2, 1, 4])))
grid = [list("abc"), list("def")]
print(["".join(row) for row in grid], [list(col) for col in zip(*grid)])
scores = [("ann", 90), ("bob", 85), ("cy", 90), ("dee", 70)]
scores.sort(key=lambda s: s[1], reverse=True)
print(scores)
print([name for name, score in scores if score >= 85], max(scores, key=lambda s: s[1]))
a = [5, 1, 4]
b = sorted(a)
a.append(0)
print(a, b, a[::-1], a.index(4), min(a), sum(a) / len(a))
rotated = data[3:] + data[:3]
print(rotated, rotated[-1], len(rotated))
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    m[i][i] = 1
print(m, [row[:] for row in m] == m)
