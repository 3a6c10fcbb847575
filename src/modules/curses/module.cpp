// _curses's module functions (initscr, newwin, colours, input modes, key
// names ...) and its state, on ncursesw. CPython's curses package wraps
// them (curses/__init__.py copies ACS_*, LINES, COLS, COLORS after the calls
// that set them).
#include <climits>
#include <clocale>
#include <cstring>
#include <string>

#include "modules/c_int_arg.h"
#include "modules/modules.h"
#include "modules/module_exception.h"
#include "modules/sys.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/protocol.h"
#include "runtime/exceptions.h"
#include "runtime/struct_sequence.h"
#include "vm/gil.h"
#include "modules/curses/curses.h"

namespace taipan::curses {

Type* error_class = nullptr;
bool initscr_called = false;
bool setupterm_called = false;
bool color_started = false;

Ref raise_error(const char* message) { return raise(error_class, message); }

bool require_initscr() {
  if (initscr_called) return true;
  raise_error("must call initscr() first");
  return false;
}

bool require_setupterm() {
  if (setupterm_called) return true;
  raise_error("must call (at least) setupterm() first");
  return false;
}

bool require_color() {
  if (color_started) return true;
  raise_error("must call start_color() first");
  return false;
}

Ref check_err(int code, const char* name) {
  if (code != ERR) return Ref::none();
  return raise(error_class, std::string(name) + "() returned ERR");
}

namespace {

Value the_module;  // _curses (owned), where LINES, COLS, COLORS ... are set

int set_int(const char* name, int64_t v) {
  Ref n = int_from_int64(v);
  return n ? module_add(the_module, name, *n) : -1;
}

bool no_args(const char* name, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, std::string("_curses.") + name + "() takes no keyword arguments");
    return false;
  }
  if (nargs == 0) return true;
  raise(exc::TypeError, std::string("_curses.") + name + "() takes no arguments (" + std::to_string(nargs) + " given)");
  return false;
}

// The single argument of a METH_O function.
bool one_arg(const char* name, const Value* args, size_t nargs, Tuple* kwnames, Value* out) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, std::string("_curses.") + name + "() takes no keyword arguments");
    return false;
  }
  if (nargs != 1) {
    raise(exc::TypeError,
          std::string("_curses.") + name + "() takes exactly one argument (" + std::to_string(nargs) + " given)");
    return false;
  }
  *out = args[0];
  return true;
}

// Positional int arguments of a clinic function: "NAME expected N arguments, got M".
bool int_args(const char* name, const Value* args, size_t nargs, Tuple* kwnames, size_t min, size_t max, int* out) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, std::string("_curses.") + name + "() takes no keyword arguments");
    return false;
  }
  if (nargs < min || nargs > max) {
    std::string expected = min == max ? std::to_string(min) + " argument" + (min == 1 ? "" : "s")
                           : nargs < min ? "at least " + std::to_string(min) + " argument" + (min == 1 ? "" : "s")
                                         : "at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s");
    raise(exc::TypeError, std::string(name) + " expected " + expected + ", got " + std::to_string(nargs));
    return false;
  }
  for (size_t i = 0; i < nargs; ++i) {
    if (!c_int_arg(args[i], &out[i])) return false;
  }
  return true;
}

// ---- Functions without arguments, by kind ----

template <int (*F)(), const char* kName>
Ref call_checked(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args(kName, nargs, kwnames) || !require_initscr()) return nullptr;
  return check_err(F(), kName);
}

template <bool (*F)(), const char* kName>
Ref call_bool(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args(kName, nargs, kwnames) || !require_initscr()) return nullptr;
  return Ref::boolean(F());
}

template <void (*F)(), const char* kName>
Ref call_void(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args(kName, nargs, kwnames) || !require_initscr()) return nullptr;
  F();
  return Ref::none();
}

