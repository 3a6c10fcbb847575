# pathlib: pure path manipulation, and filesystem operations inside a temporary directory.
import os
import tempfile
from pathlib import Path, PurePosixPath, PureWindowsPath

p = PurePosixPath("/usr/lib/python3.11/json/__init__.py")
print(p.parts, p.parent, p.parents[2], p.name, p.stem, p.suffix, p.suffixes, p.anchor, p.root)
print(p.with_name("x.txt"), p.with_suffix(".pyc"), p.with_stem("main"), p.relative_to("/usr/lib"), p.is_relative_to("/usr"))
print(PurePosixPath("a/b") / "c" / "../d", PurePosixPath("a//b/./c"), PurePosixPath("/a").joinpath("b", "c"), p.match("*.py"), p.match("json/*.py"))
w = PureWindowsPath("C:\\Users\\me\\file.TXT")
print(w.drive, w.parts, w.as_posix(), w.suffix, repr(w), w == PureWindowsPath("c:/users/ME/file.txt"))
try:
    p.relative_to("/etc")
except ValueError as e:
    print("ValueError", e)
with tempfile.TemporaryDirectory() as d:
    base = Path(d)
    (base / "sub" / "deep").mkdir(parents=True)
    f = base / "sub" / "a.txt"
    print(f.write_text("hello\nworld\n"), f.read_text().splitlines(), f.exists(), f.is_file(), f.parent.is_dir())
    (base / "b.bin").write_bytes(b"\x00\x01")
    (base / "sub" / "deep" / "c.py").touch()
    print(sorted(str(x.relative_to(base)) for x in base.rglob("*")))
    print(sorted(x.name for x in base.glob("*/*.txt")), sorted(x.name for x in base.iterdir()))
    g = f.rename(base / "renamed.txt")
    print(g.name, f.exists(), g.stat().st_size, g.with_suffix("").name)
    with g.open("a") as fh:
        fh.write("more\n")
    print(g.read_text().count("\n"), Path(d).resolve() == base.resolve(), (base / "nope").exists())
    try:
        (base / "nope").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename == str(base / "nope"))
    try:
        (base / "sub").rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    g.unlink()
    g.unlink(missing_ok=True)
    link = base / "link"
    link.symlink_to(base / "b.bin")
    print(link.is_symlink(), link.resolve().name, os.readlink(link) == str(base / "b.bin"))
print(Path("~").expanduser() == Path(os.path.expanduser("~")), Path("a/b").is_absolute(), Path("/").is_absolute())
