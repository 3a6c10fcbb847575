# select.select on the two ends of os.pipe(): readiness, objects with
# fileno(), duplicates, timeouts and the argument checks.
import os
import select

r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"x")
print(select.select([r], [w], [r, w], 0) == ([r], [w], []))
print(select.select([r], [], [], None) == ([r], [], []))
print(select.select((r, r), [], [], 0.5) == ([r, r], [], []))
os.read(r, 1)
print(select.select([r], [], [], 0.05))
print(select.select([], [], [], 0))


class Wrapper:
    def __init__(self, fd, name):
        self.fd, self.name = fd, name

    def fileno(self):
        return self.fd

    def __repr__(self):
        return self.name


print(select.select([Wrapper(r, "R")], [Wrapper(w, "W")], [], 0))
os.close(w)
print(select.select([Wrapper(r, "R")], [], [], 0))
print(select.error is OSError)


def attempt(*args):
    try:
        print(select.select(*args))
    except Exception as e:
        print(type(e).__name__, e)


class BadFileno:
    def fileno(self):
        return "x"


attempt([r], [], [], -1)
attempt([r], [], [], "a")
attempt([r], [], [], float("nan"))
attempt([r], [], [], 2**70)
attempt(1, [], [])
attempt(["x"], [], [], 0)
attempt([BadFileno()], [], [], 0)
attempt([-1], [], [], 0)
attempt([5000], [], [], 0)
attempt([w], [], [], 0)
attempt()
attempt([], [], [], 0, 1)
os.close(r)
