# Keys pushed back with ungetch and unget_wch read by getch, getkey, get_wch
# and getstr: input without a terminal.
import curses
from _screen import screen, attempt

results = []
with screen() as stdscr:
    curses.noecho()
    stdscr.keypad(True)
    curses.ungetch(ord("q"))
    results.append(repr(stdscr.getch()))
    curses.ungetch("z")
    results.append(repr(stdscr.getkey()))
    curses.ungetch(curses.KEY_LEFT)
    results.append(repr(stdscr.getkey()))
    curses.ungetch(curses.KEY_F5)
    results.append(repr(stdscr.getch() == curses.KEY_F5))
    curses.unget_wch("\u00e9")
    results.append(repr(stdscr.get_wch()))
    curses.unget_wch(curses.KEY_UP)
    results.append(repr(stdscr.get_wch() == curses.KEY_UP))
    for ch in reversed("word\n"):
        curses.ungetch(ch)
    results.append(repr(stdscr.getstr(0, 0, 10)))
    for ch in reversed("abcdef\n"):
        curses.ungetch(ch)
    results.append(repr(stdscr.getstr(3)))
    attempt(results, "instr negative", lambda: stdscr.instr(-1))
    attempt(results, "getch one arg", lambda: stdscr.getch(1))
    attempt(results, "ungetch huge", lambda: curses.ungetch(2 ** 40))
    attempt(results, "ungetch str", lambda: curses.ungetch("ab"))
    attempt(results, "unget_wch long", lambda: curses.unget_wch("ab"))
    attempt(results, "unget_wch float", lambda: curses.unget_wch(1.0))
    stdscr.nodelay(True)
    stdscr.timeout(0)
    curses.ungetch("k")
    results.append(repr(stdscr.getkey()))
print("\n".join(results))
