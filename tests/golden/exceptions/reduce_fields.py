# __reduce__ of OSError and ImportError keeps the fields set by keyword or
# beyond args (filename, filename2, name, path), so pickling round-trips them.
import pickle

cases = [
    FileNotFoundError(2, "missing", "/nowhere"),
    OSError(1, "x", "a", None, "b"),
    OSError(5, "io"),
    BlockingIOError(11, "would block", 3),
    ImportError("no module", name="m", path="/p"),
    ImportError("plain"),
    ModuleNotFoundError("gone", name="gone"),
]
cases[2].extra = "attr"
for e in cases:
    print(e.__reduce__())
    back = pickle.loads(pickle.dumps(e))
    print(" ", type(back).__name__, back.args, str(back), [getattr(back, a, "-") for a in ("filename", "filename2", "name", "path", "extra")])
