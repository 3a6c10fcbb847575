# select.poll: register, modify, unregister and poll with a timeout in
# milliseconds on os.pipe() ends.
import os
import select

r, w = os.pipe()
p = select.poll()
print(type(p).__name__)
p.register(r)
p.register(w, select.POLLOUT)
print(p.poll(0))
print(p.poll(0.5) == [(w, select.POLLOUT)])
os.write(w, b"abc")
print(sorted(p.poll()) == sorted([(r, select.POLLIN), (w, select.POLLOUT)]))
p.modify(w, select.POLLIN)
print(p.poll(10) == [(r, select.POLLIN)])
p.unregister(r)
print(p.poll(1))
p.register(r, select.POLLIN | select.POLLPRI)
p.register(r, select.POLLIN)  # again: modifies
print(p.poll(None) == [(r, select.POLLIN)])
os.read(r, 3)
print(p.poll(20))
os.close(w)
print(p.poll(0) == [(r, select.POLLHUP)])
p.unregister(w)


class F:
    def fileno(self):
        return r


p.unregister(F())
p.register(F(), select.POLLIN)
print(p.poll(0) == [(r, select.POLLHUP)])
os.close(r)
print(p.poll(0) == [(r, select.POLLNVAL)])


def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


attempt(p.modify, 99, select.POLLIN)
attempt(p.unregister, 99)
attempt(p.register, 5, 2**20)
attempt(p.register, 5, -1)
attempt(p.register, -1)
attempt(p.register, "x")
attempt(p.register)
attempt(p.poll, "a")
attempt(p.poll, 2**70)
attempt(p.poll, 2**40)
attempt(p.poll, float("nan"))
attempt(p.poll, 1, 2)
attempt(select.poll, 1)
names = [n for n in dir(select) if n.startswith("POLL")]
print(sorted((n, getattr(select, n)) for n in names))
