class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("del", self.name)

a = Tracked("a")
b = a
del a
print("a deleted, b still holds it")
b = None
print("after b = None")

def scope():
    t = Tracked("local")
    print("leaving scope")

scope()
print("after scope")
items = [Tracked("in-list-1"), Tracked("in-list-2")]
items.pop(0)
print("popped")
items.clear()
print("cleared")
d = {"k": Tracked("in-dict")}
d["k"] = 5
print("replaced")
x = Tracked("rebound")
x = Tracked("replacement")
print("end of program")
