# Generic aliases of the collections classes and ABCs (Callable's flattened arguments), and assorted behaviours.
from collections import *
import collections.abc as abc
print(Counter[str], OrderedDict[str, int], defaultdict[str, int], ChainMap[str, int], UserDict[str, int], UserList[int], deque[int])
print(abc.Mapping[str, int], abc.Callable[[int], str], abc.Sequence[int])
c = Counter()
c['x'] += 1
c.update(Counter(x=2, y=1))
print(c, ChainMap(c, {'z': 5})['y'], isinstance(deque(), abc.Reversible))
od = OrderedDict(a=1)
class OD2(OrderedDict): pass
print(od == OD2(a=1), OD2(a=1, b=2) == OrderedDict(b=2, a=1), list(reversed(od.items())))
print(UserString("abc").rindex("c"), UserString("a,b").partition(","), UserString(" x ").lstrip())
print(issubclass(UserDict, abc.MutableMapping), issubclass(UserList, abc.MutableSequence), issubclass(UserString, abc.Sequence))
print(str(abc.Set), abc.KeysView({1: 2}), abc.ItemsView({1: 2}), len(abc.ValuesView({1: 2})))
print(sorted(dir(abc))[:8])
print(abc.__all__ == __import__('_collections_abc').__all__)
d = deque([1, 2, 3])
print(d.__len__(), d.__getitem__(0), d.__contains__(2), d.__iadd__([4]), d.__class__)
print(deque.__iadd__, deque.append)
print(deque.__init__.__doc__ is not None)
C = abc.Callable[[int, str], list[int]]
print(C, C.__args__, C.__origin__, abc.Callable[..., int], abc.Callable[[], None], type(C).__name__)
print(abc.Callable[[abc.Sequence[int]], abc.Iterator])
try:
    abc.Callable[int]
except TypeError as e:
    print(e)
try:
    abc.Callable[int, str]
except TypeError as e:
    print(e)
