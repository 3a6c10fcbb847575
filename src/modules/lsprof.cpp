// _lsprof: the deterministic profiler under CPython's cProfile. A Profiler
// is installed as the thread's profile hook (called natively, with no frame
// object or f_locals work: vm/tracing.h) and keeps, per function (a code
// object, or a builtin keyed by its method table entry), the calls, the
// recursive calls, the total and the inline time, plus the same per
// caller-callee pair ("subcalls"). getstats() hands them to pstats as
// profiler_entry / profiler_subentry struct sequences.
#include <time.h>

#include <unordered_map>
#include <vector>

#include "modules/modules.h"
#include "objects/descriptors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "runtime/struct_sequence.h"
#include "vm/tracing.h"

namespace taipan {
namespace {

struct Stats {
  int64_t total = 0;   // time in the function and its callees (outermost calls)
  int64_t inline_ = 0; // time in the function itself
  int64_t calls = 0;
  int64_t recursive_calls = 0;
  int recursion = 0;   // calls active now
};

struct Entry {
  Value user;  // owned: the code object, or the builtin's description
  Stats stats;
  std::vector<std::pair<Entry*, Stats>> callees;  // subcalls, first call first

  Stats* callee(Entry* e) {
    for (auto& c : callees) {
      if (c.first == e) return &c.second;
    }
    return nullptr;
  }
};

// One active call.
struct Context {
  Entry* entry;
  int64_t start;
  int64_t in_callees;
};

constexpr int kSubcalls = 1;
constexpr int kBuiltins = 2;

struct ProfilerObject : Object {
  Value timer;      // owned, or null: the default clock
  double timeunit;  // scale of an external timer's int results, or 0
  int flags;
  std::unordered_map<const void*, Entry*>* entries;
  std::vector<Entry*>* order;  // entries in creation order
  std::vector<Context>* stack;
};

Type profiler_type;
Type entry_type;
Type subentry_type;

const char* const kEntryFields[] = {"code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls"};
const char* const kSubentryFields[] = {"code", "callcount", "reccallcount", "totaltime", "inlinetime"};
const StructSequenceDesc kEntryDesc = {"_lsprof.profiler_entry", kEntryFields, 6, -1, true};
const StructSequenceDesc kSubentryDesc = {"_lsprof.profiler_subentry", kSubentryFields, 5, -1, true};

ProfilerObject* as_profiler(Value v) { return v.as<ProfilerObject>(); }

int64_t now(ProfilerObject* p) {
  if (p->timer.is_null()) {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
  }
  Ref r = call(p->timer, nullptr, 0);
  double d = 0;
  if (!r) {
    write_unraisable(p->timer);
    return 0;
  }
  if (number_to_double(*r, &d) <= 0) {
    clear_error();
    return 0;
  }
  return p->timeunit > 0.0 ? static_cast<int64_t>(d) : static_cast<int64_t>(d * 1e9);
}

// What getstats() shows for a builtin: as CPython, the repr of the method
// found on its instance's type, else "<built-in method module.name>".
Ref describe_builtin(BuiltinFunction* fn) {
  Value self = fn->self;
  if (!self.is_null() && !is_module(self)) {
    Value found = type_lookup(type_of(self), fn->def->name);
    if (!found.is_null()) return repr(found);
  }
  std::string name = "<built-in method ";
  if (!fn->module.is_null() && is_str(fn->module)) name += std::string(str_utf8(fn->module.as<Str>())) + ".";
  return str_from_utf8(name + fn->def->name + ">");
}

Entry* entry_for(ProfilerObject* p, const void* key, Value user_or_builtin) {
  auto it = p->entries->find(key);
  if (it != p->entries->end()) return it->second;
  Ref user = is_builtin_function(user_or_builtin) ? describe_builtin(user_or_builtin.as<BuiltinFunction>())
                                                   : Ref::borrow(user_or_builtin);
  if (!user) {
    clear_error();
    user = Ref::none();
  }
  auto* e = new Entry{user.release(), {}, {}};
  p->entries->emplace(key, e);
  p->order->push_back(e);
  return e;
}

void enter(ProfilerObject* p, const void* key, Value user) {
  Entry* e = entry_for(p, key, user);
  e->stats.recursion++;
  if ((p->flags & kSubcalls) && !p->stack->empty()) {
    Entry* caller = p->stack->back().entry;
    Stats* s = caller->callee(e);
    if (s == nullptr) {
      caller->callees.push_back({e, Stats{}});
      s = &caller->callees.back().second;
    }
    s->recursion++;
  }
  p->stack->push_back(Context{e, 0, 0});
  p->stack->back().start = now(p);
}

void account(Stats* s, int64_t total, int64_t inline_time) {
  if (--s->recursion == 0) {
    s->total += total;
  } else {
    s->recursive_calls++;
  }
  s->inline_ += inline_time;
  s->calls++;
}

// Ends the innermost call.
void stop(ProfilerObject* p) {
  Context c = p->stack->back();
  p->stack->pop_back();
  int64_t total = now(p) - c.start;
  int64_t inline_time = total - c.in_callees;
  account(&c.entry->stats, total, inline_time);
  if (!p->stack->empty()) {
    p->stack->back().in_callees += total;
    if (p->flags & kSubcalls) {
      if (Stats* s = p->stack->back().entry->callee(c.entry)) account(s, total, inline_time);
    }
  }
}

void leave(ProfilerObject* p, const void* key) {
  if (p->stack->empty()) return;
  if (p->entries->find(key) == p->entries->end()) {
    p->stack->pop_back();
    return;
  }
  stop(p);
}

// The profile hook (vm/tracing.h).
void profiler_event(Value self, Frame* f, int what, Value arg) {
  ProfilerObject* p = as_profiler(self);
  switch (what) {
    case kTraceCall: enter(p, f->code, Value::object(f->code)); break;
    case kTraceReturn: leave(p, f->code); break;
    case kTraceCCall:
      if ((p->flags & kBuiltins) && is_builtin_function(arg)) enter(p, arg.as<BuiltinFunction>()->def, arg);
      break;
    case kTraceCReturn:
    case kTraceCException:
      if ((p->flags & kBuiltins) && is_builtin_function(arg)) leave(p, arg.as<BuiltinFunction>()->def);
      break;
    default: break;
  }
}

bool flag_arg(Value v, bool fallback) { return v.is_null() ? fallback : is_true(v) > 0; }

Ref profiler_new(Type* type, const Value*, size_t, Tuple*) {
  auto* p = static_cast<ProfilerObject*>(alloc_object(type, static_cast<size_t>(type->basic_size)));
  if (p == nullptr) return nullptr;
  p->flags = kSubcalls | kBuiltins;
  p->entries = new std::unordered_map<const void*, Entry*>();
  p->order = new std::vector<Entry*>();
  p->stack = new std::vector<Context>();
  return Ref::steal(p);
}

int profiler_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"timer", "timeunit", "subcalls", "builtins"};
  static const ArgSpec kSpec = {"Profiler", kNames, 4, 0, 0};
  Value a[4];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return -1;
  ProfilerObject* p = as_profiler(self);
  double unit = 0.0;
  if (!a[1].is_null() && number_to_double(a[1], &unit) <= 0) {
    if (!error_occurred()) raise(exc::TypeError, "must be real number, not " + std::string(type_name_of(a[1])));
    return -1;
  }
  Value old = p->timer;
  p->timer = a[0].is_null() || a[0].is_none() ? Value() : Ref::borrow(a[0]).release();
  decref(old);
  p->timeunit = unit;
  p->flags = (flag_arg(a[2], true) ? kSubcalls : 0) | (flag_arg(a[3], true) ? kBuiltins : 0);
  return 0;
}

