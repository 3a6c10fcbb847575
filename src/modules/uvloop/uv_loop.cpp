// _taipan_uv.Loop: the libuv core of Taipan's asyncio event loop
// (lib/taipan_uvloop.py). It watches file descriptors with uv_poll handles
// and keeps the loop's timers (asyncio TimerHandles) in a binary heap on their
// deadlines, sifted exactly as heapq sifts asyncio's _scheduled list (so
// timers due at the same moment run in CPython's order); wait() blocks until a
// watched descriptor is ready,
// the earliest timer is due or the timeout passes, and answers the ready
// descriptors as (fd, events) pairs (selectors' EVENT_READ 1, EVENT_WRITE 2).
//
// Three rules keep libuv safe under any Python program:
// - no Python code runs inside uv_run: the callbacks only record events;
// - libuv aborts when epoll refuses a descriptor it was told to watch, so a
//   watch started since the last wait is first tried on the backend epoll
//   (a descriptor closed, or reused for a regular file, is then not watched:
//   epoll itself forgets a closed descriptor the same way);
// - blocking happens outside libuv, in poll() on the loop's backend
//   descriptor with the GIL released, so EINTR runs Python's signal handlers
//   (PEP 475) as the selector loop's epoll.poll does, then waits again.
// A handle is freed only in its uv_close callback; closing the Loop closes
// every watch and drains the callbacks before uv_loop_close (not in a fork
// child, whose epoll instance is still the parent's).
#include <fcntl.h>
#include <poll.h>
#include <sys/epoll.h>
#include <unistd.h>
#include <uv.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "modules/modules.h"
#include "modules/posix/posix_args.h"
#include "modules/timeout_arg.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "runtime/signals.h"
#include "vm/gil.h"

