# ast.dump with include_attributes: positions are UTF-8 byte offsets.
import ast

sources = [
    "x = 1",
    "é = 'ü' + ä",
    "def f(x):\n    return x\n",
    "print('日本語', 無)",
    "if a:\n    b\n",
    "f(a=1, **k)",
    "import a as b",
    "from x import y as z",
    "try:\n    pass\nexcept E as e:\n    pass",
    "match p:\n    case [1, *r] if r:\n        pass\n",
    "class C:\n  def m(self, a: int = 3): ...\n",
]
for s in sources:
    print(ast.dump(ast.parse(s), include_attributes=True))
