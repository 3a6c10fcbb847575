// The `_tracemalloc` module under CPython's tracemalloc.py: while tracing,
// every heap object allocated (alloc_hooks.h) is a trace — its size and the
// Python stack that made it (up to the traceback limit, most recent frame
// first) — until it is freed. Sizes are Taipan's object sizes, not
// CPython's, and memory that is not an object (a list's item array, a
// dict's table) is not traced.
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "compiler/code.h"
#include "modules/modules.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/alloc_hooks.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

namespace taipan {

namespace {

constexpr int kMaxFrames = 65535;

// A traceback: (filename index, line) pairs, most recent first, and how
// deep the stack really was.
struct Traceback {
  std::vector<std::pair<int, int>> frames;
  int total;
};

struct Trace {
  size_t size;
  int traceback;  // index into State::tracebacks
};

struct State {
  bool tracing = false;
  bool busy = false;  // inside a hook: its own allocations are not traced
  int limit = 1;
  size_t current = 0;
  size_t peak = 0;
  std::unordered_map<const Object*, Trace> traces;
  // Tracebacks and file names, each kept once (the names owned).
  std::vector<Traceback> tracebacks;
  std::unordered_map<std::string, int> traceback_index;
  std::vector<Value> filenames;
  std::unordered_map<const Object*, int> filename_index;
};

State& state() {
  static State* s = new State();  // lives as long as the process
  return *s;
}

int filename_id(State& s, Value name) {
  auto [it, added] = s.filename_index.emplace(name.is_object() ? name.as_object() : nullptr,
                                              static_cast<int>(s.filenames.size()));
  if (added) {
    incref(name);
    s.filenames.push_back(name);
  }
  return it->second;
}

// The current thread's stack as a traceback id.
int capture(State& s) {
  Traceback tb{{}, 0};
  ThreadState* ts = current_thread();
  for (Frame* f = ts != nullptr ? ts->current_frame : nullptr; f != nullptr; f = f->previous) {
    if (static_cast<int>(tb.frames.size()) < s.limit) tb.frames.emplace_back(filename_id(s, f->code->filename), f->lineno());
    tb.total++;
  }
  std::string key(reinterpret_cast<const char*>(tb.frames.data()), tb.frames.size() * sizeof(tb.frames[0]));
  key += std::to_string(tb.total);
  auto [it, added] = s.traceback_index.emplace(std::move(key), static_cast<int>(s.tracebacks.size()));
  if (added) s.tracebacks.push_back(std::move(tb));
  return it->second;
}

void remove_trace(State& s, const Object* o);

void add_trace(State& s, const Object* o, size_t size, int traceback) {
  remove_trace(s, o);
  s.traces[o] = Trace{size, traceback};
  s.current += size;
  if (s.current > s.peak) s.peak = s.current;
}

void remove_trace(State& s, const Object* o) {
  auto it = s.traces.find(o);
  if (it == s.traces.end()) return;
  s.current -= it->second.size;
  s.traces.erase(it);
}

void on_allocated(Object* o, size_t size) {
  State& s = state();
  if (s.busy) return;
  s.busy = true;
  add_trace(s, o, size, capture(s));
  s.busy = false;
}

void on_resized(Object* old, Object* now, size_t size) {
  State& s = state();
  if (s.busy) return;
  s.busy = true;
  auto it = s.traces.find(old);
  if (it != s.traces.end()) {
    int traceback = it->second.traceback;
    remove_trace(s, old);
    add_trace(s, now, size, traceback);
  }
  s.busy = false;
}

// Always, busy or not: a freed address must not keep a trace.
void on_freed(Object* o) { remove_trace(state(), o); }

const AllocHooks kHooks{on_allocated, on_resized, on_freed};

void clear_traces(State& s) {
  s.traces.clear();
  s.tracebacks.clear();
  s.traceback_index.clear();
  s.current = s.peak = 0;
  std::vector<Value> names = std::move(s.filenames);
  s.filenames.clear();
  s.filename_index.clear();
  for (Value v : names) decref(v);
}

void stop_tracing(State& s) {
  if (!s.tracing) return;
  set_alloc_hooks(nullptr);
  s.tracing = false;
  clear_traces(s);
}

// A traceback as the tuple tracemalloc.py reads: ((filename, lineno), ...).
Ref traceback_tuple(State& s, int id) {
  const Traceback& tb = s.tracebacks[static_cast<size_t>(id)];
  Ref out = Ref::steal(tuple_new(static_cast<int64_t>(tb.frames.size())));
  if (!out) return nullptr;
  for (size_t i = 0; i < tb.frames.size(); i++) {
    Ref frame = tuple_pack({s.filenames[static_cast<size_t>(tb.frames[i].first)], Value::small_int(tb.frames[i].second)});
    if (!frame) return nullptr;
    out.as<Tuple>()->items[i] = frame.release();
  }
  if (tb.frames.empty()) {
    // No Python frame: CPython's "<unknown>" frame.
    Ref unknown = str_from_utf8("<unknown>");
    Ref frame = unknown ? tuple_pack({*unknown, Value::small_int(0)}) : nullptr;
    return frame ? tuple_pack({*frame}) : nullptr;
  }
  return out;
}

Ref tracemalloc_is_tracing(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("is_tracing", nargs, kwnames)) return nullptr;
  return Ref::boolean(state().tracing);
}

Ref tracemalloc_start(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("start", kwnames) || !check_arg_count("start", nargs, 0, 1)) return nullptr;
  int64_t nframe = 1;
  if (nargs == 1) {
    nframe = as_int64(args[0]);
    if (nframe == -1 && error_occurred()) return nullptr;
  }
  if (nframe < 1 || nframe > kMaxFrames) {
    return raise(exc::ValueError, "the number of frames must be in range [1; " + std::to_string(kMaxFrames) + "]");
  }
  State& s = state();
  s.limit = static_cast<int>(nframe);
  if (!s.tracing) {
    s.tracing = true;
    set_alloc_hooks(&kHooks);
  }
  return Ref::none();
}

