# ast.unparse: the source CPython writes back, and that it parses to the same tree.
import ast

sources = [
    "x = 1 + 2 * 3",
    "(a + b) * c",
    "a ** -b",
    "-(a ** b)",
    "not (a and b) or c",
    "lambda x, /, y=2, *a, z, **k: (x, y)",
    "def f(a: int = 1, *, b: str) -> None:\n    pass",
    "async def g():\n    async with a as b:\n        await c\n    return [i async for i in d]",
    "class A(B, metaclass=M):\n    x: int = 3",
    "for a, b in c:\n    pass\nelse:\n    pass",
    "try:\n    pass\nexcept (E, F) as e:\n    raise\nfinally:\n    del x",
    "with a, b as (c, d):\n    pass",
    "x = f'{a!r} {b:>{w}} {c=}'",
    "print(*args, sep='', **kw)",
    "a[1:2, ::3]",
    "{**a, 'b': 1}",
    "x if y else z",
    "(yield x)",
    "import a.b as c\nfrom .. import d",
    "global g\nnonlocal n",
    "match x:\n    case [1, *r] | {'k': v, **kw} if v:\n        pass\n    case C(a, b=2) as c:\n        pass",
    "assert x, 'm'",
    "x = 'a\\nb'",
    "x = b'\\x00'",
    "@decorator(1)\ndef f():\n    '''doc'''\n    return",
    "while (n := n - 1):\n    continue",
    "x = 1e309",
    "x = (1, 2)[0]",
    "del a, b[0]",
]
for s in sources:
    tree = ast.parse(s)
    text = ast.unparse(tree)
    print(text)
    print('--', ast.dump(ast.parse(text)) == ast.dump(tree))
print(ast.unparse(ast.BinOp(ast.Name('a'), ast.Add(), ast.Constant(1))))
