# warnings filters: simplefilter / filterwarnings actions and matching,
# resetwarnings, catch_warnings(record=True), warn_explicit and registries.
import warnings


def show(log):
    for w in log:
        print(" ", w.category.__name__, str(w.message), w.lineno, w.filename == __file__, w.line, w.source)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("always %d" % 1)
    warnings.warn(DeprecationWarning("dep"))
show(log)

for action in ["default", "module", "once", "ignore", "always"]:
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        for i in range(2):
            warnings.warn("first")
            warnings.warn("second", FutureWarning)
        warnings.warn("first")
    print(action, [(str(w.message), w.lineno) for w in log])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    instance = UserWarning("same object")
    try:
        warnings.warn(instance)
    except UserWarning as e:
        print("raised the instance:", e is instance)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", "spam")
    warnings.filterwarnings("error", "EGGS.*bad", category=RuntimeWarning)
    warnings.filterwarnings("ignore", module="__mai")
    warnings.filterwarnings("always", "kept", module="__main__$")
    print(warnings.filters[:4])
    warnings.warn("kept here")
    warnings.warn("spam and eggs")
    warnings.warn("Spam is ignored whatever the case")
    try:
        warnings.warn("eggs are really bad", RuntimeWarning)
    except RuntimeWarning as e:
        print("error filter:", e)
    warnings.warn("eggs are really bad", UserWarning)
    warnings.warn("not spam but ignored by module")
show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter("error", lineno=999)
    warnings.simplefilter("ignore", category=FutureWarning)
    warnings.simplefilter("always", append=True)
    warnings.simplefilter("always", append=True)
    print(len(warnings.filters), warnings.filters[-1])
    warnings.warn("future", FutureWarning)
    warnings.warn("shown")
show(log)

with warnings.catch_warnings(record=True, action="ignore") as log:
    warnings.warn("silenced")
print(log)
with warnings.catch_warnings(record=True, action="always", category=UserWarning) as log:
    warnings.warn("recorded")
    warnings.warn("recorded")
print(len(log))

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)

registry = {}
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(2):
        warnings.warn_explicit("explicit", UserWarning, "some/file.py", 7, registry=registry)
    warnings.warn_explicit("explicit", UserWarning, "some/file.py", 8, registry=registry)
    warnings.warn_explicit("no registry", UserWarning, "other.py", 1)
    warnings.warn_explicit("no registry", UserWarning, "other.py", 1)
    print(sorted(k for k in registry if k != "version"))
    warnings.filterwarnings("ignore", module="some/fi")
    warnings.warn_explicit("module name from file", UserWarning, "some/file.py", 9)
    warnings.warn_explicit("module name given", UserWarning, "some/file.py", 9, module="zzz")
    warnings.simplefilter("once")
    once = {}
    warnings.warn_explicit("once", UserWarning, "a.py", 1)
    warnings.warn_explicit("once", UserWarning, "b.py", 2)
    warnings.warn_explicit("once", UserWarning, "c.py", 3, registry=once)
    print(sorted(k for k in warnings.onceregistry if k != "version"), sorted(k for k in once if k != "version"))
show(log)

warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    warnings.warn("x")
except RuntimeError as e:
    print(e)
del warnings.filters[0]
for args in [("invalid",), ("error", 5)]:
    try:
        warnings.simplefilter(*args)
    except AssertionError as e:
        print("AssertionError", e)
try:
    warnings.filterwarnings("error", category=int)
except AssertionError as e:
    print("AssertionError", e)
