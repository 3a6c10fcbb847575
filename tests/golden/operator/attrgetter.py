# operator.attrgetter: plain and dotted names, several names, repr,
# __reduce__ and errors.
import copy
from operator import attrgetter

class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __repr__(self):
        return "Node(%s)" % self.name

tree = Node("root", Node("mid", Node("leaf")))
print(attrgetter("name")(tree))
print(attrgetter("child.name")(tree), attrgetter("child.child.name")(tree))
print(attrgetter("name", "child.name", "child")(tree))
print(attrgetter("real", "imag")(3 + 4j), attrgetter("__class__.__name__")(1.5))

people = [Node("carol"), Node("alice"), Node("bob")]
print(sorted(people, key=attrgetter("name")))

print(repr(attrgetter("a")), repr(attrgetter("a.b", "c")), repr(attrgetter("x..y")))
print(attrgetter("a.b", "c").__reduce__(), attrgetter("z").__reduce__())
c = copy.copy(attrgetter("child.name"))
print(c(tree), copy.deepcopy(attrgetter("name", "child"))(tree))

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(attrgetter)
attempt(attrgetter, 1)
attempt(attrgetter, "a", 2)
attempt(attrgetter, "a", b="c")
attempt(attrgetter("name"))
attempt(attrgetter("name"), tree, tree)
attempt(attrgetter("missing"), tree)
attempt(attrgetter("child.missing"), tree)
attempt(attrgetter("child.child.child.name"), tree)
attempt(attrgetter("a..b"), tree)
attempt(attrgetter(".name"), tree)
attempt(attrgetter("name."), tree)

class Dynamic:
    def __getattr__(self, name):
        return "dyn:" + name
print(attrgetter("x", "y.upper")(Dynamic())[1]())
print(attrgetter("upper")("abc")())
