// The per-thread interpreter state: creation, the handled-exception chain and
// the native recursion guard.
#include "vm/thread_state.h"

#include <pthread.h>
#include <sys/mman.h>

#include <string>

#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "vm/gil.h"
#include "vm/tracing.h"

namespace taipan {

constinit thread_local ThreadState* t_thread_state = nullptr;

namespace {
ThreadState* g_first_state = nullptr;
ThreadState* g_last_state = nullptr;
uint64_t g_last_serial = 0;
}  // namespace

ThreadState* thread_state_new() {
  auto* ts = new ThreadState();
  ts->serial = ++g_last_serial;
  ts->prev = g_last_state;
  (g_last_state != nullptr ? g_last_state->next : g_first_state) = ts;
  g_last_state = ts;
  return ts;
}

ThreadState* thread_state_first() { return g_first_state; }

int64_t thread_state_count_others() {
  int64_t n = -1;
  for (ThreadState* ts = g_first_state; ts != nullptr; ts = ts->next) ++n;
  return n < 0 ? 0 : n;
}

void threads_after_fork_child() {
  gil_after_fork_child();
  g_first_state = g_last_state = t_thread_state;
  t_thread_state->prev = t_thread_state->next = nullptr;
}

void thread_state_delete(ThreadState* ts) {
  if (ts == nullptr) return;
  (ts->prev != nullptr ? ts->prev->next : g_first_state) = ts->next;
  (ts->next != nullptr ? ts->next->prev : g_last_state) = ts->prev;
  clear_thread_hooks(ts);
  decref(ts->locals);
  decref(ts->sentinel);
  decref(ts->current_exception);
  decref(ts->base_exc_info.exc);
  decref(ts->context);
  if (ts->stack_base != nullptr) munmap(ts->stack_base, static_cast<size_t>(ts->stack_end - ts->stack_base));
  if (t_thread_state == ts) t_thread_state = nullptr;
  delete ts;
}

Value handled_exception() {
  for (ExcInfo* info = t_thread_state->exc_info; info != nullptr; info = info->previous) {
    if (!info->exc.is_null() && !info->exc.is_none()) return info->exc;
  }
  return Value();
}

namespace {

constexpr size_t kCStackMargin = size_t{512} << 10;

const char* compute_c_stack_limit() {
  pthread_attr_t attr;
  void* base = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &base, &size);
    pthread_attr_destroy(&attr);
  }
  if (base == nullptr || size <= 2 * kCStackMargin) return reinterpret_cast<const char*>(1);
  return static_cast<const char*>(base) + kCStackMargin;
}

}  // namespace

bool c_stack_exhausted() {
  ThreadState* ts = t_thread_state;
  if (ts->c_stack_limit == nullptr) ts->c_stack_limit = compute_c_stack_limit();
  char probe;
  if (&probe >= ts->c_stack_limit) return false;
  raise(exc::RecursionError, "maximum recursion depth exceeded");
  return true;
}

bool enter_recursive_call(const char* where) {
  ThreadState* ts = t_thread_state;
  if (c_stack_exhausted()) return false;
  if (++ts->recursion_depth > ts->recursion_limit) {
    --ts->recursion_depth;
    raise(exc::RecursionError, std::string("maximum recursion depth exceeded") + where);
    return false;
  }
  return true;
}

}  // namespace taipan
