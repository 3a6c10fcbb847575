// _signal: CPython's C-level signal module (signal.py wraps it with the
// Signals/Handlers/Sigmasks enums): handlers, alarm and interval timers,
// signal masks and waits, the wakeup descriptor. The handler table and the
// C handler live in runtime/signals.cpp.
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>

#include "modules/c_int_arg.h"
#include "modules/modules.h"
#include "modules/module_exception.h"
#include "modules/thread.h"
#include "modules/timeout_arg.h"
#include "modules/warnings.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "runtime/signals.h"
#include "runtime/struct_sequence.h"
#include "vm/gil.h"
#include "vm/interrupts.h"

namespace taipan {

namespace {

Type* itimer_error = nullptr;  // signal.itimer_error (ItimerError), an OSError

bool signal_number(Value v, int* out) {
  if (!c_int_arg(v, out)) return false;
  if (*out < 1 || *out >= kSignalCount) {
    raise(exc::ValueError, "signal number out of range");
    return false;
  }
  return true;
}

// Binds exactly `count` positional arguments ("signal expected 2 arguments, got 1").
bool positional(const char* name, size_t count, size_t nargs, Tuple* kwnames) {
  return no_keywords(name, kwnames) && check_arg_count(name, nargs, count, count);
}

Ref errno_result(int err) { return raise_os_error(err); }

// An iterable of signal numbers as a sigset_t (CPython's _Py_Sigset_Converter):
// out-of-range numbers raise, numbers the system refuses (32, 33) warn.
bool sigset_arg(Value iterable, sigset_t* mask) {
  sigemptyset(mask);
  Ref it = iter(iterable);
  if (!it) return false;
  for (;;) {
    Ref item = next(*it);
    if (!item) return !error_occurred();
    Ref i = index(*item);
    if (!i) return false;
    int64_t signum;
    if (!int_to_int64(*i, &signum)) signum = -1;  // PyLong_AsLongAndOverflow's overflow
    if (signum <= 0 || signum >= kSignalCount) {
      raise(exc::ValueError, "signal number " + std::to_string(signum) + " out of range [1; " +
                                 std::to_string(kSignalCount - 1) + "]");
      return false;
    }
    if (sigaddset(mask, static_cast<int>(signum)) != 0) {
      if (errno != EINVAL) {
        raise_os_error(errno);
        return false;
      }
      if (warn(exc::RuntimeWarning,
               "invalid signal number " + std::to_string(signum) + ", please use valid_signals()", 1) < 0) {
        return false;
      }
    }
  }
}

Ref sigset_result(const sigset_t& mask) {
  Ref result = set_new(Value());
  if (!result) return nullptr;
  for (int signum = 1; signum < kSignalCount; ++signum) {
    if (sigismember(&mask, signum) == 1 && set_add(result.as<Set>(), Value::small_int(signum)) < 0) return nullptr;
  }
  return result;
}

Ref signal_signal(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!positional("signal", 2, nargs, kwnames)) return nullptr;
  int signum;
  if (!c_int_arg(args[0], &signum)) return nullptr;
  if (!is_main_thread()) return raise(exc::ValueError, "signal only works in main thread of the main interpreter");
  if (signum < 1 || signum >= kSignalCount) return raise(exc::ValueError, "signal number out of range");
  Value handler = args[1];
  bool dfl_or_ign = handler.is_small_int() && (handler.as_small_int() == kSigDefault ||
                                               handler.as_small_int() == kSigIgnore);
  if (type_of(handler)->call == nullptr && !dfl_or_ign) {
    return raise(exc::TypeError,
                 "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  }
  // Signals already pending run with the handler they came for.
  if (check_signals() < 0) return nullptr;
  Value old = python_signal_handler(signum);
  Ref result = old.is_null() ? Ref::none() : Ref::borrow(old);
  if (set_python_signal_handler(signum, handler) < 0) return nullptr;
  return result;
}

Ref signal_getsignal(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int signum;
  if (!positional("getsignal", 1, nargs, kwnames) || !signal_number(args[0], &signum)) return nullptr;
  Value handler = python_signal_handler(signum);
  return handler.is_null() ? Ref::none() : Ref::borrow(handler);
}

Ref signal_raise_signal(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int signum;
  if (!positional("raise_signal", 1, nargs, kwnames) || !c_int_arg(args[0], &signum)) return nullptr;
  if (::raise(signum) != 0) return errno_result(errno);
  if (check_signals() < 0) return nullptr;
  return Ref::none();
}

Ref signal_strsignal(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int signum;
  if (!positional("strsignal", 1, nargs, kwnames) || !signal_number(args[0], &signum)) return nullptr;
  const char* text = ::strsignal(signum);
  if (text == nullptr || std::strstr(text, "Unknown signal") != nullptr) return Ref::none();
  return str_from_utf8(text);
}

Ref signal_valid_signals(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("_signal.valid_signals", nargs, kwnames)) return nullptr;
  sigset_t mask;
  sigfillset(&mask);
  return sigset_result(mask);
}

Ref signal_alarm(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int seconds;
  if (!positional("alarm", 1, nargs, kwnames) || !c_int_arg(args[0], &seconds)) return nullptr;
  return int_from_int64(::alarm(static_cast<unsigned>(seconds)));
}

Ref signal_pause(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("_signal.pause", nargs, kwnames)) return nullptr;
  {
    AllowThreads allow;
    ::pause();
  }
  if (check_signals() < 0) return nullptr;
  return Ref::none();
}

// --- Interval timers --------------------------------------------------------------

bool timeval_arg(Value v, timeval* out) {
  int64_t ns;
  if (!time_arg_ns(v, TimeRounding::Ceiling, &ns)) return false;
  int64_t us = ns / 1000 + (ns % 1000 > 0 ? 1 : 0);  // rounded toward +inf
  int64_t sec = us / 1000000, usec = us % 1000000;
  if (usec < 0) {
    usec += 1000000;
    sec -= 1;
  }
  out->tv_sec = static_cast<time_t>(sec);
  out->tv_usec = static_cast<suseconds_t>(usec);
  return true;
}

Ref itimer_result(const itimerval& v) {
  auto seconds = [](const timeval& t) {
    return Value::from_double(static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1000000.0);
  };
  return tuple_pack({seconds(v.it_value), seconds(v.it_interval)});
}

Ref raise_itimer_error(int err) {
  Value items[] = {Value::small_int(err), Value()};
  Ref message = str_from_utf8(std::strerror(err));
  if (!message) return nullptr;
  items[1] = message.get();
  Ref e = make_exception(itimer_error, items, 2);
  if (!e) return nullptr;
  return raise_value(e.get());
}

Ref signal_setitimer(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("setitimer", kwnames) || !check_arg_count("setitimer", nargs, 2, 3)) return nullptr;
  int which;
  itimerval value = {}, old = {};
  if (!c_int_arg(args[0], &which) || !timeval_arg(args[1], &value.it_value) ||
      (nargs == 3 && !timeval_arg(args[2], &value.it_interval))) {
    return nullptr;
  }
  if (::setitimer(static_cast<__itimer_which>(which), &value, &old) != 0) return raise_itimer_error(errno);
  return itimer_result(old);
}

