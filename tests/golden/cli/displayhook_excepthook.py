# sys.displayhook and sys.excepthook can be called and replaced.
import sys

sys.displayhook(42)
sys.displayhook(None)
print(_)


def hook(t, v, tb):
    print("custom hook:", t.__name__, v)


sys.excepthook = hook
raise ValueError("handled by the hook")
