# setupterm on a named terminal, then the terminfo capabilities and tparm,
# without a screen.
import curses
import os

def attempt(label, f):
    try:
        print(label, "=", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("tigetstr first", lambda: curses.tigetstr("cup"))
attempt("tparm first", lambda: curses.tparm(b"x"))
attempt("setupterm unknown", lambda: curses.setupterm("no-such-terminal", 2))
attempt("setupterm term type", lambda: curses.setupterm(3, 2))
fd = os.open(os.devnull, os.O_WRONLY)
attempt("setupterm", lambda: curses.setupterm(term="xterm", fd=fd))
attempt("setupterm again", lambda: curses.setupterm("no-such-terminal", fd))
for cap in ["cup", "clear", "bold", "smul", "rev", "sgr0", "setaf", "el", "kcuu1", "kf1", "cols", "am", "nope"]:
    attempt("tigetstr " + cap, lambda: curses.tigetstr(cap))
for cap in ["colors", "cols", "lines", "it", "pairs", "cup", "nope"]:
    attempt("tigetnum " + cap, lambda: curses.tigetnum(cap))
for cap in ["am", "km", "xenl", "hc", "cup", "nope"]:
    attempt("tigetflag " + cap, lambda: curses.tigetflag(cap))
cup = curses.tigetstr("cup")
attempt("tparm cup", lambda: curses.tparm(cup, 5, 10))
attempt("tparm cup defaults", lambda: curses.tparm(cup))
attempt("tparm setaf", lambda: curses.tparm(curses.tigetstr("setaf"), 3))
attempt("tparm plain", lambda: curses.tparm(b"plain text"))
attempt("tparm str", lambda: curses.tparm("x"))
attempt("tparm many", lambda: curses.tparm(b"x", *range(10)))
attempt("tparm none", lambda: curses.tparm())
attempt("tparm bad int", lambda: curses.tparm(cup, "1"))
attempt("tparm arithmetic", lambda: curses.tparm(b"%p1%{10}%+%d,%p2%{2}%*%d", 5, 7))
attempt("tparm conditional", lambda: curses.tparm(b"%?%p1%{8}%<%t3%p1%d%e9%p1%{8}%-%d%;", 12))
attempt("tparm percent", lambda: curses.tparm(b"100%% %p1%02d", 7))
attempt("tigetstr int", lambda: curses.tigetstr(1))
attempt("tigetstr none", lambda: curses.tigetstr())
os.close(fd)
