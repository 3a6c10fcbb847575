# If __enter__ raises, its __exit__ is not called but earlier items are exited.
from _log import Logged

class BadEnter:
    def __enter__(self):
        print("bad enter")
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("never")

try:
    with BadEnter():
        print("never")
except ValueError as e:
    print("caught", e)

try:
    with Logged("first"), BadEnter(), Logged("third"):
        print("never")
except ValueError as e:
    print("caught", e)

try:
    with Logged("sup", suppress=True), BadEnter():
        print("never")
    print("suppressed by first")
except ValueError:
    print("not here")

def make():
    raise KeyError("expression failed")
try:
    with Logged("before"), make():
        pass
except KeyError as e:
    print("caught", e)

class Lazy:
    def __getattr__(self, name):
        print("getattr", name)
        raise AttributeError(name)
try:
    with Lazy():
        pass
except TypeError as e:
    print(e)
