# ast.dump's indent and annotate_fields options.
import ast

tree = ast.parse("def f(a, b=2):\n    if a:\n        return [a, b]\n    return {}")
print(ast.dump(tree, indent=2))
print(ast.dump(tree, indent='\t'))
print(ast.dump(tree, indent=0))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree, annotate_fields=False, indent=1))
print(ast.dump(tree.body[0].args, include_attributes=True))
print(ast.dump(ast.Name('x')))
print(ast.dump(ast.BinOp(left=ast.Constant(1))))
print(ast.dump(ast.Constant(value=None, kind=None)))
print(ast.dump(ast.Load()))
try:
    ast.dump(5)
except TypeError as e:
    print(e)