// cbreak(flag=True) and its kind: On when the flag is true, Off otherwise.
template <int (*On)(), int (*Off)(), const char* kOn, const char* kOff>
Ref call_flag(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int flag = 1;
  if (kwnames != nullptr && kwnames->size > 0) {
    return raise(exc::TypeError, std::string("_curses.") + kOn + "() takes no keyword arguments");
  }
  if (nargs > 1) {
    return raise(exc::TypeError, std::string(kOn) + " expected at most 1 argument, got " + std::to_string(nargs));
  }
  if (nargs == 1) {
    int truth = is_true(args[0]);
    if (truth < 0) return nullptr;
    flag = truth;
  }
  if (!require_initscr()) return nullptr;
  return flag ? check_err(On(), kOn) : check_err(Off(), kOff);
}

TAIPAN_CURSES_NAME(beep) TAIPAN_CURSES_NAME(flash) TAIPAN_CURSES_NAME(doupdate) TAIPAN_CURSES_NAME(def_prog_mode)
TAIPAN_CURSES_NAME(def_shell_mode) TAIPAN_CURSES_NAME(reset_prog_mode) TAIPAN_CURSES_NAME(reset_shell_mode)
TAIPAN_CURSES_NAME(resetty) TAIPAN_CURSES_NAME(savetty) TAIPAN_CURSES_NAME(nocbreak) TAIPAN_CURSES_NAME(noecho)
TAIPAN_CURSES_NAME(nonl) TAIPAN_CURSES_NAME(noraw) TAIPAN_CURSES_NAME(cbreak) TAIPAN_CURSES_NAME(echo)
TAIPAN_CURSES_NAME(nl) TAIPAN_CURSES_NAME(raw) TAIPAN_CURSES_NAME(has_colors) TAIPAN_CURSES_NAME(can_change_color)
TAIPAN_CURSES_NAME(has_ic) TAIPAN_CURSES_NAME(has_il) TAIPAN_CURSES_NAME(flushinp) TAIPAN_CURSES_NAME(noqiflush)
TAIPAN_CURSES_NAME(use_default_colors)

void noqiflush_void() { noqiflush(); }
void flushinp_void() { flushinp(); }
int nl_on() { return nl(); }
int nl_off() { return nonl(); }

// ---- Screens and windows ----

Ref curses_initscr(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("initscr", nargs, kwnames)) return nullptr;
  if (initscr_called) {
    wrefresh(stdscr);
    return window_new(stdscr, Value());
  }
  WINDOW* win = initscr();
  if (win == nullptr) return raise_error("initscr() returned NULL");
  initscr_called = setupterm_called = true;
  if (add_acs_constants(the_module) < 0 || set_int("LINES", LINES) < 0 || set_int("COLS", COLS) < 0) return nullptr;
  return window_new(win, Value());
}

Ref curses_endwin(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("endwin", nargs, kwnames) || !require_initscr()) return nullptr;
  return check_err(endwin(), "endwin");
}

Ref curses_isendwin(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("isendwin", nargs, kwnames) || !require_initscr()) return nullptr;
  return Ref::boolean(isendwin());
}

Ref curses_newwin(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) return raise(exc::TypeError, "newwin() takes no keyword arguments");
  if (nargs != 2 && nargs != 4) return raise(exc::TypeError, "_curses.newwin requires 2 to 4 arguments");
  int a[4] = {0, 0, 0, 0};
  for (size_t i = 0; i < nargs; ++i) {
    if (!int_arg(args[i], &a[i])) return nullptr;
  }
  if (!require_initscr()) return nullptr;
  WINDOW* win = newwin(a[0], a[1], a[2], a[3]);
  if (win == nullptr) return raise_error("curses function returned NULL");
  return window_new(win, Value());
}

Ref curses_newpad(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[2];
  if (!int_args("newpad", args, nargs, kwnames, 2, 2, a) || !require_initscr()) return nullptr;
  WINDOW* win = newpad(a[0], a[1]);
  if (win == nullptr) return raise_error("curses function returned NULL");
  return window_new(win, Value());
}

