// posix: file descriptors — open and close, reading and writing (also at an
// offset and scattered), seeking, syncing, duplicating, pipes, the
// inheritable and blocking flags, terminals and sendfile.
#include <fcntl.h>
#include <pty.h>
#include <sys/sendfile.h>
#include <sys/uio.h>
#include <termios.h>
#include <unistd.h>

#include <langinfo.h>

#include <string>
#include <vector>

#include "modules/posix/posix_args.h"
#include "modules/posix/posix_modules.h"
#include "modules/read_buffer.h"
#include "objects/buffer_pin.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::posix {

namespace {

// Binds `count` positional-only-by-convention int arguments named by `names`.
bool int_args(const char* function, const char* const* names, int count, const Value* args, size_t nargs,
              Tuple* kwnames, int64_t* out) {
  const ArgSpec spec{function, names, count, count, count};
  Value a[4];
  if (!bind_args(spec, args, nargs, kwnames, a)) return false;
  for (int i = 0; i < count; ++i) {
    if (!int64_arg(a[i], &out[i])) return false;
  }
  return true;
}

// The descriptor of a one-argument function; `function` is qualified ("posix.dup").
bool one_fd(const char* function, const Value* args, size_t nargs, Tuple* kwnames, int* fd) {
  Value a[1];
  return one_arg(function, args, nargs, kwnames, a) && fd_arg(a[0], fd);
}

Ref fd_failed() { return error_occurred() ? nullptr : errno_error(); }

Ref posix_open(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "flags", "mode", "dir_fd"};
  static const ArgSpec kSpec{"open", kNames, 4, 0, 2, 3};
  Value a[4];
  PathArg path{"open"};
  int flags, mode = 0777, dir_fd;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &path) || !int_arg(a[1], &flags) ||
      (!a[2].is_null() && !int_arg(a[2], &mode)) || !dir_fd_arg(a[3], &dir_fd)) {
    return nullptr;
  }
  int fd = retry_eintr([&] { return ::openat(dir_fd, path.c_str(), flags | O_CLOEXEC, mode); });
  if (fd < 0) return error_occurred() ? nullptr : path_error(path);
  return Ref::small_int(fd);
}

Ref posix_close(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"fd"};
  static const ArgSpec kSpec{"close", kNames, 1, 0, 1};
  Value a[1];
  int fd;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !int_arg(a[0], &fd)) return nullptr;
  if (::close(fd) < 0 && errno != EINTR) return errno_error();
  return Ref::none();
}

Ref posix_closerange(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  int64_t r[2];
  if (!int_args("closerange", kNames, 2, args, nargs, kwnames, r)) return nullptr;
  for (int64_t fd = r[0] < 0 ? 0 : r[0]; fd < r[1]; ++fd) ::close(static_cast<int>(fd));
  return Ref::none();
}

Ref posix_dup(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int fd;
  if (!one_fd("posix.dup", args, nargs, kwnames, &fd)) return nullptr;
  int r = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0) return errno_error();
  return Ref::small_int(r);
}

Ref posix_dup2(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"fd", "fd2", "inheritable"};
  static const ArgSpec kSpec{"dup2", kNames, 3, 0, 2};
  Value a[3];
  int fd, fd2;
  bool inheritable = true;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !int_arg(a[0], &fd) || !int_arg(a[1], &fd2) ||
      !bool_arg(a[2], &inheritable)) {
    return nullptr;
  }
  int r = fd == fd2 ? (::fcntl(fd, F_GETFD) < 0 ? -1 : fd) : ::dup3(fd, fd2, inheritable ? 0 : O_CLOEXEC);
  if (r < 0) return errno_error();
  return Ref::small_int(r);
}

