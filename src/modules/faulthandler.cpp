// faulthandler: dumps the Python stack in CPython's format — on demand
// (dump_traceback), after a delay (dump_traceback_later, from a watchdog
// thread), on a user signal (register) and on fatal signals once enable()
// installed its handlers; of one thread or of every thread. The dumps read
// other threads' frames without the GIL, as CPython's do: a best effort.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>

#include "compiler/code.h"
#include "modules/modules.h"
#include "modules/posix/posix_args.h"
#include "modules/sys.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

namespace taipan {

namespace {

void write_text(int fd, const std::string& s) {
  size_t done = 0;
  while (done < s.size()) {
    ssize_t n = ::write(fd, s.data() + done, s.size() - done);
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

std::string frame_text(Value s) { return is_str(s) ? std::string(str_utf8(s.as<Str>())) : "???"; }

// The frames of `ts`, most recent call first, as CPython's faulthandler
// writes them.
std::string frames_text(ThreadState* ts) {
  if (ts == nullptr || ts->current_frame == nullptr) return "  <no Python frame>\n";
  std::string out;
  int depth = 0;
  for (Frame* f = ts->current_frame; f != nullptr; f = f->previous) {
    if (++depth > 100) {
      out += "  ...\n";
      break;
    }
    out += "  File \"" + frame_text(f->code->filename) + "\", line " + std::to_string(f->lineno()) + " in " +
           frame_text(f->code->name) + "\n";
  }
  return out;
}

// One stack ("Stack (most recent call first):"), or every thread's, the
// newest first, each headed by its identifier ("Current thread" for
// `current`, the thread writing; null from the watchdog).
void dump(int fd, bool all_threads, ThreadState* current) {
  if (!all_threads) {
    write_text(fd, "Stack (most recent call first):\n" + frames_text(current));
    return;
  }
  ThreadState* last = thread_state_first();
  while (last != nullptr && last->next != nullptr) last = last->next;
  std::string out;
  for (ThreadState* ts = last; ts != nullptr; ts = ts->prev) {
    if (ts != last) out += "\n";
    char header[80];
    std::snprintf(header, sizeof header, "%s 0x%016lx (most recent call first):\n",
                  ts == current ? "Current thread" : "Thread", static_cast<unsigned long>(ts->ident));
    out += header + frames_text(ts);
  }
  write_text(fd, out);
}

// The descriptor of a file= argument (None or absent: sys.stderr), flushed first.
bool file_fd(Value file, int* fd) {
  if (!file.is_null() && is_int(file)) return posix::fd_arg(file, fd);
  if (file.is_null() || file.is_none()) {
    file = sys_attr("stderr");
    if (file.is_null() || file.is_none()) {
      raise(exc::RuntimeError, "sys.stderr is None");
      return false;
    }
  }
  Ref fileno = call_method(file, "fileno", {});
  if (!fileno) return false;
  if (!posix::fd_arg(*fileno, fd)) return false;
  if (*fd < 0) {
    raise(exc::ValueError, "file is not a valid file descripter");
    return false;
  }
  Ref flushed = call_method(file, "flush", {});
  if (!flushed) clear_error();
  return true;
}

// ---- fatal signals ----------------------------------------------------------------

struct FatalSignal {
  int signum;
  const char* name;
  struct sigaction previous;
};

FatalSignal g_fatal_signals[] = {{SIGSEGV, "Segmentation fault", {}},
                                 {SIGFPE, "Floating point exception", {}},
                                 {SIGABRT, "Aborted", {}},
                                 {SIGBUS, "Bus error", {}},
                                 {SIGILL, "Illegal instruction", {}}};
bool g_enabled = false;
int g_fatal_fd = 2;
bool g_fatal_all_threads = true;
ThreadState* g_main_thread = nullptr;

void restore_handlers() {
  for (FatalSignal& s : g_fatal_signals) ::sigaction(s.signum, &s.previous, nullptr);
}

void on_fatal_signal(int signum) {
  for (const FatalSignal& s : g_fatal_signals) {
    if (s.signum == signum) write_text(g_fatal_fd, std::string("Fatal Python error: ") + s.name + "\n\n");
  }
  ThreadState* ts = current_thread();
  dump(g_fatal_fd, g_fatal_all_threads, ts ? ts : g_main_thread);
  restore_handlers();
  g_enabled = false;
  ::raise(signum);
}

Ref faulthandler_enable(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"file", "all_threads"};
  static const ArgSpec kSpec{"enable", kNames, 2, 0, 0};
  Value a[2];
  int fd;
  bool all_threads = true;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !file_fd(a[0], &fd) || !posix::bool_arg(a[1], &all_threads)) {
    return nullptr;
  }
  g_fatal_fd = fd;
  g_fatal_all_threads = all_threads;
  g_main_thread = current_thread();
  if (!g_enabled) {
    struct sigaction action {};
    action.sa_handler = on_fatal_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_NODEFER | SA_ONSTACK;
    for (FatalSignal& s : g_fatal_signals) ::sigaction(s.signum, &action, &s.previous);
    g_enabled = true;
  }
  return Ref::none();
}

Ref faulthandler_disable(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("faulthandler.disable", nargs, kwnames)) return nullptr;
  bool was = g_enabled;
  if (g_enabled) restore_handlers();
  g_enabled = false;
  return Ref::boolean(was);
}

Ref faulthandler_is_enabled(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("faulthandler.is_enabled", nargs, kwnames)) return nullptr;
  return Ref::boolean(g_enabled);
}

