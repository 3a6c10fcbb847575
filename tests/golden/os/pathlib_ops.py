# pathlib on the native calls: mkdir, write/read, iterdir, glob, stat, rename, unlink, resolve.
import os
import pathlib
import tempfile

with tempfile.TemporaryDirectory() as d:
    root = pathlib.Path(d)
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "f.txt").write_text("text")
    (root / "a" / "b" / "g.py").write_bytes(b"code")
    print(sorted(p.name for p in (root / "a").iterdir()))
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*")))
    print(sorted(p.name for p in root.glob("a/*.txt")))
    p = root / "a" / "f.txt"
    print(p.read_text(), p.stat().st_size, p.is_file(), p.is_dir(), p.exists(), p.suffix, p.stem)
    q = p.rename(root / "moved.txt")
    print(q.name, p.exists(), q.exists())
    (root / "link").symlink_to(q)
    print((root / "link").is_symlink(), (root / "link").resolve() == q.resolve(), (root / "link").readlink().name)
    q.unlink()
    print((root / "link").exists(), (root / "link").is_symlink())
    try:
        q.unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.filename == str(q))
    q.unlink(missing_ok=True)
    (root / "a" / "b" / "g.py").chmod(0o600)
    print(oct((root / "a" / "b" / "g.py").stat().st_mode & 0o777))
    print(root.joinpath("x", "y").parts[-2:], pathlib.PurePosixPath("/a/b/c.tar.gz").suffixes)
    old = os.getcwd()
    os.chdir(d)
    print(pathlib.Path.cwd() == root.resolve(), pathlib.Path("a").absolute() == root.resolve() / "a")
    os.chdir(old)
    print(pathlib.Path("~").expanduser() == pathlib.Path.home())
    (root / "a" / "b").rmdir() if False else None
    print(sorted(x.name for x in root.iterdir()))
