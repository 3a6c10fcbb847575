# runpy (run_path/run_module with init_globals), pkgutil (iter_modules,
# walk_packages, get_data, resolve_name), zipimport from a zip on sys.path,
# zipapp creating an archive, and importlib.resources reading package data.
import importlib
import importlib.resources
import io
import os
import pkgutil
import runpy
import sys
import tempfile
import zipapp
import zipfile

with tempfile.TemporaryDirectory() as tmp:
    def write(rel, text):
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        return path

    script = write("script.py", "result = base * 2\nprint('running as', __name__)\n")
    ns = runpy.run_path(script, init_globals={"base": 21}, run_name="custom")
    print(ns["result"], ns["__name__"], os.path.basename(ns["__file__"]))
    write("toolpkg/__init__.py", "VERSION = '1.0'\n")
    write("toolpkg/__main__.py", "print('main of toolpkg', __name__)\nanswer = 42\n")
    write("toolpkg/util.py", "def helper():\n    return 'helped'\n")
    write("toolpkg/sub/__init__.py", "")
    write("toolpkg/sub/deep.py", "X = 1\n")
    write("toolpkg/data/config.txt", "key=value\n")
    sys.path.insert(0, tmp)
    try:
        g = runpy.run_module("toolpkg", run_name="__main__", alter_sys=False)
        print(g["answer"], g["__name__"], g["__spec__"].name)
        g = runpy.run_module("toolpkg.util")
        print(g["helper"](), g["__name__"])
        print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([os.path.join(tmp, "toolpkg")])))
        print(sorted(m.name for m in pkgutil.walk_packages([tmp], onerror=lambda n: None) if m.name.startswith("toolpkg")))
        print(pkgutil.get_data("toolpkg", "data/config.txt"))
        print(pkgutil.resolve_name("toolpkg.util:helper")(), pkgutil.resolve_name("os.path.join").__name__)
        files = importlib.resources.files("toolpkg")
        print((files / "data" / "config.txt").read_text(), (files / "util.py").is_file(),
              sorted(p.name for p in files.iterdir() if not p.name.startswith("__py")))
        try:
            runpy.run_module("toolpkg.missing")
        except ImportError as e:
            print(type(e).__name__, e)

        zpath = os.path.join(tmp, "bundle.zip")
        with zipfile.ZipFile(zpath, "w") as z:
            z.writestr("zipped_mod.py", "def hello():\n    return 'from zip'\n")
            z.writestr("zpkg/__init__.py", "NAME = 'zpkg'\n")
            z.writestr("zpkg/data.txt", "zip data")
        sys.path.insert(0, zpath)
        import zipped_mod
        import zpkg
        print(zipped_mod.hello(), type(zipped_mod.__loader__).__name__, zipped_mod.__file__.endswith(os.path.join("bundle.zip", "zipped_mod.py")))
        print(zpkg.NAME, pkgutil.get_data("zpkg", "data.txt"), importlib.resources.files("zpkg").joinpath("data.txt").read_text())
        import zipimport
        zi = zipimport.zipimporter(zpath)
        print(zi.is_package("zpkg"), zi.is_package("zipped_mod"), zi.get_source("zipped_mod").splitlines()[0])
        try:
            zi.get_source("absent")
        except zipimport.ZipImportError as e:
            print("ZipImportError", e)

        src = os.path.join(tmp, "app")
        write("app/__main__.py", "import sys\nprint('app says hi', sys.argv[1:])\n")
        write("app/helper.py", "")
        target = os.path.join(tmp, "app.pyz")
        zipapp.create_archive(src, target, interpreter="/usr/bin/env python3")
        with open(target, "rb") as f:
            print(f.readline())
        print(zipapp.get_interpreter(target), sorted(zipfile.ZipFile(target).namelist()))
        out = io.BytesIO()
        zipapp.create_archive(src, out, main=None, filter=lambda p: p.name != "helper.py")
        out.seek(0)
        print(sorted(zipfile.ZipFile(out).namelist()))
        runpy.run_path(target)
        try:
            zipapp.create_archive(os.path.join(tmp, "toolpkg", "sub"), os.path.join(tmp, "x.pyz"))
        except zipapp.ZipAppError as e:
            print("ZipAppError", e)
    finally:
        sys.path[:] = [p for p in sys.path if not p.startswith(tmp)]
        for name in [m for m in sys.modules if m.startswith(("toolpkg", "zipped_mod", "zpkg"))]:
            del sys.modules[name]
