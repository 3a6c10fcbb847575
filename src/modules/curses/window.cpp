// _curses.window: a curses WINDOW (or pad) and its methods — drawing text
// and characters, attributes, borders, the cursor, reading keys, refreshing,
// sub-windows — with CPython's argument groups ([y, x,] ...) and messages.
#include <langinfo.h>

#include <string>

#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "runtime/signals.h"
#include "vm/gil.h"
#include "modules/curses/curses.h"

namespace taipan::curses {

Type window_type;

namespace {

WINDOW* win_of(Value self) { return self.as<Window>()->win; }

Ref int_pair(int a, int b) {
  Ref x = int_from_int64(a), y = int_from_int64(b);
  return x && y ? tuple_pack({*x, *y}) : nullptr;
}

bool method_no_args(const char* name, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, std::string("window.") + name + "() takes no keyword arguments");
    return false;
  }
  if (nargs == 0) return true;
  raise(exc::TypeError, std::string("window.") + name + "() takes no arguments (" + std::to_string(nargs) +
                            " given)");
  return false;
}

// Positional int arguments: "NAME expected N arguments, got M".
bool method_ints(const char* name, const Value* args, size_t nargs, Tuple* kwnames, size_t min, size_t max,
                 int* out) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
    return false;
  }
  if (nargs < min || nargs > max) {
    auto plural = [](size_t n) { return std::to_string(n) + (n == 1 ? " argument" : " arguments"); };
    std::string expected = min == max ? plural(min) : nargs < min ? "at least " + plural(min) : "at most " + plural(max);
    raise(exc::TypeError, std::string(name) + " expected " + expected + ", got " + std::to_string(nargs));
    return false;
  }
  for (size_t i = 0; i < nargs; ++i) {
    if (!int_arg(args[i], &out[i])) return false;
  }
  return true;
}

// An attribute argument that may be absent (A_NORMAL).
bool attr_arg(const GroupArgs& g, size_t index, attr_t* out, bool* given) {
  *given = g.count > index;
  *out = A_NORMAL;
  if (!*given) return true;
  long attr;
  if (!long_arg(g.rest[index], &attr)) return false;
  *out = static_cast<attr_t>(attr);
  return true;
}

// ---- Drawing ----

Ref window_addch(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  GroupArgs g;
  chtype ch = 0;
  wchar_t wch = 0;
  bool wide, has_attr;
  attr_t attr;
  if (!group_args("addch", args, nargs, kwnames, 1, 2, &g) || !cchar_arg(g.rest[0], &ch, &wch, &wide) ||
      !attr_arg(g, 1, &attr, &has_attr)) {
    return nullptr;
  }
  WINDOW* w = win_of(self);
  if (wide) {
    wchar_t text[2] = {wch, 0};
    cchar_t cell;
    setcchar(&cell, text, attr, static_cast<short>(PAIR_NUMBER(attr)), nullptr);
    return check_err(g.has_yx ? mvwadd_wch(w, g.y, g.x, &cell) : wadd_wch(w, &cell), "add_wch");
  }
  return check_err(g.has_yx ? mvwaddch(w, g.y, g.x, ch | attr) : waddch(w, ch | attr), "addch");
}

// addstr and its kind: the text drawn with `attr` set for the call only.
template <typename Draw>
Ref draw_text(Value self, const GroupArgs& g, attr_t attr, bool has_attr, const char* narrow_name,
              const char* wide_name, Draw draw) {
  std::string narrow;
  std::wstring wide;
  bool is_wide;
  if (!text_arg(g.rest[0], &narrow, &wide, &is_wide)) return nullptr;
  WINDOW* w = win_of(self);
  attr_t old = getattrs(w);
  if (has_attr) wattrset(w, attr);
  if (g.has_yx && wmove(w, g.y, g.x) == ERR) {
    if (has_attr) wattrset(w, old);
    return check_err(ERR, is_wide ? wide_name : narrow_name);
  }
  int result = draw(w, is_wide, narrow, wide);
  if (has_attr) wattrset(w, old);
  return check_err(result, is_wide ? wide_name : narrow_name);
}

