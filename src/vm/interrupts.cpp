// KeyboardInterrupt delivery: the flag set by the SIGINT handler, and the
// VM's answer to the eval-breaker word.
#include "vm/interrupts.h"

#include <pthread.h>

#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "vm/gil.h"

namespace taipan {

std::atomic<uint32_t> g_eval_breaker{0};

void request_interrupt() { g_eval_breaker.fetch_or(kInterruptBit, std::memory_order_relaxed); }

int handle_interrupt() {
  g_eval_breaker.fetch_and(~kInterruptBit, std::memory_order_relaxed);
  raise_empty(exc::KeyboardInterrupt);
  return -1;
}

int handle_eval_breaker() {
  if (g_eval_breaker.load(std::memory_order_relaxed) & kGilDropBit) gil_yield();
  return interrupt_pending() ? handle_interrupt() : 0;
}

}  // namespace taipan
