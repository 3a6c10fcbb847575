# tempfile: TemporaryDirectory, NamedTemporaryFile, mkstemp, mkdtemp, SpooledTemporaryFile.
import os
import tempfile

with tempfile.TemporaryDirectory(prefix="tp_", suffix="_x") as d:
    name = os.path.basename(d)
    print(name.startswith("tp_"), name.endswith("_x"), os.path.isdir(d))
    fd, path = tempfile.mkstemp(dir=d, suffix=".dat")
    os.write(fd, b"data")
    os.close(fd)
    print(os.path.dirname(path) == d, path.endswith(".dat"), os.path.getsize(path))
    print(oct(os.stat(path).st_mode & 0o777))
    sub = tempfile.mkdtemp(dir=d)
    print(oct(os.stat(sub).st_mode & 0o777), os.path.isdir(sub))
    with tempfile.NamedTemporaryFile(dir=d, delete=True) as f:
        f.write(b"named")
        f.flush()
        print(os.path.exists(f.name), open(f.name, "rb").read())
        nm = f.name
    print(os.path.exists(nm))
    with tempfile.TemporaryFile(dir=d) as f:
        f.write(b"anon")
        f.seek(0)
        print(f.read(), sorted(os.listdir(d)) == sorted(os.listdir(d)))
    with tempfile.SpooledTemporaryFile(max_size=10) as f:
        f.write(b"12345")
        print(f._rolled)
        f.write(b"678901234")
        print(f._rolled)
print(os.path.exists(d))
print(type(tempfile.gettempdir()).__name__, type(tempfile.gettempdirb()).__name__)
