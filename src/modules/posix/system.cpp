// posix: the system — uname, sysconf/confstr/pathconf with their name
// tables, CPUs and scheduling, load average, random bytes, strerror, the
// terminal's size and fspath.
#include <sched.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <vector>

#include "modules/posix/posix_args.h"
#include "modules/posix/posix_modules.h"
#include "modules/posix/results.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::posix {

namespace {

struct NamedInt {
  const char* name;
  int value;
};

const NamedInt kSysconfNames[] = {
    {"SC_2_CHAR_TERM", _SC_2_CHAR_TERM}, {"SC_2_C_BIND", _SC_2_C_BIND}, {"SC_2_C_DEV", _SC_2_C_DEV},
    {"SC_2_C_VERSION", _SC_2_C_VERSION}, {"SC_2_FORT_DEV", _SC_2_FORT_DEV}, {"SC_2_FORT_RUN", _SC_2_FORT_RUN},
    {"SC_2_LOCALEDEF", _SC_2_LOCALEDEF}, {"SC_2_SW_DEV", _SC_2_SW_DEV}, {"SC_2_UPE", _SC_2_UPE},
    {"SC_2_VERSION", _SC_2_VERSION}, {"SC_AIO_LISTIO_MAX", _SC_AIO_LISTIO_MAX}, {"SC_AIO_MAX", _SC_AIO_MAX},
    {"SC_AIO_PRIO_DELTA_MAX", _SC_AIO_PRIO_DELTA_MAX}, {"SC_ARG_MAX", _SC_ARG_MAX},
    {"SC_ASYNCHRONOUS_IO", _SC_ASYNCHRONOUS_IO}, {"SC_ATEXIT_MAX", _SC_ATEXIT_MAX},
    {"SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES}, {"SC_BC_BASE_MAX", _SC_BC_BASE_MAX},
    {"SC_BC_DIM_MAX", _SC_BC_DIM_MAX}, {"SC_BC_SCALE_MAX", _SC_BC_SCALE_MAX},
    {"SC_BC_STRING_MAX", _SC_BC_STRING_MAX}, {"SC_CHARCLASS_NAME_MAX", _SC_CHARCLASS_NAME_MAX},
    {"SC_CHAR_BIT", _SC_CHAR_BIT}, {"SC_CHAR_MAX", _SC_CHAR_MAX}, {"SC_CHAR_MIN", _SC_CHAR_MIN},
    {"SC_CHILD_MAX", _SC_CHILD_MAX}, {"SC_CLK_TCK", _SC_CLK_TCK},
    {"SC_COLL_WEIGHTS_MAX", _SC_COLL_WEIGHTS_MAX}, {"SC_DELAYTIMER_MAX", _SC_DELAYTIMER_MAX},
    {"SC_EQUIV_CLASS_MAX", _SC_EQUIV_CLASS_MAX}, {"SC_EXPR_NEST_MAX", _SC_EXPR_NEST_MAX},
    {"SC_FSYNC", _SC_FSYNC}, {"SC_GETGR_R_SIZE_MAX", _SC_GETGR_R_SIZE_MAX},
    {"SC_GETPW_R_SIZE_MAX", _SC_GETPW_R_SIZE_MAX}, {"SC_INT_MAX", _SC_INT_MAX}, {"SC_INT_MIN", _SC_INT_MIN},
    {"SC_IOV_MAX", _SC_IOV_MAX}, {"SC_JOB_CONTROL", _SC_JOB_CONTROL}, {"SC_LINE_MAX", _SC_LINE_MAX},
    {"SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX}, {"SC_LONG_BIT", _SC_LONG_BIT},
    {"SC_MAPPED_FILES", _SC_MAPPED_FILES}, {"SC_MB_LEN_MAX", _SC_MB_LEN_MAX}, {"SC_MEMLOCK", _SC_MEMLOCK},
    {"SC_MEMLOCK_RANGE", _SC_MEMLOCK_RANGE}, {"SC_MEMORY_PROTECTION", _SC_MEMORY_PROTECTION},
    {"SC_MESSAGE_PASSING", _SC_MESSAGE_PASSING}, {"SC_MINSIGSTKSZ", _SC_MINSIGSTKSZ},
    {"SC_MQ_OPEN_MAX", _SC_MQ_OPEN_MAX}, {"SC_MQ_PRIO_MAX", _SC_MQ_PRIO_MAX},
    {"SC_NGROUPS_MAX", _SC_NGROUPS_MAX}, {"SC_NL_ARGMAX", _SC_NL_ARGMAX}, {"SC_NL_LANGMAX", _SC_NL_LANGMAX},
    {"SC_NL_MSGMAX", _SC_NL_MSGMAX}, {"SC_NL_NMAX", _SC_NL_NMAX}, {"SC_NL_SETMAX", _SC_NL_SETMAX},
    {"SC_NL_TEXTMAX", _SC_NL_TEXTMAX}, {"SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF},
    {"SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN}, {"SC_NZERO", _SC_NZERO}, {"SC_OPEN_MAX", _SC_OPEN_MAX},
    {"SC_PAGESIZE", _SC_PAGESIZE}, {"SC_PAGE_SIZE", _SC_PAGE_SIZE}, {"SC_PASS_MAX", _SC_PASS_MAX},
    {"SC_PHYS_PAGES", _SC_PHYS_PAGES}, {"SC_PII", _SC_PII}, {"SC_PII_INTERNET", _SC_PII_INTERNET},
    {"SC_PII_INTERNET_DGRAM", _SC_PII_INTERNET_DGRAM}, {"SC_PII_INTERNET_STREAM", _SC_PII_INTERNET_STREAM},
    {"SC_PII_OSI", _SC_PII_OSI}, {"SC_PII_OSI_CLTS", _SC_PII_OSI_CLTS}, {"SC_PII_OSI_COTS", _SC_PII_OSI_COTS},
    {"SC_PII_OSI_M", _SC_PII_OSI_M}, {"SC_PII_SOCKET", _SC_PII_SOCKET}, {"SC_PII_XTI", _SC_PII_XTI},
    {"SC_POLL", _SC_POLL}, {"SC_PRIORITIZED_IO", _SC_PRIORITIZED_IO},
    {"SC_PRIORITY_SCHEDULING", _SC_PRIORITY_SCHEDULING}, {"SC_REALTIME_SIGNALS", _SC_REALTIME_SIGNALS},
    {"SC_RE_DUP_MAX", _SC_RE_DUP_MAX}, {"SC_RTSIG_MAX", _SC_RTSIG_MAX}, {"SC_SAVED_IDS", _SC_SAVED_IDS},
    {"SC_SCHAR_MAX", _SC_SCHAR_MAX}, {"SC_SCHAR_MIN", _SC_SCHAR_MIN}, {"SC_SELECT", _SC_SELECT},
    {"SC_SEMAPHORES", _SC_SEMAPHORES}, {"SC_SEM_NSEMS_MAX", _SC_SEM_NSEMS_MAX},
    {"SC_SEM_VALUE_MAX", _SC_SEM_VALUE_MAX}, {"SC_SHARED_MEMORY_OBJECTS", _SC_SHARED_MEMORY_OBJECTS},
    {"SC_SHRT_MAX", _SC_SHRT_MAX}, {"SC_SHRT_MIN", _SC_SHRT_MIN}, {"SC_SIGQUEUE_MAX", _SC_SIGQUEUE_MAX},
    {"SC_SSIZE_MAX", _SC_SSIZE_MAX}, {"SC_STREAM_MAX", _SC_STREAM_MAX},
    {"SC_SYNCHRONIZED_IO", _SC_SYNCHRONIZED_IO}, {"SC_THREADS", _SC_THREADS},
    {"SC_THREAD_ATTR_STACKADDR", _SC_THREAD_ATTR_STACKADDR},
    {"SC_THREAD_ATTR_STACKSIZE", _SC_THREAD_ATTR_STACKSIZE},
    {"SC_THREAD_DESTRUCTOR_ITERATIONS", _SC_THREAD_DESTRUCTOR_ITERATIONS},
    {"SC_THREAD_KEYS_MAX", _SC_THREAD_KEYS_MAX},
    {"SC_THREAD_PRIORITY_SCHEDULING", _SC_THREAD_PRIORITY_SCHEDULING},
    {"SC_THREAD_PRIO_INHERIT", _SC_THREAD_PRIO_INHERIT}, {"SC_THREAD_PRIO_PROTECT", _SC_THREAD_PRIO_PROTECT},
    {"SC_THREAD_PROCESS_SHARED", _SC_THREAD_PROCESS_SHARED},
    {"SC_THREAD_SAFE_FUNCTIONS", _SC_THREAD_SAFE_FUNCTIONS}, {"SC_THREAD_STACK_MIN", _SC_THREAD_STACK_MIN},
    {"SC_THREAD_THREADS_MAX", _SC_THREAD_THREADS_MAX}, {"SC_TIMERS", _SC_TIMERS},
    {"SC_TIMER_MAX", _SC_TIMER_MAX}, {"SC_TTY_NAME_MAX", _SC_TTY_NAME_MAX}, {"SC_TZNAME_MAX", _SC_TZNAME_MAX},
    {"SC_T_IOV_MAX", _SC_T_IOV_MAX}, {"SC_UCHAR_MAX", _SC_UCHAR_MAX}, {"SC_UINT_MAX", _SC_UINT_MAX},
    {"SC_UIO_MAXIOV", _SC_UIO_MAXIOV}, {"SC_ULONG_MAX", _SC_ULONG_MAX}, {"SC_USHRT_MAX", _SC_USHRT_MAX},
    {"SC_VERSION", _SC_VERSION}, {"SC_WORD_BIT", _SC_WORD_BIT}, {"SC_XBS5_ILP32_OFF32", _SC_XBS5_ILP32_OFF32},
    {"SC_XBS5_ILP32_OFFBIG", _SC_XBS5_ILP32_OFFBIG}, {"SC_XBS5_LP64_OFF64", _SC_XBS5_LP64_OFF64},
    {"SC_XBS5_LPBIG_OFFBIG", _SC_XBS5_LPBIG_OFFBIG}, {"SC_XOPEN_CRYPT", _SC_XOPEN_CRYPT},
    {"SC_XOPEN_ENH_I18N", _SC_XOPEN_ENH_I18N}, {"SC_XOPEN_LEGACY", _SC_XOPEN_LEGACY},
    {"SC_XOPEN_REALTIME", _SC_XOPEN_REALTIME}, {"SC_XOPEN_REALTIME_THREADS", _SC_XOPEN_REALTIME_THREADS},
    {"SC_XOPEN_SHM", _SC_XOPEN_SHM}, {"SC_XOPEN_UNIX", _SC_XOPEN_UNIX},
    {"SC_XOPEN_VERSION", _SC_XOPEN_VERSION}, {"SC_XOPEN_XCU_VERSION", _SC_XOPEN_XCU_VERSION},
    {"SC_XOPEN_XPG2", _SC_XOPEN_XPG2}, {"SC_XOPEN_XPG3", _SC_XOPEN_XPG3}, {"SC_XOPEN_XPG4", _SC_XOPEN_XPG4},
};
const NamedInt kConfstrNames[] = {
    {"CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION}, {"CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
    {"CS_LFS64_CFLAGS", _CS_LFS64_CFLAGS}, {"CS_LFS64_LDFLAGS", _CS_LFS64_LDFLAGS},
    {"CS_LFS64_LIBS", _CS_LFS64_LIBS}, {"CS_LFS64_LINTFLAGS", _CS_LFS64_LINTFLAGS},
    {"CS_LFS_CFLAGS", _CS_LFS_CFLAGS}, {"CS_LFS_LDFLAGS", _CS_LFS_LDFLAGS}, {"CS_LFS_LIBS", _CS_LFS_LIBS},
    {"CS_LFS_LINTFLAGS", _CS_LFS_LINTFLAGS}, {"CS_PATH", _CS_PATH},
    {"CS_XBS5_ILP32_OFF32_CFLAGS", _CS_XBS5_ILP32_OFF32_CFLAGS},
    {"CS_XBS5_ILP32_OFF32_LDFLAGS", _CS_XBS5_ILP32_OFF32_LDFLAGS},
    {"CS_XBS5_ILP32_OFF32_LIBS", _CS_XBS5_ILP32_OFF32_LIBS},
    {"CS_XBS5_ILP32_OFF32_LINTFLAGS", _CS_XBS5_ILP32_OFF32_LINTFLAGS},
    {"CS_XBS5_ILP32_OFFBIG_CFLAGS", _CS_XBS5_ILP32_OFFBIG_CFLAGS},
    {"CS_XBS5_ILP32_OFFBIG_LDFLAGS", _CS_XBS5_ILP32_OFFBIG_LDFLAGS},
    {"CS_XBS5_ILP32_OFFBIG_LIBS", _CS_XBS5_ILP32_OFFBIG_LIBS},
    {"CS_XBS5_ILP32_OFFBIG_LINTFLAGS", _CS_XBS5_ILP32_OFFBIG_LINTFLAGS},
    {"CS_XBS5_LP64_OFF64_CFLAGS", _CS_XBS5_LP64_OFF64_CFLAGS},
    {"CS_XBS5_LP64_OFF64_LDFLAGS", _CS_XBS5_LP64_OFF64_LDFLAGS},
    {"CS_XBS5_LP64_OFF64_LIBS", _CS_XBS5_LP64_OFF64_LIBS},
    {"CS_XBS5_LP64_OFF64_LINTFLAGS", _CS_XBS5_LP64_OFF64_LINTFLAGS},
    {"CS_XBS5_LPBIG_OFFBIG_CFLAGS", _CS_XBS5_LPBIG_OFFBIG_CFLAGS},
    {"CS_XBS5_LPBIG_OFFBIG_LDFLAGS", _CS_XBS5_LPBIG_OFFBIG_LDFLAGS},
    {"CS_XBS5_LPBIG_OFFBIG_LIBS", _CS_XBS5_LPBIG_OFFBIG_LIBS},
    {"CS_XBS5_LPBIG_OFFBIG_LINTFLAGS", _CS_XBS5_LPBIG_OFFBIG_LINTFLAGS},
};
const NamedInt kPathconfNames[] = {
    {"PC_ALLOC_SIZE_MIN", _PC_ALLOC_SIZE_MIN}, {"PC_ASYNC_IO", _PC_ASYNC_IO},
    {"PC_CHOWN_RESTRICTED", _PC_CHOWN_RESTRICTED}, {"PC_FILESIZEBITS", _PC_FILESIZEBITS},
    {"PC_LINK_MAX", _PC_LINK_MAX}, {"PC_MAX_CANON", _PC_MAX_CANON}, {"PC_MAX_INPUT", _PC_MAX_INPUT},
    {"PC_NAME_MAX", _PC_NAME_MAX}, {"PC_NO_TRUNC", _PC_NO_TRUNC}, {"PC_PATH_MAX", _PC_PATH_MAX},
    {"PC_PIPE_BUF", _PC_PIPE_BUF}, {"PC_PRIO_IO", _PC_PRIO_IO},
    {"PC_REC_INCR_XFER_SIZE", _PC_REC_INCR_XFER_SIZE}, {"PC_REC_MAX_XFER_SIZE", _PC_REC_MAX_XFER_SIZE},
    {"PC_REC_MIN_XFER_SIZE", _PC_REC_MIN_XFER_SIZE}, {"PC_REC_XFER_ALIGN", _PC_REC_XFER_ALIGN},
    {"PC_SOCK_MAXBUF", _PC_SOCK_MAXBUF}, {"PC_SYMLINK_MAX", _PC_SYMLINK_MAX}, {"PC_SYNC_IO", _PC_SYNC_IO},
    {"PC_VDISABLE", _PC_VDISABLE},
};

Dict* g_sysconf_names = nullptr;
Dict* g_confstr_names = nullptr;
Dict* g_pathconf_names = nullptr;

template <size_t N>
Dict* make_name_table(const NamedInt (&table)[N]) {
  Dict* d = dict_new();
  if (d == nullptr) return nullptr;
  for (const NamedInt& e : table) {
    if (dict_set_str(d, e.name, Value::small_int(e.value)) < 0) return nullptr;
  }
  return d;
}

// A configuration name: an int, or a str looked up in `table`.
bool conf_name(Value v, Dict* table, int* out) {
  if (is_int(v)) return int_arg(v, out);
  if (!is_str(v)) {
    raise(exc::TypeError, "configuration names must be strings or integers");
    return false;
  }
  Value found = dict_get(table, v);
  if (found.is_null()) {
    if (!error_occurred()) raise(exc::ValueError, "unrecognized configuration name");
    return false;
  }
  return int_arg(found, out);
}

Ref posix_uname(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("posix.uname", nargs, kwnames)) return nullptr;
  struct utsname u;
  if (::uname(&u) < 0) return errno_error();
  Ref fields[] = {fs_name(u.sysname, false), fs_name(u.nodename, false), fs_name(u.release, false),
                  fs_name(u.version, false), fs_name(u.machine, false)};
  for (const Ref& f : fields) {
    if (!f) return nullptr;
  }
  return make_result(&uname_result_type, {*fields[0], *fields[1], *fields[2], *fields[3], *fields[4]});
}

Ref posix_sysconf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  int name;
  if (!one_arg("posix.sysconf", args, nargs, kwnames, a) || !conf_name(a[0], g_sysconf_names, &name)) return nullptr;
  errno = 0;
  long r = ::sysconf(name);
  if (r == -1 && errno != 0) return errno_error();
  return int_from_int64(r);
}

Ref posix_confstr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  int name;
  if (!one_arg("posix.confstr", args, nargs, kwnames, a) || !conf_name(a[0], g_confstr_names, &name)) return nullptr;
  errno = 0;
  size_t n = ::confstr(name, nullptr, 0);
  if (n == 0) {
    if (errno != 0) return errno_error();
    return Ref::none();
  }
  std::string buf(n, '\0');
  ::confstr(name, buf.data(), n);
  buf.resize(n - 1);
  return fs_name(buf, false);
}

// pathconf(path, name) and fpathconf(fd, name): one body, two signatures.
Ref pathconf_call(const ArgSpec& spec, PathArg path, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  int name;
  if (!bind_args(spec, args, nargs, kwnames, a) || !path_arg(a[0], &path) ||
      !conf_name(a[1], g_pathconf_names, &name)) {
    return nullptr;
  }
  errno = 0;
  long r = path.fd >= 0 ? ::fpathconf(path.fd, name) : ::pathconf(path.c_str(), name);
  if (r == -1 && errno != 0) return path_error(path);
  return int_from_int64(r);
}

Ref posix_pathconf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "name"};
  static const ArgSpec kSpec{"pathconf", kNames, 2, 0, 2};
  return pathconf_call(kSpec, PathArg{"pathconf", "path", true}, args, nargs, kwnames);
}

Ref posix_fpathconf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  static const ArgSpec kSpec{"fpathconf", kNames, 2, 2, 2};
  return pathconf_call(kSpec, PathArg{"fpathconf", "fd", true}, args, nargs, kwnames);
}

