// Signal handling: the async-signal-safe C handler, the table of Python
// handlers, the wakeup descriptor, and running the handlers in the main
// thread (see signals.h).
#include "runtime/signals.h"

#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <string>

#include "objects/descriptors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/interrupts.h"

namespace taipan {

namespace {

std::atomic<bool> g_tripped[kSignalCount];
std::atomic<int> g_wakeup_fd{-1};
std::atomic<bool> g_wakeup_warn{true};
std::atomic<int> g_wakeup_error{0};  // errno of a failed wakeup write, reported later
Value g_handlers[kSignalCount];      // owned; null: a handler Python did not install
Value g_default_int_handler;         // owned

void on_signal(int signum) {
  int saved_errno = errno;
  trip_signal(signum);
  int fd = g_wakeup_fd.load(std::memory_order_relaxed);
  if (fd >= 0) {
    unsigned char byte = static_cast<unsigned char>(signum);
    if (::write(fd, &byte, 1) < 0 && (errno != EAGAIN || g_wakeup_warn.load(std::memory_order_relaxed))) {
      g_wakeup_error.store(errno, std::memory_order_relaxed);
      request_signal_check();
    }
  }
  errno = saved_errno;
}

Ref default_int_handler_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("default_int_handler", kwnames) || !check_arg_count("default_int_handler", nargs, 2, 2)) {
    return nullptr;
  }
  Ref signum = index(args[0]);
  if (!signum) return nullptr;
  raise_empty(exc::KeyboardInterrupt);
  return nullptr;
}

const MethodDef kDefaultIntHandler = {"default_int_handler", default_int_handler_fn, kMethodInstance,
                                      "The default handler for SIGINT installed by Python.\n\n"
                                      "It raises KeyboardInterrupt."};

void store_handler(int signum, Value handler) {
  incref(handler);
  Value old = g_handlers[signum];
  g_handlers[signum] = handler;
  decref(old);
}

// Without SA_RESTART: a blocking call the signal interrupts fails with EINTR.
int sigaction_for(int signum, void (*handler)(int)) {
  struct sigaction action = {};
  action.sa_handler = handler;
  action.sa_flags = SA_ONSTACK;
  sigemptyset(&action.sa_mask);
  return sigaction(signum, &action, nullptr);
}

bool is_dfl_or_ign(Value handler) {
  return handler.is_null() || handler.is_none() ||
         (handler.is_small_int() && (handler.as_small_int() == kSigDefault ||
                                     handler.as_small_int() == kSigIgnore));
}

void report_wakeup_error() {
  int err = g_wakeup_error.exchange(0, std::memory_order_relaxed);
  if (err == 0) return;
  raise_os_error(err);
  Ref msg = str_from_utf8("Exception ignored when trying to write to the signal wakeup fd");
  if (!msg) return;
  Ref exc = fetch_error();
  print_unraisable(exc.get(), msg.get(), Value::none());
}

}  // namespace

void install_signal_handlers() {
  std::signal(SIGPIPE, SIG_IGN);
  std::signal(SIGXFSZ, SIG_IGN);
  for (int signum = 1; signum < kSignalCount; ++signum) {
    struct sigaction current = {};
    if (sigaction(signum, nullptr, &current) < 0) continue;
    if (current.sa_handler == SIG_DFL) {
      store_handler(signum, Value::small_int(kSigDefault));
    } else if (current.sa_handler == SIG_IGN) {
      store_handler(signum, Value::small_int(kSigIgnore));
    }
  }
  Ref module = str_from_utf8("_signal");
  Ref fn = module ? builtin_function_new(&kDefaultIntHandler, Value(), module.get()) : nullptr;
  if (!fn) {
    clear_error();
    return;
  }
  g_default_int_handler = fn.release();
  // CPython installs its SIGINT handler only when SIGINT has its default
  // action: a signal the parent left ignored stays ignored.
  if (g_handlers[SIGINT].is_small_int() && g_handlers[SIGINT].as_small_int() == kSigDefault) {
    sigaction_for(SIGINT, on_signal);
    store_handler(SIGINT, g_default_int_handler);
  }
}

void exit_by_sigint() {
  std::signal(SIGINT, SIG_DFL);
  kill(getpid(), SIGINT);
  std::_Exit(130);
}

void trip_signal(int signum) {
  g_tripped[signum].store(true, std::memory_order_relaxed);
  request_signal_check();
}

void signals_after_fork() {
  for (std::atomic<bool>& tripped : g_tripped) tripped.store(false, std::memory_order_relaxed);
}

int run_signal_handlers() {
  if (!is_main_thread()) {
    request_signal_check();  // left for the main thread
    return 0;
  }
  report_wakeup_error();
  Ref frame;
  for (int signum = 1; signum < kSignalCount; ++signum) {
    if (!g_tripped[signum].exchange(false, std::memory_order_acq_rel)) continue;
    if (!has_python_handler(signum)) {
      // Reset between the signal and this check (or simulated by
      // interrupt_main): CPython reports it and goes on.
      raise(exc::OSError, "Signal " + std::to_string(signum) + " ignored due to race condition");
      write_unraisable(Value::none());
      continue;
    }
    if (!frame) {
      Frame* f = current_frame();
      frame = f != nullptr ? frame_object_of(f) : Ref::none();
      if (!frame) return -1;
    }
    Ref handler = Ref::borrow(g_handlers[signum]);  // kept: the handler may replace itself
    if (!call(*handler, {Value::small_int(signum), frame.get()})) {
      // The signals not yet handled run at the next check.
      for (int later = signum + 1; later < kSignalCount; ++later) {
        if (g_tripped[later].load(std::memory_order_relaxed)) {
          request_signal_check();
          break;
        }
      }
      return -1;
    }
  }
  return 0;
}

int check_signals() { return interrupt_pending() ? handle_interrupt() : 0; }

Value python_signal_handler(int signum) { return g_handlers[signum]; }

bool has_python_handler(int signum) { return !is_dfl_or_ign(g_handlers[signum]); }

int set_python_signal_handler(int signum, Value handler) {
  void (*c_handler)(int) = on_signal;
  if (handler.is_small_int() && handler.as_small_int() == kSigDefault) c_handler = SIG_DFL;
  if (handler.is_small_int() && handler.as_small_int() == kSigIgnore) c_handler = SIG_IGN;
  // As in CPython, a new handler also resets siginterrupt() to "interrupt".
  if (sigaction_for(signum, c_handler) < 0) {
    raise_os_error(errno);
    return -1;
  }
  store_handler(signum, handler);
  return 0;
}

int set_signal_interrupts(int signum, bool interrupt) {
  struct sigaction action = {};
  if (sigaction(signum, nullptr, &action) < 0) {
    raise_os_error(errno);
    return -1;
  }
  if (interrupt) {
    action.sa_flags &= ~SA_RESTART;
  } else {
    action.sa_flags |= SA_RESTART;
  }
  if (sigaction(signum, &action, nullptr) < 0) {
    raise_os_error(errno);
    return -1;
  }
  return 0;
}

Value default_int_handler() { return g_default_int_handler; }

int swap_wakeup_fd(int fd, bool warn_on_full_buffer) {
  g_wakeup_warn.store(warn_on_full_buffer, std::memory_order_relaxed);
  return g_wakeup_fd.exchange(fd, std::memory_order_relaxed);
}

}  // namespace taipan
