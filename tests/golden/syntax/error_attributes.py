# SyntaxError attributes (msg, lineno, offset, end_lineno, end_offset) for
# common mistakes, as compile() reports them.
cases = [
    "x = (1, 2", "def f(:\n  pass", "a b", "print 'x'", "f(**x, *y)", "f(a=1, b)", "x += 1 = 2", "del f()",
    "for x in 1, 2 pass", "if x = 1: pass", "class A(metaclass=M, x): pass", "lambda x=1, y: 0",
    "def f(x, x): pass", "nonlocal x", "return", "yield", "await x", "async def f(): yield from x",
    "x = [i for i in range(3) if i else 0]", "f'{x!z}'", "f'{'", "f'{}'", "'abc", "'''abc", "0777", "1__0", "1_",
    "0b2", "0x", "1e", "x = 1 if 2", "import", "from x import", "from . import (a, b", "try:\n  pass\n", "try:\n  pass\nfinally:\n  pass\nelse:\n  pass",
    "match x:\n  case 1 + 1: pass", "match x:\n  case {**a, **b}: pass", "with (a as b, c as d: pass", "x: int = 1 = 2",
    "(a, b): int", "[x for x in y] = 1", "f() = 1", "None = 1", "__debug__ = 1", "def f(*): pass", "def f(**k, a): pass",
    "a = *b", "print(*)", "x = {**}", "@\ndef f(): pass", "global x\nx = 1\nglobal x", "def f():\n  x = 1\n  global x",
    "break", "continue", "class C:\n  return 1", "f(x for x in y, 1)", "a.1", "x = 5 6", "if True:\npass", "  x = 1",
    "def f():\n\treturn 1\n        return 2", "x = \"\\N{NOPE}\"", "b'\\u1234' + b'é'", "u = 'a' 'b' b'c'",
]
for src in cases:
    try:
        compile(src, "<t>", "exec")
        print(repr(src), "OK")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:
        print(repr(src), "other", type(e).__name__, e)