Ref posix_cpu_count(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("posix.cpu_count", nargs, kwnames)) return nullptr;
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n >= 1 ? int_from_int64(n) : Ref::none();
}

Ref posix_sched_getaffinity(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  int64_t pid;
  if (!one_arg("posix.sched_getaffinity", args, nargs, kwnames, a) || !int64_arg(a[0], &pid)) return nullptr;
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(static_cast<pid_t>(pid), sizeof set, &set) < 0) return errno_error();
  Ref result = set_new(Value());
  if (!result) return nullptr;
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
    if (CPU_ISSET(cpu, &set) && set_add(result.as<Set>(), Value::small_int(cpu)) < 0) return nullptr;
  }
  return result;
}

Ref posix_sched_yield(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("posix.sched_yield", nargs, kwnames)) return nullptr;
  if (::sched_yield() < 0) return errno_error();
  return Ref::none();
}

Ref sched_priority_limit(const char* function, int (*fn)(int), const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"policy"};
  const ArgSpec spec{function, kNames, 1, 0, 1};
  Value a[1];
  int policy;
  if (!bind_args(spec, args, nargs, kwnames, a) || !int_arg(a[0], &policy)) return nullptr;
  int r = fn(policy);
  if (r < 0) return errno_error();
  return Ref::small_int(r);
}

