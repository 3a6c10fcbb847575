import gc

def resource(name):
    print("open", name)
    try:
        yield name
        yield name + "!"
    finally:
        print("release", name)

g = resource("a")
next(g)
del g
print("after del")

def consume_first():
    for item in resource("b"):
        return item
print(consume_first())

class Node:
    pass

def cyclic():
    n = Node()
    n.gen = gen_with_ref(n)
    next(n.gen)

def gen_with_ref(node):
    try:
        yield node
    finally:
        print("cyclic generator finalized")

cyclic()
gc.collect()
print("end")
