// What every part of the posix module shares: converting path, descriptor
// and integer arguments as CPython's posixmodule converters do (with their
// messages), decoding names with the file system encoding (UTF-8 with
// surrogateescape), and raising the OSError subclass errno selects with the
// file names that failed.
#pragma once

#include <fcntl.h>
#include <sys/types.h>

#include <cerrno>
#include <cstdint>
#include <string>
#include <vector>

#include "objects/type.h"
#include "runtime/signals.h"
#include "vm/gil.h"

namespace taipan::posix {

// A path argument after conversion.
struct PathArg {
  PathArg() = default;
  explicit PathArg(const char* function_name, const char* argument = "path", bool fd_allowed = false,
                   bool none_allowed = false)
      : function(function_name), argname(argument), allow_fd(fd_allowed), nullable(none_allowed) {}
  const char* function = "";  // for messages: "stat"
  const char* argname = "path";
  bool allow_fd = false;      // an int is a file descriptor
  bool nullable = false;      // None means the default (listdir's ".")
  std::string path;           // the encoded path (when fd < 0)
  int fd = -1;                // the descriptor given instead of a path
  bool as_bytes = false;      // given as bytes: names come back as bytes
  bool given = false;         // false when absent or None
  Ref object;                 // what exceptions name: the str/bytes after __fspath__, or the fd
  const char* c_str() const { return path.c_str(); }
};

// The argument of a one-argument function (CPython's METH_O): "posix.dup() takes
// exactly one argument (2 given)", "... takes no keyword arguments". Fills out[0].
bool one_arg(const char* qualified_name, const Value* args, size_t nargs, Tuple* kwnames, Value* out);
inline bool one_arg(const char* qualified_name, const Value* args, size_t nargs, Tuple* kwnames) {
  Value unused;
  return one_arg(qualified_name, args, nargs, kwnames, &unused);
}

// Converts v (str, bytes, os.PathLike, an int when allow_fd, None when nullable). A null v
// leaves the default. Without a function name, a wrong type gets PyUnicode_FSConverter's
// message ("expected str, bytes or os.PathLike object, not int").
bool path_arg(Value v, PathArg* out);

// A file descriptor: an int (__index__) in the range of C int, not negative unless allow_negative.
bool fd_arg(Value v, int* out);
// An int, or an object with fileno() (PyObject_AsFileDescriptor): fsync, fcntl, select.
bool object_fd(Value v, int* out);
// dir_fd=: None or absent gives AT_FDCWD.
bool dir_fd_arg(Value v, int* out);
// An integer argument in C int / int64 / unsigned ranges, with CPython's messages.
bool int_arg(Value v, int* out);
bool int64_arg(Value v, int64_t* out);
// A uid or gid (-1 allowed, meaning "leave unchanged").
bool id_arg(Value v, uint32_t* out, const char* what);
Ref id_result(uint32_t id);
// A boolean argument (absent keeps the default).
bool bool_arg(Value v, bool* out);

// Raises "function: cannot use fd and follow_symlinks together" style errors; false if raised.
bool check_fd_and_follow(const char* function, const PathArg& path, bool follow_symlinks);
bool check_dir_fd_and_fd(const char* function, const PathArg& path, int dir_fd);

// A file name read from the system, in the type the caller used (str decoded with surrogateescape).
Ref fs_name(std::string_view name, bool as_bytes);
// str encoded as the file system does (UTF-8, surrogateescape); false with UnicodeEncodeError.
bool fs_encode(Value s, std::string* out);

// OSError for errno, naming the path(s) that failed.
Ref path_error(const PathArg& path);
Ref path_error2(const PathArg& a, const PathArg& b);
Ref errno_error();  // OSError for errno, no file name

// Retries fn() while it fails with EINTR (running signal handlers in between). fn returns
// a negative value on failure. Returns its last result; -1 with an exception set when a
// signal handler raised. fn runs without the GIL: it must touch no Python object.
template <class Fn>
auto retry_eintr(Fn fn) -> decltype(fn()) {
  for (;;) {
    auto r = [&] {
      AllowThreads allow;
      return fn();
    }();
    if (r >= 0 || errno != EINTR) return r;
    if (check_signals() < 0) return -1;
  }
}
// Calls lookup(buf) (a getpwnam_r-style call returning an errno) with buf
// grown until it no longer fails with ERANGE; returns its result. What the
// call returns points into buf.
template <class Lookup>
int with_growing_buffer(std::vector<char>& buf, Lookup lookup) {
  buf.resize(1024);
  for (;;) {
    int err = lookup(buf);
    if (err != ERANGE || buf.size() > (1u << 24)) return err;
    buf.resize(buf.size() * 2);
  }
}

}  // namespace taipan::posix
