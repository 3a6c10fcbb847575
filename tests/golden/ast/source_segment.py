# ast.get_source_segment: byte offsets over lines with non-ASCII text.
import ast

source = """x = 'é' + f(α,
    βγ)
def g():
    return  [1,
             2]
s = '日本' ; t = 3
"""
tree = ast.parse(source)
for node in ast.walk(tree):
    if isinstance(node, (ast.expr, ast.stmt)):
        print(type(node).__name__, repr(ast.get_source_segment(source, node)))
ret = tree.body[1].body[0].value
print(repr(ast.get_source_segment(source, ret, padded=True)))
print(ast.get_source_segment(source, ast.Name('q')))