Ref posix_read(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  int64_t r[2];
  if (!int_args("read", kNames, 2, args, nargs, kwnames, r)) return nullptr;
  if (r[1] < 0) return raise_os_error(EINVAL);
  ReadBuffer buf(static_cast<size_t>(r[1]));
  ssize_t got = retry_eintr([&] { return ::read(static_cast<int>(r[0]), buf.data(), static_cast<size_t>(r[1])); });
  if (got < 0) return fd_failed();
  return bytes_from_string({buf.data(), static_cast<size_t>(got)});
}

Ref posix_pread(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", "", ""};
  int64_t r[3];
  if (!int_args("pread", kNames, 3, args, nargs, kwnames, r)) return nullptr;
  if (r[1] < 0) return raise_os_error(EINVAL);
  ReadBuffer buf(static_cast<size_t>(r[1]));
  ssize_t got = retry_eintr([&] { return ::pread(static_cast<int>(r[0]), buf.data(), static_cast<size_t>(r[1]), r[2]); });
  if (got < 0) return fd_failed();
  return bytes_from_string({buf.data(), static_cast<size_t>(got)});
}

Ref posix_write(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  static const ArgSpec kSpec{"write", kNames, 2, 2, 2};
  Value a[2];
  int fd;
  Buffer data;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !fd_arg(a[0], &fd) || !require_buffer(a[1], &data)) {
    return nullptr;
  }
  BufferPin pin(data);
  ssize_t n = retry_eintr([&] { return ::write(fd, data.data.data(), data.data.size()); });
  if (n < 0) return fd_failed();
  return int_from_int64(n);
}

Ref posix_pwrite(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", "", ""};
  static const ArgSpec kSpec{"pwrite", kNames, 3, 3, 3};
  Value a[3];
  int fd;
  int64_t offset;
  Buffer data;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !fd_arg(a[0], &fd) || !require_buffer(a[1], &data) ||
      !int64_arg(a[2], &offset)) {
    return nullptr;
  }
  BufferPin pin(data);
  ssize_t n = retry_eintr([&] { return ::pwrite(fd, data.data.data(), data.data.size(), offset); });
  if (n < 0) return fd_failed();
  return int_from_int64(n);
}

// The buffers of a sequence for readv/writev (writable ones for readv), each
// pinned in `gathered`, which also keeps the items alive while the GIL is
// released around the call.
struct Gathered {
  Ref items;
  std::vector<Buffer> buffers;
  std::vector<BufferPin> pins;
  std::vector<iovec> iov;
};

bool gather_buffers(Value seq, bool writable, Gathered* gathered) {
  gathered->items = tuple_from_iterable(seq);
  if (!gathered->items) {
    if (error_matches(exc::TypeError)) {
      clear_error();
      raise(exc::TypeError, writable ? "readv() arg 2 must be a sequence" : "writev() arg 2 must be a sequence");
    }
    return false;
  }
  Tuple* t = gathered->items.as<Tuple>();
  gathered->buffers.resize(static_cast<size_t>(t->size));
  for (int64_t i = 0; i < t->size; ++i) {
    Buffer& b = gathered->buffers[static_cast<size_t>(i)];
    if (!require_buffer(t->items[i], &b)) return false;
    if (writable && (b.readonly || !b.copy.empty())) {
      raise(exc::TypeError, std::string("a read-write bytes-like object is required, not '") +
                                type_name_of(t->items[i]) + "'");
      return false;
    }
    gathered->pins.emplace_back(b);
    gathered->iov.push_back({const_cast<char*>(b.data.data()), b.data.size()});
  }
  return true;
}

Ref posix_readv(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  static const ArgSpec kSpec{"readv", kNames, 2, 2, 2};
  Value a[2];
  int fd;
  Gathered g;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !fd_arg(a[0], &fd) || !gather_buffers(a[1], true, &g)) {
    return nullptr;
  }
  ssize_t n = retry_eintr([&] { return ::readv(fd, g.iov.data(), static_cast<int>(g.iov.size())); });
  if (n < 0) return fd_failed();
  return int_from_int64(n);
}

