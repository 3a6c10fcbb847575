# Mapping and sequence patterns over the collections types (through _collections_abc).
from collections import OrderedDict, ChainMap, UserDict, UserList, UserString, deque, namedtuple, Counter, defaultdict
P = namedtuple("P", "x y")
class D(deque): pass
for subject in [OrderedDict(a=1), ChainMap({"a": 2}), UserDict(a=3), UserList([1, 2]), UserString("ab"),
                deque([1, 2]), D([3, 4]), P(5, 6), Counter(a=7), defaultdict(int, a=8), {}.keys()]:
    match subject:
        case {"a": v}:
            print("mapping", v)
        case [x, y]:
            print("sequence", x, y)
        case P(x=x):
            print("class", x)
        case _:
            print("other", type(subject).__name__)
