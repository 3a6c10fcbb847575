# A small report pipeline mixing operator (itemgetter/attrgetter/methodcaller),
# functools (reduce, partial, singledispatch, total_ordering, cache) and
# itertools (groupby, accumulate, pairwise, batched-like chunks, product).
import functools
import itertools
import operator
from collections import namedtuple

Sale = namedtuple("Sale", "region product qty price")
SALES = [Sale("north", "apple", 3, 1.5), Sale("south", "pear", 5, 2.0), Sale("north", "pear", 2, 2.0),
         Sale("east", "apple", 7, 1.4), Sale("south", "apple", 1, 1.6), Sale("north", "fig", 4, 3.25)]

by_region = operator.attrgetter("region")
for region, rows in itertools.groupby(sorted(SALES, key=by_region), key=by_region):
    rows = list(rows)
    total = functools.reduce(operator.add, (r.qty * r.price for r in rows), 0.0)
    print(region, len(rows), round(total, 2), sorted(map(operator.attrgetter("product"), rows)))
print(list(itertools.accumulate([r.qty for r in SALES], operator.mul)), list(itertools.accumulate([3, 1, 4, 1, 5], max, initial=0)))
print(list(itertools.pairwise("abcd")), list(itertools.starmap(operator.pow, [(2, 3), (3, 2)])))
chunks = iter(range(10))
print(list(iter(lambda: list(itertools.islice(chunks, 3)), [])))
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations_with_replacement("xyz", 2))[:4])
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(str.isdigit, "a1b2")))
print(list(itertools.zip_longest("ab", "wxyz", fillvalue="-")), list(itertools.takewhile(lambda x: x < 3, itertools.count())))
get = operator.itemgetter(1, 3)
print(get("abcdef"), operator.itemgetter("k")({"k": 9}), operator.methodcaller("split", ",", 1)("a,b,c"))
print(operator.attrgetter("region", "qty")(SALES[0]), operator.index(5), operator.length_hint(iter([1, 2])), operator.concat([1], [2]))


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)


print(describe(3), describe("s"), describe([1, "a"]), describe.dispatch(bool).__name__ if False else sorted(t.__name__ for t in describe.registry))


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), max(vs), Version("2.0") >= Version("1.9"), Version("1.0") <= Version("1.0"))
calls = []


@functools.lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n


print([slow(i) for i in (1, 2, 1, 3, 1, 2)], calls, slow.cache_info())
slow.cache_clear()
tax = functools.partial(round, ndigits=1)
print(tax(2.345), tax.func.__name__, tax.keywords, functools.partial(tax, 9.99)())


class Report:
    def __init__(self, rows):
        self.rows = rows

    @functools.cached_property
    def total(self):
        calls.append("total")
        return sum(r.qty for r in self.rows)


r = Report(SALES)
print(r.total, r.total, calls[-2:], functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
