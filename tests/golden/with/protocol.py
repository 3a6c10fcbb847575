class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress

with Manager("a") as value:
    print("body", value)

with Manager("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with Manager("c"):
        raise KeyError("not suppressed")
except KeyError as e:
    print("caught", repr(e))

with Manager("x") as x, Manager("y") as y:
    print("multi", x, y)

with (
    Manager("p1") as p1,
    Manager("p2"),
):
    print("parenthesized", p1)

def early_return():
    with Manager("r"):
        return "returned"
print(early_return())

for i in range(3):
    with Manager(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")
