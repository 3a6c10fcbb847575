# Reading slices with every combination of start, stop and step.
a = list(range(10))
print(a[:], a[2:], a[:3], a[2:5], a[-3:], a[:-3], a[-5:-2])
print(a[::2], a[1::2], a[::-1], a[::-2], a[8:2:-1], a[8:2:-3], a[2:8:-1])
print(a[100:], a[:100], a[-100:], a[:-100], a[5:5], a[7:3])
print(a[::100], a[::-100], a[-1:-11:-1], a[-1::-4])
for start in (None, -12, -3, 0, 4, 11):
    for stop in (None, -11, -2, 0, 6, 12):
        for step in (None, -3, -1, 1, 2, 5):
            print(start, stop, step, a[start:stop:step])
s = slice(1, 8, 3)
print(a[s], s, s.start, s.stop, s.step)
print(a[slice(None)], a[slice(3)], a[slice(-2, None)])
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    a["a":]
except TypeError as e:
    print("TypeError:", e)
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(a[I(2):I(6):I(2)], a[I(-1)])
print(a[2**100:], a[:2**100], a[-2**100:3], a[::2**100], a[::-2**100])
print(a[True:], a[:False])
