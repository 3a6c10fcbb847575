// KeyboardInterrupt delivery: the SIGINT handler only sets a flag; the VM
// checks it at RESUME and JUMP_BACKWARD and raises KeyboardInterrupt there.
#pragma once

#include <atomic>

namespace taipan {

extern std::atomic<bool> g_pending_interrupt;

// Async-signal-safe: callable from a signal handler.
void request_interrupt();
inline bool interrupt_pending() { return g_pending_interrupt.load(std::memory_order_relaxed); }
// Clears the flag and raises KeyboardInterrupt; returns -1.
int handle_interrupt();

}  // namespace taipan
