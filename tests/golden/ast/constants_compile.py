# Constant nodes may hold any constant type compile() accepts, including the
# tuples, frozensets, complex numbers and big ints no source literal makes.
import ast


def run(value):
    tree = ast.fix_missing_locations(ast.Expression(ast.Constant(value)))
    return eval(compile(tree, '<c>', 'eval'))


for value in [None, True, False, ..., 0, -5, 2**100, -2**100, 1.5, -0.0, float('inf'), 1 + 2j, -3j, 'text', 'é\u1234',
              b'\x00\xff', (1, 'a', (2.5, None)), frozenset({1, 2}), (), frozenset()]:
    result = run(value)
    print(repr(result), result == value, type(result).__name__)
for bad in [[1], {1: 2}, {1}, object, bytearray(b'x'), (1, [2]), frozenset({(1, ())}) | {1}, 1.5j.__class__]:
    try:
        run(bad)
    except TypeError as e:
        print('TypeError', e)


class MyStr(str):
    pass


for bad in [MyStr('x'), True.__class__(0)]:
    try:
        print(repr(run(bad)))
    except TypeError as e:
        print('TypeError', e)
tree = ast.fix_missing_locations(ast.Module([ast.If(ast.Constant((1, 2)), [ast.Expr(ast.Call(
    ast.Name('print', ast.Load()), [ast.Constant('tuple is true')], []))], [])], []))
exec(compile(tree, '<if>', 'exec'))
tree = ast.fix_missing_locations(ast.Module([ast.If(ast.Constant(frozenset()), [], [ast.Expr(ast.Call(
    ast.Name('print', ast.Load()), [ast.Constant('empty frozenset is false')], []))])], []))
try:
    exec(compile(tree, '<if>', 'exec'))
except ValueError as e:
    print('ValueError', e)
