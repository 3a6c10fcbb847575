// KeyboardInterrupt delivery: the flag set by the SIGINT handler.
#include "vm/interrupts.h"

#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan {

std::atomic<bool> g_pending_interrupt{false};

void request_interrupt() { g_pending_interrupt.store(true, std::memory_order_relaxed); }

int handle_interrupt() {
  g_pending_interrupt.store(false, std::memory_order_relaxed);
  raise_empty(exc::KeyboardInterrupt);
  return -1;
}

}  // namespace taipan