Ref window_addstr(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  GroupArgs g;
  attr_t attr;
  bool has_attr;
  if (!group_args("addstr", args, nargs, kwnames, 1, 2, &g) || !attr_arg(g, 1, &attr, &has_attr)) return nullptr;
  return draw_text(self, g, attr, has_attr, "addstr", "addwstr",
                   [](WINDOW* w, bool is_wide, const std::string& n, const std::wstring& wd) {
                     return is_wide ? waddwstr(w, wd.c_str()) : waddstr(w, n.c_str());
                   });
}

Ref window_addnstr(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  GroupArgs g;
  attr_t attr;
  bool has_attr;
  int n;
  if (!group_args("addnstr", args, nargs, kwnames, 2, 3, &g) || !int_arg(g.rest[1], &n) ||
      !attr_arg(g, 2, &attr, &has_attr)) {
    return nullptr;
  }
  return draw_text(self, g, attr, has_attr, "addnstr", "addnwstr",
                   [n](WINDOW* w, bool is_wide, const std::string& s, const std::wstring& wd) {
                     return is_wide ? waddnwstr(w, wd.c_str(), n) : waddnstr(w, s.c_str(), n);
                   });
}

Ref window_insstr(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  GroupArgs g;
  attr_t attr;
  bool has_attr;
  if (!group_args("insstr", args, nargs, kwnames, 1, 2, &g) || !attr_arg(g, 1, &attr, &has_attr)) return nullptr;
  return draw_text(self, g, attr, has_attr, "insstr", "ins_wstr",
                   [](WINDOW* w, bool is_wide, const std::string& n, const std::wstring& wd) {
                     return is_wide ? wins_wstr(w, wd.c_str()) : winsstr(w, n.c_str());
                   });
}

Ref window_insnstr(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  GroupArgs g;
  attr_t attr;
  bool has_attr;
  int n;
  if (!group_args("insnstr", args, nargs, kwnames, 2, 3, &g) || !int_arg(g.rest[1], &n) ||
      !attr_arg(g, 2, &attr, &has_attr)) {
    return nullptr;
  }
  return draw_text(self, g, attr, has_attr, "insnstr", "ins_nwstr",
                   [n](WINDOW* w, bool is_wide, const std::string& s, const std::wstring& wd) {
                     return is_wide ? wins_nwstr(w, wd.c_str(), n) : winsnstr(w, s.c_str(), n);
                   });
}

Ref window_insch(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  GroupArgs g;
  chtype ch;
  attr_t attr;
  bool has_attr;
  if (!group_args("insch", args, nargs, kwnames, 1, 2, &g) || !chtype_arg(g.rest[0], &ch) ||
      !attr_arg(g, 1, &attr, &has_attr)) {
    return nullptr;
  }
  WINDOW* w = win_of(self);
  return check_err(g.has_yx ? mvwinsch(w, g.y, g.x, ch | attr) : winsch(w, ch | attr), "insch");
}

// echochar(ch[, attr]), with bkgd's arguments (below).
bool background_args(const char* name, const Value* args, size_t nargs, Tuple* kwnames, chtype* out);

Ref window_echochar(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  chtype ch;
  if (!background_args("echochar", args, nargs, kwnames, &ch)) return nullptr;
  WINDOW* w = win_of(self);
  return check_err(is_pad(w) ? pechochar(w, ch) : wechochar(w, ch), "echochar");
}

Ref window_delch(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  GroupArgs g;
  if (!group_args("delch", args, nargs, kwnames, 0, 0, &g)) return nullptr;
  WINDOW* w = win_of(self);
  return g.has_yx ? check_err(mvwdelch(w, g.y, g.x), "mvwdelch") : check_err(wdelch(w), "wdelch");
}

// hline and vline: ([y, x,] ch, n[, attr]).
template <int (*Line)(WINDOW*, chtype, int)>
Ref draw_line(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  GroupArgs g;
  chtype ch;
  int n;
  attr_t attr;
  bool has_attr;
  if (!group_args(name, args, nargs, kwnames, 2, 3, &g) || !chtype_arg(g.rest[0], &ch) || !int_arg(g.rest[1], &n) ||
      !attr_arg(g, 2, &attr, &has_attr)) {
    return nullptr;
  }
  WINDOW* w = win_of(self);
  if (g.has_yx && wmove(w, g.y, g.x) == ERR) return check_err(ERR, "wmove");
  return check_err(Line(w, ch | attr, n), name);
}

Ref window_hline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return draw_line<whline>("hline", self, args, nargs, kwnames);
}
Ref window_vline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return draw_line<wvline>("vline", self, args, nargs, kwnames);
}

