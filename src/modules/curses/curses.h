// What the files of _curses share (src/modules/curses/): the window object,
// _curses.error, the module's state (initscr, setupterm and start_color
// called yet?) and the argument conversions of CPython's _cursesmodule.c
// with its messages. ncursesw, linked dynamically, does the work.
#pragma once

#include <string>

#include "objects/type.h"

// ncurses.h, without its function-like macros (getch(), clear() ...); its
// object-like ones (OK, ERR, A_BOLD ...) stay. Files include this header last.
#define NCURSES_NOMACROS 1
#include <ncurses.h>

namespace taipan::curses {

// ---- State ----

extern Type* error_class;  // _curses.error
extern Type window_type;   // _curses.window
extern bool initscr_called;
extern bool setupterm_called;
extern bool color_started;

// Each raises _curses.error with CPython's message and returns false when the
// call it guards is not made yet.
bool require_initscr();    // "must call initscr() first"
bool require_setupterm();  // "must call (at least) setupterm() first"
bool require_color();      // "must call start_color() first"

// None, or _curses.error("NAME() returned ERR") when code is ERR.
Ref check_err(int code, const char* name);
// Raises _curses.error(message); null.
Ref raise_error(const char* message);

// ---- Windows ----

struct Window : Object {
  WINDOW* win;
  Value encoding;  // str (owned): how str arguments of one byte are encoded
};

// A window object owning `win` (deleted with it unless it is stdscr); `encoding`
// is copied from the parent window, or the locale's when null.
Ref window_new(WINDOW* win, Value encoding);
int init_window_type();

// ---- Arguments ----

// A C int as PyArg_ParseTuple's "i" takes it ("signed integer is greater than
// maximum"), which window methods use; module functions use c_int_arg
// (modules/c_int_arg.h) as CPython's argument clinic does.
bool int_arg(Value v, int* out);
// A C long: "Python int too large to convert to C long".
bool long_arg(Value v, long* out);
// A chtype (PyCurses_ConvertToChtype): an int, or a bytes or str of length 1.
bool chtype_arg(Value v, chtype* out);
// A character to draw (PyCurses_ConvertToCchar_t): an int or bytes of length
// 1 (*is_wide false, *ch set), or a str of length 1 (*is_wide true, *wch set).
bool cchar_arg(Value v, chtype* ch, wchar_t* wch, bool* is_wide);
// A string to draw (PyCurses_ConvertToString): bytes (*wide stays empty, *narrow set)
// or str (*wide set). "expect bytes or str, got X".
bool text_arg(Value v, std::string* narrow, std::wstring* wide, bool* is_wide);

// CPython's optional argument groups of window methods: "[y, x,] then min..max
// more". Sets *has_yx, y and x, and points *rest after them. False with
// "_curses.window.NAME requires A to B arguments" otherwise.
struct GroupArgs {
  bool has_yx = false;
  int y = 0, x = 0;
  const Value* rest = nullptr;
  size_t count = 0;  // how many of rest
};
bool group_args(const char* name, const Value* args, size_t nargs, Tuple* kwnames, size_t min, size_t max,
                GroupArgs* out);

// Declares k_NAME, the string "NAME", for templates that take a name.
#define TAIPAN_CURSES_NAME(n) constexpr char k_##n[] = #n;

// Module parts filled in by their own files.
int add_constants(Value module);          // constants.cpp: A_*, KEY_*, COLOR_* ...
int add_acs_constants(Value module);      // constants.cpp: ACS_*, valid after initscr
extern const MethodDef kTerminfoFunctions[];  // terminfo.cpp: setupterm, tigetstr ...

}  // namespace taipan::curses
