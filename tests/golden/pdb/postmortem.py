# pdb post-mortem on an exception's traceback: where, up, p, quit
# (postmortem.in).
import pdb
import sys


def fail(d):
    k = "missing"
    return d[k]


def main():
    data = {"a": 1}
    return fail(data)


try:
    main()
except KeyError:
    pdb.post_mortem(sys.exc_info()[2])
print("after post mortem")
