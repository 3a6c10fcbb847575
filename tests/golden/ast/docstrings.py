# ast.get_docstring on modules, classes and functions.
import ast

tree = ast.parse('''"""Module doc.

    indented line
"""
def f():
    """  Function doc.  """
    return 1
class C:
    "class doc"
async def g():
    x = 1
def h():
    b"bytes are not docs"
''')
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree, clean=False)))
for node in tree.body[1:]:
    print(node.name, repr(ast.get_docstring(node)))
try:
    ast.get_docstring(tree.body[1].body[1])
except TypeError as e:
    print('TypeError', e)