Ref posix_sched_get_priority_max(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return sched_priority_limit("sched_get_priority_max", ::sched_get_priority_max, args, nargs, kwnames);
}
Ref posix_sched_get_priority_min(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return sched_priority_limit("sched_get_priority_min", ::sched_get_priority_min, args, nargs, kwnames);
}

Ref posix_getloadavg(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("posix.getloadavg", nargs, kwnames)) return nullptr;
  double load[3];
  if (::getloadavg(load, 3) != 3) return raise(exc::OSError, "Load averages are unobtainable");
  return tuple_pack({Value::from_double(load[0]), Value::from_double(load[1]), Value::from_double(load[2])});
}

Ref posix_urandom(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  int64_t n;
  if (!one_arg("posix.urandom", args, nargs, kwnames, a) || !int64_arg(a[0], &n)) return nullptr;
  if (n < 0) return raise(exc::ValueError, "negative argument not allowed");
  std::string buf(static_cast<size_t>(n), '\0');
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t r = ::getrandom(buf.data() + got, buf.size() - got, 0);
    if (r < 0) {
      if (errno == EINTR) {
        if (check_signals() < 0) return nullptr;
        continue;
      }
      return errno_error();
    }
    got += static_cast<size_t>(r);
  }
  return bytes_from_string(buf);
}

