# pdb's list (l, l N, l A,B, l .), longlist, source, display/undisplay
# following a changing value, pp of a nested structure, ! statements and
# errors in p (list_display.in).
import pdb


def accumulate(n):
    table = {"name": "acc", "items": list(range(12)), "nested": {"a": [1, 2], "b": (3, 4)}}
    total = 0
    pdb.set_trace()
    for i in range(n):
        total += i
    table["total"] = total
    return table


def helper():
    """A helper that pdb's source command shows."""
    return 1


accumulate(3)
print("done")