namespace taipan {

namespace {

constexpr int kRead = 1;   // selectors.EVENT_READ
constexpr int kWrite = 2;  // selectors.EVENT_WRITE

struct Core;

// One watched descriptor: poll.data points back here.
struct Watch {
  uv_poll_t poll;
  Core* core;
  int fd;
  int events;          // kRead | kWrite
  bool unchecked;      // started since the last wait: try it on epoll first
  bool stopped;        // libuv stopped it (an error) or the check refused it
};

struct Timer {
  double when;
  Value handle;  // owned
};

struct Core {
  uv_loop_t loop;
  std::unordered_map<int, Watch*> watches;
  std::vector<int> unchecked;                // descriptors of watches to check before uv_run
  std::vector<std::pair<int, int>> ready;    // filled by on_poll during uv_run
  std::vector<Timer> timers;                 // heap on `when`
  int64_t cancelled = 0;                     // asyncio's _timer_cancelled_count
  pid_t pid = ::getpid();                    // the process whose epoll instance this is
  bool restart = false;                      // some watch was stopped by libuv on an error
};

struct UvLoop : Object {
  Core* core;  // null once closed
};

Type uv_loop_type;

void on_close(uv_handle_t* handle) { delete static_cast<Watch*>(handle->data); }

void on_poll(uv_poll_t* poll, int status, int uv_events) {
  auto* w = static_cast<Watch*>(poll->data);
  int mask = 0;
  if (status < 0) {  // an error on the descriptor: libuv stopped the watch
    mask = w->events;
    w->stopped = true;
    w->core->restart = true;
  } else {
    if (uv_events & (UV_READABLE | UV_DISCONNECT)) mask |= kRead;
    if (uv_events & UV_WRITABLE) mask |= kWrite;
    mask &= w->events;
  }
  if (mask != 0) w->core->ready.emplace_back(w->fd, mask);
}

int start_watch(Core* c, Watch* w) {
  int uv_events = ((w->events & kRead) ? UV_READABLE : 0) | ((w->events & kWrite) ? UV_WRITABLE : 0);
  int r = uv_poll_start(&w->poll, uv_events, on_poll);
  if (r == 0) {
    w->stopped = false;
    if (!w->unchecked) {
      w->unchecked = true;
      c->unchecked.push_back(w->fd);
    }
  }
  return r;
}

// Whether epoll accepts fd now (libuv will add it in its next uv_run).
bool epoll_accepts(int epfd, int fd) {
  epoll_event ev{};
  ev.events = EPOLLIN;
  if (::epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev) == 0) {
    ::epoll_ctl(epfd, EPOLL_CTL_DEL, fd, &ev);
    return true;
  }
  return errno == EEXIST;
}

// One turn of libuv that never blocks, after checking the new watches and
// restarting those libuv stopped on an error (level-triggered, as epoll).
void run_nowait(Core* c) {
  if (c->restart) {
    c->restart = false;
    for (auto& [fd, w] : c->watches) {
      if (w->stopped && w->events != 0) start_watch(c, w);
    }
  }
  int epfd = uv_backend_fd(&c->loop);
  for (int fd : c->unchecked) {
    auto it = c->watches.find(fd);
    if (it == c->watches.end() || !it->second->unchecked) continue;
    Watch* w = it->second;
    w->unchecked = false;
    if (!epoll_accepts(epfd, fd)) {
      uv_poll_stop(&w->poll);
      w->events = 0;  // never watched again until watch() is called anew
    }
  }
  c->unchecked.clear();
  uv_run(&c->loop, UV_RUN_NOWAIT);
}

void close_watch(Watch* w) { uv_close(reinterpret_cast<uv_handle_t*>(&w->poll), on_close); }

void clear_timers(Core* c) {
  std::vector<Timer> timers;
  timers.swap(c->timers);
  c->cancelled = 0;
  for (Timer& t : timers) decref(t.handle);
}

void core_close(UvLoop* self) {
  Core* c = self->core;
  if (c == nullptr) return;
  self->core = nullptr;
  clear_timers(c);
  // A fork child shares the parent's epoll instance: closing the watches
  // would remove the parent's descriptors from it, so the child leaves
  // libuv's loop as it is.
  if (c->pid != ::getpid()) return;
  for (auto& [fd, w] : c->watches) close_watch(w);
  c->watches.clear();
  uv_run(&c->loop, UV_RUN_DEFAULT);  // the close callbacks free the watches
  uv_loop_close(&c->loop);
  delete c;
}

bool open_core(Value self, Core** out) {
  *out = self.as<UvLoop>()->core;
  if (*out != nullptr) return true;
  raise(exc::RuntimeError, "Event loop is closed");
  return false;
}

Ref loop_new(Type* type, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("Loop", nargs, kwnames)) return nullptr;
  auto* c = new Core();
  int r = uv_loop_init(&c->loop);
  if (r < 0) {
    delete c;
    return raise_os_error(-r);
  }
  auto* self = new_object<UvLoop>(type, static_cast<size_t>(type->basic_size));
  if (self == nullptr) {
    uv_loop_close(&c->loop);
    delete c;
    return nullptr;
  }
  self->core = c;
  return Ref::steal(self);
}

void loop_traverse(Object* self, VisitFn visit, void* arg) {
  Core* c = static_cast<UvLoop*>(self)->core;
  if (c == nullptr) return;
  for (const Timer& t : c->timers) visit(t.handle, arg);
}

void loop_clear(Object* self) {
  Core* c = static_cast<UvLoop*>(self)->core;
  if (c != nullptr) clear_timers(c);
}

void loop_dealloc(Object* self) {
  core_close(static_cast<UvLoop*>(self));
  free_object(self);
}

