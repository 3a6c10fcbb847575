# Reading text files line by line, with the file as its own iterator.
import os

name = "_iteration.txt"
with open(name, "w") as f:
    f.writelines(["alpha\n", "beta\n", "gamma"])
with open(name) as f:
    print(iter(f) is f)
    for i, line in enumerate(f):
        print(i, repr(line))
    print(repr(f.readline()), f.readlines())
with open(name) as f:
    print(repr(next(f)), repr(f.readline(2)), repr(f.read(3)))
    print(f.readlines(1))
with open(name) as f:
    print(len(list(f)))
    f.seek(0)
    print(f.read().split())
with open(name) as f:
    try:
        while True:
            print(next(f).strip())
    except StopIteration:
        print("StopIteration at end")
with open(name) as f, open(name + "2", "w") as g:
    for line in f:
        g.write(line.upper())
with open(name + "2") as g:
    print(g.read().splitlines())
os.remove(name)
os.remove(name + "2")
