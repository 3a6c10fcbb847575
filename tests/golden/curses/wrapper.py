# curses.wrapper sets the screen up, passes stdscr and its arguments, and
# restores the terminal when the function returns or raises (here, with no
# terminal on input, nocbreak fails as it restores).
import curses
import os
import sys

os.environ.update(TERM="xterm", LINES="24", COLUMNS="80")
sys.stdout.flush()
saved = os.dup(1)
null = os.open(os.devnull, os.O_WRONLY)
os.dup2(null, 1)
results = []


def main(stdscr, word):
    stdscr.addstr(0, 0, word)
    results.append(repr((stdscr.getmaxyx(), stdscr.instr(0, 0, len(word)), curses.isendwin())))
    return word.upper()


try:
    results.append(repr(curses.wrapper(main, "wrapped")))
except curses.error as e:
    results.append("wrapper -> error: %s" % e)


def failing(stdscr):
    raise ValueError("inside")


try:
    curses.wrapper(failing)
except (ValueError, curses.error) as e:
    results.append("raised: %s: %s" % (type(e).__name__, e))
results.append(repr(curses.isendwin()))
os.dup2(saved, 1)
print("\n".join(results))
