# The final line uses the class's qualified name and str().
class Problem(Exception):
    def __str__(self):
        return "custom description"


class Empty(Exception):
    pass


import sys
try:
    raise Empty()
except Empty:
    sys.excepthook(*sys.exc_info())
raise Problem("ignored args")
