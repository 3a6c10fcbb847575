from itertools import (accumulate, chain, compress, dropwhile, takewhile, filterfalse,
                       starmap, islice, pairwise, zip_longest)
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)), list(accumulate([], initial=5)))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])), list(chain()))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(lambda *a: sum(a), [[1, 2, 3]])))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)),
      list(islice("ABCDEFG", 0, None, 2)), list(islice(range(100), 10, 30, 7)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1], [2, 3], [])))
for bad in [lambda: islice("a", -1), lambda: islice("a", 1, 2, 0), lambda: islice("a", "x")]:
    try:
        bad()
    except ValueError as e:
        print(e)
