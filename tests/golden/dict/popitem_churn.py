# Inserting and popping items over and over must not fill the index with
# deleted slots (an earlier build looped forever in the lookup).
d = {}
for i in range(100000):
    d[i] = i
    d.popitem()
    assert 5 not in d
print(len(d))
d = {"keep": 1}
for i in range(1000):
    d["k%d" % i] = i
    item = d.popitem()
    if i % 400 == 0:
        print(item)
print(d, len(d))
