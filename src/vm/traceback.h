// Tracebacks: the `traceback` type (one entry per frame an exception passed
// through) and printing an exception exactly as CPython 3.11 does.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/type.h"

namespace taipan {

struct Frame;

struct Traceback : Object {
  Value next;     // tb_next (owned) or null
  Value frame;    // tb_frame: FrameObject (owned)
  int32_t lasti;  // code unit of the instruction
  int32_t lineno;
};

extern Type traceback_type;
int init_traceback_type();

// Prepends an entry for `f` at its current instruction to the pending
// exception's __traceback__. -1 on failure.
int traceback_add_frame(Value exc, Frame* f);

// Line `lineno` of a source file with surrounding whitespace stripped, or ""
// when the file or line is unavailable (files are read once and cached).
std::string stripped_source_line(const std::string& filename, int lineno);

// Prints `exc` with its traceback, chained exceptions, notes and exception
// groups, in CPython 3.11's format, to `file` (an object with write()) or to
// the C stderr when `file` is null. Without with_chain, __cause__ and
// __context__ are left out (as sys.unraisablehook's report does).
void print_exception(Value exc, Value file_or_null, bool with_chain = true);

}  // namespace taipan
