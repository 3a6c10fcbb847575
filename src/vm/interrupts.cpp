// The VM's pending-work flag and what a check runs (see interrupts.h).
#include "vm/interrupts.h"

#include <csignal>

#include "runtime/signals.h"

namespace taipan {

std::atomic<bool> g_pending_interrupt{false};

void request_signal_check() { g_pending_interrupt.store(true, std::memory_order_relaxed); }

void request_interrupt() {
  if (has_python_handler(SIGINT)) trip_signal(SIGINT);
}

int handle_interrupt() {
  g_pending_interrupt.store(false, std::memory_order_relaxed);
  return run_signal_handlers();
}

}  // namespace taipan
