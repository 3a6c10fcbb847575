// The `_asyncio` module: Future and Task (future.cpp, task.cpp), the running
// loop of each thread (remembered with the process's fork generation, so a
// forked child sees none), and the task registry tasks.py reads: `_all_tasks` (a WeakSet)
// and `_current_tasks` (loop -> the task running on it).
#include <pthread.h>

#include "modules/asyncio/asyncio_internal.h"
#include "modules/modules.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/protocol.h"

namespace taipan {

namespace asyncio_native {

namespace {

// Counts the forks that led to this process: CPython compares process ids,
// but getpid() is a system call on every get_running_loop().
unsigned g_fork_generation = 0;

struct RunningLoop {
  Value loop;  // owned; null when none
  unsigned fork_generation = 0;
};
thread_local RunningLoop t_running_loop;

Helpers g_helpers;
bool g_helpers_ready = false;

Value running_loop() {
  if (t_running_loop.loop.is_null() || t_running_loop.fork_generation != g_fork_generation) return Value();
  return t_running_loop.loop;
}

// Looks `name` up in module `module`, keeping the reference for good.
bool fetch(Value* slot, const char* module, const char* name) {
  Ref m = import_module(module);
  if (!m) return false;
  Ref v = getattr(m.get(), name);
  if (!v) return false;
  *slot = v.release();
  return true;
}

Ref get_running_loop_fn(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("get_running_loop", kwnames) || !check_arg_count("get_running_loop", nargs, 0, 0)) return nullptr;
  Value loop = running_loop();
  if (loop.is_null()) return raise(exc::RuntimeError, "no running event loop");
  return Ref::borrow(loop);
}

Ref underscore_get_running_loop_fn(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_get_running_loop", kwnames) || !check_arg_count("_get_running_loop", nargs, 0, 0)) return nullptr;
  Value loop = running_loop();
  return loop.is_null() ? Ref::none() : Ref::borrow(loop);
}

Ref set_running_loop_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_set_running_loop", kwnames) || !check_arg_count("_set_running_loop", nargs, 1, 1)) return nullptr;
  Value old = t_running_loop.loop;
  t_running_loop.loop = Value();
  if (!args[0].is_none()) {
    incref(args[0]);
    t_running_loop.loop = args[0];
  }
  t_running_loop.fork_generation = g_fork_generation;
  if (!old.is_null()) decref(old);
  return Ref::none();
}

// The running loop, else the policy's get_event_loop().
Ref event_loop() {
  Value loop = running_loop();
  if (!loop.is_null()) return Ref::borrow(loop);
  const Helpers* h = helpers();
  if (h == nullptr) return nullptr;
  Ref policy = call(h->get_event_loop_policy, {});
  if (!policy) return nullptr;
  return call_method(policy.get(), "get_event_loop", {});
}

Ref get_event_loop_fn(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("get_event_loop", kwnames) || !check_arg_count("get_event_loop", nargs, 0, 0)) return nullptr;
  return event_loop();
}

Ref underscore_get_event_loop_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"stacklevel"};
  static const ArgSpec spec = {"_get_event_loop", names, 1, 0, 0};
  Value a[1];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  return event_loop();
}

Ref task_arg_call(const char* name, const Value* args, size_t nargs, Tuple* kwnames, int (*fn)(Value, Value)) {
  static const char* const names[] = {"loop", "task"};
  ArgSpec spec = {name, names, 2, 0, 2};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  return fn(a[0], a[1]) < 0 ? nullptr : Ref::none();
}

Ref enter_task_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return task_arg_call("_enter_task", args, nargs, kwnames, enter_task);
}

Ref leave_task_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return task_arg_call("_leave_task", args, nargs, kwnames, leave_task);
}

Ref register_task_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"task"};
  static const ArgSpec spec = {"_register_task", names, 1, 0, 1};
  Value a[1];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  return register_task(a[0]) < 0 ? nullptr : Ref::none();
}

Ref unregister_task_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"task"};
  static const ArgSpec spec = {"_unregister_task", names, 1, 0, 1};
  Value a[1];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  const Helpers* h = helpers();
  if (h == nullptr) return nullptr;
  return call_method(h->all_tasks, "discard", {a[0]});
}

