import sys

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

print(sys.getrecursionlimit())

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

print(depth(0) > 900)
