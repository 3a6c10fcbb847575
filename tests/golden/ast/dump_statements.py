# ast.dump of statements: fields in ASDL order, absent optionals omitted.
import ast

sources = [
    "x = 1",
    "x: int = 1",
    "x: int",
    "(x): int = 2",
    "a.b += 2",
    "a, *b = c",
    "del a[0], b.c",
    "def f(a, /, b=1, *c, d, e=2, **f) -> int:\n    return a",
    "async def g():\n    await x\n    async for i in y: pass\n    async with a as b, c: pass",
    "@dec\nclass C(B, metaclass=M):\n    '''doc'''\n    x = 1",
    "for i in range(3):\n    continue\nelse:\n    break",
    "while x:\n    pass\nelse:\n    y",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "with open(f) as g, h:\n    pass",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "assert x, 'msg'",
    "import a.b as c, d",
    "from ..m import (x as y, z)",
    "from . import *",
    "global a, b",
    "def f():\n    nonlocal q",
    "lambda: (yield)",
    "return",
]
for s in sources:
    print(ast.dump(ast.parse(s)))
