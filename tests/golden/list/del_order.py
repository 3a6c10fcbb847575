# The order in which containers release their items (visible through __del__).
log = []
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): log.append(self.name)
    def __repr__(self): return self.name
def show(label):
    print(label, log)
    log.clear()
l = [Noisy("a"), Noisy("b"), Noisy("c")]
del l
show("list")
l = [Noisy("a"), Noisy("b"), Noisy("c")]
l.clear()
show("clear")
l = [Noisy(str(i)) for i in range(6)]
del l[1:4]
show("del slice")
del l[::2]
show("del step")
l[:] = [Noisy("new")]
show("assign slice")
l = None
show("rebind")
t = tuple(Noisy(x) for x in "xyz")
del t
show("tuple")
d = {Noisy("k1"): Noisy("v1"), Noisy("k2"): Noisy("v2")}
del d
show("dict")
d = {1: Noisy("one"), 2: Noisy("two")}
d.clear()
show("dict clear")
d = {1: Noisy("old")}
d[1] = Noisy("replaced")
show("dict replace")
d = None
show("dict rebind")
s = {Noisy("s1"), Noisy("s2")}
names = sorted(x.name for x in s)
del s
print("set", sorted(log) == names)
log.clear()
p = [Noisy("p1"), Noisy("p2")]
p.pop()
show("pop")
p *= 0
show("imul zero")