Ref window_border(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) return raise(exc::TypeError, "border() takes no keyword arguments");
  if (nargs > 8) return raise(exc::TypeError, "border expected at most 8 arguments, got " + std::to_string(nargs));
  chtype ch[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  for (size_t i = 0; i < nargs; ++i) {
    if (!chtype_arg(args[i], &ch[i])) return nullptr;
  }
  wborder(win_of(self), ch[0], ch[1], ch[2], ch[3], ch[4], ch[5], ch[6], ch[7]);
  return Ref::none();
}

Ref window_box(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) return raise(exc::TypeError, "box() takes no keyword arguments");
  chtype ch[2] = {0, 0};
  if (nargs != 0 && nargs != 2) return raise(exc::TypeError, "_curses.window.box requires 0 to 2 arguments");
  for (size_t i = 0; i < nargs; ++i) {
    if (!chtype_arg(args[i], &ch[i])) return nullptr;
  }
  box(win_of(self), ch[0], ch[1]);
  return Ref::none();
}

// ---- Attributes and background ----

template <int (*F)(WINDOW*, int), const char* kName>
Ref attr_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  long attr;
  if (kwnames != nullptr && kwnames->size > 0) {
    return raise(exc::TypeError, std::string(kName) + "() takes no keyword arguments");
  }
  if (nargs != 1) {
    return raise(exc::TypeError, std::string("window.") + kName + "() takes exactly one argument (" +
                                     std::to_string(nargs) + " given)");
  }
  if (!long_arg(args[0], &attr)) return nullptr;
  return check_err(F(win_of(self), static_cast<int>(attr)), kName);
}
TAIPAN_CURSES_NAME(attron) TAIPAN_CURSES_NAME(attroff) TAIPAN_CURSES_NAME(attrset)
int attron_fn(WINDOW* w, int a) { return wattron(w, a); }
int attroff_fn(WINDOW* w, int a) { return wattroff(w, a); }
int attrset_fn(WINDOW* w, int a) { return wattrset(w, a); }

// bkgd(ch[, attr]), bkgdset and echochar: ch | attr.
bool background_args(const char* name, const Value* args, size_t nargs, Tuple* kwnames, chtype* out) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
    return false;
  }
  if (nargs < 1 || nargs > 2) {
    raise(exc::TypeError, std::string(name) + " expected " + (nargs < 1 ? "at least 1 argument" : "at most 2 arguments") +
                              ", got " + std::to_string(nargs));
    return false;
  }
  long attr = A_NORMAL;
  if (!chtype_arg(args[0], out) || (nargs == 2 && !long_arg(args[1], &attr))) return false;
  *out |= static_cast<chtype>(attr);
  return true;
}

Ref window_bkgd(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  chtype ch;
  if (!background_args("bkgd", args, nargs, kwnames, &ch)) return nullptr;
  return check_err(wbkgd(win_of(self), ch), "bkgd");
}

Ref window_bkgdset(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  chtype ch;
  if (!background_args("bkgdset", args, nargs, kwnames, &ch)) return nullptr;
  wbkgdset(win_of(self), ch);
  return Ref::none();
}

Ref window_getbkgd(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!method_no_args("getbkgd", nargs, kwnames)) return nullptr;
  chtype ch = getbkgd(win_of(self));
  return ch == static_cast<chtype>(ERR) ? check_err(ERR, "getbkgd") : int_from_uint64(ch);
}

Ref window_chgat(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  GroupArgs g;
  if (!group_args("chgat", args, nargs, kwnames, 1, 2, &g)) return nullptr;
  int num = -1;
  long attr;
  if (g.count == 2 && !int_arg(g.rest[0], &num)) return nullptr;
  if (!long_arg(g.rest[g.count - 1], &attr)) return nullptr;
  WINDOW* w = win_of(self);
  attr_t a = static_cast<attr_t>(attr);
  short color = static_cast<short>(PAIR_NUMBER(a));
  int result = g.has_yx ? mvwchgat(w, g.y, g.x, num, a, color, nullptr) : wchgat(w, num, a, color, nullptr);
  if (g.has_yx) touchline(w, g.y, 1);
  return check_err(result, "chgat");
}

// ---- Reading the screen ----