Ref signal_getitimer(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int which;
  if (!positional("getitimer", 1, nargs, kwnames) || !c_int_arg(args[0], &which)) return nullptr;
  itimerval current = {};
  if (::getitimer(static_cast<__itimer_which>(which), &current) != 0) return raise_itimer_error(errno);
  return itimer_result(current);
}

// --- Masks and waits --------------------------------------------------------------

Ref signal_pthread_sigmask(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int how;
  sigset_t mask, previous;
  if (!positional("pthread_sigmask", 2, nargs, kwnames) || !c_int_arg(args[0], &how) || !sigset_arg(args[1], &mask)) {
    return nullptr;
  }
  int err = ::pthread_sigmask(how, &mask, &previous);
  if (err != 0) return errno_result(err);
  // A signal just unblocked has run its C handler: run its Python one now.
  if (check_signals() < 0) return nullptr;
  return sigset_result(previous);
}

Ref signal_pthread_kill(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int signum;
  if (!positional("pthread_kill", 2, nargs, kwnames)) return nullptr;
  Ref id = index(args[0]);
  if (!id || !c_int_arg(args[1], &signum)) return nullptr;
  // The identifier is an unsigned long taken modulo 2**64, as CPython does.
  mpz_t z;
  mpz_init(z);
  int_to_mpz(*id, z);
  mpz_fdiv_r_2exp(z, z, 64);
  auto thread_id = static_cast<pthread_t>(mpz_get_ui(z));
  mpz_clear(z);
  // pthread_kill() on an identifier that names no thread is undefined
  // behaviour (glibc crashes): only a thread still running Python code is
  // signalled (it leaves that list under the GIL held here, before it ends);
  // any other identifier fails as a thread that has ended does.
  if (!thread_ident_is_live(static_cast<uint64_t>(thread_id))) return errno_result(ESRCH);
  int err = ::pthread_kill(thread_id, signum);
  if (err != 0) return errno_result(err);
  if (check_signals() < 0) return nullptr;
  return Ref::none();
}

Ref signal_sigpending(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("_signal.sigpending", nargs, kwnames)) return nullptr;
  sigset_t mask;
  if (::sigpending(&mask) != 0) return errno_result(errno);
  return sigset_result(mask);
}

