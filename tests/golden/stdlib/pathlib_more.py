# pathlib: pure path manipulation (POSIX and Windows flavours), matching,
# relative paths, and concrete operations on a temporary tree (glob, rglob,
# read/write, stat, rename, unlink, mkdir parents, iterdir).
import os
import tempfile
from pathlib import Path, PurePosixPath, PureWindowsPath

p = PurePosixPath("/usr/local/lib/python3.11/site-packages/pkg/mod.tar.gz")
print(p.parts[:3], p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parents[2], p.anchor, p.root)
print(p.with_name("x.py"), p.with_suffix(".zip"), p.with_stem("other"), p.relative_to("/usr/local"), p.is_relative_to("/opt"))
print(PurePosixPath("a/b/../c/./d"), PurePosixPath("/a") / "b" / "/c", PurePosixPath("a//b/"), PurePosixPath().joinpath("x", "y"))
print(p.match("*.gz"), p.match("pkg/*.tar.gz"), p.match("/usr/*"), PurePosixPath("a/b").match("a/*"))
w = PureWindowsPath(r"C:\Users\Ann\Docs\report.DOCX")
print(w.drive, w.root, w.anchor, w.parts, w.name, w.suffix, w.as_posix(), w.parent.name)
print(PureWindowsPath("c:/A/b") == PureWindowsPath("C:\\a\\B"), PureWindowsPath("//server/share/x").drive, w.match("*.docx"))
print(PurePosixPath("/a/b").as_uri(), PureWindowsPath("c:/x y").as_uri(), sorted([PurePosixPath("b"), PurePosixPath("a/c")]))
try:
    PurePosixPath("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError", e)
try:
    PurePosixPath("x").with_suffix("bad")
except ValueError as e:
    print("ValueError", e)

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "src" / "main.py").write_text("print('hi')\n", encoding="utf-8")
    (root / "src" / "pkg" / "__init__.py").write_bytes(b"")
    (root / "src" / "pkg" / "data.json").write_text('{"a": 1}')
    (root / "notes.txt").write_text("line1\nline2\n")
    rel = lambda q: q.relative_to(root).as_posix()
    print(sorted(rel(q) for q in root.rglob("*.py")), sorted(rel(q) for q in root.glob("src/*")))
    print(sorted(rel(q) for q in root.iterdir()), sorted(rel(q) for q in root.glob("**/")))
    notes = root / "notes.txt"
    print(notes.read_text().splitlines(), notes.stat().st_size, notes.is_file(), notes.exists(), (root / "nope").exists())
    with notes.open("a") as f:
        f.write("line3\n")
    moved = notes.rename(root / "src" / "notes.md")
    print(rel(moved), moved.read_text().count("line"), notes.exists())
    link = root / "link"
    link.symlink_to(moved)
    print(link.is_symlink(), rel(link.resolve()), link.readlink().name if hasattr(link, "readlink") else None)
    moved.unlink()
    print(link.exists(), link.is_symlink())
    link.unlink(missing_ok=True)
    (root / "missing").unlink(missing_ok=True)
    try:
        (root / "src").mkdir()
    except FileExistsError:
        print("FileExistsError")
    (root / "src").mkdir(exist_ok=True)
    try:
        (root / "src").rmdir()
    except OSError as e:
        print(type(e).__name__)
    print(Path(tmp).samefile(root), (root / "src" / "pkg").is_dir(), root.joinpath("src", "main.py").suffix)
    os.chdir(root)
    print(Path("src/../src/main.py").resolve() == (root / "src" / "main.py").resolve(), Path.cwd().samefile(root), Path("~").expanduser() != Path("~"))
    os.chdir("/")
