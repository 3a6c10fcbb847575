# Under `from __future__ import annotations` an annotation is stored as CPython's unparsing of its tree:
# spacing, parentheses and quotes from the tree, and what may not appear in an annotation is refused.
from __future__ import annotations


def f(a: "str", b: List[ int ], c: int|None, d: 'x' "y", e: Callable[[int,str],bool], g: Tuple[()], h: (int, str),
      i: -1, j: 1e400, k: f"a{x!r:>{w}}b{{", l: lambda x, y=1, *a, z, **k: x, m: [x for x in y if x],
      n: {a: b, **c}, o: a if b else c, p: not a and b or c, q: a ** -b ** c, r: (a + b) * c, s: x[1:2, ::3],
      t: 1 .real, u: a < b <= c, v: f(x for x in y), w: f(*a, k=1, **kw), x: u"u", y: b"by", z: 3j,
      cc: {1, 2}, dd: (lambda: 0)(), ee: {k: v for k, v in x}, ff: ~a | b & c ^ d << 2, *gg: *a) -> Dict[str, 'int']:
    pass


for k, v in f.__annotations__.items():
    print(k, v)


class C:
    attr: list[int] = []
    other: "C | None"


print(C.__annotations__)


def outer():
    z = 1

    def inner(x: z):
        pass
    return inner


print(outer.__code__.co_cellvars, outer().__annotations__)
for src in ["def f(x: (y := 1)): pass", "def f(x: (yield)): pass", "async def f(x: (await y)): pass", "x: (yield) = 1"]:
    try:
        compile("from __future__ import annotations\n" + src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e)