Ref update_lines_cols_now() {
  if (set_int("LINES", LINES) < 0 || set_int("COLS", COLS) < 0) return nullptr;
  // curses/__init__.py keeps its own copies, as CPython's C code updates them.
  Ref name = str_from_utf8("curses");
  if (!name) return nullptr;
  Value curses_pkg = dict_get(sys_modules().as<Dict>(), *name);
  if (!curses_pkg.is_null()) {
    Ref lines_name = str_from_utf8("LINES"), cols_name = str_from_utf8("COLS");
    Ref lines = int_from_int64(LINES), cols = int_from_int64(COLS);
    if (!lines_name || !cols_name || !lines || !cols || setattr(curses_pkg, lines_name.as<Str>(), *lines) < 0 ||
        setattr(curses_pkg, cols_name.as<Str>(), *cols) < 0) {
      return nullptr;
    }
  }
  return Ref::none();
}

Ref curses_update_lines_cols(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("update_lines_cols", nargs, kwnames) || !require_initscr()) return nullptr;
  return update_lines_cols_now();
}

template <int (*F)(int, int), const char* kName>
Ref call_resize(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[2];
  if (!int_args(kName, args, nargs, kwnames, 2, 2, a) || !require_initscr()) return nullptr;
  if (!check_err(F(a[0], a[1]), kName)) return nullptr;
  return update_lines_cols_now();
}
TAIPAN_CURSES_NAME(resizeterm) TAIPAN_CURSES_NAME(resize_term)

Ref curses_is_term_resized(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[2];
  if (!int_args("is_term_resized", args, nargs, kwnames, 2, 2, a) || !require_initscr()) return nullptr;
  return Ref::boolean(is_term_resized(a[0], a[1]));
}

// ---- Colours ----

// A colour number below COLORS; a negative one is -1, the default colour,
// where allow_default.
bool color_number(Value v, bool allow_default, int* out) {
  long n;
  if (!long_arg(v, &n)) return false;
  if (n < 0 && allow_default) {
    *out = -1;
    return true;
  }
  if (n < 0) {
    raise(exc::ValueError, "Color number is less than 0.");
    return false;
  }
  if (n > COLORS - 1) {
    raise(exc::ValueError, "Color number is greater than COLORS-1 (" + std::to_string(COLORS - 1) + ").");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

// A pair number; COLOR_PAIRS is checked only once ncurses refuses it.
bool pair_number(Value v, int* out) {
  long n;
  if (!long_arg(v, &n)) return false;
  if (n > INT_MAX) {
    raise(exc::ValueError, "Color pair is greater than maximum (" + std::to_string(INT_MAX) + ").");
    return false;
  }
  if (n < 0) {
    raise(exc::ValueError, "Color pair is less than 0.");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

// The error of a refused colour call: the pair out of range, or NAME() returned ERR.
Ref pair_refused(int pair, const char* name) {
  if (pair >= COLOR_PAIRS) {
    return raise(exc::ValueError, "Color pair is greater than COLOR_PAIRS-1 (" + std::to_string(COLOR_PAIRS - 1) + ").");
  }
  return check_err(ERR, name);
}

bool positional(const char* name, size_t nargs, Tuple* kwnames, size_t count) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, std::string("_curses.") + name + "() takes no keyword arguments");
    return false;
  }
  if (nargs == count) return true;
  raise(exc::TypeError, std::string(name) + " expected " + std::to_string(count) + " argument" +
                            (count == 1 ? "" : "s") + ", got " + std::to_string(nargs));
  return false;
}

Ref curses_start_color(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("start_color", nargs, kwnames) || !require_initscr()) return nullptr;
  if (start_color() == ERR) return raise_error("start_color() returned ERR");
  color_started = true;
  if (set_int("COLORS", COLORS) < 0 || set_int("COLOR_PAIRS", COLOR_PAIRS) < 0) return nullptr;
  return Ref::none();
}

Ref curses_init_pair(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int pair, fg, bg;
  if (!positional("init_pair", nargs, kwnames, 3) || !pair_number(args[0], &pair) ||
      !color_number(args[1], true, &fg) || !color_number(args[2], true, &bg) || !require_initscr()) {
    return nullptr;
  }
  if (init_extended_pair(pair, fg, bg) == ERR) return pair_refused(pair, "init_extended_pair");
  return Ref::none();
}