Ref signal_sigwait(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  sigset_t mask;
  if (!positional("sigwait", 1, nargs, kwnames) || !sigset_arg(args[0], &mask)) return nullptr;
  int signum = 0, err;
  {
    AllowThreads allow;
    err = ::sigwait(&mask, &signum);
  }
  if (err != 0) return errno_result(err);
  return int_from_int64(signum);
}

const char* const kSiginfoFields[] = {"si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band"};
const StructSequenceDesc kSiginfo = {"signal.struct_siginfo", kSiginfoFields, 7};
Type siginfo_type;

Ref siginfo_result(const siginfo_t& si) {
  Ref band = int_from_int64(si.si_band);
  Ref uid = int_from_uint64(si.si_uid);
  if (!band || !uid) return nullptr;
  Value items[] = {Value::small_int(si.si_signo), Value::small_int(si.si_code), Value::small_int(si.si_errno),
                   Value::small_int(si.si_pid),   uid.get(),                     Value::small_int(si.si_status),
                   band.get()};
  return struct_sequence_new(&siginfo_type, items);
}

Ref signal_sigwaitinfo(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  sigset_t mask;
  if (!positional("sigwaitinfo", 1, nargs, kwnames) || !sigset_arg(args[0], &mask)) return nullptr;
  siginfo_t si;
  for (;;) {
    int r;
    {
      AllowThreads allow;
      r = ::sigwaitinfo(&mask, &si);
    }
    if (r >= 0) break;
    if (errno != EINTR) return errno_result(errno);
    if (check_signals() < 0) return nullptr;
  }
  return siginfo_result(si);
}

Ref signal_sigtimedwait(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  sigset_t mask;
  int64_t timeout;
  if (!positional("sigtimedwait", 2, nargs, kwnames) || !sigset_arg(args[0], &mask) ||
      !time_arg_ns(args[1], TimeRounding::Ceiling, &timeout)) {
    return nullptr;
  }
  if (timeout < 0) return raise(exc::ValueError, "timeout must be non-negative");
  int64_t deadline = monotonic_ns() + timeout;
  siginfo_t si;
  for (;;) {
    timespec ts = ns_to_timespec(timeout);
    int r;
    {
      AllowThreads allow;
      r = ::sigtimedwait(&mask, &si, &ts);
    }
    if (r >= 0) return siginfo_result(si);
    if (errno == EAGAIN) return Ref::none();
    if (errno != EINTR) return errno_result(errno);
    if (check_signals() < 0) return nullptr;
    timeout = deadline - monotonic_ns();
    if (timeout < 0) return Ref::none();
  }
}

// --- Wakeup descriptor and restart behaviour ------------------------------------

Ref signal_set_wakeup_fd(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", "warn_on_full_buffer"};
  static const ArgSpec kSpec{"set_wakeup_fd", kNames, 2, 1, 1, 1};
  Value a[2];
  if (nargs > 1) {
    return raise(exc::TypeError,
                 "set_wakeup_fd() takes at most 1 positional argument (" + std::to_string(nargs) + " given)");
  }
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  int fd;
  if (!c_int_arg(a[0], &fd)) return nullptr;
  bool warn_on_full_buffer = true;
  if (!a[1].is_null()) {
    int truth = is_true(a[1]);
    if (truth < 0) return nullptr;
    warn_on_full_buffer = truth != 0;
  }
  if (!is_main_thread()) {
    return raise(exc::ValueError, "set_wakeup_fd only works in main thread of the main interpreter");
  }
  if (fd != -1) {
    struct stat st;
    if (::fstat(fd, &st) != 0) return errno_result(errno);
    int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0) return errno_result(errno);
    if ((flags & O_NONBLOCK) == 0) {
      return raise(exc::ValueError, "the fd " + std::to_string(fd) + " must be in non-blocking mode");
    }
  }
  return int_from_int64(swap_wakeup_fd(fd, warn_on_full_buffer));
}

Ref signal_siginterrupt(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int signum, flag;
  if (!positional("siginterrupt", 2, nargs, kwnames) || !signal_number(args[0], &signum) ||
      !c_int_arg(args[1], &flag)) {
    return nullptr;
  }
  if (set_signal_interrupts(signum, flag != 0) < 0) return nullptr;
  return Ref::none();
}

Ref signal_pidfd_send_signal(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("pidfd_send_signal", kwnames) || !check_arg_count("pidfd_send_signal", nargs, 2, 4)) {
    return nullptr;
  }
  int pidfd, signum, flags = 0;
  if (!c_int_arg(args[0], &pidfd) || !c_int_arg(args[1], &signum)) return nullptr;
  if (nargs > 2 && !args[2].is_none()) return raise(exc::TypeError, "siginfo must be None");
  if (nargs > 3 && !c_int_arg(args[3], &flags)) return nullptr;
  if (::syscall(SYS_pidfd_send_signal, pidfd, signum, nullptr, flags) < 0) return errno_result(errno);
  return Ref::none();
}