Ref posix_getrandom(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"size", "flags"};
  static const ArgSpec kSpec{"getrandom", kNames, 2, 0, 1};
  Value a[2];
  int64_t size;
  int flags = 0;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !int64_arg(a[0], &size) ||
      (!a[1].is_null() && !int_arg(a[1], &flags))) {
    return nullptr;
  }
  if (size < 0) return raise_os_error(EINVAL);
  std::string buf(static_cast<size_t>(size), '\0');
  ssize_t n = retry_eintr([&] { return ::getrandom(buf.data(), buf.size(), static_cast<unsigned>(flags)); });
  if (n < 0) return error_occurred() ? nullptr : errno_error();
  buf.resize(static_cast<size_t>(n));
  return bytes_from_string(buf);
}

Ref posix_strerror(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  int code;
  if (!one_arg("posix.strerror", args, nargs, kwnames, a) || !int_arg(a[0], &code)) return nullptr;
  return str_from_utf8(std::strerror(code));
}

Ref posix_get_terminal_size(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {""};
  static const ArgSpec kSpec{"get_terminal_size", kNames, 1, 1, 0};
  Value a[1];
  int fd = STDOUT_FILENO;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || (!a[0].is_null() && !int_arg(a[0], &fd))) return nullptr;
  winsize w{};
  if (::ioctl(fd, TIOCGWINSZ, &w) < 0) return errno_error();
  return make_result(&terminal_size_type, {Value::small_int(w.ws_col), Value::small_int(w.ws_row)});
}

