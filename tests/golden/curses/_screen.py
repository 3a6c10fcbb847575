# Shared by the curses goldens: a curses screen on a 24x80 xterm whose
# output goes to /dev/null, so that stdout holds only what the program prints
# (after the screen is closed).
import contextlib
import os
import sys


@contextlib.contextmanager
def screen():
    os.environ.update(TERM="xterm", LINES="24", COLUMNS="80")
    sys.stdout.flush()
    saved = os.dup(1)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.close(null)
    import curses
    try:
        yield curses.initscr()
    finally:
        try:
            curses.endwin()
        except curses.error:
            pass
        os.dup2(saved, 1)
        os.close(saved)


def attempt(results, label, f):
    """Appends what f() returned or raised to results."""
    try:
        results.append("%s = %r" % (label, f()))
    except Exception as e:
        results.append("%s -> %s: %s" % (label, type(e).__name__, e))
