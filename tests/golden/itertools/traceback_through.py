# An error raised by a map() function under itertools.pairwise in a for loop: the traceback.
import itertools
def check(x):
    if x > 2:
        raise ValueError(f"bad {x}")
    return x
for pair in itertools.pairwise(map(check, range(5))):
    print(pair)
