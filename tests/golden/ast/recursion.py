# Deeply nested trees built in Python raise RecursionError, never crash.
import ast
import sys

expr = ast.Constant(1, lineno=1, col_offset=0)
for _ in range(100000):
    expr = ast.UnaryOp(ast.USub(), expr, lineno=1, col_offset=0)
try:
    compile(ast.Expression(expr), '<deep>', 'eval')
except RecursionError as e:
    print('RecursionError', e)

nested = []
for _ in range(100000):
    nested = (nested,)
try:
    compile(ast.Expression(ast.Constant(nested, lineno=1, col_offset=0)), '<deep>', 'eval')
except (RecursionError, TypeError) as e:
    print(type(e).__name__, e)

stmt = ast.Pass(lineno=1, col_offset=0)
for _ in range(50000):
    stmt = ast.If(ast.Constant(1, lineno=1, col_offset=0), [stmt], [], lineno=1, col_offset=0)
try:
    compile(ast.Module([stmt], []), '<deep>', 'exec')
except RecursionError as e:
    print('RecursionError', e)

shallow = ast.Constant(1, lineno=1, col_offset=0)
for _ in range(50):
    shallow = ast.BinOp(shallow, ast.Add(), ast.Constant(1, lineno=1, col_offset=0), lineno=1, col_offset=0)
print(eval(compile(ast.Expression(shallow), '<ok>', 'eval')))
try:
    ast.parse("(" * 300 + ")" * 300)
except (MemoryError, SyntaxError, RecursionError) as e:
    print(type(e).__name__, e)
