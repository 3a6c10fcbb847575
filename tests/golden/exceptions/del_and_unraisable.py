# __del__ runs when the last reference goes; its errors are reported, not raised.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Tracked("a")
b = a
del a
print("a still alive through b")
del b
print("after b")


def scope():
    t = Tracked("local")
    print("in scope")


scope()
print("after scope")
items = [Tracked(i) for i in range(1)]
items.clear()
print("cleared")