Ref posix_ctermid(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("posix.ctermid", nargs, kwnames)) return nullptr;
  char buf[L_ctermid];
  if (::ctermid(buf) == nullptr) return errno_error();
  return fs_name(buf, false);
}

Ref posix_fspath(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path"};
  static const ArgSpec kSpec{"fspath", kNames, 1, 0, 1};
  Value a[1];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  if (is_str(a[0]) || is_bytes(a[0])) return Ref::borrow(a[0]);
  Ref fspath = getattr_optional(Value::object(type_of(a[0])), INTERNED("__fspath__"));
  if (!fspath) {
    if (error_occurred()) return nullptr;
    return raise(exc::TypeError,
                 std::string("expected str, bytes or os.PathLike object, not ") + type_name_of(a[0]));
  }
  Ref result = call(*fspath, {a[0]});
  if (!result) return nullptr;
  if (!is_str(*result) && !is_bytes(*result)) {
    return raise(exc::TypeError, std::string("expected ") + type_name_of(a[0]) +
                                     ".__fspath__() to return str or bytes, not " + type_name_of(*result));
  }
  return result;
}

Ref posix_memfd_create(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"name", "flags"};
  static const ArgSpec kSpec{"memfd_create", kNames, 2, 0, 1};
  Value a[2];
  PathArg name{"memfd_create", "name"};
  int flags = MFD_CLOEXEC;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &name) ||
      (!a[1].is_null() && !int_arg(a[1], &flags))) {
    return nullptr;
  }
  int fd = ::memfd_create(name.c_str(), static_cast<unsigned>(flags));
  if (fd < 0) return errno_error();
  return Ref::small_int(fd);
}

}  // namespace

