# keyname, unctrl and has_key after initscr; the ACS_* characters and
# LINES/COLS that initscr defines.
import curses
from _screen import screen, attempt

results = []
attempt(results, "keyname before", lambda: curses.keyname(65))
attempt(results, "unctrl before", lambda: curses.unctrl(1))
with screen() as stdscr:
    results.append(str((curses.LINES, curses.COLS, stdscr.getmaxyx())))
    results.append(str(sorted(n for n in dir(curses) if n.startswith("ACS_"))[:6]))
    results.append(str((curses.ACS_ULCORNER & curses.A_CHARTEXT, curses.ACS_HLINE & curses.A_ALTCHARSET != 0)))
    for key in [0, 1, 9, 10, 27, 32, 65, 126, 127, 128, 160, 255, curses.KEY_DOWN, curses.KEY_F1, curses.KEY_F12,
                curses.KEY_BACKSPACE, curses.KEY_RESIZE, curses.KEY_ENTER, 1000]:
        results.append("%d %r" % (key, curses.keyname(key)))
    attempt(results, "keyname negative", lambda: curses.keyname(-1))
    attempt(results, "keyname str", lambda: curses.keyname("a"))
    for ch in [0, 1, 26, 27, 31, 32, 65, 127, "a", b"b", "\x07"]:
        attempt(results, "unctrl %r" % (ch,), lambda: curses.unctrl(ch))
    attempt(results, "unctrl long str", lambda: curses.unctrl("ab"))
    attempt(results, "unctrl float", lambda: curses.unctrl(1.5))
    attempt(results, "unctrl bytes", lambda: curses.unctrl(b"ab"))
    attempt(results, "unctrl bool", lambda: curses.unctrl(True))
    attempt(results, "unctrl huge", lambda: curses.unctrl(2 ** 70))
    for key in [curses.KEY_LEFT, curses.KEY_F1, curses.KEY_HOME, 12345]:
        attempt(results, "has_key %d" % key, lambda: curses.has_key(key))
    attempt(results, "isendwin", curses.isendwin)
print("\n".join(results))
