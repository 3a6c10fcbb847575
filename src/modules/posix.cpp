// posix: the native half of the os module (lib/os.py builds on it): files
// and folders, file descriptors, the process environment and identity.
// Paths are str (UTF-8), bytes, or os.PathLike objects; failures raise the
// OSError subclass that matches errno.
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

extern char** environ;

namespace taipan {
namespace {

// A path argument: its bytes, and whether results should be bytes too.
struct PathArg {
  std::string path;
  bool as_bytes = false;
};

bool to_path(const char* function, Value v, PathArg* out) {
  Ref holder;
  if (!is_str(v) && !is_bytes(v)) {
    Ref fspath = getattr_optional(Value::object(type_of(v)), intern("__fspath__"));
    if (!fspath) {
      if (error_occurred()) return false;
      raise(exc::TypeError, std::string(function) +
                                ": path should be string, bytes or os.PathLike, not " + type_name_of(v));
      return false;
    }
    holder = call(*fspath, {v});
    if (!holder) return false;
    v = *holder;
  }
  if (is_str(v)) {
    out->path = std::string(str_utf8(v.as<Str>()));
  } else if (is_bytes(v)) {
    out->path = std::string(bytes_view(v.as<Bytes>()));
    out->as_bytes = true;
  } else {
    raise(exc::TypeError, std::string(function) + ": path should be string, bytes or os.PathLike, not " +
                              type_name_of(v));
    return false;
  }
  if (out->path.find('\0') != std::string::npos) {
    raise(exc::ValueError, std::string(function) + ": embedded null character in path");
    return false;
  }
  return true;
}

Ref path_result(const std::string& s, bool as_bytes) {
  return as_bytes ? bytes_from_string(s) : str_from_utf8(s);
}

Ref os_error(Value filename = Value(), Value filename2 = Value()) {
  return raise_os_error(errno, filename, filename2);
}

// Calls fn(path) for a one-path function; raises OSError naming the path on failure.
template <class Fn>
Ref with_path(const char* function, Value arg, Fn fn) {
  PathArg p;
  if (!to_path(function, arg, &p)) return nullptr;
  if (fn(p.path.c_str()) < 0) return os_error(arg);
  return Ref::none();
}

bool int_arg(Value v, int64_t* out) {
  *out = as_int64(v);
  return !(*out == -1 && error_occurred());
}

Ref posix_getcwd(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("getcwd", kwnames) || !check_arg_count("getcwd", nargs, 0, 0)) return nullptr;
  char buf[PATH_MAX];
  if (!::getcwd(buf, sizeof buf)) return os_error();
  return str_from_utf8(buf);
}

Ref posix_getcwdb(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("getcwdb", kwnames) || !check_arg_count("getcwdb", nargs, 0, 0)) return nullptr;
  char buf[PATH_MAX];
  if (!::getcwd(buf, sizeof buf)) return os_error();
  return bytes_from_string(buf);
}

Ref posix_chdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("chdir", kwnames) || !check_arg_count("chdir", nargs, 1, 1)) return nullptr;
  return with_path("chdir", args[0], [](const char* p) { return ::chdir(p); });
}

Ref posix_listdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path"};
  static const ArgSpec kSpec{"listdir", kNames, 1, 0, 0};
  Value path;
  if (!bind_args(kSpec, args, nargs, kwnames, &path)) return nullptr;
  PathArg p{".", false};
  if (!path.is_null() && !path.is_none() && !to_path("listdir", path, &p)) return nullptr;
  DIR* dir = ::opendir(p.path.c_str());
  if (!dir) return os_error(path.is_null() ? Value() : path);
  List* names = list_new(0);
  Ref result = Ref::steal(names);
  while (dirent* entry = ::readdir(dir)) {
    if (!std::strcmp(entry->d_name, ".") || !std::strcmp(entry->d_name, "..")) continue;
    Ref name = path_result(entry->d_name, p.as_bytes);
    if (!name || list_append(names, *name) < 0) {
      ::closedir(dir);
      return nullptr;
    }
  }
  ::closedir(dir);
  return result;
}

Ref posix_mkdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "mode"};
  static const ArgSpec kSpec{"mkdir", kNames, 2, 0, 1};
  Value a[2];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  int64_t mode = 0777;
  if (!a[1].is_null() && !int_arg(a[1], &mode)) return nullptr;
  return with_path("mkdir", a[0], [mode](const char* p) { return ::mkdir(p, static_cast<mode_t>(mode)); });
}

