# buffering=1 in binary mode: a RuntimeWarning, then the default buffer.
import os
import warnings

path = "binary_line_buffering.tmp"
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with open(path, "wb", buffering=1) as f:
        f.write(b"line\n")
        print(type(f).__name__, os.path.getsize(path))
    with open(path, "rb", buffering=1) as f:
        print(f.read())
print([(w.category.__name__, str(w.message)) for w in caught])
warnings.simplefilter("error")
try:
    open(path, "rb", buffering=1)
except RuntimeWarning as e:
    print("RuntimeWarning", e)
os.remove(path)
