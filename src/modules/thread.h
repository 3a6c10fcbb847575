// What _thread shares with other modules: the semaphore wait under its
// locks (used by _queue.SimpleQueue) and which thread identifiers are live
// (for signal.pthread_kill and os.fork).
#pragma once

#include <semaphore.h>

#include <cstdint>

namespace taipan {

enum class WaitResult { Acquired, TimedOut, Error };

// Takes `sem`: at once when `timeout` is 0, else for at most `timeout`
// seconds (forever when negative), without the GIL meanwhile. KeyboardInterrupt
// arriving in the main thread ends the wait with Error (exception set); so
// does an OS failure (errno kept, no exception).
WaitResult wait_semaphore(sem_t* sem, double timeout);

// Whether `ident` (a pthread_t, as _thread.get_ident() gives it) names a
// thread still running Python code: the caller, the main thread, or one that
// _thread started and that has not ended. Under the GIL.
bool thread_ident_is_live(uint64_t ident);
// In a child of fork(): the threads _thread started are gone.
void thread_idents_after_fork();

}  // namespace taipan
