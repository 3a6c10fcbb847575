# ast.parse raises the SyntaxErrors of CPython's parser, and only those (the
# compiler's own checks wait for compile()).
import ast
for s in ["f(a=1, a=2)", "*a = 1", "del f()", "1 = x", "f() = 1", "def f(a, a): pass", "nonlocal x",
          "return 1", "x += 1, 2", "(a, b) += 1", "[x for x in y] = 1", "a if b else c = 1", "f(x for x in y, 1)",
          "def f(*, **k): pass", "lambda: (yield)", "class C: return", "async def f(): yield from x",
          "with (a as b, c): pass", "x = yield = 1", "del *a", "print(f'{x!z}')", "__debug__ = 1",
          "def f(__debug__): pass", "f(__debug__=1)", "import __debug__", "match x:\n case a: pass\n case b: pass",
          "match x:\n case {**_}: pass", "match x:\n case a | b: pass", "try:\n pass\nexcept* (): pass\nexcept E: pass",
          "from __future__ import braces", "x: int += 1", "'abc' 1", "from . import *\ndef f(): from x import *"]:
    try:
        ast.parse(s)
        print('ok', repr(s))
    except SyntaxError as e:
        print('SyntaxError', repr(s), e.msg, e.lineno, e.offset)
