# Garbage cycles still alive at exit are collected before the module's
# globals are cleared, so their __del__ methods still see module globals.
import gc

LOG_PREFIX = "del"

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print(LOG_PREFIX, self.name)

def make_cycle(name):
    a = Node(name + "-a")
    b = Node(name + "-b")
    a.other = b
    b.other = a

gc.disable()
make_cycle("first")
print("exiting with a cycle alive")
