// _posixsubprocess.fork_exec: what subprocess.Popen runs to start a child on
// POSIX, with CPython 3.11's 23 arguments. Everything the child needs is
// converted before fork(); the child sets up its descriptors, directory,
// umask, signals, session, group and ids, runs preexec_fn, closes the other
// descriptors and execs each candidate in turn, reporting a failure through
// errpipe_write as "OSError:<hex errno>:[noexec]" or
// "SubprocessError:0:<message>", which subprocess.py turns into exceptions.
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "modules/modules.h"
#include "modules/posix/fork.h"
#include "modules/posix/posix_args.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

// A NULL-terminated array of C strings kept alive by its own storage.
struct CStringArray {
  std::vector<std::string> strings;
  std::vector<char*> pointers;
  void finish() {
    for (std::string& s : strings) pointers.push_back(s.data());
    pointers.push_back(nullptr);
  }
};

bool no_nul(const std::string& s) {
  if (s.find('\0') != std::string::npos) {
    raise(exc::ValueError, "embedded null byte");
    return false;
  }
  return true;
}

// A sequence of bytes objects (executable_list, env_list), as CPython's
// _PySequence_BytesToCharpArray requires them.
bool bytes_array(Value seq, CStringArray* out) {
  Ref items = list_from_iterable(seq);
  if (!items) return false;
  List* list = items.as<List>();
  for (int64_t i = 0; i < list->size; ++i) {
    Value item = list->items[i];
    if (!is_bytes(item)) {
      raise(exc::TypeError, std::string("expected bytes, ") + type_name_of(item) + " found");
      return false;
    }
    out->strings.emplace_back(bytes_view(item.as<Bytes>()));
    if (!no_nul(out->strings.back())) return false;
  }
  out->finish();
  return true;
}

// argv: str, bytes or os.PathLike items.
bool argv_array(Value seq, CStringArray* out) {
  if (!is_tuple(seq) && !is_list(seq)) {
    raise(exc::TypeError, "argv must be a tuple");
    return false;
  }
  Ref items = list_from_iterable(seq);
  if (!items) return false;
  List* list = items.as<List>();
  for (int64_t i = 0; i < list->size; ++i) {
    Value item = list->items[i];
    bool path_like = is_str(item) || is_bytes(item) || !type_lookup(type_of(item), "__fspath__").is_null();
    if (!path_like) {
      raise(exc::TypeError, std::string("expected str, bytes or os.PathLike object, not ") + type_name_of(item));
      return false;
    }
    posix::PathArg path{"fork_exec", "args"};
    if (!posix::path_arg(item, &path)) return false;
    out->strings.push_back(path.path);
  }
  out->finish();
  return true;
}

// fds_to_keep: a sorted tuple of distinct non-negative ints.
bool fds_to_keep_arg(Value v, std::vector<int>* out) {
  if (!is_tuple(v)) {
    raise(exc::TypeError, std::string("fork_exec() argument 4 must be tuple, not ") + type_name_of(v));
    return false;
  }
  Tuple* t = v.as<Tuple>();
  int64_t previous = -1;
  for (int64_t i = 0; i < t->size; ++i) {
    int64_t fd;
    if (!is_int(t->items[i]) || !int_to_int64(t->items[i], &fd) || fd < 0 || fd <= previous || fd > 0x7fffffff) {
      clear_error();
      raise(exc::ValueError, "bad value(s) in fds_to_keep");
      return false;
    }
    out->push_back(static_cast<int>(fd));
    previous = fd;
  }
  return true;
}

bool set_inheritable(int fd, bool inheritable) {
  int flags = ::fcntl(fd, F_GETFD);
  if (flags < 0) return false;
  int wanted = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
  return wanted == flags || ::fcntl(fd, F_SETFD, wanted) == 0;
}

// Closes every descriptor from 3 up except those in `keep` (sorted).
void close_open_fds(const std::vector<int>& keep) {
  int low = 3;
  long max_fd = sysconf(_SC_OPEN_MAX);
  if (max_fd < 0) max_fd = 256;
  auto close_range_fds = [max_fd](int from, int to) {  // [from, to]
    if (from > to) return;
    if (::syscall(SYS_close_range, from, to, 0) == 0) return;
    for (long fd = from; fd <= to && fd < max_fd; ++fd) ::close(static_cast<int>(fd));
  };
  for (int fd : keep) {
    if (fd < low) continue;
    close_range_fds(low, fd - 1);
    low = fd + 1;
  }
  close_range_fds(low, 0x7fffffff);
}

void write_all(int fd, const char* data, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, data, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    data += w;
    n -= static_cast<size_t>(w);
  }
}