Ref posix_writev(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  static const ArgSpec kSpec{"writev", kNames, 2, 2, 2};
  Value a[2];
  int fd;
  Gathered g;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !fd_arg(a[0], &fd) || !gather_buffers(a[1], false, &g)) {
    return nullptr;
  }
  ssize_t n = retry_eintr([&] { return ::writev(fd, g.iov.data(), static_cast<int>(g.iov.size())); });
  if (n < 0) return fd_failed();
  return int_from_int64(n);
}

Ref posix_lseek(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", "", ""};
  int64_t r[3];
  if (!int_args("lseek", kNames, 3, args, nargs, kwnames, r)) return nullptr;
  off_t pos = ::lseek(static_cast<int>(r[0]), r[1], static_cast<int>(r[2]));
  if (pos < 0) return errno_error();
  return int_from_int64(pos);
}

Ref sync_common(const char* function, int (*sync_fn)(int), const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"fd"};
  const ArgSpec spec{function, kNames, 1, 0, 1};
  Value a[1];
  int fd;
  if (!bind_args(spec, args, nargs, kwnames, a) || !object_fd(a[0], &fd)) return nullptr;
  if (retry_eintr([&] { return sync_fn(fd); }) < 0) return fd_failed();
  return Ref::none();
}

Ref posix_fsync(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return sync_common("fsync", ::fsync, args, nargs, kwnames);
}
Ref posix_fdatasync(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return sync_common("fdatasync", ::fdatasync, args, nargs, kwnames);
}

Ref posix_ftruncate(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  int64_t r[2];
  if (!int_args("ftruncate", kNames, 2, args, nargs, kwnames, r)) return nullptr;
  if (retry_eintr([&] { return ::ftruncate(static_cast<int>(r[0]), r[1]); }) < 0) return fd_failed();
  return Ref::none();
}

Ref posix_lockf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", "", ""};
  int64_t r[3];
  if (!int_args("lockf", kNames, 3, args, nargs, kwnames, r)) return nullptr;
  if (::lockf(static_cast<int>(r[0]), static_cast<int>(r[1]), r[2]) < 0) return errno_error();
  return Ref::none();
}

Ref posix_posix_fallocate(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", "", ""};
  int64_t r[3];
  if (!int_args("posix_fallocate", kNames, 3, args, nargs, kwnames, r)) return nullptr;
  int err = ::posix_fallocate(static_cast<int>(r[0]), r[1], r[2]);
  if (err != 0) return raise_os_error(err);
  return Ref::none();
}

Ref posix_posix_fadvise(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", "", "", ""};
  int64_t r[4];
  if (!int_args("posix_fadvise", kNames, 4, args, nargs, kwnames, r)) return nullptr;
  int err = ::posix_fadvise(static_cast<int>(r[0]), r[1], r[2], static_cast<int>(r[3]));
  if (err != 0) return raise_os_error(err);
  return Ref::none();
}

Ref posix_sendfile(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"out_fd", "in_fd", "offset", "count"};
  static const ArgSpec kSpec{"sendfile", kNames, 4, 0, 4};
  Value a[4];
  int out_fd, in_fd;
  int64_t count;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !fd_arg(a[0], &out_fd) || !fd_arg(a[1], &in_fd) ||
      !int64_arg(a[3], &count)) {
    return nullptr;
  }
  off_t offset = 0;
  bool use_offset = !a[2].is_none();
  if (use_offset) {
    int64_t o;
    if (!int64_arg(a[2], &o)) return nullptr;
    offset = o;
  }
  ssize_t n = retry_eintr([&] {
    return ::sendfile(out_fd, in_fd, use_offset ? &offset : nullptr, static_cast<size_t>(count));
  });
  if (n < 0) return fd_failed();
  return int_from_int64(n);
}

