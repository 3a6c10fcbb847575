import gc

class Node:
    instances = 0

    def __init__(self):
        Node.instances += 1
        self.other = None

    def __del__(self):
        Node.instances -= 1

def make_cycle():
    a = Node()
    b = Node()
    a.other = b
    b.other = a

for _ in range(10):
    make_cycle()
print("alive before collect:", Node.instances)
found = gc.collect()
print("alive after collect:", Node.instances, "found some:", found > 0)

for i in range(200000):
    lst = []
    lst.append(lst)
    d = {}
    d["self"] = d
print("survived 200000 cyclic garbage lists and dicts")
gc.collect()

class Holder:
    pass
h = Holder()
h.me = h
h.data = list(range(1000))
del h
print("collected:", gc.collect() >= 1)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"))
