# Recursive generators: tree walks, permutations, deep delegation.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

def preorder(node):
    yield node.value
    for child in node.children:
        yield from preorder(child)

def postorder(node):
    for child in node.children:
        yield from postorder(child)
    yield node.value

tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6)))
print(list(preorder(tree)))
print(list(postorder(tree)))

def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [head] + rest

print(list(perms([1, 2, 3])))

def chain_down(n):
    if n:
        yield from chain_down(n - 1)
    yield n

print(sum(chain_down(300)))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])