Ref curses_pair_content(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  int pair, fg, bg;
  if (!one_arg("pair_content", args, nargs, kwnames, &a) || !pair_number(a, &pair) || !require_initscr() ||
      !require_color()) {
    return nullptr;
  }
  if (extended_pair_content(pair, &fg, &bg) == ERR) return pair_refused(pair, "extended_pair_content");
  Ref f = int_from_int64(fg), b = int_from_int64(bg);
  return f && b ? tuple_pack({*f, *b}) : nullptr;
}

Ref curses_color_content(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  int color, r, g, b;
  if (!one_arg("color_content", args, nargs, kwnames, &a) || !color_number(a, false, &color) || !require_initscr() ||
      !require_color()) {
    return nullptr;
  }
  if (extended_color_content(color, &r, &g, &b) == ERR) return check_err(ERR, "extended_color_content");
  Ref rr = int_from_int64(r), gg = int_from_int64(g), bb = int_from_int64(b);
  return rr && gg && bb ? tuple_pack({*rr, *gg, *bb}) : nullptr;
}

bool component(Value v, int* out) {
  long n;
  if (!long_arg(v, &n)) return false;
  if (n < 0 || n > 1000) {
    raise(exc::ValueError, n < 0 ? "Color component is less than 0" : "Color component is greater than 1000");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

Ref curses_init_color(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int color, r, g, b;
  if (!positional("init_color", nargs, kwnames, 4) || !color_number(args[0], false, &color) ||
      !component(args[1], &r) || !component(args[2], &g) || !component(args[3], &b) || !require_initscr() ||
      !require_color()) {
    return nullptr;
  }
  return check_err(init_extended_color(color, r, g, b), "init_extended_color");
}

Ref curses_color_pair(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  int pair;
  if (!one_arg("color_pair", args, nargs, kwnames, &a) || !c_int_arg(a, &pair) || !require_initscr() ||
      !require_color()) {
    return nullptr;
  }
  return int_from_int64(static_cast<int64_t>(COLOR_PAIR(pair)));
}

Ref curses_pair_number(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  int attr;
  if (!one_arg("pair_number", args, nargs, kwnames, &a) || !c_int_arg(a, &attr) || !require_initscr() ||
      !require_color()) {
    return nullptr;
  }
  return int_from_int64(PAIR_NUMBER(attr));
}

// ---- Terminal modes and input ----

Ref curses_curs_set(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  int visibility;
  if (!one_arg("curs_set", args, nargs, kwnames, &a) || !c_int_arg(a, &visibility) || !require_initscr()) return nullptr;
  int old = curs_set(visibility);
  if (old == ERR) return check_err(old, "curs_set");
  return int_from_int64(old);
}

Ref curses_napms(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  int ms;
  if (!one_arg("napms", args, nargs, kwnames, &a) || !c_int_arg(a, &ms) || !require_initscr()) return nullptr;
  int result;
  {
    AllowThreads allow;
    result = napms(ms);
  }
  return int_from_int64(result);
}

Ref curses_halfdelay(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  long tenths;
  if (!one_arg("halfdelay", args, nargs, kwnames, &a) || !long_arg(a, &tenths)) return nullptr;
  if (tenths < 0 || tenths > 255) {
    return raise(exc::OverflowError, tenths < 0 ? "unsigned byte integer is less than minimum"
                                                : "unsigned byte integer is greater than maximum");
  }
  if (!require_initscr()) return nullptr;
  return check_err(halfdelay(static_cast<int>(tenths)), "halfdelay");
}

template <int (*F)(WINDOW*, bool), const char* kName>
Ref call_stdscr_flag(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  if (!one_arg(kName, args, nargs, kwnames, &a)) return nullptr;
  int truth = is_true(a);
  if (truth < 0 || !require_initscr()) return nullptr;
  return check_err(F(stdscr, truth != 0), kName);
}
TAIPAN_CURSES_NAME(intrflush) TAIPAN_CURSES_NAME(meta)
int intrflush_fn(WINDOW* w, bool f) { return intrflush(w, f); }
int meta_fn(WINDOW* w, bool f) { return meta(w, f); }

Ref curses_qiflush(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int flag = 1;
  if (!no_keywords("qiflush", kwnames)) return nullptr;
  if (nargs > 1) return raise(exc::TypeError, "qiflush expected at most 1 argument, got " + std::to_string(nargs));
  if (nargs == 1 && (flag = is_true(args[0])) < 0) return nullptr;
  if (!require_initscr()) return nullptr;
  flag ? qiflush() : noqiflush();
  return Ref::none();
}

Ref curses_ungetch(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  chtype ch;
  if (!one_arg("ungetch", args, nargs, kwnames, &a) || !chtype_arg(a, &ch) || !require_initscr()) return nullptr;
  return check_err(ungetch(static_cast<int>(ch)), "ungetch");
}

Ref curses_unget_wch(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  if (!one_arg("unget_wch", args, nargs, kwnames, &a) || !require_initscr()) return nullptr;
  wchar_t wch;
  if (is_str(a)) {
    if (a.as<Str>()->length != 1) {
      return raise(exc::TypeError, "expect str of length 1 or int, got a str of length " +
                                       std::to_string(a.as<Str>()->length));
    }
    wch = static_cast<wchar_t>(str_char_at(a.as<Str>(), 0));
  } else if (a.is_small_int() || type_of(a) == &int_type) {
    long n;
    if (!long_arg(a, &n)) return nullptr;
    wch = static_cast<wchar_t>(n);
    if (static_cast<long>(wch) != n) return raise(exc::OverflowError, "character doesn't fit in wchar_t");
  } else {
    return raise(exc::TypeError, std::string("expect str of length 1 or int, got ") + type_name_of(a));
  }
  return check_err(unget_wch(wch), "unget_wch");
}

Ref curses_keyname(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  int key;
  if (!one_arg("keyname", args, nargs, kwnames, &a) || !c_int_arg(a, &key) || !require_initscr()) return nullptr;
  if (key < 0) return raise(exc::ValueError, "invalid key number");
  const char* name = keyname(key);
  return bytes_from_string(name != nullptr ? name : "");
}

Ref curses_unctrl(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  chtype ch;
  if (!one_arg("unctrl", args, nargs, kwnames, &a) || !require_initscr() || !chtype_arg(a, &ch)) return nullptr;
  const char* text = unctrl(ch);
  return bytes_from_string(text != nullptr ? text : "");
}

Ref curses_has_key(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  int key;
  if (!one_arg("has_key", args, nargs, kwnames, &a) || !c_int_arg(a, &key) || !require_initscr()) return nullptr;
  return Ref::boolean(has_key(key) != 0);
}

Ref curses_has_extended_color_support(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("has_extended_color_support", nargs, kwnames)) return nullptr;
  return Ref::boolean(true);
}

// ---- Terminal facts ----

Ref curses_baudrate(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("baudrate", nargs, kwnames) || !require_initscr()) return nullptr;
  return int_from_int64(baudrate());
}

