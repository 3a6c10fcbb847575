# operator.methodcaller: method calls with positional and keyword
# arguments, repr, __reduce__ (with and without keywords), errors.
import copy
from operator import methodcaller

print(methodcaller("upper")("abc"))
print(methodcaller("split", ",")("a,b,c"))
print(methodcaller("split", sep=",", maxsplit=1)("a,b,c"))
print(methodcaller("get", "k", "default")({}))
print(list(map(methodcaller("strip", "-"), ["-a-", "--b"])))
print(sorted(["Bob", "alice", "Carol"], key=methodcaller("lower")))

print(repr(methodcaller("f")), repr(methodcaller("f", 1, "two")), repr(methodcaller("f", 1, k="v", z=None)))
print(methodcaller("f", 1, 2).__reduce__())
print(methodcaller("f").__reduce__())
r = methodcaller("split", ",", maxsplit=1).__reduce__()
print(type(r[0]).__name__, r[0].func.__name__, r[0].args, r[0].keywords, r[1])
print(r[0](*r[1])("a,b,c"))
c = copy.copy(methodcaller("replace", "a", "b", 1))
print(c("aaa"), copy.deepcopy(methodcaller("count", "a"))("banana"))

class Shown:
    def __repr__(self):
        return "Shown!"
print(repr(methodcaller("m", Shown(), key=Shown())))
print(repr(methodcaller("m", name="x")))

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(methodcaller)
attempt(methodcaller, 1)
attempt(methodcaller, name="f")
attempt(methodcaller("upper"))
attempt(methodcaller("upper"), "a", "b")
attempt(methodcaller("upper"), obj="a")
attempt(methodcaller("nope"), 1)
attempt(methodcaller("upper", 1), "a")
attempt(methodcaller("__init__", name=3), object())
