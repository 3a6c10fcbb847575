// The `_io` module (also importable as `io`) as the runtime sees it: the
// standard streams made at start-up, builtins.open, and flushing at exit.
#pragma once

#include "objects/type.h"

namespace taipan {

Ref make_io_module();
// builtins.open / io.open.
Ref io_open(Value self, const Value* args, size_t nargs, Tuple* kwnames);
// A text stream over file descriptor `fd` for sys.stdin (fd 0), sys.stdout
// (1) or sys.stderr (2): line-buffered on a terminal, block-buffered
// otherwise; stderr always line-buffered and backslashreplace on errors.
// `unbuffered` (-u, PYTHONUNBUFFERED) makes stdout and stderr write through
// to a raw FileIO, as CPython's.
Ref io_std_stream(int fd, bool unbuffered);
// Writes a str to a text stream: direct for the built-in text streams,
// file.write(s) otherwise. 0 or -1.
int io_write_text(Value file, Value s);
// At exit: writes out what every still-open file object holds in its
// buffers (files kept alive by modules other than __main__, by sys, ...).
void io_flush_all_files();

}  // namespace taipan