const MethodDef kSignalFunctions[] = {
    {"signal", signal_signal, kMethodInstance, "Set the action for the given signal."},
    {"getsignal", signal_getsignal, kMethodInstance, "Return the current action for the given signal."},
    {"raise_signal", signal_raise_signal, kMethodInstance, "Send a signal to the executing process."},
    {"strsignal", signal_strsignal, kMethodInstance, "Return the system description of the given signal."},
    {"valid_signals", signal_valid_signals, kMethodInstance, "Return a set of valid signal numbers on this platform."},
    {"alarm", signal_alarm, kMethodInstance, "Arrange for SIGALRM to arrive after the given number of seconds."},
    {"pause", signal_pause, kMethodInstance, "Wait until a signal arrives."},
    {"setitimer", signal_setitimer, kMethodInstance, "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."},
    {"getitimer", signal_getitimer, kMethodInstance, "Returns current value of given itimer."},
    {"pthread_sigmask", signal_pthread_sigmask, kMethodInstance, "Fetch and/or change the signal mask of the calling thread."},
    {"pthread_kill", signal_pthread_kill, kMethodInstance, "Send a signal to a thread."},
    {"sigpending", signal_sigpending, kMethodInstance, "Examine pending signals."},
    {"sigwait", signal_sigwait, kMethodInstance, "Wait for a signal."},
    {"sigwaitinfo", signal_sigwaitinfo, kMethodInstance, "Wait synchronously until one of the signals in *sigset* is delivered."},
    {"sigtimedwait", signal_sigtimedwait, kMethodInstance, "Like sigwaitinfo(), but with a timeout."},
    {"set_wakeup_fd", signal_set_wakeup_fd, kMethodInstance, "Sets the fd to be written to (with the signal number) when a signal comes in."},
    {"siginterrupt", signal_siginterrupt, kMethodInstance, "Change system call restart behaviour."},
    {"pidfd_send_signal", signal_pidfd_send_signal, kMethodInstance, "Send a signal to a process referred to by a pid file descriptor."},
    {nullptr, nullptr, 0, nullptr},
};

struct IntConstant {
  const char* name;
  int value;
};

const IntConstant kSignalConstants[] = {
    {"NSIG", NSIG}, {"SIG_DFL", kSigDefault}, {"SIG_IGN", kSigIgnore},
    {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
    {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL}, {"SIGTRAP", SIGTRAP},
    {"SIGIOT", SIGIOT}, {"SIGABRT", SIGABRT}, {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGBUS", SIGBUS},
    {"SIGSEGV", SIGSEGV}, {"SIGSYS", SIGSYS}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGUSR1", SIGUSR1}, {"SIGUSR2", SIGUSR2}, {"SIGCLD", SIGCHLD}, {"SIGCHLD", SIGCHLD}, {"SIGPWR", SIGPWR},
    {"SIGIO", SIGIO}, {"SIGURG", SIGURG}, {"SIGWINCH", SIGWINCH}, {"SIGPOLL", SIGPOLL}, {"SIGSTOP", SIGSTOP},
    {"SIGTSTP", SIGTSTP}, {"SIGCONT", SIGCONT}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU},
    {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ},
    {"SIGSTKFLT", SIGSTKFLT},
};

int init_signal_types() {
  if (itimer_error != nullptr) return 0;
  if (struct_sequence_init_type(&siginfo_type, &kSiginfo) < 0) return -1;
  itimer_error = new_exception_class("signal", "itimer_error", {exc::OSError});
  return itimer_error == nullptr ? -1 : 0;
}

}  // namespace

Ref make_signal_module() {
  if (init_signal_types() < 0) return nullptr;
  Ref module = module_new("_signal", true);
  if (!module || module_add_functions(*module, kSignalFunctions) < 0) return nullptr;
  Value m = module.get();
  for (const IntConstant& c : kSignalConstants) {
    if (module_add(m, c.name, Value::small_int(c.value)) < 0) return nullptr;
  }
  Value int_handler = default_int_handler();
  if (module_add(m, "SIGRTMIN", Value::small_int(SIGRTMIN)) < 0 ||
      module_add(m, "SIGRTMAX", Value::small_int(SIGRTMAX)) < 0 ||
      module_add(m, "ItimerError", Value::object(itimer_error)) < 0 ||
      module_add(m, "struct_siginfo", Value::object(&siginfo_type)) < 0 ||
      (!int_handler.is_null() && module_add(m, "default_int_handler", int_handler) < 0)) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