const MethodDef kPosixSystemFunctions[] = {
    {"uname", posix_uname, kMethodInstance, "Return an object identifying the current operating system."},
    {"sysconf", posix_sysconf, kMethodInstance, "Return an integer-valued system configuration variable."},
    {"confstr", posix_confstr, kMethodInstance, "Return a string-valued system configuration variable."},
    {"pathconf", posix_pathconf, kMethodInstance, "Return the configuration limit name for the file or directory path."},
    {"fpathconf", posix_fpathconf, kMethodInstance, "Return the configuration limit name for the file descriptor fd."},
    {"cpu_count", posix_cpu_count, kMethodInstance, "Return the number of CPUs in the system; return None if indeterminable."},
    {"sched_getaffinity", posix_sched_getaffinity, kMethodInstance, "Return the affinity of the process identified by pid (or the current process if zero)."},
    {"sched_yield", posix_sched_yield, kMethodInstance, "Voluntarily relinquish the CPU."},
    {"sched_get_priority_max", posix_sched_get_priority_max, kMethodInstance, "Get the maximum scheduling priority for policy."},
    {"sched_get_priority_min", posix_sched_get_priority_min, kMethodInstance, "Get the minimum scheduling priority for policy."},
    {"getloadavg", posix_getloadavg, kMethodInstance, "Return average recent system load information."},
    {"urandom", posix_urandom, kMethodInstance, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"getrandom", posix_getrandom, kMethodInstance, "Obtain a series of random bytes."},
    {"strerror", posix_strerror, kMethodInstance, "Translate an error code to a message string."},
    {"get_terminal_size", posix_get_terminal_size, kMethodInstance, "Return the size of the terminal window as (columns, lines)."},
    {"ctermid", posix_ctermid, kMethodInstance, "Return the name of the controlling terminal for this process."},
    {"fspath", posix_fspath, kMethodInstance, "Return the file system path representation of the object."},
    {"memfd_create", posix_memfd_create, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

int add_conf_name_tables(Value module) {
  if (g_sysconf_names == nullptr) {
    g_sysconf_names = make_name_table(kSysconfNames);
    g_confstr_names = make_name_table(kConfstrNames);
    g_pathconf_names = make_name_table(kPathconfNames);
    if (!g_sysconf_names || !g_confstr_names || !g_pathconf_names) return -1;
  }
  if (module_add(module, "sysconf_names", Value::object(g_sysconf_names)) < 0 ||
      module_add(module, "confstr_names", Value::object(g_confstr_names)) < 0 ||
      module_add(module, "pathconf_names", Value::object(g_pathconf_names)) < 0) {
    return -1;
  }
  return 0;
}

}  // namespace taipan::posix
