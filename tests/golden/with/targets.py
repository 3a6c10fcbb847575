# The __enter__ result can be bound to any assignment target.
from _log import Logged

class Box:
    pass

box = Box()
d = {}
items = [0, 0, 0]

with Logged("attr", result=10) as box.value:
    pass
print(box.value)
with Logged("sub", result="v") as d["key"]:
    pass
print(d)
with Logged("slice", result=[7, 8]) as items[1:]:
    pass
print(items)
with Logged("star", result=[1, 2, 3, 4]) as (first, *rest):
    print(first, rest)
with Logged("nested", result=(1, (2, 3))) as (a, (b, c)):
    print(a, b, c)
with Logged("list-target", result="xy") as [p, q]:
    print(p, q)
try:
    with Logged("bad-unpack", result=(1, 2, 3)) as (m, n):
        print("not reached")
except ValueError as e:
    print("ValueError:", e)
try:
    with Logged("not-iterable", result=5) as (m, n):
        pass
except TypeError as e:
    print("TypeError:", e)

def in_function():
    with Logged("local", result=42) as local:
        pass
    return local
print(in_function())
def uses_global():
    global g
    with Logged("global", result="G") as g:
        pass
uses_global()
print(g)
