class Res:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError
with Res("a") as r:
    print("body", r.name)
with Res("b"):
    raise KeyError("swallowed")
try:
    with Res("c"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)

class Fin:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
f = Fin(1)
del f
print("after del")
def scope():
    x = Fin(2)
    print("in scope")
scope()
print("after scope")
lst = [Fin(3)]
lst.clear()
print("end")
