# select.epoll on os.pipe() ends: register, modify, unregister, poll with a
# timeout in seconds and maxevents, close, closed, fileno, fromfd and the
# context manager.
import os
import select

r, w = os.pipe()
e = select.epoll()
print(type(e).__name__, e.closed, e.fileno() > 2)
e.register(r)
e.register(w, select.EPOLLOUT)
print(e.poll(0) == [(w, select.EPOLLOUT)])
os.write(w, b"abc")
print(sorted(e.poll(0.1)) == sorted([(r, select.EPOLLIN), (w, select.EPOLLOUT)]))
print(len(e.poll(timeout=None, maxevents=1)))
e.modify(w, select.EPOLLIN)
print(e.poll(-1) == [(r, select.EPOLLIN)])
e.unregister(r)
print(e.poll(0.01))
e.register(fd=r, eventmask=select.EPOLLIN | select.EPOLLET)
print(e.poll(0) == [(r, select.EPOLLIN)])
print(e.poll(0))  # edge-triggered: reported once


def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as ex:
        print(type(ex).__name__, ex)


attempt(e.register, r)
attempt(e.register, -1)
attempt(e.register, "x")
attempt(e.modify, 99, 1)
attempt(e.unregister, 99)
attempt(e.modify, w)
attempt(e.poll, 0, 0)
attempt(e.poll, 0, -2)
attempt(e.poll, "a")
attempt(e.poll, 2**70)
attempt(e.poll, float("nan"))
attempt(select.epoll, -2)
attempt(select.epoll, 0)
attempt(select.epoll, 1, 5)
print(select.epoll(flags=select.EPOLL_CLOEXEC).closed)
print(select.epoll(sizehint=10).closed)

# fromfd wraps the same descriptor.
clone = select.epoll.fromfd(os.dup(e.fileno()))
os.write(w, b"d")
print(clone.poll(0) == [(r, select.EPOLLIN)])
clone.close()

e.close()
print(e.closed)
e.close()
for method, args in [("poll", ()), ("fileno", ()), ("register", (r,)), ("modify", (r, 1)), ("unregister", (r,)), ("__enter__", ())]:
    attempt(getattr(e, method), *args)

with select.epoll() as ep:
    print(type(ep).__name__, ep.closed)
print(ep.closed)


try:
    class Sub(select.epoll):
        pass
except TypeError as ex:
    print("TypeError", ex)
os.close(r)
os.close(w)
print(sorted((n, getattr(select, n)) for n in dir(select) if n.startswith("EPOLL")))
print(select.PIPE_BUF)
