# pdb.run on a statement string, pdb.runeval returning a value and
# pdb.runcall with arguments, each stepped from stdin (run_runcall.in).
import pdb


def add(a, b):
    s = a + b
    return s


pdb.run("x = add(1, 2)\nprint('x is', x)", globals())
print("runeval:", pdb.runeval("add(3, 4) * 2", globals()))
print("runcall:", pdb.runcall(add, 5, b=6))
