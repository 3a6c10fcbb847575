import codeop
cases = ["x = 1", "if x:", "if x:\n    y = 2", "if x:\n    y = 2\n", "def f(:", "'''open", "1 +", "a = (1,\n2)", "a = (1,", "x = 'abc", "x = 'abc\n", "1 + )", "foo(", "foo(1,", "foo(1 2", "for", "for x in", "x = ", "x =\n", "@dec", "@dec\n", "class A:", "class A:\n  pass", "class A:\n  pass\n", "try:\n  pass", "try:\n  pass\n", "if 1:\n  pass\nelse", "if 1:\n  pass\nelse:", "lambda", "x = [", "x = {1:", "print 'x'", "1 1", "import", "from x import", "from x import (a,", "return", "$", "x = 1 +\\", "def f():\n  return 1\n", "def f():\n  return 1", "  x = 1", "if x:\nprint(1)", "f(**)", "\\", "'abc' 'de", "b'", 'f"{x', 'f"{x}', "x: int", "with a as b:", "while True:\n  x\n  ", "match x:", "match x:\n  case 1:", "async def f():", "del", "assert", "x.", "x[1", "x[1:", "not", "a if b", "a if b else"]
for src in cases:
    try:
        r = codeop.compile_command(src)
        print(repr(src), "complete" if r is not None else "incomplete")
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg)
