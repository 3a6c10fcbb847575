# Calls before initscr, argument errors of module functions, and the mode
# functions that need no terminal on input.
import curses
from _screen import screen, attempt

results = []
for name in ["beep", "flash", "doupdate", "endwin", "isendwin", "has_colors", "baudrate", "termname",
             "longname", "noecho", "start_color"]:
    attempt(results, name + " first", getattr(curses, name))
attempt(results, "newwin first", lambda: curses.newwin(1, 1))
attempt(results, "newpad first", lambda: curses.newpad(1, 1))
attempt(results, "napms first", lambda: curses.napms(1))
attempt(results, "get_escdelay", curses.get_escdelay)
attempt(results, "get_tabsize", curses.get_tabsize)
with screen() as stdscr:
    attempt(results, "isendwin", curses.isendwin)
    attempt(results, "beep args", lambda: curses.beep(1))
    attempt(results, "cbreak two", lambda: curses.cbreak(1, 2))
    attempt(results, "cbreak keyword", lambda: curses.cbreak(flag=0))
    attempt(results, "noecho", curses.noecho)
    attempt(results, "echo", curses.echo)
    attempt(results, "echo false", lambda: curses.echo(False))
    attempt(results, "nl", lambda: (curses.nl(), curses.nl(False), curses.nonl()))
    attempt(results, "napms", lambda: curses.napms(1))
    attempt(results, "curs_set", lambda: curses.curs_set(1))
    attempt(results, "curs_set bad", lambda: curses.curs_set(5))
    attempt(results, "halfdelay big", lambda: curses.halfdelay(300))
    attempt(results, "termname", curses.termname)
    attempt(results, "longname", curses.longname)
    attempt(results, "has_ic", lambda: (curses.has_ic(), curses.has_il()))
    attempt(results, "escdelay", lambda: (curses.set_escdelay(25), curses.get_escdelay()))
    attempt(results, "escdelay zero", lambda: curses.set_escdelay(0))
    attempt(results, "tabsize", lambda: (curses.set_tabsize(4), curses.get_tabsize()))
    attempt(results, "getsyx", curses.getsyx)
    attempt(results, "doupdate", curses.doupdate)
    attempt(results, "newwin str", lambda: curses.newwin("1", 1))
    attempt(results, "newwin huge", lambda: curses.newwin(2 ** 40, 1))
    attempt(results, "initscr again", lambda: type(curses.initscr()).__name__)
    attempt(results, "resizeterm", lambda: (curses.resizeterm(30, 100), curses.LINES, curses.COLS,
                                            stdscr.getmaxyx()))
    attempt(results, "is_term_resized", lambda: curses.is_term_resized(30, 100))
    attempt(results, "update_lines_cols", curses.update_lines_cols)
print("\n".join(results))