Ref window_inch(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  GroupArgs g;
  if (!group_args("inch", args, nargs, kwnames, 0, 0, &g)) return nullptr;
  WINDOW* w = win_of(self);
  chtype ch = g.has_yx ? mvwinch(w, g.y, g.x) : winch(w);
  return int_from_uint64(ch);
}

constexpr int kMaxRead = 1023;

// instr and getstr's ([y, x,] [n]) with n in 0..1023.
bool read_length(const char* name, const Value* args, size_t nargs, Tuple* kwnames, GroupArgs* g, int* n) {
  if (!group_args(name, args, nargs, kwnames, 0, 1, g)) return false;
  *n = kMaxRead;
  if (g->count == 1) {
    if (!int_arg(g->rest[0], n)) return false;
    if (*n < 0) {
      raise(exc::ValueError, "'n' must be nonnegative");
      return false;
    }
    if (*n > kMaxRead) *n = kMaxRead;
  }
  return true;
}

Ref window_instr(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  GroupArgs g;
  int n;
  if (!read_length("instr", args, nargs, kwnames, &g, &n)) return nullptr;
  char buf[kMaxRead + 1];
  WINDOW* w = win_of(self);
  int result = g.has_yx ? mvwinnstr(w, g.y, g.x, buf, n) : winnstr(w, buf, n);
  if (result == ERR) buf[0] = '\0';
  return bytes_from_string(buf);
}

Ref window_getstr(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  GroupArgs g;
  int n;
  if (!read_length("getstr", args, nargs, kwnames, &g, &n)) return nullptr;
  char buf[kMaxRead + 1];
  WINDOW* w = win_of(self);
  int result;
  {
    AllowThreads allow;
    result = g.has_yx ? mvwgetnstr(w, g.y, g.x, buf, n) : wgetnstr(w, buf, n);
  }
  if (result == ERR) buf[0] = '\0';
  return bytes_from_string(buf);
}

// ---- Keys ----

// wgetch at [y, x], without the GIL.
bool read_key(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, int* key) {
  GroupArgs g;
  if (!group_args(name, args, nargs, kwnames, 0, 0, &g)) return false;
  WINDOW* w = win_of(self);
  AllowThreads allow;
  *key = g.has_yx ? mvwgetch(w, g.y, g.x) : wgetch(w);
  return true;
}

// "no input" unless a signal handler raised first.
Ref no_input() {
  if (check_signals() < 0) return nullptr;
  return raise_error("no input");
}

Ref window_getch(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int key;
  if (!read_key("getch", self, args, nargs, kwnames, &key)) return nullptr;
  return int_from_int64(key);
}

Ref window_getkey(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int key;
  if (!read_key("getkey", self, args, nargs, kwnames, &key)) return nullptr;
  if (key == ERR) return no_input();
  if (key <= 255) return str_from_char(static_cast<uint32_t>(key));
  const char* name = keyname(key);
  return str_from_utf8(name != nullptr ? name : "");
}

Ref window_get_wch(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  GroupArgs g;
  if (!group_args("get_wch", args, nargs, kwnames, 0, 0, &g)) return nullptr;
  WINDOW* w = win_of(self);
  wint_t ch;
  int result;
  {
    AllowThreads allow;
    result = g.has_yx ? mvwget_wch(w, g.y, g.x, &ch) : wget_wch(w, &ch);
  }
  if (result == ERR) return no_input();
  if (result == KEY_CODE_YES) return int_from_int64(static_cast<int64_t>(ch));
  return str_from_char(static_cast<uint32_t>(ch));
}

// ---- The cursor and geometry ----

Ref window_move(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[2];
  if (!method_ints("move", args, nargs, kwnames, 2, 2, a)) return nullptr;
  return check_err(wmove(win_of(self), a[0], a[1]), "wmove");
}

template <int (*Y)(const WINDOW*), int (*X)(const WINDOW*), const char* kName>
Ref position(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!method_no_args(kName, nargs, kwnames)) return nullptr;
  WINDOW* w = win_of(self);
  return int_pair(Y(w), X(w));
}
TAIPAN_CURSES_NAME(getyx) TAIPAN_CURSES_NAME(getbegyx) TAIPAN_CURSES_NAME(getmaxyx) TAIPAN_CURSES_NAME(getparyx)

Ref window_mvwin(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[2];
  if (!method_ints("mvwin", args, nargs, kwnames, 2, 2, a)) return nullptr;
  return check_err(mvwin(win_of(self), a[0], a[1]), "mvwin");
}

