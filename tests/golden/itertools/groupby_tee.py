from itertools import groupby, tee
data = "AAAABBBCCDAABBB"
print([(k, list(g)) for k, g in groupby(data)])
print([k for k, g in groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
groups = list(groupby("aabb"))
print([(k, list(g)) for k, g in groups])
a, b = tee(range(5))
print(list(a), list(b))
x, y, z = tee("abc", 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))
it = iter(range(3))
t1, t2 = tee(it)
print(list(t1), list(t2), tee([], 0))
c = t1.__copy__()
print(list(c))
big1, big2 = tee(range(200))
print(sum(big1), sum(big2))
