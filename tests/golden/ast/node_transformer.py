# NodeTransformer rewriting a parsed tree, then fix_missing_locations,
# compile() of the tree and running it.
import ast


class NumbersDouble(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


class DropPass(ast.NodeTransformer):
    def visit_Pass(self, node):
        return None


class NameToCall(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'magic' and isinstance(node.ctx, ast.Load):
            return ast.Call(ast.Name('len', ast.Load()), [ast.Constant('abcd')], [])
        return node


class SplitPrints(ast.NodeTransformer):
    def visit_Expr(self, node):
        return [node, ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('after')], []))]


source = """
x = 21
def f(a, b=3):
    pass
    return a + b + magic
print(x, f(1))
for i in range(2):
    pass
    print(i)
"""
tree = ast.parse(source)
tree = NumbersDouble().visit(tree)
tree = DropPass().visit(tree)
tree = NameToCall().visit(tree)
tree = SplitPrints().visit(tree)
ast.fix_missing_locations(tree)
print(ast.unparse(tree))
exec(compile(tree, '<transformed>', 'exec'))

expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
ast.fix_missing_locations(expr)
print(eval(compile(expr, '<e>', 'eval')))
single = ast.fix_missing_locations(ast.Interactive([ast.Expr(ast.Constant('shown'))]))
exec(compile(single, '<i>', 'single'))