Ref window_mvderwin(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[2];
  if (!method_ints("mvderwin", args, nargs, kwnames, 2, 2, a)) return nullptr;
  return check_err(mvderwin(win_of(self), a[0], a[1]), "mvderwin");
}

Ref window_resize(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[2];
  if (!method_ints("resize", args, nargs, kwnames, 2, 2, a)) return nullptr;
  return check_err(wresize(win_of(self), a[0], a[1]), "wresize");
}

Ref window_enclose(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[2];
  if (!method_ints("enclose", args, nargs, kwnames, 2, 2, a)) return nullptr;
  return Ref::boolean(wenclose(win_of(self), a[0], a[1]));
}

Ref window_setscrreg(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[2];
  if (!method_ints("setscrreg", args, nargs, kwnames, 2, 2, a)) return nullptr;
  return check_err(wsetscrreg(win_of(self), a[0], a[1]), "wsetscrreg");
}

Ref window_scroll(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int lines[1] = {1};
  if (!method_ints("scroll", args, nargs, kwnames, 0, 1, lines)) return nullptr;
  return nargs == 0 ? check_err(scroll(win_of(self)), "scroll") : check_err(wscrl(win_of(self), lines[0]), "scroll");
}

Ref window_insdelln(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[1];
  if (!method_ints("insdelln", args, nargs, kwnames, 1, 1, a)) return nullptr;
  return check_err(winsdelln(win_of(self), a[0]), "winsdelln");
}

Ref window_redrawln(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[2];
  if (!method_ints("redrawln", args, nargs, kwnames, 2, 2, a)) return nullptr;
  return check_err(wredrawln(win_of(self), a[0], a[1]), "wredrawln");
}

Ref window_touchline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[3] = {0, 0, 1};
  if (!method_ints("touchline", args, nargs, kwnames, 2, 3, a)) return nullptr;
  if (nargs == 2) return check_err(touchline(win_of(self), a[0], a[1]), "touchline");
  return check_err(wtouchln(win_of(self), a[0], a[1], a[2]), "touchline");
}

Ref window_is_linetouched(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[1];
  if (!method_ints("is_linetouched", args, nargs, kwnames, 1, 1, a)) return nullptr;
  WINDOW* w = win_of(self);
  if (a[0] < 0 || a[0] >= getmaxy(w)) {
    return raise(exc::TypeError, "is_linetouched: line number outside of boundaries");
  }
  return Ref::boolean(is_linetouched(w, a[0]));
}

Ref window_is_wintouched(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!method_no_args("is_wintouched", nargs, kwnames)) return nullptr;
  return Ref::boolean(is_wintouched(win_of(self)));
}

// ---- Methods without arguments ----

template <int (*F)(WINDOW*), const char* kName>
Ref checked(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!method_no_args(kName, nargs, kwnames)) return nullptr;
  return check_err(F(win_of(self)), kName);
}

template <void (*F)(WINDOW*), const char* kName>
Ref unchecked(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!method_no_args(kName, nargs, kwnames)) return nullptr;
  F(win_of(self));
  return Ref::none();
}

TAIPAN_CURSES_NAME(wclear) TAIPAN_CURSES_NAME(werase) TAIPAN_CURSES_NAME(wclrtobot) TAIPAN_CURSES_NAME(wclrtoeol)
TAIPAN_CURSES_NAME(wdeleteln) TAIPAN_CURSES_NAME(winsertln) TAIPAN_CURSES_NAME(redrawwin) TAIPAN_CURSES_NAME(touchwin)
TAIPAN_CURSES_NAME(untouchwin) TAIPAN_CURSES_NAME(wstandout) TAIPAN_CURSES_NAME(wstandend) TAIPAN_CURSES_NAME(wsyncup)
TAIPAN_CURSES_NAME(wsyncdown) TAIPAN_CURSES_NAME(wcursyncup)
int standout_fn(WINDOW* w) { return wstandout(w); }
int standend_fn(WINDOW* w) { return wstandend(w); }

// ---- Flags ----

