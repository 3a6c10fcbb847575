// posix: processes — identity (pids, process groups, sessions, user and
// group ids), signals, priority, fork with register_at_fork's hooks, exec,
// waiting and decoding wait statuses, times() and umask.
#include <grp.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <string>
#include <vector>

#include "modules/io_stream.h"
#include "modules/posix/fork.h"
#include "modules/posix/posix_args.h"
#include "modules/posix/posix_modules.h"
#include "modules/posix/results.h"
#include "modules/resource.h"
#include "modules/thread.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "vm/thread_state.h"

namespace taipan::posix {

namespace {

bool no_args(const char* function, size_t nargs, Tuple* kwnames) {
  return check_no_args((std::string("posix.") + function).c_str(), nargs, kwnames);
}

// Functions of no arguments returning one number.
#define TAIPAN_POSIX_GETTER(name, expr)                                  \
  Ref posix_##name(Value, const Value*, size_t nargs, Tuple* kwnames) {  \
    if (!no_args(#name, nargs, kwnames)) return nullptr;                 \
    return expr;                                                         \
  }
TAIPAN_POSIX_GETTER(getpid, int_from_int64(::getpid()))
TAIPAN_POSIX_GETTER(getppid, int_from_int64(::getppid()))
TAIPAN_POSIX_GETTER(getpgrp, int_from_int64(::getpgrp()))
TAIPAN_POSIX_GETTER(getuid, id_result(::getuid()))
TAIPAN_POSIX_GETTER(geteuid, id_result(::geteuid()))
TAIPAN_POSIX_GETTER(getgid, id_result(::getgid()))
TAIPAN_POSIX_GETTER(getegid, id_result(::getegid()))
#undef TAIPAN_POSIX_GETTER

bool int_args(const char* function, int count, const Value* args, size_t nargs, Tuple* kwnames, int64_t* out) {
  static const char* const kNames[] = {"", "", ""};
  const ArgSpec spec{function, kNames, count, count, count};
  Value a[3];
  if (!bind_args(spec, args, nargs, kwnames, a)) return false;
  for (int i = 0; i < count; ++i) {
    if (!int64_arg(a[i], &out[i])) return false;
  }
  return true;
}

Ref none_or_error(int r) { return r < 0 ? errno_error() : Ref::none(); }

Ref posix_getpgid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"pid"};
  static const ArgSpec kSpec{"getpgid", kNames, 1, 0, 1};
  Value a[1];
  int64_t pid;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !int64_arg(a[0], &pid)) return nullptr;
  pid_t r = ::getpgid(static_cast<pid_t>(pid));
  if (r < 0) return errno_error();
  return int_from_int64(r);
}

Ref posix_getsid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t pid;
  Value a[1];
  if (!one_arg("posix.getsid", args, nargs, kwnames, a) || !int64_arg(a[0], &pid)) return nullptr;
  pid_t r = ::getsid(static_cast<pid_t>(pid));
  if (r < 0) return errno_error();
  return int_from_int64(r);
}

Ref posix_setpgid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t r[2];
  if (!int_args("setpgid", 2, args, nargs, kwnames, r)) return nullptr;
  return none_or_error(::setpgid(static_cast<pid_t>(r[0]), static_cast<pid_t>(r[1])));
}

Ref posix_setpgrp(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("setpgrp", nargs, kwnames)) return nullptr;
  return none_or_error(::setpgid(0, 0));
}

Ref posix_setsid(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("setsid", nargs, kwnames)) return nullptr;
  return none_or_error(::setsid());
}

// setuid/seteuid/setgid/setegid: one id.
Ref set_one_id(const char* function, const char* what, int (*fn)(uint32_t), const Value* args, size_t nargs,
               Tuple* kwnames) {
  uint32_t id;
  if (!one_arg(function, args, nargs, kwnames) || !id_arg(args[0], &id, what)) {
    return nullptr;
  }
  return none_or_error(fn(id));
}

