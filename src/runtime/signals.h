// Signal handling of the interpreter (CPython's signalmodule.c machinery
// under the _signal module): the C handler only records which signal came
// (atomic flags), writes the wakeup byte and sets the VM's pending flag; the
// Python handler of each recorded signal runs later in the main thread, at
// the VM's next check or when a blocking call sees EINTR (PEP 475).
//
// The table of Python handlers holds, for each signal, the callable given to
// signal.signal(), the int SIG_DFL (0) or SIG_IGN (1), or null (a handler
// installed outside Python: "None"). At start-up SIGINT gets
// default_int_handler (raising KeyboardInterrupt) unless the parent left it
// ignored, and SIGPIPE and SIGXFSZ are ignored, as in CPython.
#pragma once

#include <csignal>

#include "objects/object.h"

namespace taipan {

constexpr int kSignalCount = NSIG;  // signal numbers are 1 .. kSignalCount-1
constexpr int kSigDefault = 0;      // _signal.SIG_DFL
constexpr int kSigIgnore = 1;       // _signal.SIG_IGN

void install_signal_handlers();
// Ends the process the way an uncaught KeyboardInterrupt does in CPython: by
// the default action of SIGINT (exit status 130 in a shell).
[[noreturn]] void exit_by_sigint();

// Async-signal-safe: records that signum arrived and asks the VM to check.
void trip_signal(int signum);
// Runs the Python handlers of the recorded signals (main thread only; other
// threads leave them for it). 0, or -1 with the exception a handler raised.
int run_signal_handlers();
// Calls run_signal_handlers() when a signal is pending (PyErr_CheckSignals):
// what a blocking call does on EINTR before retrying. 0 or -1.
int check_signals();

// In the child of fork(): the signals the parent had not handled yet are
// the parent's.
void signals_after_fork();

// The handler table. The value is borrowed; null means "None".
Value python_signal_handler(int signum);
// Whether signum's handler is a Python callable (not SIG_DFL, SIG_IGN, None).
bool has_python_handler(int signum);
// Installs `handler` (a callable, or the int SIG_DFL / SIG_IGN) as the
// disposition of signum and records it. -1 with OSError when sigaction fails.
int set_python_signal_handler(int signum, Value handler);
// siginterrupt(): whether a system call the signal interrupts fails with
// EINTR (true, the default) or is restarted (SA_RESTART). -1 with OSError.
int set_signal_interrupts(int signum, bool interrupt);
// The builtin function default_int_handler (borrowed).
Value default_int_handler();

// The wakeup descriptor (-1: none); returns the previous one.
int swap_wakeup_fd(int fd, bool warn_on_full_buffer);

}  // namespace taipan
