# curses.textpad: rectangle draws a frame, Textbox edits a window with keys
# pushed back by ungetch (Ctrl-G ends the edit).
import curses
import curses.ascii
import curses.textpad
from _screen import screen

results = []
with screen() as stdscr:
    curses.noecho()
    curses.textpad.rectangle(stdscr, 0, 0, 4, 20)
    results.append(repr([stdscr.instr(y, 0, 21) for y in range(5)]))
    win = curses.newwin(3, 18, 1, 1)
    box = curses.textpad.Textbox(win)
    keys = list("hello world") + [curses.ascii.SOH] + list(">> ") + [curses.KEY_DOWN] + list("second") + \
        [curses.ascii.BS, curses.ascii.BS] + [curses.ascii.BEL]
    for key in reversed(keys):
        curses.ungetch(key)
    results.append(repr(box.edit()))
    for key in reversed([curses.ascii.SOH, curses.ascii.VT, ord("x"), curses.ascii.BEL]):
        curses.ungetch(key)
    results.append(repr(box.edit()))
    upper = []
    for key in reversed(list("abc") + [curses.ascii.BEL]):
        curses.ungetch(key)
    results.append(repr(box.edit(lambda ch: ch - 32 if 97 <= ch <= 122 else ch)))
print("\n".join(results))