Ref posix_setuid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return set_one_id("posix.setuid", "uid", [](uint32_t id) { return ::setuid(id); }, args, nargs, kwnames);
}
Ref posix_seteuid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return set_one_id("posix.seteuid", "uid", [](uint32_t id) { return ::seteuid(id); }, args, nargs, kwnames);
}
Ref posix_setgid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return set_one_id("posix.setgid", "gid", [](uint32_t id) { return ::setgid(id); }, args, nargs, kwnames);
}
Ref posix_setegid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return set_one_id("posix.setegid", "gid", [](uint32_t id) { return ::setegid(id); }, args, nargs, kwnames);
}

// setreuid/setregid/setresuid/setresgid: two or three ids.
Ref set_ids(const char* function, const char* what, int count, const Value* args, size_t nargs, Tuple* kwnames,
            uint32_t* ids) {
  if (!no_keywords(function, kwnames) || !check_arg_count(function, nargs, count, count)) return nullptr;
  for (int i = 0; i < count; ++i) {
    if (!id_arg(args[i], &ids[i], what)) return nullptr;
  }
  return Ref::none();
}

Ref posix_setreuid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t id[2];
  if (!set_ids("setreuid", "uid", 2, args, nargs, kwnames, id)) return nullptr;
  return none_or_error(::setreuid(id[0], id[1]));
}
Ref posix_setregid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t id[2];
  if (!set_ids("setregid", "gid", 2, args, nargs, kwnames, id)) return nullptr;
  return none_or_error(::setregid(id[0], id[1]));
}
Ref posix_setresuid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t id[3];
  if (!set_ids("setresuid", "uid", 3, args, nargs, kwnames, id)) return nullptr;
  return none_or_error(::setresuid(id[0], id[1], id[2]));
}
Ref posix_setresgid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t id[3];
  if (!set_ids("setresgid", "gid", 3, args, nargs, kwnames, id)) return nullptr;
  return none_or_error(::setresgid(id[0], id[1], id[2]));
}

Ref posix_getresuid(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("getresuid", nargs, kwnames)) return nullptr;
  uid_t r, e, s;
  if (::getresuid(&r, &e, &s) < 0) return errno_error();
  Ref a = id_result(r), b = id_result(e), c = id_result(s);
  return tuple_pack({*a, *b, *c});
}

Ref posix_getresgid(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("getresgid", nargs, kwnames)) return nullptr;
  gid_t r, e, s;
  if (::getresgid(&r, &e, &s) < 0) return errno_error();
  Ref a = id_result(r), b = id_result(e), c = id_result(s);
  return tuple_pack({*a, *b, *c});
}

Ref posix_getgroups(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("getgroups", nargs, kwnames)) return nullptr;
  int n = ::getgroups(0, nullptr);
  if (n < 0) return errno_error();
  std::vector<gid_t> groups(static_cast<size_t>(n));
  n = ::getgroups(n, groups.data());
  if (n < 0) return errno_error();
  Ref result = Ref::steal(list_new(0));
  for (int i = 0; i < n; ++i) {
    Ref g = id_result(groups[static_cast<size_t>(i)]);
    if (!g || list_append(result.as<List>(), *g) < 0) return nullptr;
  }
  return result;
}

Ref posix_setgroups(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("posix.setgroups", args, nargs, kwnames)) return nullptr;
  Ref items = tuple_from_iterable(args[0]);
  if (!items) {
    if (error_matches(exc::TypeError)) {
      clear_error();
      raise(exc::TypeError, "setgroups argument must be a sequence");
    }
    return nullptr;
  }
  std::vector<gid_t> groups;
  for (int64_t i = 0; i < items.as<Tuple>()->size; ++i) {
    uint32_t g;
    if (!id_arg(items.as<Tuple>()->items[i], &g, "gid")) return nullptr;
    groups.push_back(g);
  }
  return none_or_error(::setgroups(groups.size(), groups.data()));
}

Ref posix_getlogin(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("getlogin", nargs, kwnames)) return nullptr;
  errno = 0;
  const char* name = ::getlogin();
  if (name == nullptr) {
    if (errno) return errno_error();
    return raise(exc::OSError, "unable to determine login name");
  }
  return fs_name(name, false);
}

