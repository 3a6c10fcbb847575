# itertools semantics in detail: groupby grouper lifetime and key calls, tee lifetimes,
# accumulate/compress/islice/product/chain/starmap/zip_longest/count/repeat corner cases.
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
import itertools as it
# groupby: grouper kept after groupby exhausted; grouper consumed partly
g = it.groupby("aaabbc")
k1, grp1 = next(g)
show(lambda: next(grp1))
k2, grp2 = next(g)
show(lambda: (k2, list(grp1), list(grp2)))
show(lambda: [(k, "".join(v)) for k, v in g])
show(lambda: list(grp2))
# groupby key function called how many times
calls = []
def key(x):
    calls.append(x)
    return x // 2
show(lambda: [(k, list(v)) for k, v in it.groupby(range(6), key)])
show(lambda: calls)
# groupby with unhashable keys works (equality only)
show(lambda: [k for k, _ in it.groupby([[1], [1], [2]])])
# tee independent exhaustion + deleting one tee frees
a, b = it.tee(iter(range(3)))
del a
show(lambda: list(b))
# accumulate with initial only, empty with func
show(lambda: list(it.accumulate([], max, initial=3)))
show(lambda: list(it.accumulate([5], initial=None)))
# compress stops at shorter
show(lambda: list(it.compress(it.count(), [1, 0, 1])))
show(lambda: list(it.compress("ab", it.repeat(1))))
# islice on infinite with stop None and step
show(lambda: list(it.islice(it.cycle("ab"), 1, 8, 3)))
# product of generators consumed upfront
def noisy(tag, n):
    for i in range(n):
        print("produce", tag, i)
        yield i
p = it.product(noisy("a", 2), noisy("b", 2))
show(lambda: "created")
show(lambda: next(p))
# permutations of set (order of set iteration for ints is deterministic)
show(lambda: list(it.permutations({3, 1, 2}, 2))[:3])
# combinations_with_replacement r=0
show(lambda: list(it.combinations_with_replacement("ab", 0)))
show(lambda: list(it.product("ab", "", "c")))
# chain with strings and dicts
show(lambda: list(it.chain({"k": 1}, {"a", }, b"x")))
# starmap with non-tuple sequences
show(lambda: list(it.starmap(lambda *a: sum(a), [[1, 2], range(3), (4,)])))
# zip_longest fillvalue object identity
fill = []
show(lambda: all(t[1] is fill for t in it.zip_longest("ab", "", fillvalue=fill)))
# count with float step accumulates (not multiplication)
c = it.count(0.0, 0.1)
show(lambda: [next(c) for _ in range(4)][-1])
# repeat of mutable
r = list(it.repeat([], 2))
r[0].append(1)
show(lambda: r)
