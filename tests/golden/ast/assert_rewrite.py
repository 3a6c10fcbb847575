# An assertion rewriter in the style of pytest's: parse, replace each assert
# by code that reports the compared values, compile the tree and run it.
import ast

SOURCE = """
def check(a, b):
    assert a == b, 'values differ'
    assert a < 10
    return 'ok'

results = []
for args in [(1, 1), (2, 3), (12, 12)]:
    try:
        results.append(check(*args))
    except AssertionError as e:
        results.append('failed: ' + str(e))
"""


class AssertRewriter(ast.NodeTransformer):
    def visit_Assert(self, node):
        test = node.test
        if isinstance(test, ast.Compare) and len(test.ops) == 1:
            left = ast.Name('@left', ast.Store())
            right = ast.Name('@right', ast.Store())
            stmts = [
                ast.Assign([left], test.left),
                ast.Assign([right], test.comparators[0]),
            ]
            compare = ast.Compare(ast.Name('@left', ast.Load()), test.ops, [ast.Name('@right', ast.Load())])
            explanation = ast.JoinedStr([
                ast.FormattedValue(ast.Name('@left', ast.Load()), ord('r'), None),
                ast.Constant(' ' + type(test.ops[0]).__name__ + ' '),
                ast.FormattedValue(ast.Name('@right', ast.Load()), ord('r'), None),
            ])
            if node.msg is not None:
                explanation = ast.BinOp(node.msg, ast.Add(), ast.BinOp(ast.Constant(': '), ast.Add(), explanation))
            stmts.append(ast.If(ast.UnaryOp(ast.Not(), compare),
                                [ast.Raise(ast.Call(ast.Name('AssertionError', ast.Load()), [explanation], []),
                                           None)], []))
            for s in stmts:
                ast.copy_location(s, node)
            return stmts
        return node


tree = ast.parse(SOURCE, '<test>')
tree = AssertRewriter().visit(tree)
ast.fix_missing_locations(tree)
namespace = {}
exec(compile(tree, '<test>', 'exec'), namespace)
for r in namespace['results']:
    print(r)
print(sum(isinstance(n, ast.Assert) for n in ast.walk(tree)))
