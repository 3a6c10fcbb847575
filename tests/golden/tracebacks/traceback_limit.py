# sys.tracebacklimit: only the innermost entries are printed; 0 or less prints none.
import sys
def a(): b()
def b(): c()
def c(): 1/0
for lim in (2, 0, -1, 10**30, True):
    sys.tracebacklimit = lim
    try:
        a()
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
sys.tracebacklimit = 1
a()
