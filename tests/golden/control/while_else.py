n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("while finished normally", n)

i = 0
while True:
    i += 1
    if i > 4:
        break
else:
    print("never printed")
print("broke at", i)

def find(items, target):
    idx = 0
    while idx < len(items):
        if items[idx] == target:
            break
        idx += 1
    else:
        return -1
    return idx

print(find([4, 5, 6], 6), find([4, 5, 6], 7))
