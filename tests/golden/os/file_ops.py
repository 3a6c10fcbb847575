# Renames, links, symlinks, chmod, utime (times= and ns=), mkfifo, access, with dir_fd.
import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as d:
    j = lambda *p: os.path.join(d, *p)
    with open(j("a"), "w") as f:
        f.write("abc")
    os.rename(j("a"), j("b"))
    os.replace(j("b"), j("c"))
    print(sorted(os.listdir(d)))
    os.link(j("c"), j("hard"))
    print(os.stat(j("c")).st_nlink, os.path.samefile(j("c"), j("hard")))
    os.symlink("c", j("soft"))
    print(os.readlink(j("soft")), os.readlink(os.fsencode(j("soft"))))
    os.chmod(j("c"), 0o600)
    print(oct(stat.S_IMODE(os.stat(j("c")).st_mode)), stat.filemode(os.stat(j("c")).st_mode))
    os.chmod(j("c"), 0o644)
    print(stat.filemode(os.lstat(j("soft")).st_mode)[0], stat.S_ISLNK(os.lstat(j("soft")).st_mode))
    os.utime(j("c"), (1000000000, 1500000000))
    st = os.stat(j("c"))
    print(st.st_atime, st.st_mtime, st.st_atime_ns, st[8])
    os.utime(j("c"), ns=(1_000_000_000_123_456_789, 2_000_000_000_987_654_321))
    st = os.stat(j("c"))
    print(st.st_atime_ns, st.st_mtime_ns)
    os.utime(j("c"), (1.25, 2.75))
    print(os.stat(j("c")).st_atime, os.stat(j("c")).st_mtime_ns)
    try:
        os.utime(j("c"), (1, 2), ns=(1, 2))
    except ValueError as e:
        print("ValueError", e)
    try:
        os.utime(j("c"), 5)
    except TypeError as e:
        print("TypeError", e)
    os.mkfifo(j("fifo"))
    print(stat.S_ISFIFO(os.stat(j("fifo")).st_mode))
    print(os.access(j("c"), os.R_OK), os.access(j("nope"), os.F_OK))
    dfd = os.open(d, os.O_RDONLY)
    os.mkdir("sub", dir_fd=dfd)
    os.rename("c", "sub/c2", src_dir_fd=dfd, dst_dir_fd=dfd)
    os.symlink("sub", "sublink", dir_fd=dfd)
    print(os.readlink("sublink", dir_fd=dfd), os.access("sub/c2", os.W_OK, dir_fd=dfd))
    print(os.stat("sublink", dir_fd=dfd, follow_symlinks=False).st_mode & 0o170000 == stat.S_IFLNK)
    os.unlink("sub/c2", dir_fd=dfd)
    os.rmdir("sub", dir_fd=dfd)
    os.close(dfd)
    print(sorted(os.listdir(d)))
    os.makedirs(j("x", "y", "z"))
    os.removedirs(j("x", "y", "z"))
    print(os.path.exists(j("x")))
    os.makedirs(j("x"), exist_ok=True)
    try:
        os.makedirs(j("x"))
    except FileExistsError:
        print("FileExistsError")
    try:
        os.rename(j("hard"), os.fsencode(j("other")))
    except TypeError as e:
        print("TypeError", e)
    dev = os.stat(d).st_dev
    print(os.makedev(os.major(dev), os.minor(dev)) == dev)
