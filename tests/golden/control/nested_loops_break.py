result = []
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 3 == 0:
            continue
        result.append((i, j))
print(result)

def first_pair(limit):
    for a in range(1, limit):
        for b in range(a, limit):
            if a * b == 12:
                return a, b
    return None

print(first_pair(10), first_pair(3))
