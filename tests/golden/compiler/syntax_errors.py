# SyntaxErrors found by the compiler and the symbol table: message and place.
cases = [
    "return 1",
    "break",
    "if x:\n    continue",
    "yield 1",
    "class C:\n    yield 1",
    "await x",
    "def f():\n    await x",
    "def f():\n    [x async for x in y]",
    "a, *b, *c = x",
    "*a = 1",
    "x = *a",
    "async def f():\n    yield 1\n    return 2",
    "def f():\n    yield from x\nasync def g():\n    yield from x",
    "match x:\n    case [a, a]: pass",
    "match x:\n    case a: pass\n    case 1: pass",
    "match x:\n    case _: pass\n    case 1: pass",
    "match x:\n    case a | b: pass",
    "match x:\n    case {'a': 1, 'a': 2}: pass",
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f(a):\n    global a",
    "def f():\n    x: int\n    global x",
    "nonlocal x",
    "def f():\n    nonlocal x",
    "def f(a, a): pass",
    "class C:\n    [y := 1 for x in z]",
    "[x := 1 for x in y]",
    "[i for i in (j := range(3))]",
    "def f():\n    from os import *",
    "f(a=1, a=2)",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
    "for x in y:\n    try:\n        pass\n    except* E:\n        break",
    "from __future__ import nope",
    "x = 1\nfrom __future__ import annotations",
    "[(yield x) for x in y]",
    "def f():\n    async with x:\n        pass",
    "def f():\n    async for x in y:\n        pass",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{src!r:45.45} {type(e).__name__}: {e.msg} @ {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")

ok = [
    "lambda: (yield)",
    "def f():\n    global g\n    g = 1",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2",
    "async def f():\n    [x async for x in y]\n    await z",
    "match x:\n    case a if a: pass\n    case b: pass",
]
for src in ok:
    compile(src, "<case>", "exec")
print("all valid programs compiled")
