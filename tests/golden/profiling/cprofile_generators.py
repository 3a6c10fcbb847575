# cProfile's call counts for generators (each resumption counts as a
# call), recursive generators (primitive calls), functions left by an
# exception, builtins called through map and sorted's key, and methods of
# builtin types; pstats sorted by call count then name, times masked.
import cProfile
import io
import pstats
import re


def walk(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from walk(sub)
    else:
        yield tree


def fails(x):
    if x % 2:
        raise ValueError(x)
    return x


def main():
    leaves = list(walk([1, [2, [3, 4]], 5]))
    kept = []
    for x in leaves:
        try:
            kept.append(fails(x))
        except ValueError:
            pass
    words = sorted(map(str, leaves), key=len)
    return leaves, kept, "".join(words).upper()


pr = cProfile.Profile()
pr.enable()
print(main())
pr.disable()
s = io.StringIO()
pstats.Stats(pr, stream=s).strip_dirs().sort_stats("calls", "name").print_stats()
out = []
for line in s.getvalue().splitlines():
    if "method 'disable'" in line:
        continue
    out.append(re.sub(r"\d+\.\d+", "T", line).rstrip())
print("\n".join(out))