// watch(fd, events): watch fd for events (EVENT_READ | EVENT_WRITE); 0 stops.
Ref loop_watch(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Core* c;
  int fd, events;
  if (!no_keywords("watch", kwnames) || !check_arg_count("watch", nargs, 2, 2) || !posix::int_arg(args[0], &fd) ||
      !posix::int_arg(args[1], &events) || !open_core(self, &c)) {
    return nullptr;
  }
  if (fd < 0) return raise(exc::ValueError, "negative file descriptor");
  if ((events & ~(kRead | kWrite)) != 0) return raise(exc::ValueError, "Invalid events: " + std::to_string(events));
  auto it = c->watches.find(fd);
  if (events == 0) {
    if (it != c->watches.end()) {
      close_watch(it->second);
      c->watches.erase(it);
    }
    return Ref::none();
  }
  Watch* w;
  if (it != c->watches.end()) {
    w = it->second;
  } else {
    w = new Watch{};
    w->core = c;
    w->fd = fd;
    // uv_poll_init makes fd non-blocking; the selector loop leaves it as it is.
    int flags = ::fcntl(fd, F_GETFL);
    int r = uv_poll_init(&c->loop, &w->poll, fd);
    if (r < 0) {
      delete w;
      return raise_os_error(-r);
    }
    if (flags >= 0 && !(flags & O_NONBLOCK)) ::fcntl(fd, F_SETFL, flags);
    w->poll.data = w;
    c->watches.emplace(fd, w);
  }
  w->events = events;
  int r = start_watch(c, w);
  if (r < 0) return raise_os_error(-r);
  return Ref::none();
}

// Seconds on the monotonic clock as nanoseconds, rounded up; a NaN (which
// asyncio's loop treats as due at once) is 0, and times past about 292
// years are 292 years.
int64_t seconds_to_ns(double seconds) {
  constexpr double kMaxNs = 9.2e18;
  double ns = std::ceil(seconds * 1e9);
  if (!(ns > 0)) return 0;
  return ns >= kMaxNs ? static_cast<int64_t>(kMaxNs) : static_cast<int64_t>(ns);
}

// The ready (fd, events) pairs, or with keys (a dict of fd to selector key)
// the (key, events) pairs selectors answer, leaving out descriptors it lacks.
Ref ready_list(Core* c, Value keys) {
  std::vector<std::pair<int, int>> ready;
  ready.swap(c->ready);
  Ref result = Ref::steal(list_new(0));
  if (!result) return nullptr;
  for (auto [fd, mask] : ready) {
    Value first = Value::small_int(fd);
    if (!keys.is_null()) {
      first = dict_get(keys.as<Dict>(), first);
      if (first.is_null()) continue;
    }
    Ref pair = tuple_pack({first, Value::small_int(mask)});
    if (!pair || list_append(result.as<List>(), pair.get()) < 0) return nullptr;
  }
  return result;
}

// wait(timeout[, keys]): the ready descriptors, waiting at most timeout
// seconds (None: no limit) and no later than the earliest timer.
Ref loop_wait(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Core* c;
  if (!no_keywords("wait", kwnames) || !check_arg_count("wait", nargs, 1, 2) || !open_core(self, &c)) return nullptr;
  Value keys = nargs > 1 ? args[1] : Value();
  if (!keys.is_null() && !is_dict(keys)) return raise(exc::TypeError, "wait() keys must be a dict");
  int64_t deadline = -1;  // monotonic ns; -1: none
  if (!args[0].is_none()) {
    double seconds;
    if (number_to_double(args[0], &seconds) < 0) return nullptr;
    deadline = seconds_to_ns(seconds);
    deadline = deadline > INT64_MAX - monotonic_ns() ? INT64_MAX : monotonic_ns() + deadline;
  }
  c->ready.clear();
  for (;;) {
    run_nowait(c);
    int64_t now = monotonic_ns();
    if (!c->ready.empty() || (deadline >= 0 && now >= deadline)) break;
    int64_t until = deadline;
    if (!c->timers.empty()) {
      int64_t due = seconds_to_ns(c->timers[0].when);
      if (until < 0 || due < until) until = due;
      if (due <= now) break;
    }
    // At most a day at a time, as asyncio's MAXIMUM_SELECT_TIMEOUT.
    constexpr int64_t kMaxWaitNs = 24LL * 3600 * 1000000000;
    int ms = -1;
    if (until >= 0 && !timeout_to_ms(std::min(until - now, kMaxWaitNs), &ms)) return nullptr;
    pollfd p{uv_backend_fd(&c->loop), POLLIN, 0};
    int n, err;
    {
      AllowThreads allow;
      n = ::poll(&p, 1, ms);
      err = errno;
    }
    if (n < 0 && err != EINTR) return raise_os_error(err);
    if (n < 0 && check_signals() < 0) return nullptr;
    if (self.as<UvLoop>()->core == nullptr) break;  // a signal handler closed the loop
    if (n > 0) {
      run_nowait(c);
      break;
    }
    if (n == 0 && ms >= 0) break;  // the timeout passed
  }
  if (self.as<UvLoop>()->core == nullptr) return Ref::steal(list_new(0));
  return ready_list(c, keys);
}

