# pdb.pm() after an exception stored in sys.last_traceback; post_mortem()
# with no argument inside an except block; the frames it walks
# (pm_last_traceback.in).
import pdb
import sys


def divide(a, b):
    ratio = a / b
    return ratio


def outer():
    values = (1, 0)
    return divide(*values)


try:
    outer()
except ZeroDivisionError:
    sys.last_type, sys.last_value, sys.last_traceback = sys.exc_info()
pdb.pm()
try:
    {}["k"]
except KeyError:
    pdb.post_mortem()
print("end")
