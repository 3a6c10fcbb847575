# The curses package and its pure-Python parts import; curses.ascii
# classifies and converts characters.
import curses
import curses.ascii as ascii
import curses.has_key
import curses.panel
import curses.textpad

print(curses.version, curses.ncurses_version[:2] >= (5, 0))
print(type(curses.error).__name__, curses.error.__module__, curses.error.__mro__[1].__name__)
print(curses.A_BOLD, curses.A_REVERSE, curses.A_NORMAL, curses.A_ATTRIBUTES, curses.A_CHARTEXT, curses.A_COLOR)
print(curses.COLOR_RED, curses.COLOR_WHITE, curses.OK, curses.ERR)
print(curses.KEY_MIN, curses.KEY_DOWN, curses.KEY_UP, curses.KEY_F1, curses.KEY_F12, curses.KEY_ENTER,
      curses.KEY_BACKSPACE, curses.KEY_RESIZE, curses.KEY_MAX)
print(len([n for n in dir(curses) if n.startswith("KEY_")]))
print(hasattr(curses, "ACS_ULCORNER"), hasattr(curses, "LINES"))
for c in ["a", "Z", "5", " ", "\t", "\x7f", "\x01", "~", "\x80", 65, 0x1b]:
    print(repr(c), ascii.isalnum(c), ascii.isalpha(c), ascii.isdigit(c), ascii.isspace(c),
          ascii.iscntrl(c), ascii.isprint(c), ascii.ispunct(c), ascii.isctrl(c), ascii.ismeta(c))
print(ascii.ctrl("a"), repr(ascii.ctrl("a")), ascii.alt("a"), repr(ascii.unctrl("\x01")), ascii.unctrl("a"),
      ascii.unctrl(0x7f), ascii.unctrl(0x81), ascii.ascii(0xe1))
print(ascii.controlnames[:5], ascii.NUL, ascii.ESC, ascii.DEL)
print(sorted(n for n in dir(curses.textpad) if not n.startswith("_")))
print(curses.has_key._capability_names[curses.KEY_LEFT])