Ref faulthandler_dump_traceback(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"file", "all_threads"};
  static const ArgSpec kSpec{"dump_traceback", kNames, 2, 0, 0};
  Value a[2];
  int fd;
  bool all_threads = true;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !file_fd(a[0], &fd) || !posix::bool_arg(a[1], &all_threads)) {
    return nullptr;
  }
  dump(fd, all_threads, current_thread());
  return Ref::none();
}

// ---- register: a dump on a user signal --------------------------------------------

struct UserSignal {
  bool registered = false;
  int fd = 2;
  bool all_threads = true;
  bool chain = false;
  struct sigaction previous {};
  Value file;  // owned: kept open while registered
};

UserSignal g_user_signals[NSIG];

void on_user_signal(int signum) {
  UserSignal& u = g_user_signals[signum];
  if (!u.registered) return;
  int saved_errno = errno;
  dump(u.fd, u.all_threads, current_thread());
  if (u.chain) {
    // The previous handler runs as if ours were not there.
    struct sigaction ours {};
    ::sigaction(signum, &u.previous, &ours);
    ::raise(signum);
    ::sigaction(signum, &ours, nullptr);
  }
  errno = saved_errno;
}

// The signal number of register()/unregister(); fatal signals belong to enable().
bool user_signal_arg(Value v, int* signum) {
  int n;
  if (!posix::int_arg(v, &n)) return false;
  for (const FatalSignal& s : g_fatal_signals) {
    if (s.signum == n) {
      raise(exc::RuntimeError, "signal " + std::to_string(n) + " cannot be registered, use enable() instead");
      return false;
    }
  }
  if (n < 1 || n >= NSIG) {
    raise(exc::ValueError, "signal number out of range");
    return false;
  }
  *signum = static_cast<int>(n);
  return true;
}

Ref faulthandler_register(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"signum", "file", "all_threads", "chain"};
  static const ArgSpec kSpec{"register", kNames, 4, 1, 0};
  Value a[4];
  int signum, fd;
  bool all_threads = true, chain = false;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !user_signal_arg(a[0], &signum) || !file_fd(a[1], &fd) ||
      !posix::bool_arg(a[2], &all_threads) || !posix::bool_arg(a[3], &chain)) {
    return nullptr;
  }
  UserSignal& u = g_user_signals[signum];
  if (!u.registered) {
    struct sigaction action {};
    action.sa_handler = on_user_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | (chain ? SA_NODEFER : 0);
    if (::sigaction(signum, &action, &u.previous) != 0) return raise_os_error(errno);
  }
  Value old_file = u.file;
  u.file = a[1].is_null() ? Value() : Ref::borrow(a[1]).release();
  decref(old_file);
  u.fd = fd;
  u.all_threads = all_threads;
  u.chain = chain;
  u.registered = true;
  return Ref::none();
}

Ref faulthandler_unregister(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("unregister", kwnames) || !check_arg_count("unregister", nargs, 1, 1)) return nullptr;
  int signum;
  if (!user_signal_arg(args[0], &signum)) return nullptr;
  UserSignal& u = g_user_signals[signum];
  if (!u.registered) return Ref::boolean(false);
  u.registered = false;
  ::sigaction(signum, &u.previous, nullptr);
  Value old_file = u.file;
  u.file = Value();
  decref(old_file);
  return Ref::boolean(true);
}