// keypad(flag) and its kind: a truth value passed as an int.
template <typename R, R (*F)(WINDOW*, bool), const char* kName>
Ref flag_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[1];
  if (nargs != 1) return raise(exc::TypeError, "True(1) or False(0)");
  if (!method_ints(kName, args, nargs, kwnames, 1, 1, a)) return nullptr;
  if constexpr (std::is_void_v<R>) {
    F(win_of(self), a[0] != 0);
    return Ref::none();
  } else {
    return check_err(F(win_of(self), a[0] != 0), kName);
  }
}
TAIPAN_CURSES_NAME(keypad) TAIPAN_CURSES_NAME(nodelay) TAIPAN_CURSES_NAME(notimeout) TAIPAN_CURSES_NAME(scrollok)
TAIPAN_CURSES_NAME(idlok) TAIPAN_CURSES_NAME(leaveok) TAIPAN_CURSES_NAME(clearok) TAIPAN_CURSES_NAME(syncok)
TAIPAN_CURSES_NAME(immedok) TAIPAN_CURSES_NAME(idcok)

Ref window_timeout(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[1];
  if (!method_ints("timeout", args, nargs, kwnames, 1, 1, a)) return nullptr;
  wtimeout(win_of(self), a[0]);
  return Ref::none();
}

// ---- Refreshing ----

// refresh and noutrefresh: no arguments for a window, six for a pad.
template <int (*Win)(WINDOW*), int (*Pad)(WINDOW*, int, int, int, int, int, int)>
Ref refresh_with(const char* name, const char* win_name, const char* pad_name, Value self, const Value* args,
                 size_t nargs, Tuple* kwnames) {
  WINDOW* w = win_of(self);
  if (kwnames != nullptr && kwnames->size > 0) {
    return raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
  }
  if (!is_pad(w)) {
    if (nargs != 0) {
      return raise(exc::TypeError, std::string(name) + "() takes no arguments (" + std::to_string(nargs) + " given)");
    }
    int result;
    {
      AllowThreads allow;
      result = Win(w);
    }
    return check_err(result, win_name);
  }
  if (nargs != 6) return raise_error((std::string(name) + "() for a pad requires 6 arguments").c_str());
  int a[6];
  for (int i = 0; i < 6; ++i) {
    if (!int_arg(args[i], &a[i])) return nullptr;
  }
  int result;
  {
    AllowThreads allow;
    result = Pad(w, a[0], a[1], a[2], a[3], a[4], a[5]);
  }
  return check_err(result, pad_name);
}

Ref window_refresh(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return refresh_with<wrefresh, prefresh>("refresh", "wrefresh", "prefresh", self, args, nargs, kwnames);
}
Ref window_noutrefresh(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return refresh_with<wnoutrefresh, pnoutrefresh>("noutrefresh", "wnoutrefresh", "pnoutrefresh", self, args, nargs,
                                                  kwnames);
}

// ---- Sub-windows and copies ----

// subwin([nlines, ncols,] begin_y, begin_x) and derwin: a pad's sub-window is a subpad.
Ref make_child(const char* name, bool relative, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    return raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
  }
  if (nargs != 2 && nargs != 4) {
    return raise(exc::TypeError, std::string("_curses.window.") + name + " requires 2 to 4 arguments");
  }
  int a[4] = {0, 0, 0, 0};
  for (size_t i = 0; i < nargs; ++i) {
    if (!int_arg(args[i], &a[4 - nargs + i])) return nullptr;
  }
  WINDOW* w = win_of(self);
  WINDOW* child = relative ? derwin(w, a[0], a[1], a[2], a[3])
                  : is_pad(w) ? subpad(w, a[0], a[1], a[2], a[3])
                              : subwin(w, a[0], a[1], a[2], a[3]);
  if (child == nullptr) return raise_error("curses function returned NULL");
  return window_new(child, self.as<Window>()->encoding);
}

Ref window_subwin(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_child("subwin", false, self, args, nargs, kwnames);
}
Ref window_subpad(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_child("subpad", false, self, args, nargs, kwnames);
}
Ref window_derwin(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_child("derwin", true, self, args, nargs, kwnames);
}

