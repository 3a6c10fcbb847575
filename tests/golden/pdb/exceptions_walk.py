# pdb post-mortem through pdb.post_mortem on a caught traceback: where,
# up, down, p of locals in each frame, and quitting.
import pdb
import sys


def inner(d):
    key = "missing"
    return d[key]


def outer():
    data = {"present": 1}
    return inner(data)


try:
    outer()
except KeyError:
    pdb.post_mortem(sys.exc_info()[2])
print("after")