// ---- dump_traceback_later: a watchdog thread ---------------------------------------

struct Watchdog {
  std::mutex mutex;
  std::condition_variable wake;
  bool cancelled = false;
  bool running = false;
  std::thread thread;
};

Watchdog& watchdog() {
  static Watchdog* w = new Watchdog();  // lives as long as the process
  return *w;
}

void cancel_watchdog() {
  Watchdog& w = watchdog();
  if (!w.running) return;
  {
    std::lock_guard<std::mutex> lock(w.mutex);
    w.cancelled = true;
  }
  w.wake.notify_all();
  w.thread.join();
  w.running = false;
}

// "Timeout (H:MM:SS[.ffffff])!" as CPython's watchdog writes it.
std::string timeout_header(double timeout) {
  long micros = static_cast<long>(timeout * 1e6 + 0.5);
  long secs = micros / 1000000;
  char buf[64];
  int n = std::snprintf(buf, sizeof buf, "Timeout (%ld:%02ld:%02ld", secs / 3600, secs / 60 % 60, secs % 60);
  if (micros % 1000000 != 0) std::snprintf(buf + n, sizeof buf - static_cast<size_t>(n), ".%06ld", micros % 1000000);
  return std::string(buf) + ")!\n";
}

Ref faulthandler_dump_traceback_later(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"timeout", "repeat", "file", "exit"};
  static const ArgSpec kSpec{"dump_traceback_later", kNames, 4, 0, 1};
  Value a[4];
  bool repeat = false, exit_after = false;
  int fd;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !posix::bool_arg(a[1], &repeat) || !file_fd(a[2], &fd) ||
      !posix::bool_arg(a[3], &exit_after)) {
    return nullptr;
  }
  double timeout;
  if (number_to_double(a[0], &timeout) != 1) {
    if (!error_occurred()) {
      raise(exc::TypeError, std::string("'") + type_name_of(a[0]) + "' object cannot be interpreted as an integer");
    }
    return nullptr;
  }
  if (timeout <= 0) return raise(exc::ValueError, "timeout must be greater than 0");
  cancel_watchdog();
  Watchdog& w = watchdog();
  w.cancelled = false;
  w.running = true;
  auto period = std::chrono::duration<double>(timeout);
  std::string header = timeout_header(timeout);
  w.thread = std::thread([&w, period, repeat, exit_after, fd, header] {
    std::unique_lock<std::mutex> lock(w.mutex);
    do {
      if (w.wake.wait_for(lock, period, [&w] { return w.cancelled; })) return;
      write_text(fd, header);
      dump(fd, true, nullptr);
      if (exit_after) ::_exit(1);
    } while (repeat);
  });
  return Ref::none();
}

Ref faulthandler_cancel_dump_traceback_later(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("cancel_dump_traceback_later", kwnames) ||
      !check_arg_count("cancel_dump_traceback_later", nargs, 0, 0)) {
    return nullptr;
  }
  cancel_watchdog();
  return Ref::none();
}

const MethodDef kFaulthandlerFunctions[] = {
    {"enable", faulthandler_enable, kMethodInstance, "enable(file=sys.stderr, all_threads=True): enable the fault handler"},
    {"disable", faulthandler_disable, kMethodInstance, "disable(): disable the fault handler"},
    {"is_enabled", faulthandler_is_enabled, kMethodInstance, "is_enabled()->bool: check if the handler is enabled"},
    {"dump_traceback", faulthandler_dump_traceback, kMethodInstance, "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all threads if all_threads is True, into file"},
    {"register", faulthandler_register, kMethodInstance, "register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file"},
    {"unregister", faulthandler_unregister, kMethodInstance, "unregister(signum): unregister the handler of the signal 'signum' registered by register()"},
    {"dump_traceback_later", faulthandler_dump_traceback_later, kMethodInstance, "dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False):\ndump the traceback of all threads in timeout seconds,\nor each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe."},
    {"cancel_dump_traceback_later", faulthandler_cancel_dump_traceback_later, kMethodInstance, "cancel_dump_traceback_later():\ncancel the previous call to dump_traceback_later()."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_faulthandler_module() {
  Ref module = module_new("faulthandler", true);
  if (!module || module_add_functions(*module, kFaulthandlerFunctions) < 0) return nullptr;
  return module;
}

}  // namespace taipan
