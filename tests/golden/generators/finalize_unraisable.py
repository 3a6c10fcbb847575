# Errors while finalising a dropped generator go to sys.unraisablehook.
import sys

def hook(info):
    print("unraisable:", type(info.exc_value).__name__, info.exc_value)
    print("object is generator:", type(info.object).__name__)

sys.unraisablehook = hook

def yields_in_finally():
    try:
        yield 1
    finally:
        yield "again"

g = yields_in_finally()
next(g)
del g
print("after first")

def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

g = raises_in_finally()
next(g)
del g
print("after second")

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit, returning")
        return

g = catches_exit()
next(g)
del g
print("after third")
