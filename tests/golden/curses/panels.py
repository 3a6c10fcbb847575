# curses.panel: a stack of panels over windows, reordered, hidden, moved
# and replaced, with the panel module's errors.
import curses
import curses.panel as panel
from _screen import screen, attempt

results = []
with screen() as stdscr:
    results.append(repr((panel.version, panel.error.__module__, panel.panel.__name__)))
    results.append(repr((panel.top_panel(), panel.bottom_panel())))
    w1 = curses.newwin(3, 3, 0, 0)
    w2 = curses.newwin(3, 3, 1, 1)
    p1 = panel.new_panel(w1)
    p2 = panel.new_panel(w2)
    results.append(repr((panel.top_panel() is p2, panel.bottom_panel() is p1)))
    results.append(repr((p1.above() is p2, p2.above(), p2.below() is p1, p1.below())))
    results.append(repr(p1.window() is w1))
    results.append(repr((p1.hidden(), p1.hide(), p1.hidden(), p1.show(), p1.hidden())))
    p1.top()
    results.append(repr(panel.top_panel() is p1))
    p1.bottom()
    results.append(repr(panel.bottom_panel() is p1))
    p1.move(2, 2)
    results.append(repr(w1.getbegyx()))
    attempt(results, "move outside", lambda: p1.move(100, 100))
    attempt(results, "userptr unset", p1.userptr)
    p1.set_userptr({"tag": 1})
    results.append(repr(p1.userptr()))
    w3 = curses.newwin(2, 2, 0, 0)
    p1.replace(w3)
    results.append(repr(p1.window() is w3))
    attempt(results, "replace int", lambda: p1.replace(1))
    attempt(results, "new_panel int", lambda: panel.new_panel(1))
    attempt(results, "panel()", lambda: panel.panel())
    p2.hide()
    results.append(repr((p2.hide(), panel.top_panel() is p1)))
    panel.update_panels()
    curses.doupdate()
    del p2
    results.append(repr(panel.top_panel() is p1))
print("\n".join(results))
