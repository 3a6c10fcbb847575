# fix_missing_locations, increment_lineno, copy_location on built and parsed trees.
import ast

tree = ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Name('x', ast.Load())))], [])
ast.fix_missing_locations(tree)
print(ast.dump(tree, include_attributes=True))
parsed = ast.parse("a = 1\nif a:\n    b = [a,\n         a]\n")
ast.increment_lineno(parsed, 10)
print(ast.dump(parsed, include_attributes=True))
new = ast.copy_location(ast.Name('n', ast.Load()), parsed.body[0].value)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
expr = ast.parse("x", mode='eval')
ast.increment_lineno(expr, 2)
print(ast.dump(expr, include_attributes=True))
partial = ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('hi')], []), lineno=1, col_offset=0)
module = ast.fix_missing_locations(ast.Module([partial], []))
print(ast.dump(module, include_attributes=True))
exec(compile(module, '<m>', 'exec'))
