// The sampling profiler: its timer thread, the call tree the eval-breaker
// check adds stacks to, and the reports at exit (see sampling_profiler.h).
#include "vm/sampling_profiler.h"

#include <pthread.h>
#include <time.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <unordered_map>

#include "compiler/opcodes.h"
#include "modules/sys.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/protocol.h"
#include "tools/flamegraph.h"
#include "tools/profile_table.h"
#include "tools/profile_tree.h"
#include "vm/frame.h"
#include "vm/interrupts.h"
#include "vm/thread_state.h"

namespace taipan {

namespace {

constexpr unsigned kDefaultIntervalUs = 1000;
constexpr unsigned kMaxIntervalUs = 1000000;
constexpr size_t kMaxDepth = 2048;  // frames kept per stack, the newest
constexpr size_t kTableRows = 20;

// A thread seen by the sampler: its subtree and, once threading knows it,
// its name.
struct SampledThread {
  uint64_t ident;
  uint32_t root;  // its node under the tree's root
  bool named;
};

struct Profiler {
  std::string path;
  unsigned interval_us = kDefaultIntervalUs;
  clockid_t clock = CLOCK_PROCESS_CPUTIME_ID;  // or CLOCK_MONOTONIC: wall time
  std::thread timer;
  std::atomic<bool> stop{false};
  std::atomic<uint64_t> ticks{0};  // elapsed intervals not yet recorded
  timespec started{};              // on `clock`
  timespec started_wall{};
  bool forked = false;  // in a child of fork(): no timer, no reports
  bool sampling = false;
  ProfileTree tree;
  std::unordered_map<Code*, uint32_t> functions;        // owns the codes
  std::unordered_map<uint64_t, SampledThread> threads;  // by state serial
  uint32_t waiting_function = 0;
  uint32_t truncated_function = 0;
  std::vector<Code*> stack;  // scratch: the sampled stack, newest first
};

Profiler* g_profiler = nullptr;

uint32_t add_function(Profiler* p, ProfileKind kind, std::string name) {
  p->tree.functions.push_back(ProfileFunction{kind, std::move(name), {}, 0});
  return static_cast<uint32_t>(p->tree.functions.size() - 1);
}

uint32_t add_node(Profiler* p, uint32_t function) {
  p->tree.nodes.push_back(ProfileNode{function, 0, 0, {}});
  return static_cast<uint32_t>(p->tree.nodes.size() - 1);
}

// The child of `parent` for `function`, made on first use.
uint32_t child_node(Profiler* p, uint32_t parent, uint32_t function) {
  for (uint32_t c : p->tree.nodes[parent].children) {
    if (p->tree.nodes[c].function == function) return c;
  }
  uint32_t c = add_node(p, function);
  p->tree.nodes[parent].children.push_back(c);
  return c;
}

uint32_t code_function(Profiler* p, Code* code) {
  auto [it, inserted] = p->functions.try_emplace(code, 0);
  if (inserted) {
    incref(code);  // kept alive so that its address names it until the end
    it->second = add_function(p, ProfileKind::kCode, {});
  }
  return it->second;
}

uint32_t thread_root(Profiler* p, ThreadState* ts) {
  auto [it, inserted] = p->threads.try_emplace(ts->serial, SampledThread{ts->ident, 0, false});
  if (inserted) {
    std::string name = ts == thread_state_first() ? "MainThread" : "Thread " + std::to_string(ts->ident);
    it->second.root = child_node(p, 0, add_function(p, ProfileKind::kThread, std::move(name)));
  }
  return it->second.root;
}

// Whether `f` stands at its RESUME: entered (or resumed) but not run yet.
bool at_resume(const Frame* f) {
  return f->instr >= f->code->code && (*f->instr & 0xFF) == static_cast<CodeUnit>(Opcode::RESUME);
}

// Adds the stack of `ts` (which is not running Python when `waiting`) with
// weight `ticks`, oldest frame first under the thread's node. A newest frame
// at its RESUME has not run yet: the time before the check that took the
// sample was its caller's, so it is left out.
void record_stack(Profiler* p, ThreadState* ts, bool waiting, uint64_t ticks) {
  p->stack.clear();
  bool truncated = false;
  Frame* newest = ts->current_frame;
  if (newest->previous != nullptr && at_resume(newest)) newest = newest->previous;
  for (Frame* f = newest; f != nullptr; f = f->previous) {
    if (p->stack.size() == kMaxDepth) {
      truncated = true;
      break;
    }
    p->stack.push_back(f->code);
  }
  uint32_t node = thread_root(p, ts);
  p->tree.nodes[0].total += ticks;
  p->tree.nodes[node].total += ticks;
  auto descend = [&](uint32_t function) {
    node = child_node(p, node, function);
    p->tree.nodes[node].total += ticks;
  };
  if (truncated) descend(p->truncated_function);
  for (size_t i = p->stack.size(); i-- > 0;) descend(code_function(p, p->stack[i]));
  if (waiting) descend(p->waiting_function);
  p->tree.nodes[node].self += ticks;
}

// threading's name for the thread `ident` (threading._active), or false.
// Runs no Python code of its own, but allocates.
bool threading_name(uint64_t ident, std::string* name) {
  Value modules = sys_modules();
  if (modules.is_null() || !is_dict(modules)) return false;
  Value threading = dict_get_str(modules.as<Dict>(), intern("threading"));
  if (threading.is_null() || !is_module(threading)) return false;
  Value active = dict_get_str(module_dict(threading), intern("_active"));
  if (active.is_null() || !is_dict(active)) return false;
  Ref key = int_from_uint64(ident);
  Value thread = key ? dict_get(active.as<Dict>(), key.get()) : Value();
  Ref text = thread.is_null() ? Ref() : getattr(thread, "_name");
  if (!text || !is_str(text.get())) {
    if (error_occurred()) clear_error();
    return false;
  }
  *name = str_to_std(text.as<Str>());
  return true;
}

void name_threads(Profiler* p) {
  for (auto& [serial, thread] : p->threads) {
    std::string name;
    if (thread.named || thread.ident == 0 || !threading_name(thread.ident, &name)) continue;
    p->tree.functions[p->tree.nodes[thread.root].function].name = std::move(name);
    thread.named = true;
  }
}

void timespec_add_ns(timespec* t, int64_t ns) {
  ns += t->tv_nsec;
  t->tv_sec += static_cast<time_t>(ns / 1000000000);
  t->tv_nsec = static_cast<long>(ns % 1000000000);
}

int64_t elapsed_ns(const timespec& from, const timespec& to) {
  return (to.tv_sec - from.tv_sec) * 1000000000LL + (to.tv_nsec - from.tv_nsec);
}

// The timer thread: it wakes once per interval of wall time (so that it
// always sees the stop request) and counts the whole intervals the
// profiler's clock (the process's CPU time, or wall time) has advanced by.
void timer_loop(Profiler* p) {
  const int64_t interval_ns = p->interval_us * 1000LL;
  timespec wake = p->started_wall;
  timespec counted = p->started;  // ticks are counted up to here
  while (!p->stop.load(std::memory_order_relaxed)) {
    timespec_add_ns(&wake, interval_ns);
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &wake, nullptr) == EINTR) {
    }
    timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (elapsed_ns(wake, now) > interval_ns) wake = now;  // not scheduled for a while
    clock_gettime(p->clock, &now);
    int64_t ticks = elapsed_ns(counted, now) / interval_ns;
    if (ticks <= 0) continue;
    timespec_add_ns(&counted, ticks * interval_ns);
    p->ticks.fetch_add(static_cast<uint64_t>(ticks), std::memory_order_relaxed);
    g_eval_breaker.fetch_or(kSampleBit, std::memory_order_relaxed);
  }
}