// The heap's sifts, as heapq's: only `<` on deadlines decides, so equal
// deadlines end up in the order heapq would leave them.
void sift_down(std::vector<Timer>& heap, size_t start, size_t pos) {
  Timer item = heap[pos];
  while (pos > start) {
    size_t parent = (pos - 1) / 2;
    if (!(item.when < heap[parent].when)) break;
    heap[pos] = heap[parent];
    pos = parent;
  }
  heap[pos] = item;
}

void sift_up(std::vector<Timer>& heap, size_t pos) {
  size_t end = heap.size(), start = pos;
  Timer item = heap[pos];
  for (size_t child = 2 * pos + 1; child < end; child = 2 * pos + 1) {
    if (child + 1 < end && !(heap[child].when < heap[child + 1].when)) ++child;
    heap[pos] = heap[child];
    pos = child;
  }
  heap[pos] = item;
  sift_down(heap, start, pos);
}

// Removes the earliest timer and answers its handle (owned).
Value heap_pop(std::vector<Timer>& heap) {
  Timer last = heap.back();
  heap.pop_back();
  if (heap.empty()) return last.handle;
  Value first = heap[0].handle;
  heap[0] = last;
  sift_up(heap, 0);
  return first;
}

// add_timer(when, handle): handle becomes due at loop time `when`.
Ref loop_add_timer(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Core* c;
  double when;
  if (!no_keywords("add_timer", kwnames) || !check_arg_count("add_timer", nargs, 2, 2) ||
      number_to_double(args[0], &when) < 0 || !open_core(self, &c)) {
    return nullptr;
  }
  incref(args[1]);
  c->timers.push_back(Timer{when, args[1]});
  sift_down(c->timers, 0, c->timers.size() - 1);
  return Ref::none();
}

// timer_cancelled(): a scheduled timer was cancelled.
Ref loop_timer_cancelled(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  Core* c;
  if (!check_no_args("timer_cancelled", nargs, kwnames) || !open_core(self, &c)) return nullptr;
  ++c->cancelled;
  return Ref::none();
}

// Keeps the live timers only (heapified again), as asyncio does when more
// than half of a large heap is cancelled.
int drop_cancelled(Core* c) {
  std::vector<Timer> timers;
  timers.swap(c->timers);
  c->cancelled = 0;
  int rc = 0;
  for (Timer& t : timers) {
    Ref cancelled = rc == 0 ? getattr(t.handle, INTERNED("_cancelled")) : Ref();
    int truth = cancelled ? is_true(cancelled.get()) : -1;
    if (truth == 0 || truth < 0) {
      if (truth < 0) rc = -1;
      c->timers.push_back(t);
      continue;
    }
    Ref off = Ref::boolean(false);
    if (setattr(t.handle, INTERNED("_scheduled"), off.get()) < 0) rc = -1;
    decref(t.handle);
  }
  for (size_t i = c->timers.size() / 2; i-- > 0;) sift_up(c->timers, i);
  return rc;
}

// prune(): what each turn of asyncio's loop does first: drop the cancelled
// timers when they are most of a large heap, else those at its top.
Ref loop_prune(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  Core* c;
  if (!check_no_args("prune", nargs, kwnames) || !open_core(self, &c)) return nullptr;
  constexpr size_t kMinHeapToCompact = 100;  // asyncio's _MIN_SCHEDULED_TIMER_HANDLES
  if (c->timers.size() > kMinHeapToCompact &&
      static_cast<double>(c->cancelled) / static_cast<double>(c->timers.size()) > 0.5) {
    return drop_cancelled(c) < 0 ? nullptr : Ref::none();
  }
  while (!c->timers.empty()) {
    Ref cancelled = getattr(c->timers[0].handle, INTERNED("_cancelled"));
    int truth = cancelled ? is_true(cancelled.get()) : -1;
    if (truth <= 0) return truth < 0 ? nullptr : Ref::none();
    --c->cancelled;
    Ref handle = Ref::steal(heap_pop(c->timers));
    Ref off = Ref::boolean(false);
    if (setattr(handle.get(), INTERNED("_scheduled"), off.get()) < 0) return nullptr;
  }
  return Ref::none();
}