Ref tracemalloc_stop(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("stop", nargs, kwnames)) return nullptr;
  stop_tracing(state());
  return Ref::none();
}

Ref tracemalloc_clear_traces(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("clear_traces", nargs, kwnames)) return nullptr;
  State& s = state();
  if (s.tracing) clear_traces(s);
  return Ref::none();
}

Ref tracemalloc_reset_peak(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("reset_peak", nargs, kwnames)) return nullptr;
  State& s = state();
  s.peak = s.current;
  return Ref::none();
}

Ref tracemalloc_traceback_limit(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("get_traceback_limit", nargs, kwnames)) return nullptr;
  return Ref::small_int(state().limit);
}

Ref tracemalloc_traced_memory(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("get_traced_memory", nargs, kwnames)) return nullptr;
  State& s = state();
  Ref current = int_from_uint64(s.current), peak = int_from_uint64(s.peak);
  return current && peak ? tuple_pack({*current, *peak}) : nullptr;
}

Ref tracemalloc_memory(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("get_tracemalloc_memory", nargs, kwnames)) return nullptr;
  State& s = state();
  size_t bytes = s.traces.size() * (sizeof(Trace) + 2 * sizeof(void*));
  for (const Traceback& tb : s.tracebacks) bytes += sizeof(Traceback) + tb.frames.size() * sizeof(tb.frames[0]);
  return int_from_uint64(bytes);
}

Ref tracemalloc_object_traceback(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_get_object_traceback", kwnames) || !check_arg_count("_get_object_traceback", nargs, 1, 1)) {
    return nullptr;
  }
  State& s = state();
  if (!s.tracing || !args[0].is_object()) return Ref::none();
  auto it = s.traces.find(args[0].as_object());
  if (it == s.traces.end()) return Ref::none();
  s.busy = true;
  Ref r = traceback_tuple(s, it->second.traceback);
  s.busy = false;
  return r;
}

// [(domain, size, traceback, total_nframe), ...], made with tracing paused
// (the list's own objects are not traces).
Ref tracemalloc_traces(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("_get_traces", nargs, kwnames)) return nullptr;
  State& s = state();
  Ref out = Ref::steal(static_cast<Object*>(list_new(0)));
  if (!out || !s.tracing) return out;
  s.busy = true;
  std::vector<Ref> tracebacks(s.tracebacks.size());
  Ref result = out;
  for (const auto& [object, trace] : s.traces) {
    Ref& tb = tracebacks[static_cast<size_t>(trace.traceback)];
    if (!tb) tb = traceback_tuple(s, trace.traceback);
    Ref size = int_from_uint64(trace.size);
    Ref entry = tb && size ? tuple_pack({Value::small_int(0), *size, *tb,
                                         Value::small_int(s.tracebacks[static_cast<size_t>(trace.traceback)].total)})
                           : nullptr;
    if (!entry || list_append(out.as<List>(), *entry) < 0) {
      result = nullptr;
      break;
    }
  }
  s.busy = false;
  return result;
}

const MethodDef kTracemallocFunctions[] = {
    {"is_tracing", tracemalloc_is_tracing, kMethodInstance, "Return True if the tracemalloc module is tracing Python memory allocations."},
    {"start", tracemalloc_start, kMethodInstance, "Start tracing Python memory allocations."},
    {"stop", tracemalloc_stop, kMethodInstance, "Stop tracing Python memory allocations."},
    {"clear_traces", tracemalloc_clear_traces, kMethodInstance, "Clear traces of memory blocks allocated by Python."},
    {"reset_peak", tracemalloc_reset_peak, kMethodInstance, "Set the peak size of memory blocks traced by tracemalloc to the current size."},
    {"get_traceback_limit", tracemalloc_traceback_limit, kMethodInstance, "Get the maximum number of frames stored in the traceback of a trace."},
    {"get_traced_memory", tracemalloc_traced_memory, kMethodInstance, "Get the current size and peak size of memory blocks traced by tracemalloc."},
    {"get_tracemalloc_memory", tracemalloc_memory, kMethodInstance, "Get the memory usage in bytes of the tracemalloc module."},
    {"_get_object_traceback", tracemalloc_object_traceback, kMethodInstance, "Get the traceback where the Python object was allocated."},
    {"_get_traces", tracemalloc_traces, kMethodInstance, "Get traces of all memory blocks allocated by Python."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_tracemalloc_module() {
  Ref module = module_new("_tracemalloc", true);
  if (!module || module_add_functions(module.get(), kTracemallocFunctions) < 0) return nullptr;
  return module;
}

}  // namespace taipan