void profiler_clear_data(ProfilerObject* p) {
  for (Entry* e : *p->order) {
    decref(e->user);
    delete e;
  }
  p->order->clear();
  p->entries->clear();
  p->stack->clear();
}

// Ends every call still open (at disable), as CPython's flush_unmatched.
void flush(ProfilerObject* p) {
  while (!p->stack->empty()) stop(p);
}

Ref profiler_enable(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"subcalls", "builtins"};
  static const ArgSpec kSpec = {"enable", kNames, 2, 0, 0};
  Value a[2];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  ProfilerObject* p = as_profiler(self);
  // A flag not given keeps its value.
  p->flags = (flag_arg(a[0], p->flags & kSubcalls) ? kSubcalls : 0) | (flag_arg(a[1], p->flags & kBuiltins) ? kBuiltins : 0);
  set_profile_hook(current_thread(), self);
  return Ref::none();
}

Ref profiler_disable(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("disable", kwnames) || !check_arg_count("disable", nargs, 0, 0)) return nullptr;
  ThreadState* ts = current_thread();
  if (ts->profile_func.bits() == self.bits()) set_profile_hook(ts, Value());
  flush(as_profiler(self));
  return Ref::none();
}

Ref profiler_clear(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("clear", kwnames) || !check_arg_count("clear", nargs, 0, 0)) return nullptr;
  profiler_clear_data(as_profiler(self));
  return Ref::none();
}

