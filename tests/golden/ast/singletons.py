# Parsed trees share one instance of each context and operator, as CPython's do.
import ast

tree = ast.parse("a = b + c - d\ndel e\nf += g")
names = [n for n in ast.walk(tree) if isinstance(n, ast.Name)]
print([type(n.ctx).__name__ for n in names])
loads = [n.ctx for n in names if isinstance(n.ctx, ast.Load)]
print(all(c is loads[0] for c in loads))
print(tree.body[0].value.op is ast.parse("x + y", mode='eval').body.op)
print(ast.Load() is ast.Load(), type(ast.Load()) is type(loads[0]))
ops = [n.op for n in ast.walk(ast.parse("a + b + c")) if isinstance(n, ast.BinOp)]
print(ops[0] is ops[1])
cmps = ast.parse("a < b < c", mode='eval').body.ops
print(cmps[0] is cmps[1], type(cmps[0]).__name__)
