# Subclasses of node classes: extra fields, custom _fields, compile() accepts them.
import ast


class Tagged(ast.Name):
    _fields = ('id', 'ctx', 'tag')


t = Tagged('x', ast.Load(), 'mine')
print(t.tag, ast.dump(t), isinstance(t, ast.expr))
tree = ast.fix_missing_locations(ast.Expression(Tagged('len', ast.Load(), 'ignored')))
print(eval(compile(tree, '<t>', 'eval'))('four'))


class MyNode(ast.AST):
    _fields = ('a', 'b')


m = MyNode(1, b=2)
print(m.a, m.b, ast.dump(m), MyNode.__match_args__)
try:
    MyNode(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    compile(ast.Module([ast.Expr(MyNode(), lineno=1, col_offset=0)], []), '<m>', 'exec')
except TypeError as e:
    print('TypeError', str(e).split(' object at ')[0])


class Visitor(ast.NodeVisitor):
    def visit_MyNode(self, node):
        print('visited MyNode', node.a)


Visitor().visit(m)
print([type(n).__name__ for n in ast.walk(ast.Module([ast.Expr(t)], []))])
