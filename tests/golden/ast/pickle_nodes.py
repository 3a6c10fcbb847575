# pickle of nodes goes through AST.__reduce__.
import ast
import copy
import pickle

tree = ast.parse("def f(x):\n    return x + 1\n")
print(tree.__reduce__()[0], tree.__reduce__()[1])
for clone in [copy.deepcopy(tree), pickle.loads(pickle.dumps(tree)),
              pickle.loads(pickle.dumps(tree, protocol=0))]:
    print(type(clone).__name__, ast.dump(clone, include_attributes=True) == ast.dump(tree, include_attributes=True))
shallow = copy.copy(tree.body[0])
print(shallow.body is tree.body[0].body, shallow is tree.body[0])
deep = copy.deepcopy(tree.body[0])
print(deep.body is tree.body[0].body, ast.dump(deep) == ast.dump(tree.body[0]))
ops = pickle.loads(pickle.dumps([ast.Add(), ast.Load()]))
print([type(o).__name__ for o in ops])
n = ast.Name('x')
n.custom = [1, 2]
print(vars(pickle.loads(pickle.dumps(n))))
print(copy.deepcopy(ast.Constant(value=(1, 2), kind=None)).value)