// overlay and overwrite: (destwin[, sminrow, smincol, dminrow, dmincol, dmaxrow, dmaxcol]).
Ref copy_to(const char* name, bool overlay_mode, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    return raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
  }
  if (nargs != 1 && nargs != 7) {
    return raise(exc::TypeError, std::string("_curses.window.") + name + " requires 1 to 7 arguments");
  }
  if (type_of(args[0]) != &window_type) {
    return raise(exc::TypeError, std::string(name) + "() argument 1 must be _curses.window, not " +
                                     type_name_of(args[0]));
  }
  WINDOW* src = win_of(self);
  WINDOW* dst = win_of(args[0]);
  if (nargs == 1) {
    return overlay_mode ? check_err(overlay(src, dst), "overlay") : check_err(overwrite(src, dst), "overwrite");
  }
  int a[6];
  for (int i = 0; i < 6; ++i) {
    if (!int_arg(args[i + 1], &a[i])) return nullptr;
  }
  return check_err(copywin(src, dst, a[0], a[1], a[2], a[3], a[4], a[5], overlay_mode), "copywin");
}

Ref window_overlay(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return copy_to("overlay", true, self, args, nargs, kwnames);
}
Ref window_overwrite(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return copy_to("overwrite", false, self, args, nargs, kwnames);
}

// ---- encoding ----

Ref get_encoding(Value self) { return Ref::borrow(self.as<Window>()->encoding); }

int set_encoding(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "encoding may not be deleted");
  if (!is_str(v)) return fail(exc::TypeError, "setting encoding to a non-string");
  Window* w = self.as<Window>();
  Value old = w->encoding;
  w->encoding = Ref::borrow(v).release();
  decref(old);
  return 0;
}

