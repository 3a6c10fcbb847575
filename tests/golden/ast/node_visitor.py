# NodeVisitor dispatch, generic_visit, ast.walk and iter_child_nodes.
import ast

source = """
import os
def f(x, y):
    z = x + y
    return [z * i for i in range(3)]
class K:
    def m(self): return f(1, 2)
"""
tree = ast.parse(source)


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.functions = []

    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))

    def visit_FunctionDef(self, node):
        self.functions.append(node.name)
        self.generic_visit(node)


c = Counter()
c.visit(tree)
print(c.names)
print(c.functions)
print(sorted(type(n).__name__ for n in ast.walk(tree)))
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[1])])
print([(name, ast.dump(v[0])) for name, v in ast.iter_fields(tree.body[0])])
print([(name, type(v).__name__) for name, v in ast.iter_fields(tree.body[1].args)])
print(sum(1 for _ in ast.walk(tree)))