void forget_in_child() {
  if (g_profiler != nullptr) g_profiler->forked = true;
}

bool parse_interval(const std::string& text, unsigned* us) {
  char* end = nullptr;
  long n = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || n < 1 || n > static_cast<long>(kMaxIntervalUs)) return false;
  *us = static_cast<unsigned>(n);
  return true;
}

// Turns the code objects into text and gives them back.
void resolve_functions(Profiler* p) {
  for (auto& [code, index] : p->functions) {
    ProfileFunction& f = p->tree.functions[index];
    f.name = is_str(code->qualname) ? str_to_std(code->qualname.as<Str>()) : "?";
    f.file = is_str(code->filename) ? str_to_std(code->filename.as<Str>()) : "?";
    f.line = code->firstlineno;
    decref(code);
  }
  p->functions.clear();
}

std::string program_title() {
  Value argv = sys_attr("argv");
  std::string title = "taipan";
  if (argv.is_null() || !is_list(argv)) return title;
  List* list = argv.as<List>();
  for (int64_t i = 0; i < list->size; ++i) {
    if (is_str(list->items[i])) title += " " + str_to_std(list->items[i].as<Str>());
  }
  return title;
}

}  // namespace

int profiler_start_from_options(const std::vector<std::string>& xoptions) {
  std::string path;
  unsigned interval_us = kDefaultIntervalUs;
  clockid_t clock = CLOCK_PROCESS_CPUTIME_ID;
  for (const std::string& x : xoptions) {
    if (x == "profile") path = "profile.html";
    if (x.starts_with("profile=")) path = x.substr(8);
    if (x == "profile_clock=wall" || x == "profile_clock=cpu") {
      clock = x.ends_with("wall") ? CLOCK_MONOTONIC : CLOCK_PROCESS_CPUTIME_ID;
    } else if (x.starts_with("profile_clock=")) {
      std::fprintf(stderr, "taipan: -X %s: the clock is cpu or wall\n", x.c_str());
      return -1;
    }
    if (x.starts_with("profile_interval=") && !parse_interval(x.substr(17), &interval_us)) {
      std::fprintf(stderr, "taipan: -X %s: the interval is a number of microseconds from 1 to %u\n", x.c_str(),
                   kMaxIntervalUs);
      return -1;
    }
  }
  if (path.empty()) return 0;
  if (FILE* probe = std::fopen(path.c_str(), "w")) {
    std::fclose(probe);
  } else {
    std::fprintf(stderr, "taipan: -X profile: cannot write %s: %s\n", path.c_str(), std::strerror(errno));
    return -1;
  }
  auto* p = new Profiler();
  p->path = path;
  p->interval_us = interval_us;
  p->clock = clock;
  add_node(p, add_function(p, ProfileKind::kRoot, "all threads"));
  p->waiting_function = add_function(p, ProfileKind::kWaiting, "<not running Python>");
  p->truncated_function = add_function(p, ProfileKind::kTruncated, "<older frames>");
  clock_gettime(clock, &p->started);
  clock_gettime(CLOCK_MONOTONIC, &p->started_wall);
  g_profiler = p;
  static bool registered = false;
  if (!registered) pthread_atfork(nullptr, nullptr, forget_in_child);
  registered = true;
  // The timer thread takes no signal: they go to the threads running Python.
  sigset_t all, previous;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &previous);
  p->timer = std::thread(timer_loop, p);
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  return 0;
}

