# The deprecated node names ast.py defines itself (Num, Str, Bytes, NameConstant,
# Ellipsis) and the Constant.n / .s properties.
import ast

n = ast.Num(5)
print(type(n).__name__, n.value, n.n, isinstance(n, ast.Num), isinstance(ast.Constant(1), ast.Num))
print(isinstance(ast.Constant('s'), ast.Str), isinstance(ast.Constant(b'b'), ast.Bytes),
      isinstance(ast.Constant(None), ast.NameConstant), isinstance(ast.Constant(...), ast.Ellipsis))
print(isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant('x'), ast.Num))
s = ast.Str('text')
print(s.s, s.value, ast.dump(s))
c = ast.Constant(3)
c.n = 4
print(c.value)
print(ast.dump(ast.Bytes(b'x')), ast.dump(ast.NameConstant(None)), ast.dump(ast.Ellipsis()))
print(ast.Index(ast.Constant(1)).value, ast.dump(ast.ExtSlice([ast.Constant(1), ast.Constant(2)])))
