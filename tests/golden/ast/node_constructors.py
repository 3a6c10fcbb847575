# Node constructors: positional and keyword fields, CPython 3.11's errors, and
# that fields not given are simply absent (no defaults in 3.11).
import ast

b = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Constant(2), lineno=4)
print(ast.dump(b), b.lineno, sorted(vars(b)))
n = ast.Name()
print(vars(n), hasattr(n, 'id'), n.end_lineno, n.end_col_offset)
try:
    n.id
except AttributeError as e:
    print('AttributeError', e)
try:
    n.lineno
except AttributeError as e:
    print('AttributeError', e)
print(ast.FunctionDef().returns, ast.FunctionDef().type_comment, ast.arg().annotation)
try:
    ast.FunctionDef().body
except AttributeError as e:
    print('AttributeError', e)
print(ast.Constant(5).kind, vars(ast.Constant(5)))
for make in [lambda: ast.BinOp(1, 2, 3, 4), lambda: ast.Pass(1), lambda: ast.Return(1, 2),
             lambda: ast.Name('x', left='y', id='z'), lambda: ast.AST(1), lambda: ast.Load(1),
             lambda: ast.Constant(1, 'u', 3)]:
    try:
        node = make()
        print('made', vars(node))
    except TypeError as e:
        print('TypeError', e)
print(vars(ast.Name('x', extra=5)))
print(vars(ast.AST(anything=1)))
x = ast.Name('x', ast.Load())
x.id = 'y'
del x.ctx
print(vars(x))
print(ast.Name.__init__ is ast.AST.__init__, type(ast.AST.__dict__['__init__']).__name__)
