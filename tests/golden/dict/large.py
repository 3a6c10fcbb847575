# Growing and shrinking a large dict, with int and str keys.
d = {}
for i in range(20000):
    d[i * 7] = i
print(len(d), d[7 * 1234], sum(d.values()))
for i in range(0, 20000, 2):
    del d[i * 7]
print(len(d), list(d)[:5], list(d)[-5:])
s = {}
for i in range(5000):
    s["key%d" % i] = i
print(len(s), s["key4999"], "key5000" in s, list(s)[100:103])
for k in list(s):
    if s[k] % 100:
        del s[k]
print(s)
t = {(i, i + 1): i for i in range(1000)}
print(t[(500, 501)], len(t))
neg = {-i: i for i in range(1000)}
print(neg[-999], list(neg)[:5])
