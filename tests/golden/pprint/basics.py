# pprint: widths, depth, sort_dicts, compact, underscore_numbers, nested and recursive structures, pformat of dataclasses.
import pprint
from dataclasses import dataclass
from collections import OrderedDict, defaultdict, Counter, deque

data = {"name": "widget", "tags": ["a", "b", "c"] * 5, "dims": {"w": 10, "h": 20, "d": {"x": list(range(15))}}, "id": 12345678901}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, sort_dicts=False, compact=True, width=60)
print(pprint.pformat(data["id"], underscore_numbers=True))
r = [1, 2]
r.append(r)
import re
print(re.sub(r"id=\d+", "id=ID", pprint.pformat(r)))
print(pprint.isrecursive(r), pprint.isreadable(data), re.sub(r"id=\d+", "id=ID", pprint.saferepr(r)))


@dataclass
class Point:
    x: int
    y: list


pprint.pprint(Point(1, list(range(30))), width=50)
pprint.pprint(OrderedDict(a=1, b=2))
pprint.pprint(defaultdict(int, {"k": list(range(20))}), width=30)
pprint.pprint(Counter("mississippi"))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(("long string " * 10,), width=40)
pprint.pprint(b"bytes " * 15, width=30)
pprint.pprint(set(range(25)), width=30)
pprint.pprint(frozenset({2, 1}))
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"a": [1, 2, {"b": "c" * 30}]})
