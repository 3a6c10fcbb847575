# Sorting larger pseudo-random inputs: checks order, stability and that no
# item is lost, with and without keys.
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
data = [rand() % 1000 for _ in range(3000)]
s = sorted(data)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s), sum(s) == sum(data))
print(s[:10], s[-10:])
r = sorted(data, reverse=True)
print(r == s[::-1])
tagged = [(x % 10, i) for i, x in enumerate(data)]
st = sorted(tagged, key=lambda t: t[0])
print(all(st[i][0] < st[i + 1][0] or (st[i][0] == st[i + 1][0] and st[i][1] < st[i + 1][1])
          for i in range(len(st) - 1)))
rt = sorted(tagged, key=lambda t: t[0], reverse=True)
print(all(rt[i][0] > rt[i + 1][0] or (rt[i][0] == rt[i + 1][0] and rt[i][1] < rt[i + 1][1])
          for i in range(len(rt) - 1)))
runs = list(range(500)) + list(range(500, 0, -1)) + list(range(250)) * 2
print(sorted(runs)[::97])
strs = ["k%05d" % (rand() % 50000) for _ in range(2000)]
ss = sorted(strs)
print(ss[:3], ss[-3:], all(ss[i] <= ss[i + 1] for i in range(len(ss) - 1)))
fl = [rand() / 7.0 - 1e8 for _ in range(2000)]
sf = sorted(fl)
print(all(sf[i] <= sf[i + 1] for i in range(len(sf) - 1)))
mixed = [rand() % 100 if i % 2 else (rand() % 100) / 3 for i in range(2000)]
sm = sorted(mixed)
print(all(sm[i] <= sm[i + 1] for i in range(len(sm) - 1)), sm[:4])
asc = list(range(10000))
asc.sort()
print(asc == list(range(10000)))
desc = list(range(10000, 0, -1))
desc.sort()
print(desc[:3], desc[-3:])
