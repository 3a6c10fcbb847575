// The global interpreter lock: a flag under a mutex, a condition variable the
// waiters sleep on for one switch interval at a time (then raise the drop
// request), and a second one on which a thread that was asked to drop the
// lock waits until another has taken it, so that it cannot take the lock
// straight back (CPython's forced switching).
#include "vm/gil.h"

#include <pthread.h>
#include <time.h>

#include <cstdint>

#include "vm/interrupts.h"

namespace taipan {

bool g_threads_started = false;

namespace {

struct Gil {
  pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t cond;         // signalled when the lock is dropped
  pthread_cond_t switch_cond;  // signalled when the lock is taken
  bool locked = true;          // the main thread holds it from the start
  pthread_t holder = pthread_self();
  uint64_t switch_number = 0;  // how many times the lock was taken
  unsigned long interval = 5000;
  bool finalizing = false;
  pthread_t finalizer{};
};

Gil g_gil;
pthread_t g_main_thread = pthread_self();

void init_conditions() {
  pthread_condattr_t attr;
  pthread_condattr_init(&attr);
  pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
  pthread_cond_init(&g_gil.cond, &attr);
  pthread_cond_init(&g_gil.switch_cond, &attr);
  pthread_condattr_destroy(&attr);
}

void deadline_after(unsigned long microseconds, timespec* ts) {
  clock_gettime(CLOCK_MONOTONIC, ts);
  ts->tv_sec += static_cast<time_t>(microseconds / 1000000);
  ts->tv_nsec += static_cast<long>(microseconds % 1000000) * 1000;
  if (ts->tv_nsec >= 1000000000L) {
    ts->tv_sec += 1;
    ts->tv_nsec -= 1000000000L;
  }
}

// Once the interpreter is finalising, every other thread stops here for
// good; the mutex is held, so the caller never returns either.
[[noreturn]] void block_forever() {
  for (;;) pthread_cond_wait(&g_gil.cond, &g_gil.mutex);
}

void drop_locked(bool force_switch) {
  g_gil.locked = false;
  pthread_cond_signal(&g_gil.cond);
  if (!force_switch) return;
  // Wait until some other thread has taken the lock (if one still wants it).
  uint64_t seen = g_gil.switch_number;
  while (g_gil.switch_number == seen && !g_gil.finalizing &&
         (g_eval_breaker.load(std::memory_order_relaxed) & kGilDropBit)) {
    pthread_cond_wait(&g_gil.switch_cond, &g_gil.mutex);
  }
}

void take_locked() {
  pthread_t self = pthread_self();
  if (g_gil.finalizing && !pthread_equal(self, g_gil.finalizer)) block_forever();
  while (g_gil.locked) {
    uint64_t seen = g_gil.switch_number;
    timespec deadline;
    deadline_after(g_gil.interval >= 1 ? g_gil.interval : 1, &deadline);
    int rc = pthread_cond_timedwait(&g_gil.cond, &g_gil.mutex, &deadline);
    if (g_gil.finalizing && !pthread_equal(self, g_gil.finalizer)) block_forever();
    if (rc == ETIMEDOUT && g_gil.locked && g_gil.switch_number == seen) {
      g_eval_breaker.fetch_or(kGilDropBit, std::memory_order_relaxed);
    }
  }
  g_gil.locked = true;
  g_gil.holder = self;
  g_gil.switch_number++;
  g_eval_breaker.fetch_and(~kGilDropBit, std::memory_order_relaxed);
  pthread_cond_signal(&g_gil.switch_cond);
}

}  // namespace

bool is_main_thread() { return pthread_equal(pthread_self(), g_main_thread) != 0; }
pthread_t main_thread() { return g_main_thread; }

void gil_enable_threads() {
  if (g_threads_started) return;
  init_conditions();
  g_threads_started = true;
}

void gil_acquire() {
  pthread_mutex_lock(&g_gil.mutex);
  take_locked();
  pthread_mutex_unlock(&g_gil.mutex);
}

void gil_release() {
  pthread_mutex_lock(&g_gil.mutex);
  drop_locked(false);
  pthread_mutex_unlock(&g_gil.mutex);
}

void gil_yield() {
  if (!g_threads_started) return;
  pthread_mutex_lock(&g_gil.mutex);
  drop_locked(true);
  take_locked();
  pthread_mutex_unlock(&g_gil.mutex);
}

bool gil_held() {
  if (!g_threads_started) return true;
  pthread_mutex_lock(&g_gil.mutex);
  bool held = g_gil.locked && pthread_equal(g_gil.holder, pthread_self());
  pthread_mutex_unlock(&g_gil.mutex);
  return held;
}

unsigned long gil_switch_interval() { return g_gil.interval; }
void gil_set_switch_interval(unsigned long microseconds) { g_gil.interval = microseconds; }

void gil_begin_finalization() {
  pthread_mutex_lock(&g_gil.mutex);
  g_gil.finalizing = true;
  g_gil.finalizer = pthread_self();
  pthread_mutex_unlock(&g_gil.mutex);
}

bool gil_finalizing() { return g_gil.finalizing; }

void gil_after_fork_child() {
  pthread_mutex_init(&g_gil.mutex, nullptr);
  if (g_threads_started) init_conditions();
  g_gil.locked = true;
  g_gil.holder = pthread_self();
  g_main_thread = pthread_self();
  g_eval_breaker.fetch_and(~kGilDropBit, std::memory_order_relaxed);
}

}  // namespace taipan
