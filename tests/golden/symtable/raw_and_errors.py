# _symtable's raw entries (CPython's flag values and block types) and the
# SyntaxErrors symtable() raises for scoping mistakes.
import _symtable
import symtable

raw = _symtable.symtable("x = 1\ndef f(a):\n    global x\n    return a + y\n", "m.py", "exec")
print(type(raw).__name__, raw.type == _symtable.TYPE_MODULE, raw.name, raw.lineno, raw.nested)
print(sorted(raw.symbols.items()))
f = raw.children[0]
print(f.name, f.type == _symtable.TYPE_FUNCTION, f.lineno, f.varnames, sorted(f.symbols.items()))
for name, flags in sorted(f.symbols.items()):
    scope = (flags >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
    names = [n for n in ("LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL")
             if getattr(_symtable, n) == scope]
    bits = [n for n in ("USE", "DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL",
                        "DEF_IMPORT", "DEF_ANNOT") if flags & getattr(_symtable, n)]
    print(" ", name, names, bits)
print(repr(raw).split("(")[0], repr(f).split(",")[1])
print(isinstance(raw.id, int), raw.id != f.id)

consts = sorted(n for n in dir(_symtable) if n.isupper())
print(consts)
print(_symtable.DEF_BOUND == _symtable.DEF_LOCAL | _symtable.DEF_PARAM | _symtable.DEF_IMPORT)

top = symtable.symtable(b"import os\nv = os.sep\n", "b.py", "exec")
print(sorted(top.get_identifiers()), top.lookup("os").is_imported())

BAD = [
    "def f():\n    x = 1\n    global x\n",
    "def f(a):\n    global a\n",
    "nonlocal q\n",
    "def f():\n    nonlocal z\n",
    "def f():\n    print(v)\n    nonlocal v\n",
    "def f(a, a): pass\n",
    "[i := 0 for i in range(3)]\n",
    "def f():\n    from os import *\n",
    "class C:\n    [(y := 1) for _ in range(2)]\n",
    "x = (\n",
]
for src in BAD:
    try:
        symtable.symtable(src, "bad.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

for args in [("x", "f", "run"), (1, "f", "exec")]:
    try:
        symtable.symtable(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

try:
    top.lookup("v").get_namespace()
except ValueError as e:
    print("ValueError", e)
two = symtable.symtable("def g(): pass\nclass g: pass\n", "two.py", "exec")
try:
    two.lookup("g").get_namespace()
except ValueError as e:
    print("ValueError", e)
print([t.get_type() for t in two.lookup("g").get_namespaces()])
