// The global interpreter lock (DESIGN decision 4): one Python thread runs at a
// time; a thread releases the lock around a blocking system call so that the
// others run meanwhile.
//
//   { AllowThreads allow;  n = ::read(fd, buf, size); }
//
// Inside the scope the thread must not touch any Python object, reference
// count or thread state: only plain C data it owns. Leaving the scope keeps
// errno as the call left it (callers test it for EINTR afterwards).
//
// Until a second thread starts the lock is never contended and every
// operation on it returns at once. After that a thread that has waited for
// the lock longer than the switch interval (sys.setswitchinterval) raises a
// drop request in the VM's eval-breaker word; the running thread sees it at
// its next check (RESUME, JUMP_BACKWARD), hands the lock over and queues up
// again.
#pragma once

#include <pthread.h>

#include <cerrno>

#include "vm/interrupts.h"
#include "vm/sampling_profiler.h"

namespace taipan {

// True once a thread other than the main one has been started.
extern bool g_threads_started;

// Marks the lock as contended from now on: start_new_thread calls it before
// creating the first thread.
void gil_enable_threads();
// Takes the lock for the calling thread (blocking); releases it.
void gil_acquire();
void gil_release();
// Answers a drop request: hands the lock to a waiting thread and takes it
// back. Called by the VM's eval check with the lock held.
void gil_yield();
// Whether the calling thread holds the lock (always true before threads).
bool gil_held();

// The switch interval in microseconds (sys.setswitchinterval).
unsigned long gil_switch_interval();
void gil_set_switch_interval(unsigned long microseconds);

// Interpreter exit: from now on any thread but the caller that asks for the
// lock blocks forever (daemon threads stop where they are).
void gil_begin_finalization();
bool gil_finalizing();

// In a child of fork(): the lock is fresh and held by the only thread left.
void gil_after_fork_child();

class AllowThreads {
 public:
  AllowThreads() : released_(g_threads_started) {
    if (released_) gil_release();
  }
  // A profiler sample asked for while the call blocked is taken here, so
  // that its time goes to the stack that made the call.
  ~AllowThreads() {
    int saved = errno;
    if (released_) gil_acquire();
    if (g_eval_breaker.load(std::memory_order_relaxed) & kSampleBit) [[unlikely]]
      profiler_take_sample(false);
    errno = saved;
  }
  AllowThreads(const AllowThreads&) = delete;
  AllowThreads& operator=(const AllowThreads&) = delete;

 private:
  bool released_;
};

// Holds a native object's own mutex for one operation whose work runs
// outside the GIL (a compressor's stream state): when another thread has it,
// the GIL is released while waiting, as CPython's ACQUIRE_LOCK does.
class HoldObjectMutex {
 public:
  explicit HoldObjectMutex(pthread_mutex_t* m) : m_(m) {
    if (pthread_mutex_trylock(m_) == 0) return;
    AllowThreads allow;
    pthread_mutex_lock(m_);
  }
  ~HoldObjectMutex() { pthread_mutex_unlock(m_); }
  HoldObjectMutex(const HoldObjectMutex&) = delete;
  HoldObjectMutex& operator=(const HoldObjectMutex&) = delete;

 private:
  pthread_mutex_t* m_;
};

}  // namespace taipan
