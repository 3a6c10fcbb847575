# compile() of parsed and hand-built trees in exec, eval and single modes.
import ast

source = """
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
class Box:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'Box({self.v!r})'
result = [fib(i) for i in range(10)]
try:
    1 / 0
except ZeroDivisionError as e:
    caught = str(e)
match Box(3):
    case Box(v=3):
        matched = True
"""
namespace = {}
exec(compile(ast.parse(source), '<parsed>', 'exec'), namespace)
print(namespace['result'], namespace['caught'], namespace['matched'], namespace['Box'](1))
print(eval(compile(ast.parse('[x * 2 for x in range(4)]', mode='eval'), '<e>', 'eval')))
exec(compile(ast.parse('1 + 1', mode='single'), '<s>', 'single'))
code = compile(ast.parse('x = 1'), 'file.py', 'exec')
print(code.co_filename, code.co_name, type(code).__name__)
tree = ast.parse("def g():\n    '''doc'''\n    return 2")
ns = {}
exec(compile(tree, '<g>', 'exec'), ns)
print(ns['g'](), ns['g'].__doc__)

# A function built entirely by hand.
args = ast.arguments(posonlyargs=[], args=[ast.arg('x')], vararg=None, kwonlyargs=[], kw_defaults=[],
                     kwarg=None, defaults=[])
body = [ast.Return(ast.BinOp(ast.Name('x', ast.Load()), ast.Mult(), ast.Constant(10)))]
fn = ast.FunctionDef('times_ten', args, body, [], None, None)
module = ast.fix_missing_locations(ast.Module([fn], []))
ns = {}
exec(compile(module, '<built>', 'exec'), ns)
print(ns['times_ten'](4))

# Syntax errors the compiler finds in a valid tree.
for src in ["return 1", "yield 1", "break", "def f():\n    nonlocal x", "await x"]:
    try:
        compile(ast.parse(src), '<t>', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
try:
    compile(ast.parse("f(**a, *b)", mode='eval'), '<t>', 'eval')
except SyntaxError as e:
    print('SyntaxError', e.msg)