struct ChildSetup {
  CStringArray argv, executables, env;
  bool has_argv = false, has_env = false;
  bool close_fds = false;
  std::vector<int> fds_to_keep;
  std::string cwd;
  bool has_cwd = false;
  int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write;
  bool restore_signals = false, call_setsid = false;
  int pgid_to_set = -1;
  bool has_gid = false, has_uid = false, has_groups = false;
  gid_t gid = 0;
  uid_t uid = 0;
  std::vector<gid_t> groups;
  int child_umask = -1;
  Value preexec_fn;
};

#define CHILD_CALL(expr) \
  if ((expr) < 0) goto error

// The child's side; never returns.
[[noreturn]] void child_exec(ChildSetup& c) {
  int saved_errno = 0;
  bool reached_preexec = false;
  const char* err_msg = "";
  for (int fd : c.fds_to_keep) {
    if (fd != c.errpipe_write && !set_inheritable(fd, true)) goto error;
  }
  if (c.p2cwrite != -1) CHILD_CALL(::close(c.p2cwrite));
  if (c.c2pread != -1) CHILD_CALL(::close(c.c2pread));
  if (c.errread != -1) CHILD_CALL(::close(c.errread));
  CHILD_CALL(::close(c.errpipe_read));
  // A descriptor that is also 0, 1 or 2 would be overwritten by the dup2 below.
  if (c.c2pwrite == 0) {
    CHILD_CALL(c.c2pwrite = ::dup(c.c2pwrite));
    if (!set_inheritable(c.c2pwrite, false)) goto error;
  }
  while (c.errwrite == 0 || c.errwrite == 1) {
    CHILD_CALL(c.errwrite = ::dup(c.errwrite));
    if (!set_inheritable(c.errwrite, false)) goto error;
  }
  if (c.p2cread == 0) {
    if (!set_inheritable(0, true)) goto error;
  } else if (c.p2cread != -1) {
    CHILD_CALL(::dup2(c.p2cread, 0));
  }
  if (c.c2pwrite == 1) {
    if (!set_inheritable(1, true)) goto error;
  } else if (c.c2pwrite != -1) {
    CHILD_CALL(::dup2(c.c2pwrite, 1));
  }
  if (c.errwrite == 2) {
    if (!set_inheritable(2, true)) goto error;
  } else if (c.errwrite != -1) {
    CHILD_CALL(::dup2(c.errwrite, 2));
  }
  if (c.has_cwd) CHILD_CALL(::chdir(c.cwd.c_str()));
  if (c.child_umask >= 0) ::umask(static_cast<mode_t>(c.child_umask));
  if (c.restore_signals) {
    ::signal(SIGPIPE, SIG_DFL);
    ::signal(SIGXFSZ, SIG_DFL);
  }
  if (c.call_setsid) CHILD_CALL(::setsid());
  if (c.pgid_to_set >= 0) CHILD_CALL(::setpgid(0, c.pgid_to_set));
  if (c.has_groups) CHILD_CALL(::setgroups(c.groups.size(), c.groups.empty() ? nullptr : c.groups.data()));
  if (c.has_gid) CHILD_CALL(::setregid(c.gid, c.gid));
  if (c.has_uid) CHILD_CALL(::setreuid(c.uid, c.uid));
  reached_preexec = true;
  if (!c.preexec_fn.is_none()) {
    Ref result = call(c.preexec_fn, {});
    if (!result) {
      err_msg = "Exception occurred in preexec_fn.";
      errno = 0;  // not an OSError
      goto error;
    }
  }
  if (c.close_fds) close_open_fds(c.fds_to_keep);
  for (char* const* exe = c.executables.pointers.data(); *exe != nullptr; ++exe) {
    char* const* argv = c.has_argv ? c.argv.pointers.data() : nullptr;
    if (c.has_env) {
      ::execve(*exe, argv, c.env.pointers.data());
    } else {
      ::execv(*exe, argv);
    }
    if (errno != ENOENT && errno != ENOTDIR && saved_errno == 0) saved_errno = errno;
  }
  if (saved_errno != 0) errno = saved_errno;
error:
  saved_errno = errno;
  if (saved_errno != 0) {
    char hex[2 * sizeof(int) + 1];
    char* cur = hex + sizeof hex;
    unsigned value = static_cast<unsigned>(saved_errno);
    while (value != 0 && cur != hex) {
      *--cur = "0123456789abcdef"[value % 16];
      value /= 16;
    }
    write_all(c.errpipe_write, "OSError:", 8);
    write_all(c.errpipe_write, cur, static_cast<size_t>(hex + sizeof hex - cur));
    write_all(c.errpipe_write, ":", 1);
    if (!reached_preexec) write_all(c.errpipe_write, "noexec", 6);
  } else {
    write_all(c.errpipe_write, "SubprocessError:0:", 18);
    write_all(c.errpipe_write, err_msg, std::strlen(err_msg));
  }
  ::_exit(255);
}

