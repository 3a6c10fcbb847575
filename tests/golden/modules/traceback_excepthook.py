# A sys.excepthook that formats the uncaught exception with the traceback
# module receives the type, value and traceback of the uncaught error.
import sys, traceback
def hook(t, v, tb):
    print("HOOK", t.__name__, v)
    traceback.print_exception(t, v, tb, file=sys.stdout)
sys.excepthook = hook
print(sys.__excepthook__ is not None)
def f():
    return 1 + None
f()
