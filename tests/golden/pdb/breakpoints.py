# pdb: breakpoints set by line and by function, conditional and temporary,
# `until`, `clear`, running to the end (breakpoints.in).
import pdb


def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


def helper(v):
    return v * 2


def main():
    r = loop(5)
    h = helper(r)
    return h


pdb.Pdb(nosigint=True).runcall(main)
print("finished")