Ref posix_kill(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t r[2];
  if (!int_args("kill", 2, args, nargs, kwnames, r)) return nullptr;
  if (::kill(static_cast<pid_t>(r[0]), static_cast<int>(r[1])) < 0) return errno_error();
  if (check_signals() < 0) return nullptr;
  return Ref::none();
}

Ref posix_killpg(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t r[2];
  if (!int_args("killpg", 2, args, nargs, kwnames, r)) return nullptr;
  return none_or_error(::killpg(static_cast<pid_t>(r[0]), static_cast<int>(r[1])));
}

Ref posix_nice(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t increment;
  Value a[1];
  if (!one_arg("posix.nice", args, nargs, kwnames, a) || !int64_arg(a[0], &increment)) return nullptr;
  errno = 0;
  int r = ::nice(static_cast<int>(increment));
  if (r == -1 && errno != 0) return errno_error();
  return Ref::small_int(r);
}

Ref posix_getpriority(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"which", "who"};
  static const ArgSpec kSpec{"getpriority", kNames, 2, 0, 2};
  Value a[2];
  int64_t which, who;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !int64_arg(a[0], &which) || !int64_arg(a[1], &who)) return nullptr;
  errno = 0;
  int r = ::getpriority(static_cast<__priority_which_t>(which), static_cast<id_t>(who));
  if (r == -1 && errno != 0) return errno_error();
  return Ref::small_int(r);
}

Ref posix_setpriority(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"which", "who", "priority"};
  static const ArgSpec kSpec{"setpriority", kNames, 3, 0, 3};
  Value a[3];
  int64_t which, who, prio;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !int64_arg(a[0], &which) || !int64_arg(a[1], &who) ||
      !int64_arg(a[2], &prio)) {
    return nullptr;
  }
  return none_or_error(
      ::setpriority(static_cast<__priority_which_t>(which), static_cast<id_t>(who), static_cast<int>(prio)));
}

Ref posix_umask(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t mask;
  Value a[1];
  if (!one_arg("posix.umask", args, nargs, kwnames, a) || !int64_arg(a[0], &mask)) return nullptr;
  return Ref::small_int(::umask(static_cast<mode_t>(mask)));
}

// ---- fork and its hooks -----------------------------------------------------------

struct ForkHooks {
  std::vector<Ref> before, after_in_parent, after_in_child;
};

ForkHooks& fork_hooks() {
  static ForkHooks* hooks = new ForkHooks();  // lives as long as the process
  return *hooks;
}

// Calls the hooks (newest first when reversed), reporting their errors as unraisable.
void run_hooks(const std::vector<Ref>& hooks, bool newest_first) {
  size_t n = hooks.size();
  for (size_t k = 0; k < n; ++k) {
    Value hook = *hooks[newest_first ? n - 1 - k : k];
    Ref r = call(hook, {});
    if (!r) write_unraisable(hook);
  }
}

Ref posix_register_at_fork(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"before", "after_in_child", "after_in_parent"};
  static const ArgSpec kSpec{"register_at_fork", kNames, 3, 0, 0, 0};
  Value a[3];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  if (a[0].is_null() && a[1].is_null() && a[2].is_null()) {
    return raise(exc::TypeError, "At least one argument is required.");
  }
  for (int i = 0; i < 3; ++i) {
    if (!a[i].is_null() && type_of(a[i])->call == nullptr) {
      return raise(exc::TypeError, std::string("'") + kNames[i] + "' must be callable, not " + type_name_of(a[i]));
    }
  }
  ForkHooks& hooks = fork_hooks();
  if (!a[0].is_null()) hooks.before.push_back(Ref::borrow(a[0]));
  if (!a[1].is_null()) hooks.after_in_child.push_back(Ref::borrow(a[1]));
  if (!a[2].is_null()) hooks.after_in_parent.push_back(Ref::borrow(a[2]));
  return Ref::none();
}

Ref posix_fork(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("fork", nargs, kwnames)) return nullptr;
  before_fork();
  pid_t pid = ::fork();
  if (pid < 0) {
    int err = errno;
    after_fork_parent();
    return raise_os_error(err);
  }
  if (pid == 0) {
    after_fork_child();
  } else {
    after_fork_parent();
  }
  return int_from_int64(pid);
}

