# The modules CPython 3.11 freezes (os, codecs, io, abc, site, runpy, ...)
# look frozen: their code's file name is "<frozen NAME>", their spec comes
# from FrozenImporter with origin 'frozen', and tracebacks through them show
# no source line. _imp answers for them as CPython's does.
import _imp
import inspect
import io
import os
import sys
import traceback

for name in ("os", "codecs", "io", "abc", "stat", "posixpath", "runpy", "importlib.util"):
    __import__(name)
    m = sys.modules[name]
    spec = m.__spec__
    print(name, spec.origin, spec.loader.__name__, spec.has_location, spec.loader_state.origname,
          m.__file__ == spec.loader_state.filename, hasattr(m, "__cached__"))
print(sys.modules["os.path"].__spec__.name, os.getenv.__code__.co_filename)
print(_imp.is_frozen("os"), _imp.is_frozen("json"), _imp.is_frozen_package("os"))
print(_imp.find_frozen("os.path"), _imp.find_frozen("_frozen_importlib"), _imp.find_frozen("json"))
print(_imp.get_frozen_object("stat").co_filename)
for call in (lambda: _imp.get_frozen_object("json"), lambda: _imp.is_frozen_package("nope")):
    try:
        call()
    except ImportError as e:
        print("ImportError:", e)
print(sorted(n for n in _imp._frozen_module_names() if not n.startswith("__")))
print(sys._stdlib_dir == os.path.dirname(os.__file__))

# inspect cannot show a frozen module's source, as in CPython.
try:
    inspect.getsource(os.getenv)
except OSError as e:
    print("OSError:", e)

# A traceback through os.environ.__getitem__: a frame without a source line.
try:
    os.environ["TAIPAN_SURELY_UNSET_VARIABLE"]
except KeyError:
    out = io.StringIO()
    traceback.print_exc(file=out)
    print(out.getvalue().replace(__file__, "<this file>"), end="")

# A frozen package and a frozen alias.
import __phello__.spam
import __hello_alias__
print(__phello__.__path__ == [os.path.join(sys._stdlib_dir, "__phello__")], __phello__.__spec__.origin)
print(__hello_alias__.__spec__.loader_state.origname, __hello_alias__.__name__)