#undef CHILD_CALL

bool int_fd(Value v, int* out) { return posix::int_arg(v, out); }

Ref fork_exec(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[23] = {"", "", "", "", "", "", "", "", "", "", "", "",
                                         "", "", "", "", "", "", "", "", "", "", ""};
  static const ArgSpec kSpec{"fork_exec", kNames, 23, 23, 23};
  Value a[23];
  if (nargs != 23 && (kwnames == nullptr || kwnames->size == 0)) {
    return raise(exc::TypeError, "fork_exec() takes exactly 23 arguments (" + std::to_string(nargs) + " given)");
  }
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  ChildSetup c;
  int close_fds = is_true(a[2]);
  if (close_fds < 0) return nullptr;
  c.close_fds = close_fds != 0;
  if (!fds_to_keep_arg(a[3], &c.fds_to_keep)) return nullptr;
  int* fds[] = {&c.p2cread, &c.p2cwrite, &c.c2pread, &c.c2pwrite, &c.errread, &c.errwrite, &c.errpipe_read,
                &c.errpipe_write};
  for (int i = 0; i < 8; ++i) {
    if (!int_fd(a[6 + i], fds[i])) return nullptr;
  }
  int restore = is_true(a[14]), setsid_flag = is_true(a[15]);
  if (restore < 0 || setsid_flag < 0) return nullptr;
  c.restore_signals = restore != 0;
  c.call_setsid = setsid_flag != 0;
  if (!posix::int_arg(a[16], &c.pgid_to_set) || !posix::int_arg(a[20], &c.child_umask)) return nullptr;
  if (c.close_fds && c.errpipe_write < 3) return raise(exc::ValueError, "errpipe_write must be >= 3");
  if (!a[0].is_none()) {
    if (!argv_array(a[0], &c.argv)) return nullptr;
    c.has_argv = true;
  }
  if (!bytes_array(a[1], &c.executables)) return nullptr;
  if (!a[4].is_none()) {
    posix::PathArg cwd{"fork_exec", "cwd"};
    if (!posix::path_arg(a[4], &cwd)) return nullptr;
    c.cwd = cwd.path;
    c.has_cwd = true;
  }
  if (!a[5].is_none()) {
    if (!bytes_array(a[5], &c.env)) return nullptr;
    c.has_env = true;
  }
  if (!a[17].is_none()) {
    uint32_t id;
    if (!posix::id_arg(a[17], &id, "gid")) return nullptr;
    c.gid = id;
    c.has_gid = true;
  }
  if (!a[18].is_none()) {
    if (!is_list(a[18])) return raise(exc::TypeError, "setgroups argument must be a list");
    List* groups = a[18].as<List>();
    for (int64_t i = 0; i < groups->size; ++i) {
      uint32_t id;
      if (!posix::id_arg(groups->items[i], &id, "gid")) return nullptr;
      c.groups.push_back(id);
    }
    c.has_groups = true;
  }
  if (!a[19].is_none()) {
    uint32_t id;
    if (!posix::id_arg(a[19], &id, "uid")) return nullptr;
    c.uid = id;
    c.has_uid = true;
  }
  c.preexec_fn = a[21];
  // Python code run in the child (preexec_fn) needs what os.fork gives it: a
  // GIL and locks that no vanished thread holds, and the at-fork hooks.
  bool runs_python = !c.preexec_fn.is_none();
  if (runs_python) posix::before_fork();
  pid_t pid = ::fork();
  if (pid == 0) {
    if (runs_python) posix::after_fork_child();
    child_exec(c);
  }
  int fork_errno = errno;
  if (runs_python) posix::after_fork_parent();
  if (pid < 0) {
    errno = fork_errno;
    return posix::errno_error();
  }
  return int_from_int64(pid);
}

const MethodDef kFunctions[] = {
    {"fork_exec", fork_exec, kMethodInstance,
     "Spawn a fresh new child process.\n\nFork a child process, close parent file descriptors as appropriate in the\n"
     "child and duplicate the few that are needed before calling exec() in the\nchild process."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_posixsubprocess_module() {
  Ref module = module_new("_posixsubprocess", true);
  if (!module || module_add_functions(*module, kFunctions) < 0) return nullptr;
  return module;
}

}  // namespace taipan