Ref curses_termattrs(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("termattrs", nargs, kwnames) || !require_initscr()) return nullptr;
  return int_from_int64(static_cast<int64_t>(termattrs()));
}

Ref curses_erasechar(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("erasechar", nargs, kwnames) || !require_initscr()) return nullptr;
  char c = erasechar();
  return bytes_from_string(std::string_view(&c, 1));
}

Ref curses_killchar(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("killchar", nargs, kwnames) || !require_initscr()) return nullptr;
  char c = killchar();
  return bytes_from_string(std::string_view(&c, 1));
}

Ref curses_longname(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("longname", nargs, kwnames) || !require_initscr()) return nullptr;
  const char* name = longname();
  return name != nullptr ? bytes_from_string(name) : raise_error("longname() returned NULL");
}

Ref curses_termname(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("termname", nargs, kwnames) || !require_initscr()) return nullptr;
  const char* name = termname();
  return name != nullptr ? bytes_from_string(name) : raise_error("termname() returned NULL");
}

Ref curses_get_escdelay(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("get_escdelay", nargs, kwnames)) return nullptr;
  return int_from_int64(ESCDELAY);
}

Ref curses_set_escdelay(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  int ms;
  if (!one_arg("set_escdelay", args, nargs, kwnames, &a) || !c_int_arg(a, &ms)) return nullptr;
  if (ms <= 0) return raise(exc::ValueError, "ms must be > 0");
  return check_err(set_escdelay(ms), "set_escdelay");
}

