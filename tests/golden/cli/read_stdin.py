# Reading sys.stdin: readline, iteration and read.
import sys

first = sys.stdin.readline()
print("first:", repr(first))
for n, line in enumerate(sys.stdin):
    print(n, line.rstrip("\n"))
    if n == 1:
        break
print("rest:", repr(sys.stdin.read()))
print("eof:", repr(sys.stdin.readline()))
