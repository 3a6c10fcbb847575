# The gc module, and cycles being collected.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"))
print(type(gc.get_count()).__name__, len(gc.get_count()))


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("collected", self.name)


a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("before collect")
n = gc.collect()
print("after collect", n >= 2)
print(gc.collect() >= 0)
