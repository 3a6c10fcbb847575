# heapq.nlargest / nsmallest (keys, ties, stability) and merge.
import heapq

data = [5, 1, 8, 3, 9, 2, 8, 1, 7, 3, 0, 5]
for n in [-1, 0, 1, 2, 3, 5, 12, 20]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(n, heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))

words = ["pear", "fig", "apple", "kiwi", "date", "plum", "banana", "lime", "nut"]
for n in [1, 2, 4, 8, 9]:
    print(n, heapq.nsmallest(n, words, key=len), heapq.nlargest(n, words, key=len))
    print(n, heapq.nsmallest(n, iter(words), key=len), heapq.nlargest(n, iter(words), key=len))
print(heapq.nsmallest(1, [], key=len), heapq.nlargest(1, iter([])), heapq.nlargest(3, iter([])))


class Item:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return f"{self.k}{self.tag}"


items = [Item(k, t) for k, t in zip([2, 1, 2, 1, 3, 3, 1, 2], "abcdefgh")]
print(heapq.nsmallest(3, iter(items)), heapq.nlargest(3, iter(items)))
print(heapq.nsmallest(3, items, key=lambda i: i.k), heapq.nlargest(4, items, key=lambda i: i.k))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3], [], [1, 2, 10, 11], [0])))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["bb", "a"], ["ccc", "dd"], key=len, reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dd", "eeee"], key=len)))
print(list(heapq.merge(iter(items[:2]), iter(items[2:4]), key=lambda i: i.k)))
g = heapq.merge([1, 2], [1, 3])
print(type(g).__name__, next(g), list(g))
try:
    list(heapq.merge([1], 5))
except TypeError as e:
    print(e)
try:
    heapq.nsmallest(2, [1, "a", 2])
except TypeError as e:
    print(e)