// pop_due(end, ready): appends to ready (a deque), earliest first, every
// timer due before loop time `end`, marking it no longer scheduled.
Ref loop_pop_due(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Core* c;
  double end;
  if (!no_keywords("pop_due", kwnames) || !check_arg_count("pop_due", nargs, 2, 2) ||
      number_to_double(args[0], &end) < 0 || !open_core(self, &c)) {
    return nullptr;
  }
  Ref off = Ref::boolean(false);
  while (!c->timers.empty() && !(c->timers[0].when >= end)) {  // a NaN deadline is due
    Ref handle = Ref::steal(heap_pop(c->timers));
    if (setattr(handle.get(), INTERNED("_scheduled"), off.get()) < 0 ||
        !call_method(args[1], INTERNED("append"), {handle.get()})) {
      return nullptr;
    }
    if (self.as<UvLoop>()->core == nullptr) break;
  }
  return Ref::none();
}

// timers(): how many timers the heap holds (cancelled ones included).
Ref loop_timers(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  Core* c;
  if (!check_no_args("timers", nargs, kwnames) || !open_core(self, &c)) return nullptr;
  return int_from_int64(static_cast<int64_t>(c->timers.size()));
}

Ref loop_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("close", nargs, kwnames)) return nullptr;
  core_close(self.as<UvLoop>());
  return Ref::none();
}

Ref loop_closed(Value self) { return Ref::boolean(self.as<UvLoop>()->core == nullptr); }

const MethodDef kLoopMethods[] = {
    {"watch", loop_watch, kMethodInstance, "watch(fd, events): watch fd for EVENT_READ | EVENT_WRITE; 0 stops."},
    {"wait", loop_wait, kMethodInstance,
     "wait(timeout[, keys]): the ready (fd, events) pairs, or (keys[fd], events), waiting at most timeout seconds "
     "and until the earliest timer."},
    {"add_timer", loop_add_timer, kMethodInstance, "add_timer(when, handle): handle is due at loop time when."},
    {"timer_cancelled", loop_timer_cancelled, kMethodInstance, "A scheduled timer was cancelled."},
    {"prune", loop_prune, kMethodInstance, "Drop cancelled timers as a turn of asyncio's loop does first."},
    {"pop_due", loop_pop_due, kMethodInstance, "pop_due(end, ready): append the live timers due by end to ready."},
    {"timers", loop_timers, kMethodInstance, "The number of timers held, cancelled ones included."},
    {"close", loop_close, kMethodInstance, "Stop watching every descriptor, drop the timers, close libuv's loop."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kLoopGetSets[] = {
    {"closed", loop_closed, nullptr, "True once closed"},
    {nullptr, nullptr, nullptr, nullptr},
};

int init_loop_type() {
  if (type_has_flag(&uv_loop_type, kTypeReady)) return 0;
  Type& t = uv_loop_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_taipan_uv.Loop";
  t.basic_size = sizeof(UvLoop);
  t.flags = kTypeGC;
  t.base = &object_type;
  t.new_ = loop_new;
  t.dealloc = loop_dealloc;
  t.traverse = loop_traverse;
  t.clear = loop_clear;
  t.methods = kLoopMethods;
  t.getsets = kLoopGetSets;
  t.doc = "libuv's event loop: watched descriptors and a timer heap.";
  return type_ready(&t);
}

}  // namespace

Ref make_taipan_uv_module() {
  if (init_loop_type() < 0) return nullptr;
  Ref module = module_new("_taipan_uv", true);
  if (!module || module_add(module.get(), "Loop", Value::object(&uv_loop_type)) < 0) return nullptr;
  Ref version = str_from_utf8(uv_version_string());
  if (!version || module_add(module.get(), "libuv_version", version.get()) < 0) return nullptr;
  return module;
}

}  // namespace taipan