const GetSetDef kGetSets[] = {
    {"encoding", get_encoding, set_encoding, "the typecode character used to create the array"},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kMethods[] = {
    {"addch", window_addch, kMethodInstance, nullptr},
    {"addstr", window_addstr, kMethodInstance, nullptr},
    {"addnstr", window_addnstr, kMethodInstance, nullptr},
    {"insch", window_insch, kMethodInstance, nullptr},
    {"insstr", window_insstr, kMethodInstance, nullptr},
    {"insnstr", window_insnstr, kMethodInstance, nullptr},
    {"echochar", window_echochar, kMethodInstance, nullptr},
    {"delch", window_delch, kMethodInstance, nullptr},
    {"hline", window_hline, kMethodInstance, nullptr},
    {"vline", window_vline, kMethodInstance, nullptr},
    {"border", window_border, kMethodInstance, nullptr},
    {"box", window_box, kMethodInstance, nullptr},
    {"attron", attr_method<attron_fn, k_attron>, kMethodInstance, nullptr},
    {"attroff", attr_method<attroff_fn, k_attroff>, kMethodInstance, nullptr},
    {"attrset", attr_method<attrset_fn, k_attrset>, kMethodInstance, nullptr},
    {"bkgd", window_bkgd, kMethodInstance, nullptr},
    {"bkgdset", window_bkgdset, kMethodInstance, nullptr},
    {"getbkgd", window_getbkgd, kMethodInstance, nullptr},
    {"chgat", window_chgat, kMethodInstance, nullptr},
    {"inch", window_inch, kMethodInstance, nullptr},
    {"instr", window_instr, kMethodInstance, nullptr},
    {"getstr", window_getstr, kMethodInstance, nullptr},
    {"getch", window_getch, kMethodInstance, nullptr},
    {"getkey", window_getkey, kMethodInstance, nullptr},
    {"get_wch", window_get_wch, kMethodInstance, nullptr},
    {"move", window_move, kMethodInstance, nullptr},
    {"getyx", position<getcury, getcurx, k_getyx>, kMethodInstance, nullptr},
    {"getbegyx", position<getbegy, getbegx, k_getbegyx>, kMethodInstance, nullptr},
    {"getmaxyx", position<getmaxy, getmaxx, k_getmaxyx>, kMethodInstance, nullptr},
    {"getparyx", position<getpary, getparx, k_getparyx>, kMethodInstance, nullptr},
    {"mvwin", window_mvwin, kMethodInstance, nullptr},
    {"mvderwin", window_mvderwin, kMethodInstance, nullptr},
    {"resize", window_resize, kMethodInstance, nullptr},
    {"enclose", window_enclose, kMethodInstance, nullptr},
    {"setscrreg", window_setscrreg, kMethodInstance, nullptr},
    {"scroll", window_scroll, kMethodInstance, nullptr},
    {"insdelln", window_insdelln, kMethodInstance, nullptr},
    {"redrawln", window_redrawln, kMethodInstance, nullptr},
    {"touchline", window_touchline, kMethodInstance, nullptr},
    {"is_linetouched", window_is_linetouched, kMethodInstance, nullptr},
    {"is_wintouched", window_is_wintouched, kMethodInstance, nullptr},
    {"clear", checked<wclear, k_wclear>, kMethodInstance, nullptr},
    {"erase", checked<werase, k_werase>, kMethodInstance, nullptr},
    {"clrtobot", checked<wclrtobot, k_wclrtobot>, kMethodInstance, nullptr},
    {"clrtoeol", checked<wclrtoeol, k_wclrtoeol>, kMethodInstance, nullptr},
    {"deleteln", checked<wdeleteln, k_wdeleteln>, kMethodInstance, nullptr},
    {"insertln", checked<winsertln, k_winsertln>, kMethodInstance, nullptr},
    {"redrawwin", checked<redrawwin, k_redrawwin>, kMethodInstance, nullptr},
    {"touchwin", checked<touchwin, k_touchwin>, kMethodInstance, nullptr},
    {"untouchwin", checked<untouchwin, k_untouchwin>, kMethodInstance, nullptr},
    {"standout", checked<standout_fn, k_wstandout>, kMethodInstance, nullptr},
    {"standend", checked<standend_fn, k_wstandend>, kMethodInstance, nullptr},
    {"syncup", unchecked<wsyncup, k_wsyncup>, kMethodInstance, nullptr},
    {"syncdown", unchecked<wsyncdown, k_wsyncdown>, kMethodInstance, nullptr},
    {"cursyncup", unchecked<wcursyncup, k_wcursyncup>, kMethodInstance, nullptr},
    {"keypad", flag_method<int, keypad, k_keypad>, kMethodInstance, nullptr},
    {"nodelay", flag_method<int, nodelay, k_nodelay>, kMethodInstance, nullptr},
    {"notimeout", flag_method<int, notimeout, k_notimeout>, kMethodInstance, nullptr},
    {"scrollok", flag_method<int, scrollok, k_scrollok>, kMethodInstance, nullptr},
    {"idlok", flag_method<int, idlok, k_idlok>, kMethodInstance, nullptr},
    {"leaveok", flag_method<int, leaveok, k_leaveok>, kMethodInstance, nullptr},
    {"clearok", flag_method<int, clearok, k_clearok>, kMethodInstance, nullptr},
    {"syncok", flag_method<int, syncok, k_syncok>, kMethodInstance, nullptr},
    {"immedok", flag_method<void, immedok, k_immedok>, kMethodInstance, nullptr},
    {"idcok", flag_method<void, idcok, k_idcok>, kMethodInstance, nullptr},
    {"timeout", window_timeout, kMethodInstance, nullptr},
    {"refresh", window_refresh, kMethodInstance, nullptr},
    {"noutrefresh", window_noutrefresh, kMethodInstance, nullptr},
    {"subwin", window_subwin, kMethodInstance, nullptr},
    {"subpad", window_subpad, kMethodInstance, nullptr},
    {"derwin", window_derwin, kMethodInstance, nullptr},
    {"overlay", window_overlay, kMethodInstance, nullptr},
    {"overwrite", window_overwrite, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void window_dealloc(Object* self) {
  auto* w = static_cast<Window*>(self);
  if (w->win != nullptr && w->win != stdscr) delwin(w->win);
  decref(w->encoding);
  free_object(self);
}

}  // namespace

Ref window_new(WINDOW* win, Value encoding) {
  Ref enc;
  if (encoding.is_null()) {
    const char* codeset = nl_langinfo(CODESET);
    enc = str_from_utf8(codeset != nullptr && *codeset != '\0' ? codeset : "utf-8");
  } else {
    enc = Ref::borrow(encoding);
  }
  if (!enc) return nullptr;
  auto* w = new_object<Window>(&window_type, sizeof(Window));
  if (w == nullptr) return nullptr;
  w->win = win;
  w->encoding = enc.release();
  return Ref::steal(w);
}

int init_window_type() {
  if (type_has_flag(&window_type, kTypeReady)) return 0;
  window_type.refcnt = kImmortalRefcnt;
  window_type.type = &type_type;
  window_type.name = "_curses.window";
  window_type.basic_size = sizeof(Window);
  window_type.base = &object_type;
  window_type.dealloc = window_dealloc;
  window_type.methods = kMethods;
  window_type.getsets = kGetSets;
  return type_ready(&window_type);
}

}  // namespace taipan::curses