// ---- exec -------------------------------------------------------------------------

// One argv or environment string: str (file system encoded), bytes or os.PathLike.
bool exec_string(Value v, std::string* out) {
  PathArg p{"execv", "path"};
  if (is_str(v) || is_bytes(v)) {
    if (!path_arg(v, &p)) return false;
  } else {
    Ref fspath = getattr_optional(Value::object(type_of(v)), INTERNED("__fspath__"));
    if (!fspath) {
      if (!error_occurred()) {
        raise(exc::TypeError, std::string("expected str, bytes or os.PathLike object, not ") + type_name_of(v));
      }
      return false;
    }
    if (!path_arg(v, &p)) return false;
  }
  *out = std::move(p.path);
  return true;
}

bool exec_argv(const char* function, Value argv, std::vector<std::string>* out) {
  if (!is_tuple(argv) && !is_list(argv)) {
    raise(exc::TypeError, std::string(function) + "() arg 2 must be a tuple or list");
    return false;
  }
  Ref items = tuple_from_iterable(argv);
  if (!items) return false;
  Tuple* t = items.as<Tuple>();
  if (t->size == 0) {
    raise(exc::ValueError, std::string(function) + "() arg 2 must not be empty");
    return false;
  }
  for (int64_t i = 0; i < t->size; ++i) {
    std::string s;
    if (!exec_string(t->items[i], &s)) return false;
    if (i == 0 && s.empty()) {
      raise(exc::ValueError, std::string(function) + "() arg 2 first element cannot be empty");
      return false;
    }
    out->push_back(std::move(s));
  }
  return true;
}

std::vector<char*> c_strings(std::vector<std::string>& strings) {
  std::vector<char*> result;
  for (std::string& s : strings) result.push_back(s.data());
  result.push_back(nullptr);
  return result;
}

bool exec_environment(Value env, std::vector<std::string>* out) {
  Ref keys = call_method(env, "keys", {});
  if (!keys) {
    if (error_matches(exc::AttributeError)) {
      clear_error();
      raise(exc::TypeError, "execve: environment must be a mapping object");
    }
    return false;
  }
  Ref key_list = list_from_iterable(*keys);
  if (!key_list) return false;
  List* l = key_list.as<List>();
  for (int64_t i = 0; i < l->size; ++i) {
    Ref value = getitem(env, l->items[i]);
    std::string k, v;
    if (!value || !exec_string(l->items[i], &k) || !exec_string(*value, &v)) return false;
    if (k.empty() || k.find('=') != std::string::npos) {
      raise(exc::ValueError, "illegal environment variable name");
      return false;
    }
    out->push_back(k + "=" + v);
  }
  return true;
}

Ref posix_execv(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  static const ArgSpec kSpec{"execv", kNames, 2, 2, 2};
  Value a[2];
  PathArg path{"execv"};
  std::vector<std::string> argv;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &path) || !exec_argv("execv", a[1], &argv)) {
    return nullptr;
  }
  std::vector<char*> argv_c = c_strings(argv);
  std::fflush(nullptr);
  ::execv(path.c_str(), argv_c.data());
  return errno_error();
}

Ref posix_execve(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "argv", "env"};
  static const ArgSpec kSpec{"execve", kNames, 3, 0, 3};
  Value a[3];
  PathArg path{"execve", "path", true};
  std::vector<std::string> argv, env;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &path) || !exec_argv("execve", a[1], &argv) ||
      !exec_environment(a[2], &env)) {
    return nullptr;
  }
  std::vector<char*> argv_c = c_strings(argv), env_c = c_strings(env);
  std::fflush(nullptr);
  if (path.fd >= 0) {
    ::fexecve(path.fd, argv_c.data(), env_c.data());
  } else {
    ::execve(path.c_str(), argv_c.data(), env_c.data());
  }
  return path_error(path);
}

Ref posix_exit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"status"};
  static const ArgSpec kSpec{"_exit", kNames, 1, 0, 1};
  Value a[1];
  int status;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !int_arg(a[0], &status)) return nullptr;
  ::_exit(status);
}

