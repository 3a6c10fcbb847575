# warnings.warn shown on stderr in CPython's format, the default filters,
# stacklevel, the __warningregistry__ once-per-location rule, formatwarning
# and replacing showwarning / formatwarning.
import sys
import warnings

print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry, warnings.__all__)


def registry():
    return sorted((k for k in __warningregistry__ if k != "version"), key=repr)


for i in range(3):
    warnings.warn("repeated")
print(registry())
warnings.warn("explicit", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn(DeprecationWarning("main deprecation"))
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn(5)


def helper():
    warnings.warn("from helper, caller's line", stacklevel=2)


def outer():
    helper()


outer()
warnings.warn("deep", stacklevel=10)
print(sorted(k for k in sys.__dict__["__warningregistry__"] if k != "version"))
warnings.warn("with source", ResourceWarning, source=object())
warnings.simplefilter("always", ResourceWarning)
warnings.warn("with source", ResourceWarning, source=object())

print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12)))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12, line="  x = 1  ")))
print(repr(warnings.formatwarning(ValueError("v"), FutureWarning, __file__.replace(__file__, "nofile"), 1)))
warnings.showwarning("to stdout", UserWarning, "f.py", 3, file=sys.stdout, line="code()")
print(str(warnings.WarningMessage("m", UserWarning, "f.py", 2)))


def my_show(message, category, filename, lineno, file=None, line=None):
    print("my_show:", repr(message), category.__name__, filename.endswith(".py"), lineno, file, line)


warnings.showwarning = my_show
warnings.warn("through my_show")
warnings.showwarning = warnings._showwarning_orig
warnings.formatwarning = lambda message, category, filename, lineno, line=None: f"custom {category.__name__}: {message}\n"
warnings.warn("custom format")
warnings.formatwarning = warnings._formatwarning_orig

for bad in [int, "x", None.__class__]:
    try:
        warnings.warn("bad", bad)
    except TypeError as e:
        print(e)
