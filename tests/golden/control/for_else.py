for i in range(3):
    print("i =", i)
else:
    print("done", i)

for ch in "abc":
    if ch == "b":
        print("found b")
        break
else:
    print("no b")

for x in []:
    print("never")
else:
    print("empty loop else")

for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)

for i, word in enumerate(["x", "y", "z"], start=10):
    print(i, word)

total = 0
for i in range(10):
    if i % 2:
        continue
    for j in range(i):
        if j > 3:
            break
        total += j
print("total", total)