Ref posix_rmdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("rmdir", kwnames) || !check_arg_count("rmdir", nargs, 1, 1)) return nullptr;
  return with_path("rmdir", args[0], [](const char* p) { return ::rmdir(p); });
}

Ref posix_unlink(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("remove", kwnames) || !check_arg_count("remove", nargs, 1, 1)) return nullptr;
  return with_path("remove", args[0], [](const char* p) { return ::unlink(p); });
}

Ref posix_rename(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("rename", kwnames) || !check_arg_count("rename", nargs, 2, 2)) return nullptr;
  PathArg from, to;
  if (!to_path("rename", args[0], &from) || !to_path("rename", args[1], &to)) return nullptr;
  if (::rename(from.path.c_str(), to.path.c_str()) < 0) return os_error(args[0], args[1]);
  return Ref::none();
}

Ref posix_readlink(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("readlink", kwnames) || !check_arg_count("readlink", nargs, 1, 1)) return nullptr;
  PathArg p;
  if (!to_path("readlink", args[0], &p)) return nullptr;
  char buf[PATH_MAX];
  ssize_t n = ::readlink(p.path.c_str(), buf, sizeof buf);
  if (n < 0) return os_error(args[0]);
  return path_result(std::string(buf, static_cast<size_t>(n)), p.as_bytes);
}

Ref posix_symlink(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("symlink", kwnames) || !check_arg_count("symlink", nargs, 2, 2)) return nullptr;
  PathArg target, link;
  if (!to_path("symlink", args[0], &target) || !to_path("symlink", args[1], &link)) return nullptr;
  if (::symlink(target.path.c_str(), link.path.c_str()) < 0) return os_error(args[0], args[1]);
  return Ref::none();
}

Ref posix_access(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("access", kwnames) || !check_arg_count("access", nargs, 2, 2)) return nullptr;
  PathArg p;
  int64_t mode;
  if (!to_path("access", args[0], &p) || !int_arg(args[1], &mode)) return nullptr;
  return Ref::boolean(::access(p.path.c_str(), static_cast<int>(mode)) == 0);
}

Ref posix_chmod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("chmod", kwnames) || !check_arg_count("chmod", nargs, 2, 2)) return nullptr;
  int64_t mode;
  if (!int_arg(args[1], &mode)) return nullptr;
  return with_path("chmod", args[0], [mode](const char* p) { return ::chmod(p, static_cast<mode_t>(mode)); });
}

Ref time_pair(const timespec& ts, Ref* as_float, Ref* as_ns) {
  *as_float = Ref::from_double(static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9);
  mpz_t ns;
  mpz_init_set_si(ns, ts.tv_sec);
  mpz_mul_ui(ns, ns, 1000000000UL);
  mpz_add_ui(ns, ns, static_cast<unsigned long>(ts.tv_nsec));
  *as_ns = int_from_mpz(ns);
  mpz_clear(ns);
  return int_from_int64(ts.tv_sec);
}

// _stat(path_or_fd, follow_symlinks): the 19 values os.stat_result is built from.
Ref posix_stat(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("stat", kwnames) || !check_arg_count("stat", nargs, 2, 2)) return nullptr;
  struct stat st;
  if (is_int(args[0])) {
    int64_t fd;
    if (!int_arg(args[0], &fd)) return nullptr;
    if (::fstat(static_cast<int>(fd), &st) < 0) return os_error();
  } else {
    PathArg p;
    if (!to_path("stat", args[0], &p)) return nullptr;
    int r = is_true(args[1]) ? ::stat(p.path.c_str(), &st) : ::lstat(p.path.c_str(), &st);
    if (r < 0) return os_error(args[0]);
  }
  Ref atime_f, mtime_f, ctime_f, atime_ns, mtime_ns, ctime_ns;
  Ref values[] = {
      int_from_int64(st.st_mode), int_from_uint64(st.st_ino), int_from_uint64(st.st_dev),
      int_from_int64(static_cast<int64_t>(st.st_nlink)), int_from_int64(st.st_uid), int_from_int64(st.st_gid),
      int_from_int64(st.st_size), time_pair(st.st_atim, &atime_f, &atime_ns),
      time_pair(st.st_mtim, &mtime_f, &mtime_ns), time_pair(st.st_ctim, &ctime_f, &ctime_ns),
      atime_f, mtime_f, ctime_f, atime_ns, mtime_ns, ctime_ns,
      int_from_int64(st.st_blksize), int_from_int64(st.st_blocks), int_from_uint64(st.st_rdev)};
  constexpr int64_t n = sizeof values / sizeof values[0];
  Tuple* t = tuple_new(n);
  if (!t) return nullptr;
  Ref result = Ref::steal(t);
  for (int64_t i = 0; i < n; i++) {
    if (!values[i]) return nullptr;
    t->items[i] = values[i].release();
  }
  return result;
}

