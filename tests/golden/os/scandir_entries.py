# os.scandir: DirEntry attributes, type tests with and without following links, caching.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "dir"))
    with open(os.path.join(d, "file"), "w") as f:
        f.write("12345")
    os.symlink("file", os.path.join(d, "link_file"))
    os.symlink("dir", os.path.join(d, "link_dir"))
    os.symlink("nowhere", os.path.join(d, "broken"))
    with os.scandir(d) as it:
        print(type(it).__name__)
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path == os.path.join(d, e.name), os.fspath(e) == e.path,
              e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
              e.inode() == os.lstat(e.path).st_ino)
    f = [e for e in entries if e.name == "file"][0]
    print(f.stat().st_size, f.stat() is f.stat(), f.stat(follow_symlinks=False).st_size)
    broken = [e for e in entries if e.name == "broken"][0]
    try:
        broken.stat()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.filename == broken.path)
    print(broken.stat(follow_symlinks=False).st_size == len("nowhere"))
    with os.scandir(os.fsencode(d)) as it:
        print(sorted(e.name for e in it)[:2])
    old = os.getcwd()
    os.chdir(d)
    with os.scandir() as it:
        print(sorted(e.path for e in it))
    os.chdir(old)
    fd = os.open(d, os.O_RDONLY)
    with os.scandir(fd) as it:
        ents = sorted(it, key=lambda e: e.name)
        print([(e.name, e.path) for e in ents][:2], ents[0].is_dir(), ents[1].stat().st_size)
    os.close(fd)
    it = os.scandir(d)
    it.close()
    print(list(it))
    try:
        os.DirEntry()
    except TypeError as e:
        print("TypeError", e)
    print(os.DirEntry[str])