void profiler_take_sample(bool may_run_code) {
  g_eval_breaker.fetch_and(~kSampleBit, std::memory_order_relaxed);
  Profiler* p = g_profiler;
  ThreadState* running = current_thread();
  if (p == nullptr || p->forked || p->sampling || running == nullptr) return;
  uint64_t ticks = p->ticks.exchange(0, std::memory_order_relaxed);
  if (ticks == 0) return;
  p->sampling = true;
  // Every stack is read under the GIL: no thread can push or pop a frame.
  for (ThreadState* ts = thread_state_first(); ts != nullptr; ts = ts->next) {
    if (ts->current_frame != nullptr) record_stack(p, ts, ts != running, ticks);
  }
  // Looking names up allocates (a collection may run finalisers): only after
  // the walk over the thread states, and never with an exception pending.
  if (may_run_code && !error_occurred()) name_threads(p);
  p->sampling = false;
}

void profiler_finish() {
  Profiler* p = g_profiler;
  if (p == nullptr || p->forked) return;  // a forked child has no timer to join
  g_profiler = nullptr;
  p->stop.store(true, std::memory_order_relaxed);
  p->timer.join();
  g_eval_breaker.fetch_and(~kSampleBit, std::memory_order_relaxed);
  timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  p->tree.interval_us = p->interval_us;
  p->tree.seconds = static_cast<double>(elapsed_ns(p->started_wall, now)) / 1e9;
  p->tree.wall_clock = p->clock == CLOCK_MONOTONIC;
  resolve_functions(p);
  std::string title = program_title();
  if (error_occurred()) clear_error();
  bool written = write_flamegraph(p->tree, title, p->path);
  int error = errno;
  std::string table = profile_table(p->tree, kTableRows);
  table += written ? "flame graph: " + p->path + "\n"
                   : "taipan: cannot write the flame graph to " + p->path + ": " + std::strerror(error) + "\n";
  std::fputs(table.c_str(), stderr);
  std::fflush(stderr);
  delete p;
}

}  // namespace taipan