Ref posix_abort(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("abort", nargs, kwnames)) return nullptr;
  std::abort();
}

Ref posix_system(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"command"};
  static const ArgSpec kSpec{"system", kNames, 1, 0, 1};
  Value a[1];
  PathArg command{"system", "command"};
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &command)) return nullptr;
  std::fflush(nullptr);
  return Ref::small_int(::system(command.c_str()));
}

// ---- waiting ----------------------------------------------------------------------

Ref posix_waitpid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t r[2];
  if (!int_args("waitpid", 2, args, nargs, kwnames, r)) return nullptr;
  int status = 0;
  pid_t pid = retry_eintr([&] { return ::waitpid(static_cast<pid_t>(r[0]), &status, static_cast<int>(r[1])); });
  if (pid < 0) return error_occurred() ? nullptr : errno_error();
  Ref p = int_from_int64(pid);
  return tuple_pack({*p, Value::small_int(status)});
}

Ref posix_wait(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("wait", nargs, kwnames)) return nullptr;
  int status = 0;
  pid_t pid = retry_eintr([&] { return ::wait(&status); });
  if (pid < 0) return error_occurred() ? nullptr : errno_error();
  Ref p = int_from_int64(pid);
  return tuple_pack({*p, Value::small_int(status)});
}

Ref wait_with_rusage(pid_t wanted, int options) {
  int status = 0;
  struct rusage usage {};
  pid_t pid = retry_eintr([&] { return ::wait4(wanted, &status, options, &usage); });
  if (pid < 0) return error_occurred() ? nullptr : errno_error();
  Ref p = int_from_int64(pid);
  Ref u = make_struct_rusage(usage);
  if (!u) return nullptr;
  return tuple_pack({*p, Value::small_int(status), *u});
}

Ref posix_wait3(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"options"};
  static const ArgSpec kSpec{"wait3", kNames, 1, 0, 1};
  Value a[1];
  int options;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !int_arg(a[0], &options)) return nullptr;
  return wait_with_rusage(-1, options);
}

Ref posix_wait4(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"pid", "options"};
  static const ArgSpec kSpec{"wait4", kNames, 2, 0, 2};
  Value a[2];
  int64_t pid;
  int options;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !int64_arg(a[0], &pid) || !int_arg(a[1], &options)) {
    return nullptr;
  }
  return wait_with_rusage(static_cast<pid_t>(pid), options);
}

Ref posix_waitid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t r[3];
  if (!int_args("waitid", 3, args, nargs, kwnames, r)) return nullptr;
  siginfo_t info{};
  int rc = retry_eintr([&] {
    return ::waitid(static_cast<idtype_t>(r[0]), static_cast<id_t>(r[1]), &info, static_cast<int>(r[2]));
  });
  if (rc < 0) return error_occurred() ? nullptr : errno_error();
  if (info.si_pid == 0) return Ref::none();
  Ref pid = int_from_int64(info.si_pid), uid = id_result(info.si_uid);
  return make_result(&waitid_result_type, {*pid, *uid, Value::small_int(info.si_signo),
                                           Value::small_int(info.si_status), Value::small_int(info.si_code)});
}

Ref posix_waitstatus_to_exitcode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"status"};
  static const ArgSpec kSpec{"waitstatus_to_exitcode", kNames, 1, 0, 1};
  Value a[1];
  int status;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !int_arg(a[0], &status)) return nullptr;
  if (WIFEXITED(status)) return Ref::small_int(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return Ref::small_int(-WTERMSIG(status));
  if (WIFSTOPPED(status)) {
    return raise(exc::ValueError, "process stopped by delivery of signal " + std::to_string(WSTOPSIG(status)));
  }
  return raise(exc::ValueError, "invalid wait status: " + std::to_string(status));
}

// WIFEXITED(status) and its kin: one keyword-or-positional int "status".
template <class Fn>
Ref status_macro(const char* function, Fn fn, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"status"};
  const ArgSpec spec{function, kNames, 1, 0, 1};
  Value a[1];
  int status;
  if (!bind_args(spec, args, nargs, kwnames, a) || !int_arg(a[0], &status)) return nullptr;
  return fn(status);
}