Ref posix_environ(Value, const Value*, size_t, Tuple*) {
  Dict* d = dict_new();
  if (!d) return nullptr;
  Ref result = Ref::steal(d);
  for (char** e = environ; *e; e++) {
    const char* eq = std::strchr(*e, '=');
    if (!eq) continue;
    Ref key = str_from_utf8(std::string_view(*e, static_cast<size_t>(eq - *e)));
    Ref value = str_from_utf8(eq + 1);
    if (!key || !value || dict_set(d, *key, *value) < 0) return nullptr;
  }
  return result;
}

bool str_arg(const char* function, Value v, std::string* out) {
  if (!is_str(v)) {
    raise(exc::TypeError, std::string(function) + "() argument must be str, not " + type_name_of(v));
    return false;
  }
  *out = std::string(str_utf8(v.as<Str>()));
  return true;
}

Ref posix_putenv(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("putenv", kwnames) || !check_arg_count("putenv", nargs, 2, 2)) return nullptr;
  std::string key, value;
  if (!str_arg("putenv", args[0], &key) || !str_arg("putenv", args[1], &value)) return nullptr;
  if (key.empty() || key.find('=') != std::string::npos) {
    return raise(exc::ValueError, "illegal environment variable name");
  }
  if (::setenv(key.c_str(), value.c_str(), 1) < 0) return os_error();
  return Ref::none();
}

Ref posix_unsetenv(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("unsetenv", kwnames) || !check_arg_count("unsetenv", nargs, 1, 1)) return nullptr;
  std::string key;
  if (!str_arg("unsetenv", args[0], &key)) return nullptr;
  if (::unsetenv(key.c_str()) < 0) return os_error();
  return Ref::none();
}

Ref posix_strerror(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("strerror", kwnames) || !check_arg_count("strerror", nargs, 1, 1)) return nullptr;
  int64_t code;
  if (!int_arg(args[0], &code)) return nullptr;
  return str_from_utf8(std::strerror(static_cast<int>(code)));
}

Ref posix_getpid(Value, const Value*, size_t, Tuple*) { return int_from_int64(::getpid()); }
Ref posix_getppid(Value, const Value*, size_t, Tuple*) { return int_from_int64(::getppid()); }
Ref posix_getuid(Value, const Value*, size_t, Tuple*) { return int_from_int64(::getuid()); }

Ref posix_cpu_count(Value, const Value*, size_t, Tuple*) {
  unsigned n = std::thread::hardware_concurrency();
  return n ? int_from_int64(n) : Ref::none();
}

Ref posix_urandom(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("urandom", kwnames) || !check_arg_count("urandom", nargs, 1, 1)) return nullptr;
  int64_t n;
  if (!int_arg(args[0], &n)) return nullptr;
  if (n < 0) return raise(exc::ValueError, "negative argument not allowed");
  std::string buf(static_cast<size_t>(n), '\0');
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t r = ::getrandom(buf.data() + got, buf.size() - got, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      return os_error();
    }
    got += static_cast<size_t>(r);
  }
  return bytes_from_string(buf);
}

Ref posix_open(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "flags", "mode"};
  static const ArgSpec kSpec{"open", kNames, 3, 0, 2};
  Value a[3];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  PathArg p;
  int64_t flags, mode = 0777;
  if (!to_path("open", a[0], &p) || !int_arg(a[1], &flags)) return nullptr;
  if (!a[2].is_null() && !int_arg(a[2], &mode)) return nullptr;
  int fd = ::open(p.path.c_str(), static_cast<int>(flags) | O_CLOEXEC, static_cast<mode_t>(mode));
  if (fd < 0) return os_error(a[0]);
  return int_from_int64(fd);
}