Ref posix_copy_file_range(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"src", "dst", "count", "offset_src", "offset_dst"};
  static const ArgSpec kSpec{"copy_file_range", kNames, 5, 0, 3};
  Value a[5];
  int src, dst;
  int64_t count;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !fd_arg(a[0], &src) || !fd_arg(a[1], &dst) ||
      !int64_arg(a[2], &count)) {
    return nullptr;
  }
  loff_t offsets[2] = {0, 0};
  bool has[2] = {false, false};
  for (int i = 0; i < 2; ++i) {
    Value v = a[3 + i];
    if (v.is_null() || v.is_none()) continue;
    int64_t o;
    if (!int64_arg(v, &o)) return nullptr;
    offsets[i] = o;
    has[i] = true;
  }
  ssize_t n = retry_eintr([&] {
    return ::copy_file_range(src, has[0] ? &offsets[0] : nullptr, dst, has[1] ? &offsets[1] : nullptr,
                             static_cast<size_t>(count), 0);
  });
  if (n < 0) return fd_failed();
  return int_from_int64(n);
}

Ref make_pipe(int flags) {
  int fds[2];
  if (::pipe2(fds, flags) < 0) return errno_error();
  return tuple_pack({Value::small_int(fds[0]), Value::small_int(fds[1])});
}

Ref posix_pipe(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("posix.pipe", nargs, kwnames)) return nullptr;
  return make_pipe(O_CLOEXEC);
}

Ref posix_pipe2(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  int64_t flags;
  if (!one_arg("posix.pipe2", args, nargs, kwnames, a) || !int64_arg(a[0], &flags)) return nullptr;
  return make_pipe(static_cast<int>(flags));
}

Ref posix_get_inheritable(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int fd;
  if (!one_fd("posix.get_inheritable", args, nargs, kwnames, &fd)) return nullptr;
  int flags = ::fcntl(fd, F_GETFD);
  if (flags < 0) return errno_error();
  return Ref::boolean((flags & FD_CLOEXEC) == 0);
}

Ref posix_set_inheritable(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  int64_t r[2];
  if (!int_args("set_inheritable", kNames, 2, args, nargs, kwnames, r)) return nullptr;
  int fd = static_cast<int>(r[0]);
  int flags = ::fcntl(fd, F_GETFD);
  if (flags < 0) return errno_error();
  int wanted = r[1] ? (flags & ~FD_CLOEXEC) : (flags | FD_CLOEXEC);
  if (wanted != flags && ::fcntl(fd, F_SETFD, wanted) < 0) return errno_error();
  return Ref::none();
}

Ref posix_get_blocking(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int fd;
  if (!one_fd("posix.get_blocking", args, nargs, kwnames, &fd)) return nullptr;
  int flags = ::fcntl(fd, F_GETFL);
  if (flags < 0) return errno_error();
  return Ref::boolean((flags & O_NONBLOCK) == 0);
}

Ref posix_set_blocking(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  int64_t r[2];
  if (!int_args("set_blocking", kNames, 2, args, nargs, kwnames, r)) return nullptr;
  int fd = static_cast<int>(r[0]);
  int flags = ::fcntl(fd, F_GETFL);
  if (flags < 0) return errno_error();
  int wanted = r[1] ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK);
  if (wanted != flags && ::fcntl(fd, F_SETFL, wanted) < 0) return errno_error();
  return Ref::none();
}

Ref posix_isatty(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int fd;
  if (!one_fd("posix.isatty", args, nargs, kwnames, &fd)) return nullptr;
  return Ref::boolean(::isatty(fd) == 1);
}

Ref posix_ttyname(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int fd;
  if (!one_fd("posix.ttyname", args, nargs, kwnames, &fd)) return nullptr;
  char buf[256];
  int err = ::ttyname_r(fd, buf, sizeof buf);
  if (err != 0) return raise_os_error(err);
  return fs_name(buf, false);
}

Ref posix_openpty(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("posix.openpty", nargs, kwnames)) return nullptr;
  int master, slave;
  if (::openpty(&master, &slave, nullptr, nullptr, nullptr) < 0) return errno_error();
  ::fcntl(master, F_SETFD, FD_CLOEXEC);
  ::fcntl(slave, F_SETFD, FD_CLOEXEC);
  return tuple_pack({Value::small_int(master), Value::small_int(slave)});
}

