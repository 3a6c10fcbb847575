# MagicMock: configured magic methods (len, iter, contains, getitem, context
# manager, comparisons, arithmetic, bool, int) and their defaults.
from unittest import mock

m = mock.MagicMock()
print(len(m), list(m), 3 in m, bool(m), int(m), float(m))
m.__len__.return_value = 7
m.__iter__.return_value = iter([1, 2])
m.__contains__.return_value = True
m.__getitem__.side_effect = lambda k: k.upper()
print(len(m), list(m), "x" in m, m["key"])
m["a"] = 1
print(m.__setitem__.call_args)
with m as entered:
    print(entered is m.__enter__.return_value)
print(m.__exit__.call_args)
print(m == m, m != m, m < 1 if False else "skip-lt")
m.__lt__.return_value = True
print(m < 5)
m.__add__.return_value = "sum"
print(m + 1, m.__add__.call_args)
m.__str__.return_value = "as string"
print(str(m))
m.__hash__.return_value = 99
print(hash(m))
nm = mock.NonCallableMagicMock()
try:
    nm()
except TypeError as e:
    print("TypeError:", e)
print(sorted(name for name in dir(mock.MagicMock()) if name.startswith("__") and name in ("__len__", "__iter__", "__enter__")))
