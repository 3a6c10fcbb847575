// KeyboardInterrupt delivery and GIL hand-over: the SIGINT handler only sets
// a bit, a thread waiting for the GIL sets another; the VM checks the word at
// RESUME and JUMP_BACKWARD and answers there.
#pragma once

#include <atomic>
#include <cstdint>

namespace taipan {

// The eval-breaker word: one load on the VM's fast path sees both requests.
constexpr uint32_t kInterruptBit = 1;
constexpr uint32_t kGilDropBit = 2;
extern std::atomic<uint32_t> g_eval_breaker;

// Whether the calling thread is the main one (which alone sees interrupts).
bool is_main_thread();

// Async-signal-safe: callable from a signal handler.
void request_interrupt();
inline bool interrupt_pending() {
  return (g_eval_breaker.load(std::memory_order_relaxed) & kInterruptBit) != 0 && is_main_thread();
}
// Clears the flag and raises KeyboardInterrupt; returns -1.
int handle_interrupt();

// The VM's check: anything at all asked of the running thread.
inline bool eval_breaker_set() { return g_eval_breaker.load(std::memory_order_relaxed) != 0; }
// Hands the GIL over when asked, then raises a pending interrupt in the main
// thread (returns -1); 0 when nothing was raised.
int handle_eval_breaker();

}  // namespace taipan