Ref posix_device_encoding(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"fd"};
  static const ArgSpec kSpec{"device_encoding", kNames, 1, 0, 1};
  Value a[1];
  int fd;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !int_arg(a[0], &fd)) return nullptr;
  if (!::isatty(fd)) return Ref::none();
  return str_from_utf8("UTF-8");
}

}  // namespace

const MethodDef kPosixFdFunctions[] = {
    {"open", posix_open, kMethodInstance, "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"close", posix_close, kMethodInstance, "Close a file descriptor."},
    {"closerange", posix_closerange, kMethodInstance, "Closes all file descriptors in [fd_low, fd_high), ignoring errors."},
    {"dup", posix_dup, kMethodInstance, "Return a duplicate of a file descriptor."},
    {"dup2", posix_dup2, kMethodInstance, "Duplicate file descriptor."},
    {"read", posix_read, kMethodInstance, "Read from a file descriptor.  Returns a bytes object."},
    {"pread", posix_pread, kMethodInstance, "Read a number of bytes from a file descriptor starting at a particular offset."},
    {"write", posix_write, kMethodInstance, "Write a bytes object to a file descriptor."},
    {"pwrite", posix_pwrite, kMethodInstance, "Write bytes to a file descriptor starting at a particular offset."},
    {"readv", posix_readv, kMethodInstance, "Read from a file descriptor fd into an iterable of buffers."},
    {"writev", posix_writev, kMethodInstance, "Iterate over buffers, and write the contents of each to a file descriptor."},
    {"lseek", posix_lseek, kMethodInstance, "Set the position of a file descriptor.  Return the new position."},
    {"fsync", posix_fsync, kMethodInstance, "Force write of fd to disk."},
    {"fdatasync", posix_fdatasync, kMethodInstance, "Force write of fd to disk without forcing update of metadata."},
    {"ftruncate", posix_ftruncate, kMethodInstance, "Truncate a file, specified by file descriptor, to a specific length."},
    {"lockf", posix_lockf, kMethodInstance, "Apply, test or remove a POSIX lock on an open file descriptor."},
    {"posix_fallocate", posix_posix_fallocate, kMethodInstance, "Ensure a file has allocated at least a particular number of bytes on disk."},
    {"posix_fadvise", posix_posix_fadvise, kMethodInstance, "Announce an intention to access data in a specific pattern."},
    {"sendfile", posix_sendfile, kMethodInstance, "Copy count bytes from file descriptor in_fd to file descriptor out_fd."},
    {"copy_file_range", posix_copy_file_range, kMethodInstance, "Copy count bytes from one file descriptor to another."},
    {"pipe", posix_pipe, kMethodInstance, "Create a pipe."},
    {"pipe2", posix_pipe2, kMethodInstance, "Create a pipe with flags set atomically."},
    {"get_inheritable", posix_get_inheritable, kMethodInstance, "Get the close-on-exe flag of the specified file descriptor."},
    {"set_inheritable", posix_set_inheritable, kMethodInstance, "Set the inheritable flag of the specified file descriptor."},
    {"get_blocking", posix_get_blocking, kMethodInstance, "Get the blocking mode of the file descriptor."},
    {"set_blocking", posix_set_blocking, kMethodInstance, "Set the blocking mode of the specified file descriptor."},
    {"isatty", posix_isatty, kMethodInstance, "Return True if the fd is connected to a terminal."},
    {"ttyname", posix_ttyname, kMethodInstance, "Return the name of the terminal device connected to 'fd'."},
    {"openpty", posix_openpty, kMethodInstance, "Open a pseudo-terminal."},
    {"device_encoding", posix_device_encoding, kMethodInstance, "Return a string describing the encoding of a terminal's file descriptor."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace taipan::posix
