# copy.deepcopy of nested containers and user objects, with shared
# references and a cycle (the memo), as configuration-cloning code does.
import sys
import copy


class Node:
    def __init__(self, name, children, meta):
        self.name = name
        self.children = children
        self.meta = meta


def make_tree(depth, breadth):
    if depth == 0:
        return Node('leaf', [], {'w': 1.5, 'tags': ('a', 'b')})
    shared = {'depth': depth, 'items': list(range(5))}
    return Node('n%d' % depth, [make_tree(depth - 1, breadth) for _ in range(breadth)],
                {'shared': shared, 'again': shared, 'set': frozenset({depth})})


def count(node):
    return 1 + sum(count(c) for c in node.children)


tree = make_tree(5, 4)
config = {'servers': [{'host': 'h%d' % i, 'ports': [80, 443], 'opts': {'tls': True}} for i in range(50)],
          'nested': [[i, [i, (i, i)]] for i in range(100)]}
config['self'] = config
reps = int(sys.argv[1]) if len(sys.argv) > 1 else 40
total = 0
for _ in range(reps):
    t = copy.deepcopy(tree)
    c = copy.deepcopy(config)
    total += count(t) + len(c['servers']) + (c['self'] is c)
    assert t.children[0].meta['shared'] is t.children[0].meta['again']
print(total, reps)
