# Colours: start_color, COLORS and COLOR_PAIRS, init_pair, pair_content,
# color_content, color_pair and pair_number, and their range errors.
import curses
from _screen import screen, attempt

results = []
attempt(results, "has_colors first", curses.has_colors)
with screen() as stdscr:
    attempt(results, "has_colors", curses.has_colors)
    attempt(results, "can_change_color", curses.can_change_color)
    attempt(results, "color_pair first", lambda: curses.color_pair(1))
    attempt(results, "init_pair first", lambda: curses.init_pair(1, 2, 3))
    curses.start_color()
    results.append(repr((curses.COLORS, curses.COLOR_PAIRS)))
    curses.init_pair(1, curses.COLOR_RED, curses.COLOR_BLUE)
    curses.init_pair(2, curses.COLOR_GREEN, curses.COLOR_BLACK)
    results.append(repr((curses.pair_content(1), curses.pair_content(2), curses.pair_content(0))))
    results.append(repr([curses.color_pair(n) for n in range(4)]))
    results.append(repr([curses.pair_number(curses.color_pair(n) | curses.A_BOLD) for n in range(4)]))
    results.append(repr([curses.color_content(c) for c in range(curses.COLORS)]))
    attempt(results, "init_pair negative pair", lambda: curses.init_pair(-1, 1, 1))
    attempt(results, "init_pair zero", lambda: curses.init_pair(0, 1, 1))
    attempt(results, "init_pair default fg", lambda: curses.init_pair(1, -1, 1))
    attempt(results, "init_pair big pair", lambda: curses.init_pair(1000000, 2, 3))
    attempt(results, "init_pair big color", lambda: curses.init_pair(1, 2000, 3))
    attempt(results, "init_pair two", lambda: curses.init_pair(1, 2))
    attempt(results, "color_content big", lambda: curses.color_content(70))
    attempt(results, "color_content negative", lambda: curses.color_content(-1))
    attempt(results, "init_color", lambda: curses.init_color(1, 0, 0, 0))
    attempt(results, "init_color component", lambda: curses.init_color(1, 2000, 0, 0))
    attempt(results, "init_color negative", lambda: curses.init_color(1, -5, 0, 0))
    stdscr.addstr(0, 0, "red", curses.color_pair(1))
    results.append(repr(curses.pair_number(stdscr.inch(0, 0))))
    attempt(results, "use_default_colors", curses.use_default_colors)
    attempt(results, "init_pair default", lambda: curses.init_pair(3, -1, -1))
    attempt(results, "pair_content 3", lambda: curses.pair_content(3))
print("\n".join(results))