const MethodDef kAsyncioFunctions[] = {
    {"get_running_loop", get_running_loop_fn, kMethodInstance, "Return the running event loop.  Raise a RuntimeError if there is none."},
    {"_get_running_loop", underscore_get_running_loop_fn, kMethodInstance, "Return the running event loop or None."},
    {"_set_running_loop", set_running_loop_fn, kMethodInstance, "Set the running event loop."},
    {"get_event_loop", get_event_loop_fn, kMethodInstance, "Return an asyncio event loop."},
    {"_get_event_loop", underscore_get_event_loop_fn, kMethodInstance, nullptr},
    {"_enter_task", enter_task_fn, kMethodInstance, "Enter into task execution or resume suspended task."},
    {"_leave_task", leave_task_fn, kMethodInstance, "Leave task execution or suspend a task."},
    {"_register_task", register_task_fn, kMethodInstance, "Register a new task in asyncio as executed by loop."},
    {"_unregister_task", unregister_task_fn, kMethodInstance, "Unregister a task."},
    {nullptr, nullptr, 0, nullptr},
};

std::string repr_text(Value v) {
  Ref r = repr(v);
  return r ? str_to_std(r.as<Str>()) : std::string();
}

}  // namespace

const Helpers* helpers() {
  if (g_helpers_ready) return &g_helpers;
  Helpers& h = g_helpers;
  bool ok = fetch(&h.invalid_state_error, "asyncio.exceptions", "InvalidStateError") &&
            fetch(&h.cancelled_error, "asyncio.exceptions", "CancelledError") &&
            fetch(&h.future_repr, "asyncio.base_futures", "_future_repr") &&
            fetch(&h.future_repr_info, "asyncio.base_futures", "_future_repr_info") &&
            fetch(&h.task_repr, "asyncio.base_tasks", "_task_repr") &&
            fetch(&h.task_repr_info, "asyncio.base_tasks", "_task_repr_info") &&
            fetch(&h.task_get_stack, "asyncio.base_tasks", "_task_get_stack") &&
            fetch(&h.task_print_stack, "asyncio.base_tasks", "_task_print_stack") &&
            fetch(&h.extract_stack, "traceback", "extract_stack") &&
            fetch(&h.copy_context, "contextvars", "copy_context") &&
            fetch(&h.iscoroutine, "asyncio.coroutines", "iscoroutine") &&
            fetch(&h.get_event_loop_policy, "asyncio.events", "get_event_loop_policy");
  if (!ok) return nullptr;
  g_helpers_ready = true;
  return &g_helpers;
}

int register_task(Value task) {
  return call_method(g_helpers.all_tasks, "add", {task}) ? 0 : -1;
}

int enter_task(Value loop, Value task) {
  Dict* current = g_helpers.current_tasks.as<Dict>();
  Value running = dict_get(current, loop);
  if (running.is_null() && error_occurred()) return -1;
  if (!running.is_null()) {
    raise(exc::RuntimeError, "Cannot enter into task " + repr_text(task) + " while another task " +
                                 repr_text(running) + " is being executed.");
    return -1;
  }
  return dict_set(current, loop, task);
}

int leave_task(Value loop, Value task) {
  Dict* current = g_helpers.current_tasks.as<Dict>();
  Value running = dict_get(current, loop);
  if (running.is_null() && error_occurred()) return -1;
  if (running != task) {
    raise(exc::RuntimeError, "Leaving task " + repr_text(task) + " does not match the current task " +
                                 (running.is_null() ? std::string("None") : repr_text(running)) + ".");
    return -1;
  }
  return dict_del(current, loop);
}

}  // namespace asyncio_native

Ref make_asyncio_module() {
  using namespace asyncio_native;
  if (init_future_types() < 0 || init_task_type() < 0) return nullptr;
  if (g_helpers.all_tasks.is_null()) {
    pthread_atfork(nullptr, nullptr, [] { ++g_fork_generation; });
    Ref weakref = import_module("weakref");
    if (!weakref) return nullptr;
    Ref all = call_method(weakref.get(), "WeakSet", {});
    if (!all) return nullptr;
    g_helpers.all_tasks = all.release();
    g_helpers.current_tasks = Value::object(dict_new());
    if (g_helpers.current_tasks.is_null()) return nullptr;
  }
  Ref module = module_new("_asyncio", true);
  if (!module || module_add_functions(module.get(), kAsyncioFunctions) < 0) return nullptr;
  if (module_add(module.get(), "Future", Value::object(&future_type)) < 0 ||
      module_add(module.get(), "Task", Value::object(&task_type)) < 0 ||
      module_add(module.get(), "_all_tasks", g_helpers.all_tasks) < 0 ||
      module_add(module.get(), "_current_tasks", g_helpers.current_tasks) < 0) {
    return nullptr;
  }
  // Which loop asyncio makes by default (-X uvloop): lib/_taipan_asyncio_default.py.
  Ref chooser = import_module("_taipan_asyncio_default");
  if (!chooser || !call_method(chooser.get(), "install", {})) return nullptr;
  return module;
}

}  // namespace taipan