Ref posix_close(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("close", kwnames) || !check_arg_count("close", nargs, 1, 1)) return nullptr;
  int64_t fd;
  if (!int_arg(args[0], &fd)) return nullptr;
  if (::close(static_cast<int>(fd)) < 0) return os_error();
  return Ref::none();
}

Ref posix_read(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("read", kwnames) || !check_arg_count("read", nargs, 2, 2)) return nullptr;
  int64_t fd, n;
  if (!int_arg(args[0], &fd) || !int_arg(args[1], &n)) return nullptr;
  if (n < 0) return raise_os_error(EINVAL);
  std::string buf(static_cast<size_t>(n), '\0');
  ssize_t got;
  do {
    got = ::read(static_cast<int>(fd), buf.data(), buf.size());
  } while (got < 0 && errno == EINTR);
  if (got < 0) return os_error();
  buf.resize(static_cast<size_t>(got));
  return bytes_from_string(buf);
}

Ref posix_write(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("write", kwnames) || !check_arg_count("write", nargs, 2, 2)) return nullptr;
  int64_t fd;
  Buffer data;
  if (!int_arg(args[0], &fd) || !require_buffer(args[1], &data)) return nullptr;
  ssize_t n;
  do {
    n = ::write(static_cast<int>(fd), data.data.data(), data.data.size());
  } while (n < 0 && errno == EINTR);
  if (n < 0) return os_error();
  return int_from_int64(n);
}

Ref posix_lseek(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("lseek", kwnames) || !check_arg_count("lseek", nargs, 3, 3)) return nullptr;
  int64_t fd, pos, how;
  if (!int_arg(args[0], &fd) || !int_arg(args[1], &pos) || !int_arg(args[2], &how)) return nullptr;
  off_t r = ::lseek(static_cast<int>(fd), pos, static_cast<int>(how));
  if (r < 0) return os_error();
  return int_from_int64(r);
}

Ref posix_isatty(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("isatty", kwnames) || !check_arg_count("isatty", nargs, 1, 1)) return nullptr;
  int64_t fd;
  if (!int_arg(args[0], &fd)) return nullptr;
  return Ref::boolean(::isatty(static_cast<int>(fd)) == 1);
}

Ref posix_pipe(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("pipe", kwnames) || !check_arg_count("pipe", nargs, 0, 0)) return nullptr;
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) < 0) return os_error();
  return tuple_pack({Value::small_int(fds[0]), Value::small_int(fds[1])});
}

Ref posix_dup(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("dup", kwnames) || !check_arg_count("dup", nargs, 1, 1)) return nullptr;
  int64_t fd;
  if (!int_arg(args[0], &fd)) return nullptr;
  int r = ::fcntl(static_cast<int>(fd), F_DUPFD_CLOEXEC, 0);
  if (r < 0) return os_error();
  return int_from_int64(r);
}

Ref posix_dup2(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("dup2", kwnames) || !check_arg_count("dup2", nargs, 2, 2)) return nullptr;
  int64_t fd, fd2;
  if (!int_arg(args[0], &fd) || !int_arg(args[1], &fd2)) return nullptr;
  if (::dup2(static_cast<int>(fd), static_cast<int>(fd2)) < 0) return os_error();
  return int_from_int64(fd2);
}

Ref posix_kill(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("kill", kwnames) || !check_arg_count("kill", nargs, 2, 2)) return nullptr;
  int64_t pid, sig;
  if (!int_arg(args[0], &pid) || !int_arg(args[1], &sig)) return nullptr;
  if (::kill(static_cast<pid_t>(pid), static_cast<int>(sig)) < 0) return os_error();
  return Ref::none();
}

Ref posix_exit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_exit", kwnames) || !check_arg_count("_exit", nargs, 1, 1)) return nullptr;
  int64_t code;
  if (!int_arg(args[0], &code)) return nullptr;
  ::_exit(static_cast<int>(code));
}

Ref posix_terminal_size(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("get_terminal_size", kwnames) || !check_arg_count("get_terminal_size", nargs, 1, 1)) {
    return nullptr;
  }
  int64_t fd;
  if (!int_arg(args[0], &fd)) return nullptr;
  winsize w{};
  if (::ioctl(static_cast<int>(fd), TIOCGWINSZ, &w) < 0) return os_error();
  return tuple_pack({Value::small_int(w.ws_col), Value::small_int(w.ws_row)});
}

