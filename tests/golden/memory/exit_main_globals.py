# At exit __main__ leaves sys.modules and what it held is finalised with its
# globals still in place: __del__ methods and suspended generators' finally
# blocks see module globals (CPython sets them to None only for a module
# that something else keeps alive).
import sys

class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, sys.__name__, Resource.__name__)

def worker():
    try:
        yield "working"
    finally:
        print("worker finally", sys.__name__)

first = Resource("first")
_private = Resource("private")
w = worker()
print(next(w))
print("exiting")
