// The VM's pending-work word and what a check runs (see interrupts.h).
#include "vm/interrupts.h"

#include <csignal>

#include "runtime/signals.h"
#include "vm/gil.h"
#include "vm/sampling_profiler.h"

namespace taipan {

std::atomic<uint32_t> g_eval_breaker{0};

void request_signal_check() { g_eval_breaker.fetch_or(kInterruptBit, std::memory_order_relaxed); }

void request_interrupt() {
  if (has_python_handler(SIGINT)) trip_signal(SIGINT);
}

int handle_interrupt() {
  g_eval_breaker.fetch_and(~kInterruptBit, std::memory_order_relaxed);
  return run_signal_handlers();
}

int handle_eval_breaker() {
  uint32_t bits = g_eval_breaker.load(std::memory_order_relaxed);
  if (bits & kSampleBit) profiler_take_sample(true);
  if (bits & kGilDropBit) gil_yield();
  return interrupt_pending() ? handle_interrupt() : 0;
}

}  // namespace taipan
