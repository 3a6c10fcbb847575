# A zip archive put on sys.path before importlib is loaded: modules and
# packages import through zipimport (its hook first in sys.path_hooks), and
# missing names still fail cleanly.
import os
import sys
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as tmp:
    archive = os.path.join(tmp, "lib.zip")
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("zm.py", "X = 5\n")
        z.writestr("zp/__init__.py", "from . import sub\n")
        z.writestr("zp/sub.py", "Y = 6\n")
    sys.path.insert(0, archive)
    import zm
    import zp.sub
    print(zm.X, zp.sub.Y, type(zm.__loader__).__name__, zp.__path__[0].endswith(os.path.join("lib.zip", "zp")))
    print(type(sys.path_hooks[0]).__name__, sys.path_hooks[0].__name__, type(sys.path_importer_cache[archive]).__name__)
    try:
        import not_in_zip
    except ImportError as e:
        print(type(e).__name__, e)
    sys.path.remove(archive)
