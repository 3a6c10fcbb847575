# ast.dump of expressions: operators, comprehensions, f-strings, slices, calls.
import ast

sources = [
    "a and b or not c",
    "-a + b * c ** d // e % f @ g / h - i << j >> k | l ^ m & ~n",
    "a < b <= c == d != e > f >= g is h is not i in j not in k",
    "(x := 5)",
    "lambda a, *b, c=1, **d: a",
    "b if a else c",
    "{1: 2, **d}",
    "{1, 2}",
    "[x for x in y if x if not x]",
    "{x for x in y}",
    "{k: v for k, v in y}",
    "(x async for x in y)",
    "f(a, *b, c=d, **e)",
    "f'{a!r:>{w}} and {b=}'",
    "a[1:2, ::3, ...]",
    "a.b.c",
    "[*a, *b]",
    "()",
    "(1,)",
    "(yield from x)",
    "await y",
    "'a' 'b'",
    "b'x' b'y'",
    "u'uni'",
    "x[a:b:c]",
]
for s in sources:
    print(ast.dump(ast.parse(s, mode='eval')))
