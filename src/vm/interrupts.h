// The VM's pending-work flag: a signal handler (runtime/signals.h) sets it,
// and the VM checks it at RESUME and JUMP_BACKWARD (one relaxed atomic load)
// and blocking calls check it on EINTR; handle_interrupt() then runs the
// Python signal handlers (SIGINT's default one raises KeyboardInterrupt).
#pragma once

#include <atomic>

namespace taipan {

extern std::atomic<bool> g_pending_interrupt;

// Async-signal-safe: asks for a check at the next opportunity.
void request_signal_check();
// Simulates the arrival of SIGINT (_thread.interrupt_main, CPython's
// PyErr_SetInterrupt): nothing when SIGINT is ignored or has its default
// action. Not for signal handlers.
void request_interrupt();
inline bool interrupt_pending() { return g_pending_interrupt.load(std::memory_order_relaxed); }
// Clears the flag and runs what is pending: 0, or -1 with the exception a
// signal handler raised.
int handle_interrupt();

}  // namespace taipan