Ref curses_get_tabsize(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("get_tabsize", nargs, kwnames)) return nullptr;
  return int_from_int64(TABSIZE);
}

Ref curses_set_tabsize(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  int size;
  if (!one_arg("set_tabsize", args, nargs, kwnames, &a) || !c_int_arg(a, &size)) return nullptr;
  if (size <= 0) return raise(exc::ValueError, "size must be > 0");
  return check_err(set_tabsize(size), "set_tabsize");
}

Ref curses_use_env(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  if (!one_arg("use_env", args, nargs, kwnames, &a)) return nullptr;
  int flag = is_true(a);
  if (flag < 0) return nullptr;
  use_env(flag != 0);
  return Ref::none();
}

Ref curses_filter(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("filter", nargs, kwnames)) return nullptr;
  filter();
  return Ref::none();
}

Ref curses_typeahead(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  int fd;
  if (!one_arg("typeahead", args, nargs, kwnames, &a) || !c_int_arg(a, &fd) || !require_initscr()) return nullptr;
  return check_err(typeahead(fd), "typeahead");
}

Ref curses_delay_output(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  int ms;
  if (!one_arg("delay_output", args, nargs, kwnames, &a) || !c_int_arg(a, &ms) || !require_initscr()) return nullptr;
  return check_err(delay_output(ms), "delay_output");
}

Ref curses_getsyx(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("getsyx", nargs, kwnames) || !require_initscr()) return nullptr;
  int y = 0, x = 0;
  getsyx(y, x);
  Ref yy = int_from_int64(y), xx = int_from_int64(x);
  return yy && xx ? tuple_pack({*yy, *xx}) : nullptr;
}

Ref curses_setsyx(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int a[2];
  if (!int_args("setsyx", args, nargs, kwnames, 2, 2, a) || !require_initscr()) return nullptr;
  setsyx(a[0], a[1]);
  return Ref::none();
}

Ref curses_mousemask(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  long mask;
  if (!one_arg("mousemask", args, nargs, kwnames, &a) || !long_arg(a, &mask) || !require_initscr()) return nullptr;
  mmask_t old = 0;
  mmask_t available = mousemask(static_cast<mmask_t>(mask), &old);
  Ref av = int_from_uint64(available), ol = int_from_uint64(old);
  return av && ol ? tuple_pack({*av, *ol}) : nullptr;
}

Ref curses_mouseinterval(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a;
  int interval;
  if (!one_arg("mouseinterval", args, nargs, kwnames, &a) || !c_int_arg(a, &interval) || !require_initscr()) {
    return nullptr;
  }
  return check_err(mouseinterval(interval), "mouseinterval");
}

