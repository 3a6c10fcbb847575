# pyclbr reads a module's classes and functions without running it;
# tabnanny checks indentation; py_compile/compileall byte-compile a tree and
# report syntax errors.
import compileall
import io
import os
import py_compile
import pyclbr
import sys
import tabnanny
import tempfile
from contextlib import redirect_stdout

with tempfile.TemporaryDirectory() as tmp:
    mod = os.path.join(tmp, "shapes.py")
    with open(mod, "w") as f:
        f.write('''"""Shapes."""
import math

class Shape:
    def area(self):
        raise NotImplementedError

    def describe(self):
        return type(self).__name__

class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    class Unit:
        pass

def largest(shapes):
    def key(s):
        return s.area()
    return max(shapes, key=key)

async def fetch():
    pass
''')
    info = pyclbr.readmodule_ex("shapes", path=[tmp])
    for name in sorted(info):
        obj = info[name]
        kind = type(obj).__name__
        extra = ""
        if isinstance(obj, pyclbr.Class):
            extra = f"super={[s if isinstance(s, str) else s.name for s in obj.super]} methods={sorted(obj.methods)}"
        print(kind, name, obj.lineno, obj.end_lineno, extra, sorted(obj.children))
    print(info["largest"].children["key"].parent.name, info["Circle"].children["Unit"].lineno)
    print(sorted(pyclbr.readmodule("shapes", path=[tmp])))

    good = os.path.join(tmp, "good.py")
    with open(good, "w") as f:
        f.write("if True:\n    x = 1\n")
    mixed = os.path.join(tmp, "mixed.py")
    with open(mixed, "w") as f:
        f.write("if True:\n\tx = 1\n        y = 2\n")
    out = io.StringIO()
    with redirect_stdout(out):
        tabnanny.check(good)
        tabnanny.check(mixed)
    print(out.getvalue().replace(tmp, "<tmp>"))

    target = py_compile.compile(good, cfile=os.path.join(tmp, "good.out.pyc"), doraise=True)
    print(os.path.basename(target), os.path.exists(target))
    bad = os.path.join(tmp, "pkg", "bad.py")
    os.makedirs(os.path.dirname(bad))
    with open(bad, "w") as f:
        f.write("def broken(:\n    pass\n")
    with open(os.path.join(tmp, "pkg", "__init__.py"), "w") as f:
        f.write("")
    try:
        py_compile.compile(bad, doraise=True)
    except py_compile.PyCompileError as e:
        print("PyCompileError", e.exc_type_name)
    out = io.StringIO()
    with redirect_stdout(out):
        ok = compileall.compile_dir(os.path.join(tmp, "pkg"), quiet=1)
    print(ok, "SyntaxError" in out.getvalue())
    ok = compileall.compile_file(good, quiet=2)
    print(ok)