#define TAIPAN_WAIT_BOOL(name)                                                                    \
  Ref posix_##name(Value, const Value* args, size_t nargs, Tuple* kwnames) {                      \
    return status_macro(#name, [](int s) { return Ref::boolean(name(s)); }, args, nargs, kwnames); \
  }
#define TAIPAN_WAIT_INT(name)                                                                       \
  Ref posix_##name(Value, const Value* args, size_t nargs, Tuple* kwnames) {                        \
    return status_macro(#name, [](int s) { return Ref::small_int(name(s)); }, args, nargs, kwnames); \
  }
TAIPAN_WAIT_BOOL(WIFCONTINUED)
TAIPAN_WAIT_BOOL(WIFSTOPPED)
TAIPAN_WAIT_BOOL(WIFSIGNALED)
TAIPAN_WAIT_BOOL(WIFEXITED)
TAIPAN_WAIT_INT(WEXITSTATUS)
TAIPAN_WAIT_INT(WTERMSIG)
TAIPAN_WAIT_INT(WSTOPSIG)
#undef TAIPAN_WAIT_BOOL

// WCOREDUMP alone takes its status positionally only (CPython's METH_O).
Ref posix_WCOREDUMP(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  int status;
  if (!one_arg("posix.WCOREDUMP", args, nargs, kwnames, a) || !int_arg(a[0], &status)) return nullptr;
  return Ref::boolean(WCOREDUMP(status));
}
#undef TAIPAN_WAIT_INT

Ref posix_times(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("times", nargs, kwnames)) return nullptr;
  struct tms t;
  clock_t elapsed = ::times(&t);
  if (elapsed == static_cast<clock_t>(-1)) return errno_error();
  double ticks = static_cast<double>(::sysconf(_SC_CLK_TCK));
  return make_result(&times_result_type,
                     {Value::from_double(static_cast<double>(t.tms_utime) / ticks),
                      Value::from_double(static_cast<double>(t.tms_stime) / ticks),
                      Value::from_double(static_cast<double>(t.tms_cutime) / ticks),
                      Value::from_double(static_cast<double>(t.tms_cstime) / ticks),
                      Value::from_double(static_cast<double>(elapsed) / ticks)});
}

}  // namespace

void before_fork() {
  run_hooks(fork_hooks().before, true);
  std::fflush(nullptr);
}

void after_fork_child() {
  // Only the forking thread lives on: the GIL and the streams' locks start
  // over, and the signals still pending are the parent's.
  threads_after_fork_child();
  thread_idents_after_fork();
  FdStream::after_fork();
  signals_after_fork();
  run_hooks(fork_hooks().after_in_child, false);
}

void after_fork_parent() { run_hooks(fork_hooks().after_in_parent, false); }

