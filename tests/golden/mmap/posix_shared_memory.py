# _posixshmem with mmap: a named shared memory object mapped in a parent and
# a forked child, as multiprocessing.shared_memory uses them; the errors.
import _posixshmem
import mmap
import os

name = "/taipan-golden-shm-" + str(os.getpid())
fd = _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR, mode=0o600)
os.ftruncate(fd, 4096)
m = mmap.mmap(fd, 4096)
os.close(fd)
m[:6] = b"parent"
pid = os.fork()
if pid == 0:
    fd = _posixshmem.shm_open(name, os.O_RDWR)
    c = mmap.mmap(fd, 0)
    os.close(fd)
    c[:5] = b"CHILD"
    c.close()
    os._exit(0)
os.waitpid(pid, 0)
print(m[:6], len(m))
m.close()
_posixshmem.shm_unlink(name)
for call in [lambda: _posixshmem.shm_open(name, os.O_RDWR), lambda: _posixshmem.shm_unlink(name),
             lambda: _posixshmem.shm_open(b"/x", os.O_RDWR), lambda: _posixshmem.shm_open("/a/b", os.O_CREAT | os.O_RDWR)]:
    try:
        call()
    except (OSError, TypeError) as e:
        print(type(e).__name__, str(e).replace(name, "NAME"))
