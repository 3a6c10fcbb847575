# Dropping the last reference to a file object flushes and closes it.
import os

name = "_del_flush.txt"
f = open(name, "w")
f.write("written without close\n")
del f
with open(name) as check:
    print(repr(check.read()))

f = open(name, "a")
f.write("rebinding drops the old file\n")
f = None
with open(name) as check:
    print(repr(check.read()))

def write_in_function():
    local = open(name, "a")
    local.write("function local\n")
write_in_function()
with open(name) as check:
    print(check.read().splitlines()[-1])

b = open(name, "ab")
b.write(b"binary buffered\n")
del b
with open(name, "rb") as check:
    print(check.read().splitlines()[-1])

open(name, "a").write("temporary file object\n")
with open(name) as check:
    print(check.read().splitlines()[-1])
os.remove(name)