const MethodDef kFunctions[] = {
    {"initscr", curses_initscr, kMethodInstance, "Initialize the library.\n\nReturn a WindowObject which represents the whole screen."},
    {"endwin", curses_endwin, kMethodInstance, "De-initialize the library, and return terminal to normal status."},
    {"isendwin", curses_isendwin, kMethodInstance, "Return True if endwin() has been called."},
    {"newwin", curses_newwin, kMethodInstance, "Return a new window."},
    {"newpad", curses_newpad, kMethodInstance, "Create and return a pointer to a new pad data structure."},
    {"update_lines_cols", curses_update_lines_cols, kMethodInstance, nullptr},
    {"resizeterm", call_resize<resizeterm, k_resizeterm>, kMethodInstance, "Resize the standard and current windows."},
    {"resize_term", call_resize<resize_term, k_resize_term>, kMethodInstance, "Backend function used by resizeterm()."},
    {"is_term_resized", curses_is_term_resized, kMethodInstance, "Return True if resize_term() would modify the window structure."},
    {"doupdate", call_checked<doupdate, k_doupdate>, kMethodInstance, "Update the physical screen to match the virtual screen."},
    {"beep", call_checked<beep, k_beep>, kMethodInstance, "Emit a short attention sound."},
    {"flash", call_checked<flash, k_flash>, kMethodInstance, "Flash the screen."},
    {"def_prog_mode", call_checked<def_prog_mode, k_def_prog_mode>, kMethodInstance, nullptr},
    {"def_shell_mode", call_checked<def_shell_mode, k_def_shell_mode>, kMethodInstance, nullptr},
    {"reset_prog_mode", call_checked<reset_prog_mode, k_reset_prog_mode>, kMethodInstance, nullptr},
    {"reset_shell_mode", call_checked<reset_shell_mode, k_reset_shell_mode>, kMethodInstance, nullptr},
    {"resetty", call_checked<resetty, k_resetty>, kMethodInstance, nullptr},
    {"savetty", call_checked<savetty, k_savetty>, kMethodInstance, nullptr},
    {"nocbreak", call_checked<nocbreak, k_nocbreak>, kMethodInstance, nullptr},
    {"noecho", call_checked<noecho, k_noecho>, kMethodInstance, nullptr},
    {"nonl", call_checked<nonl, k_nonl>, kMethodInstance, nullptr},
    {"noraw", call_checked<noraw, k_noraw>, kMethodInstance, nullptr},
    {"use_default_colors", call_checked<use_default_colors, k_use_default_colors>, kMethodInstance, nullptr},
    {"cbreak", call_flag<cbreak, nocbreak, k_cbreak, k_nocbreak>, kMethodInstance, nullptr},
    {"echo", call_flag<echo, noecho, k_echo, k_noecho>, kMethodInstance, nullptr},
    {"nl", call_flag<nl_on, nl_off, k_nl, k_nonl>, kMethodInstance, nullptr},
    {"raw", call_flag<raw, noraw, k_raw, k_noraw>, kMethodInstance, nullptr},
    {"has_colors", call_bool<has_colors, k_has_colors>, kMethodInstance, nullptr},
    {"can_change_color", call_bool<can_change_color, k_can_change_color>, kMethodInstance, nullptr},
    {"has_ic", call_bool<has_ic, k_has_ic>, kMethodInstance, nullptr},
    {"has_il", call_bool<has_il, k_has_il>, kMethodInstance, nullptr},
    {"flushinp", call_void<flushinp_void, k_flushinp>, kMethodInstance, nullptr},
    {"noqiflush", call_void<noqiflush_void, k_noqiflush>, kMethodInstance, nullptr},
    {"qiflush", curses_qiflush, kMethodInstance, nullptr},
    {"start_color", curses_start_color, kMethodInstance, nullptr},
    {"init_pair", curses_init_pair, kMethodInstance, nullptr},
    {"pair_content", curses_pair_content, kMethodInstance, nullptr},
    {"color_content", curses_color_content, kMethodInstance, nullptr},
    {"init_color", curses_init_color, kMethodInstance, nullptr},
    {"color_pair", curses_color_pair, kMethodInstance, nullptr},
    {"pair_number", curses_pair_number, kMethodInstance, nullptr},
    {"has_extended_color_support", curses_has_extended_color_support, kMethodInstance, nullptr},
    {"curs_set", curses_curs_set, kMethodInstance, nullptr},
    {"napms", curses_napms, kMethodInstance, nullptr},
    {"halfdelay", curses_halfdelay, kMethodInstance, nullptr},
    {"intrflush", call_stdscr_flag<intrflush_fn, k_intrflush>, kMethodInstance, nullptr},
    {"meta", call_stdscr_flag<meta_fn, k_meta>, kMethodInstance, nullptr},
    {"ungetch", curses_ungetch, kMethodInstance, nullptr},
    {"unget_wch", curses_unget_wch, kMethodInstance, nullptr},
    {"keyname", curses_keyname, kMethodInstance, nullptr},
    {"unctrl", curses_unctrl, kMethodInstance, nullptr},
    {"has_key", curses_has_key, kMethodInstance, nullptr},
    {"baudrate", curses_baudrate, kMethodInstance, nullptr},
    {"termattrs", curses_termattrs, kMethodInstance, nullptr},
    {"erasechar", curses_erasechar, kMethodInstance, nullptr},
    {"killchar", curses_killchar, kMethodInstance, nullptr},
    {"longname", curses_longname, kMethodInstance, nullptr},
    {"termname", curses_termname, kMethodInstance, nullptr},
    {"get_escdelay", curses_get_escdelay, kMethodInstance, nullptr},
    {"set_escdelay", curses_set_escdelay, kMethodInstance, nullptr},
    {"get_tabsize", curses_get_tabsize, kMethodInstance, nullptr},
    {"set_tabsize", curses_set_tabsize, kMethodInstance, nullptr},
    {"use_env", curses_use_env, kMethodInstance, nullptr},
    {"filter", curses_filter, kMethodInstance, nullptr},
    {"typeahead", curses_typeahead, kMethodInstance, nullptr},
    {"delay_output", curses_delay_output, kMethodInstance, nullptr},
    {"getsyx", curses_getsyx, kMethodInstance, nullptr},
    {"setsyx", curses_setsyx, kMethodInstance, nullptr},
    {"mousemask", curses_mousemask, kMethodInstance, nullptr},
    {"mouseinterval", curses_mouseinterval, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const char* const kVersionFields[] = {"major", "minor", "patch"};
const StructSequenceDesc kVersionDesc = {"curses.ncurses_version", kVersionFields, 3};
Type version_type;

Ref ncurses_version_value() {
  if (!type_has_flag(&version_type, kTypeReady) && struct_sequence_init_type(&version_type, &kVersionDesc) < 0) {
    return nullptr;
  }
  Ref major = int_from_int64(NCURSES_VERSION_MAJOR), minor = int_from_int64(NCURSES_VERSION_MINOR),
      patch = int_from_int64(NCURSES_VERSION_PATCH);
  if (!major || !minor || !patch) return nullptr;
  Value items[] = {*major, *minor, *patch};
  return struct_sequence_new(&version_type, items);
}

// Wide characters need LC_CTYPE from the environment, which CPython sets at
// start-up (coercing the C locale to C.UTF-8, PEP 538).
void set_ctype_locale() {
  const char* current = std::setlocale(LC_CTYPE, nullptr);
  if (current == nullptr || (std::strcmp(current, "C") != 0 && std::strcmp(current, "POSIX") != 0)) return;
  const char* chosen = std::setlocale(LC_CTYPE, "");
  if (chosen == nullptr || std::strcmp(chosen, "C") == 0 || std::strcmp(chosen, "POSIX") == 0) {
    std::setlocale(LC_CTYPE, "C.UTF-8");
  }
}

}  // namespace

}  // namespace taipan::curses

namespace taipan {

Ref make_curses_module() {
  using namespace curses;
  set_ctype_locale();
  if (init_window_type() < 0) return nullptr;
  if (error_class == nullptr) {
    error_class = new_exception_class("_curses", "error", {exc::Exception});
    if (error_class == nullptr) return nullptr;
  }
  Ref module = module_new("_curses", true);
  if (!module) return nullptr;
  decref(the_module);
  the_module = Ref::borrow(*module).release();
  Ref version = bytes_from_string("2.2");
  Ref ncurses_version = ncurses_version_value();
  if (!version || !ncurses_version || module_add_functions(*module, kFunctions) < 0 ||
      module_add_functions(*module, kTerminfoFunctions) < 0 ||
      module_add(*module, "error", Value::object(error_class)) < 0 ||
      module_add(*module, "window", Value::object(&window_type)) < 0 || module_add(*module, "version", *version) < 0 ||
      module_add(*module, "ncurses_version", *ncurses_version) < 0 || add_constants(*module) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