const MethodDef kPosixFunctions[] = {
    {"getcwd", posix_getcwd, kMethodInstance, "Return a unicode string representing the current working directory."},
    {"getcwdb", posix_getcwdb, kMethodInstance, "Return a bytes string representing the current working directory."},
    {"chdir", posix_chdir, kMethodInstance, "Change the current working directory to the specified path."},
    {"listdir", posix_listdir, kMethodInstance, "Return a list containing the names of the files in the directory."},
    {"mkdir", posix_mkdir, kMethodInstance, "Create a directory."},
    {"rmdir", posix_rmdir, kMethodInstance, "Remove a directory."},
    {"remove", posix_unlink, kMethodInstance, "Remove a file (same as unlink())."},
    {"unlink", posix_unlink, kMethodInstance, "Remove a file (same as remove())."},
    {"rename", posix_rename, kMethodInstance, "Rename a file or directory."},
    {"replace", posix_rename, kMethodInstance, "Rename a file or directory, overwriting the destination."},
    {"readlink", posix_readlink, kMethodInstance, "Return a string representing the path to which the symbolic link points."},
    {"symlink", posix_symlink, kMethodInstance, "Create a symbolic link pointing to src named dst."},
    {"access", posix_access, kMethodInstance, "Use the real uid/gid to test for access to a path."},
    {"chmod", posix_chmod, kMethodInstance, "Change the access permissions of a file."},
    {"_stat", posix_stat, kMethodInstance, "The fields of os.stat_result for a path or file descriptor."},
    {"_environ", posix_environ, kMethodInstance, "The process environment as a dict of str."},
    {"_terminal_size", posix_terminal_size, kMethodInstance, "(columns, lines) of the terminal on fd."},
    {"putenv", posix_putenv, kMethodInstance, "Change or add an environment variable."},
    {"unsetenv", posix_unsetenv, kMethodInstance, "Delete an environment variable."},
    {"strerror", posix_strerror, kMethodInstance, "Translate an error code to a message string."},
    {"getpid", posix_getpid, kMethodInstance, "Return the current process id."},
    {"getppid", posix_getppid, kMethodInstance, "Return the parent's process id."},
    {"getuid", posix_getuid, kMethodInstance, "Return the current process's user id."},
    {"cpu_count", posix_cpu_count, kMethodInstance, "Return the number of CPUs in the system; return None if indeterminable."},
    {"urandom", posix_urandom, kMethodInstance, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"open", posix_open, kMethodInstance, "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"close", posix_close, kMethodInstance, "Close a file descriptor."},
    {"read", posix_read, kMethodInstance, "Read from a file descriptor.  Returns a bytes object."},
    {"write", posix_write, kMethodInstance, "Write a bytes object to a file descriptor."},
    {"lseek", posix_lseek, kMethodInstance, "Set the position of a file descriptor.  Return the new position."},
    {"isatty", posix_isatty, kMethodInstance, "Return True if the fd is connected to a terminal."},
    {"pipe", posix_pipe, kMethodInstance, "Create a pipe."},
    {"dup", posix_dup, kMethodInstance, "Return a duplicate of a file descriptor."},
    {"dup2", posix_dup2, kMethodInstance, "Duplicate file descriptor."},
    {"kill", posix_kill, kMethodInstance, "Kill a process with a signal."},
    {"_exit", posix_exit, kMethodInstance, "Exit to the system with specified status, without normal exit processing."},
    {nullptr, nullptr, 0, nullptr},
};

struct IntConstant {
  const char* name;
  int64_t value;
};

const IntConstant kPosixConstants[] = {
    {"F_OK", F_OK},         {"R_OK", R_OK},         {"W_OK", W_OK},           {"X_OK", X_OK},
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},       {"O_APPEND", O_APPEND},
    {"O_CREAT", O_CREAT},   {"O_EXCL", O_EXCL},     {"O_TRUNC", O_TRUNC},     {"O_NONBLOCK", O_NONBLOCK},
    {"O_CLOEXEC", O_CLOEXEC}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
    {"EX_OK", EXIT_SUCCESS},
};

}  // namespace

Ref make_posix_module() {
  Ref module = module_new("posix", true);
  if (!module || module_add_functions(*module, kPosixFunctions) < 0) return nullptr;
  for (const IntConstant& c : kPosixConstants) {
    if (module_add(*module, c.name, Value::small_int(c.value)) < 0) return nullptr;
  }
  return module;
}

}  // namespace taipan
