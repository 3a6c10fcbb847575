# breakpoint() and sys.breakpointhook: PYTHONBREAKPOINT=0 disables it, a
# dotted name calls that function with breakpoint()'s arguments, an
# unimportable name warns; a replaced sys.breakpointhook is called, and
# sys.__breakpointhook__ restored (breakpointhook_env.in drives pdb).
import os
import sys
import warnings


def custom(*args, **kwargs):
    print("custom hook", args, sorted(kwargs.items()))
    return "hook result"


os.environ["PYTHONBREAKPOINT"] = "0"
print("disabled:", breakpoint())
os.environ["PYTHONBREAKPOINT"] = "__main__.custom"
print("dotted:", breakpoint(1, key="v"))
os.environ["PYTHONBREAKPOINT"] = "no_such_module_xyz.hook"
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("missing:", breakpoint())
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
del os.environ["PYTHONBREAKPOINT"]

sys.breakpointhook = lambda *a, **k: print("replaced hook", a, k)
breakpoint("x")
sys.breakpointhook = sys.__breakpointhook__


def f():
    value = 42
    breakpoint()
    return value


print(f())
try:
    sys.breakpointhook = 5
    breakpoint()
except TypeError as e:
    print("TypeError:", e)
finally:
    sys.breakpointhook = sys.__breakpointhook__
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
