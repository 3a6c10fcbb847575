sources = [
    "x = = 1",
    "def f(:\n  pass",
    "for x in range(3) print(x)",
    "a = (1,\n",
    "class C\n  pass",
    "x = 'abc",
    "1 = x",
    "del f()",
    "(a, b) += 1",
    "lambda: (yield)",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "f(x for x in y, 1)",
    "if x:\npass",
    "  x = 1",
    "x = [1, 2",
    "print(f'{x!z}')",
    "try:\n  pass\n",
    "x := 5",
    "def f():\n  nonlocal q",
    "continue",
    "async def f():\n  yield 1\n  return 2",
    "None = 1",
    "f(**x, *y)",
    "import",
    "from . import",
    "a b c",
    "x = 1 if 2",
    "'a' 'b' b'c'",
    "with open(x) as f(): pass",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset}) for {src!r}")
