def f():
    try:
        raise KeyError("first")
    finally:
        print("cleanup")

try:
    f()
except KeyError as e:
    print("caught", repr(e))

def g():
    try:
        return "from try"
    finally:
        print("finally runs before return")

print(g())

def h():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "loop done"

print(h())
x = [1, 2]
x[5]
