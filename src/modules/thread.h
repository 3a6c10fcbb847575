// The semaphore wait under _thread's locks, shared with _queue.SimpleQueue.
#pragma once

#include <semaphore.h>

namespace taipan {

enum class WaitResult { Acquired, TimedOut, Error };

// Takes `sem`: at once when `timeout` is 0, else for at most `timeout`
// seconds (forever when negative), without the GIL meanwhile. KeyboardInterrupt
// arriving in the main thread ends the wait with Error (exception set); so
// does an OS failure (errno kept, no exception).
WaitResult wait_semaphore(sem_t* sem, double timeout);

}  // namespace taipan
