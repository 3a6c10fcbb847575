# compile() rejects a NamedExpr whose target is not a Name, wherever it is.
import ast
for src in ["(x := 1)", "[(x := 1) for y in z]", "def f():\n    (x := 1)", "def f():\n    [(x := 1) for y in z]", "lambda: (x := 1)"]:
    tree = ast.parse(src)
    for n in ast.walk(tree):
        if isinstance(n, ast.NamedExpr):
            n.target = ast.Attribute(ast.Name('a', ast.Load()), 'b', ast.Store(), lineno=1, col_offset=0)
    ast.fix_missing_locations(tree)
    try:
        compile(tree, '<s>', 'exec'); print('ok')
    except Exception as e:
        print(type(e).__name__, e)
