// The VM's pending-work word (the eval breaker): a signal handler
// (runtime/signals.h) sets its interrupt bit, a thread waiting for the GIL
// sets its drop bit, the sampling profiler's timer its sample bit
// (sampling_profiler.h); the VM checks the word at RESUME and JUMP_BACKWARD
// (one relaxed atomic load), blocking calls check it on EINTR, and
// handle_interrupt() runs the Python signal handlers in the main thread
// (SIGINT's default one raises KeyboardInterrupt).
#pragma once

#include <pthread.h>

#include <atomic>
#include <cstdint>

namespace taipan {

// The eval-breaker word: one load on the VM's fast path sees every request.
constexpr uint32_t kInterruptBit = 1;
constexpr uint32_t kGilDropBit = 2;
constexpr uint32_t kSampleBit = 4;
extern std::atomic<uint32_t> g_eval_breaker;

// Whether the calling thread is the main one (which alone sees interrupts).
bool is_main_thread();
// The main thread's pthread_t (changes in a child forked by another thread).
pthread_t main_thread();

// Async-signal-safe: asks for a check at the next opportunity.
void request_signal_check();
// Simulates the arrival of SIGINT (_thread.interrupt_main, CPython's
// PyErr_SetInterrupt): nothing when SIGINT is ignored or has its default
// action. Not for signal handlers.
void request_interrupt();
inline bool interrupt_pending() {
  return (g_eval_breaker.load(std::memory_order_relaxed) & kInterruptBit) != 0 && is_main_thread();
}
// Clears the flag and runs what is pending: 0, or -1 with the exception a
// signal handler raised.
int handle_interrupt();

// The VM's check: anything at all asked of the running thread.
inline bool eval_breaker_set() { return g_eval_breaker.load(std::memory_order_relaxed) != 0; }
// Records a profiler sample and hands the GIL over when asked, then raises
// a pending interrupt in the main thread (returns -1); 0 when nothing was
// raised.
int handle_eval_breaker();

}  // namespace taipan