Ref stats_items(Type* t, Value user, const Stats& s, double factor, Value calls) {
  Ref items[6] = {Ref::borrow(user), int_from_int64(s.calls), int_from_int64(s.recursive_calls),
                  Ref::from_double(static_cast<double>(s.total) * factor),
                  Ref::from_double(static_cast<double>(s.inline_) * factor), Ref::borrow(calls)};
  Value v[6];
  for (int i = 0; i < 6; i++) v[i] = *items[i];
  return struct_sequence_new(t, v);
}

Ref profiler_getstats(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("getstats", kwnames) || !check_arg_count("getstats", nargs, 0, 0)) return nullptr;
  ProfilerObject* p = as_profiler(self);
  double factor = !p->timer.is_null() && p->timeunit > 0.0 ? p->timeunit : 1e-9;
  Ref result = Ref::steal(list_new(0));
  if (!result) return nullptr;
  for (Entry* e : *p->order) {
    if (e->stats.calls == 0) continue;
    Ref calls = Ref::none();  // None for a function that called nothing
    if ((p->flags & kSubcalls) && !e->callees.empty()) {
      calls = Ref::steal(list_new(0));
      if (!calls) return nullptr;
      for (auto& [callee, s] : e->callees) {
        if (s.calls == 0) continue;
        Ref sub = stats_items(&subentry_type, callee->user, s, factor, Value::none());
        if (!sub || list_append(calls.as<List>(), *sub) < 0) return nullptr;
      }
    }
    Ref entry = stats_items(&entry_type, e->user, e->stats, factor, *calls);
    if (!entry || list_append(result.as<List>(), *entry) < 0) return nullptr;
  }
  return result;
}

void profiler_traverse(Object* self, VisitFn visit, void* arg) {
  auto* p = static_cast<ProfilerObject*>(self);
  if (!p->timer.is_null()) visit(p->timer, arg);
  for (Entry* e : *p->order) visit(e->user, arg);
}

void profiler_clear_slot(Object* self) {
  auto* p = static_cast<ProfilerObject*>(self);
  Value timer = p->timer;
  p->timer = Value();
  decref(timer);
  if (p->order != nullptr) profiler_clear_data(p);
}

void profiler_dealloc(Object* self) {
  auto* p = static_cast<ProfilerObject*>(self);
  ThreadState* ts = current_thread();
  if (ts != nullptr && ts->profile_func.bits() == Value::object(self).bits()) set_profile_hook(ts, Value());
  profiler_clear_slot(self);
  delete p->entries;
  delete p->order;
  delete p->stack;
  free_object(self);
}

const MethodDef kProfilerMethods[] = {
    {"enable", profiler_enable, kMethodInstance, "enable(subcalls=True, builtins=True)\n\nStart collecting profiling information."},
    {"disable", profiler_disable, kMethodInstance, "disable()\n\nStop collecting profiling information."},
    {"clear", profiler_clear, kMethodInstance, "clear()\n\nClear all profiling information collected so far."},
    {"getstats", profiler_getstats, kMethodInstance, "getstats() -> list of profiler_entry objects"},
    {nullptr, nullptr, 0, nullptr},
};

int init_lsprof_types() {
  if (type_has_flag(&profiler_type, kTypeReady)) return 0;
  if (struct_sequence_init_type(&entry_type, &kEntryDesc) < 0) return -1;
  if (struct_sequence_init_type(&subentry_type, &kSubentryDesc) < 0) return -1;
  profiler_type.refcnt = kImmortalRefcnt;
  profiler_type.type = &type_type;
  profiler_type.name = "_lsprof.Profiler";
  profiler_type.basic_size = sizeof(ProfilerObject);
  profiler_type.flags = kTypeBaseType | kTypeGC;
  profiler_type.base = &object_type;
  profiler_type.methods = kProfilerMethods;
  profiler_type.new_ = profiler_new;
  profiler_type.init = profiler_init;
  profiler_type.dealloc = profiler_dealloc;
  profiler_type.traverse = profiler_traverse;
  profiler_type.clear = profiler_clear_slot;
  profiler_type.doc = "Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n"
                      "    Builds a profiler object using the specified timer function.\n"
                      "    The default timer is a fast built-in one based on real time.\n"
                      "    For custom timer functions returning integers, timeunit can\n"
                      "    be a float specifying a scale (i.e. how long each integer unit\n"
                      "    is, in seconds).\n";
  if (type_ready(&profiler_type) < 0) return -1;
  register_native_profiler(&profiler_type, profiler_event);
  return 0;
}

}  // namespace

Ref make_lsprof_module() {
  if (init_lsprof_types() < 0) return nullptr;
  Ref module = module_new("_lsprof", true);
  if (!module) return nullptr;
  if (module_add(*module, "Profiler", Value::object(&profiler_type)) < 0 ||
      module_add(*module, "profiler_entry", Value::object(&entry_type)) < 0 ||
      module_add(*module, "profiler_subentry", Value::object(&subentry_type)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