const MethodDef kPosixProcessFunctions[] = {
    {"getpid", posix_getpid, kMethodInstance, "Return the current process id."},
    {"getppid", posix_getppid, kMethodInstance, "Return the parent's process id."},
    {"getpgrp", posix_getpgrp, kMethodInstance, "Return the current process group id."},
    {"getpgid", posix_getpgid, kMethodInstance, "Call the system call getpgid(), and return the result."},
    {"setpgid", posix_setpgid, kMethodInstance, "Call the system call setpgid(pid, pgrp)."},
    {"setpgrp", posix_setpgrp, kMethodInstance, "Make the current process the leader of its process group."},
    {"getsid", posix_getsid, kMethodInstance, "Call the system call getsid(pid) and return the result."},
    {"setsid", posix_setsid, kMethodInstance, "Call the system call setsid()."},
    {"getuid", posix_getuid, kMethodInstance, "Return the current process's user id."},
    {"geteuid", posix_geteuid, kMethodInstance, "Return the current process's effective user id."},
    {"getgid", posix_getgid, kMethodInstance, "Return the current process's group id."},
    {"getegid", posix_getegid, kMethodInstance, "Return the current process's effective group id."},
    {"setuid", posix_setuid, kMethodInstance, "Set the current process's user id."},
    {"seteuid", posix_seteuid, kMethodInstance, "Set the current process's effective user id."},
    {"setgid", posix_setgid, kMethodInstance, "Set the current process's group id."},
    {"setegid", posix_setegid, kMethodInstance, "Set the current process's effective group id."},
    {"setreuid", posix_setreuid, kMethodInstance, "Set the current process's real and effective user ids."},
    {"setregid", posix_setregid, kMethodInstance, "Set the current process's real and effective group ids."},
    {"setresuid", posix_setresuid, kMethodInstance, "Set the current process's real, effective, and saved user ids."},
    {"setresgid", posix_setresgid, kMethodInstance, "Set the current process's real, effective, and saved group ids."},
    {"getresuid", posix_getresuid, kMethodInstance, "Return a tuple of the current process's real, effective, and saved user ids."},
    {"getresgid", posix_getresgid, kMethodInstance, "Return a tuple of the current process's real, effective, and saved group ids."},
    {"getgroups", posix_getgroups, kMethodInstance, "Return list of supplemental group IDs for the process."},
    {"setgroups", posix_setgroups, kMethodInstance, "Set the groups of the current process to list."},
    {"getlogin", posix_getlogin, kMethodInstance, "Return the actual login name."},
    {"kill", posix_kill, kMethodInstance, "Kill a process with a signal."},
    {"killpg", posix_killpg, kMethodInstance, "Kill a process group with a signal."},
    {"nice", posix_nice, kMethodInstance, "Add increment to the priority of process and return the new priority."},
    {"getpriority", posix_getpriority, kMethodInstance, "Return program scheduling priority."},
    {"setpriority", posix_setpriority, kMethodInstance, "Set program scheduling priority."},
    {"umask", posix_umask, kMethodInstance, "Set the current numeric umask and return the previous umask."},
    {"register_at_fork", posix_register_at_fork, kMethodInstance, "Register callables to be called when forking a new process."},
    {"fork", posix_fork, kMethodInstance, "Fork a child process."},
    {"execv", posix_execv, kMethodInstance, "Execute an executable path with arguments, replacing current process."},
    {"execve", posix_execve, kMethodInstance, "Execute an executable path with arguments, replacing current process."},
    {"_exit", posix_exit, kMethodInstance, "Exit to the system with specified status, without normal exit processing."},
    {"abort", posix_abort, kMethodInstance, "Abort the interpreter immediately."},
    {"system", posix_system, kMethodInstance, "Execute the command in a subshell."},
    {"waitpid", posix_waitpid, kMethodInstance, "Wait for completion of a given child process."},
    {"wait", posix_wait, kMethodInstance, "Wait for completion of a child process."},
    {"wait3", posix_wait3, kMethodInstance, "Wait for completion of a child process."},
    {"wait4", posix_wait4, kMethodInstance, "Wait for completion of a specific child process."},
    {"waitid", posix_waitid, kMethodInstance, "Returns the result of waiting for a process or processes."},
    {"waitstatus_to_exitcode", posix_waitstatus_to_exitcode, kMethodInstance, "Convert a wait status to an exit code."},
    {"WCOREDUMP", posix_WCOREDUMP, kMethodInstance, "Return True if the process returning status was dumped to a core file."},
    {"WIFCONTINUED", posix_WIFCONTINUED, kMethodInstance, "Return True if a particular process was continued from a job control stop."},
    {"WIFSTOPPED", posix_WIFSTOPPED, kMethodInstance, "Return True if the process returning status was stopped."},
    {"WIFSIGNALED", posix_WIFSIGNALED, kMethodInstance, "Return True if the process returning status was terminated by a signal."},
    {"WIFEXITED", posix_WIFEXITED, kMethodInstance, "Return True if the process returning status exited via the exit() system call."},
    {"WEXITSTATUS", posix_WEXITSTATUS, kMethodInstance, "Return the process return code from status."},
    {"WTERMSIG", posix_WTERMSIG, kMethodInstance, "Return the signal that terminated the process that provided the status value."},
    {"WSTOPSIG", posix_WSTOPSIG, kMethodInstance, "Return the signal that stopped the process that provided the status value."},
    {"times", posix_times, kMethodInstance, "Return a collection containing process timing information."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace taipan::posix
