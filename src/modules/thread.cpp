// The `_thread` module under CPython's threading.py: OS threads under the
// GIL (start_new_thread), locks (`lock`, `RLock`) on POSIX semaphores with
// timed, signal-interruptible waits that release the GIL, thread identities,
// `_local` (one attribute dictionary per thread), `_excepthook` and the
// sentinel lock released when a thread ends.
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "modules/thread.h"

#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/sequence.h"
#include "objects/tuple.h"
#include "modules/sys.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "runtime/struct_sequence.h"
#include "vm/gil.h"
#include "vm/interrupts.h"
#include "vm/thread_state.h"
#include "vm/traceback.h"

namespace taipan {

// --- Waiting on a semaphore -----------------------------------------------------

WaitResult wait_semaphore(sem_t* sem, double timeout) {
  if (sem_trywait(sem) == 0) return WaitResult::Acquired;
  if (timeout == 0) return WaitResult::TimedOut;
  timespec deadline{};
  if (timeout > 0) {
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    double whole = std::floor(timeout);
    deadline.tv_sec += static_cast<time_t>(whole);
    deadline.tv_nsec += static_cast<long>((timeout - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000L) {
      deadline.tv_sec += 1;
      deadline.tv_nsec -= 1000000000L;
    }
  }
  for (;;) {
    int rc;
    {
      AllowThreads allow;
      rc = timeout > 0 ? sem_clockwait(sem, CLOCK_MONOTONIC, &deadline) : sem_wait(sem);
    }
    if (rc == 0) return WaitResult::Acquired;
    if (errno == ETIMEDOUT) return WaitResult::TimedOut;
    if (errno != EINTR) return WaitResult::Error;
    if (interrupt_pending() && handle_interrupt() < 0) return WaitResult::Error;
  }
}

namespace {

// The largest timeout a wait accepts, in seconds (CPython's PY_TIMEOUT_MAX
// on Linux, as a double).
constexpr double kTimeoutMax = 9223372036.0;

uint64_t current_ident() { return static_cast<uint64_t>(pthread_self()); }

// Parses acquire()'s (blocking=True, timeout=-1) into a timeout in seconds:
// 0 for a non-blocking call, negative for no limit.
bool acquire_timeout(const char* name, const Value* args, size_t nargs, Tuple* kwnames, double* out) {
  static const char* const names[] = {"blocking", "timeout"};
  const ArgSpec spec = {name, names, 2, 0, 0};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return false;
  bool blocking = true;
  if (!a[0].is_null()) {
    int truth = is_true(a[0]);
    if (truth < 0) return false;
    blocking = truth != 0;
  }
  double timeout = -1;
  if (!a[1].is_null()) {
    int rc = number_to_double(a[1], &timeout);
    if (rc < 0) return false;
    if (rc == 0) {
      raise(exc::TypeError, std::string("'") + type_name_of(a[1]) + "' object cannot be interpreted as an integer");
      return false;
    }
  }
  if (!blocking && timeout != -1) {
    raise(exc::ValueError, "can't specify a timeout for a non-blocking call");
    return false;
  }
  if (timeout < 0 && timeout != -1) {
    raise(exc::ValueError, "timeout value must be a non-negative number");
    return false;
  }
  if (timeout > kTimeoutMax) {
    raise(exc::OverflowError, "timeout value is too large");
    return false;
  }
  *out = blocking ? timeout : 0;
  return true;
}

std::string address_of(Value self) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(self.as_object()));
  return buf;
}

// --- lock -----------------------------------------------------------------------

struct Lock : Object {
  sem_t sem;  // 1: free, 0: held
  bool locked;
  Object* weaklist;
};

Type lock_type;

Ref lock_make(Type* type) {
  auto* l = new_object<Lock>(type, static_cast<size_t>(type->basic_size));
  if (l == nullptr) return nullptr;
  sem_init(&l->sem, 0, 1);
  l->locked = false;
  return Ref::steal(l);
}

Ref lock_new(Type* type, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("lock", kwnames) || !check_arg_count("lock", nargs, 0, 0)) return nullptr;
  return lock_make(type);
}

void lock_dealloc(Object* self) {
  sem_destroy(&static_cast<Lock*>(self)->sem);
  free_object(self);
}

// 1 acquired, 0 timed out, -1 error.
int lock_take(Lock* l, double timeout) {
  switch (wait_semaphore(&l->sem, timeout)) {
    case WaitResult::Acquired: l->locked = true; return 1;
    case WaitResult::TimedOut: return 0;
    case WaitResult::Error:
      if (!error_occurred()) raise_os_error(errno);
      return -1;
  }
  return -1;
}

Ref lock_acquire(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  double timeout;
  if (!acquire_timeout("acquire", args, nargs, kwnames, &timeout)) return nullptr;
  int rc = lock_take(self.as<Lock>(), timeout);
  return rc < 0 ? nullptr : Ref::boolean(rc == 1);
}

Ref lock_release(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("release", kwnames) || !check_arg_count("release", nargs, 0, 0)) return nullptr;
  Lock* l = self.as<Lock>();
  if (!l->locked) return raise(exc::RuntimeError, "release unlocked lock");
  l->locked = false;
  sem_post(&l->sem);
  return Ref::none();
}

Ref lock_exit(Value self, const Value*, size_t, Tuple*) { return lock_release(self, nullptr, 0, nullptr); }

Ref lock_locked(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("locked", kwnames) || !check_arg_count("locked", nargs, 0, 0)) return nullptr;
  return Ref::boolean(self.as<Lock>()->locked);
}

// After fork() only the forking thread lives: the lock starts over free.
Ref lock_at_fork_reinit(Value self, const Value*, size_t, Tuple*) {
  Lock* l = self.as<Lock>();
  sem_destroy(&l->sem);
  sem_init(&l->sem, 0, 1);
  l->locked = false;
  return Ref::none();
}

Ref lock_repr(Value self) {
  return str_from_utf8(std::string("<") + (self.as<Lock>()->locked ? "locked" : "unlocked") + " " +
                       type_of(self)->name + " object at " + address_of(self) + ">");
}

const MethodDef kLockMethods[] = {
    {"acquire", lock_acquire, kMethodInstance, "Lock the lock."},
    {"acquire_lock", lock_acquire, kMethodInstance, "An obsolete synonym of acquire()."},
    {"__enter__", lock_acquire, kMethodInstance, "Lock the lock."},
    {"release", lock_release, kMethodInstance, "Release the lock."},
    {"release_lock", lock_release, kMethodInstance, "An obsolete synonym of release()."},
    {"__exit__", lock_exit, kMethodInstance, "Release the lock."},
    {"locked", lock_locked, kMethodInstance, "Tell whether the lock is locked."},
    {"locked_lock", lock_locked, kMethodInstance, "An obsolete synonym of locked()."},
    {"_at_fork_reinit", lock_at_fork_reinit, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// --- RLock ----------------------------------------------------------------------

struct RLock : Object {
  sem_t sem;
  uint64_t owner;  // 0: not held
  uint64_t count;
  Object* weaklist;
};

Type rlock_type;

Ref rlock_new(Type* type, const Value*, size_t, Tuple*) {
  auto* l = new_object<RLock>(type, static_cast<size_t>(type->basic_size));
  if (l == nullptr) return nullptr;
  sem_init(&l->sem, 0, 1);
  l->owner = 0;
  l->count = 0;
  return Ref::steal(l);
}

void rlock_dealloc(Object* self) {
  sem_destroy(&static_cast<RLock*>(self)->sem);
  free_object(self);
}

// 1 acquired, 0 timed out, -1 error.
int rlock_take(RLock* l, double timeout, uint64_t count) {
  uint64_t me = current_ident();
  if (l->count > 0 && l->owner == me) {
    l->count += count;
    return 1;
  }
  switch (wait_semaphore(&l->sem, timeout)) {
    case WaitResult::Acquired:
      l->owner = me;
      l->count = count;
      return 1;
    case WaitResult::TimedOut: return 0;
    case WaitResult::Error:
      if (!error_occurred()) raise_os_error(errno);
      return -1;
  }
  return -1;
}

Ref rlock_acquire(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  double timeout;
  if (!acquire_timeout("acquire", args, nargs, kwnames, &timeout)) return nullptr;
  int rc = rlock_take(self.as<RLock>(), timeout, 1);
  return rc < 0 ? nullptr : Ref::boolean(rc == 1);
}

Ref rlock_release(Value self, const Value*, size_t, Tuple*) {
  RLock* l = self.as<RLock>();
  if (l->count == 0 || l->owner != current_ident()) {
    return raise(exc::RuntimeError, "cannot release un-acquired lock");
  }
  if (--l->count == 0) {
    l->owner = 0;
    sem_post(&l->sem);
  }
  return Ref::none();
}

Ref rlock_is_owned(Value self, const Value*, size_t, Tuple*) {
  RLock* l = self.as<RLock>();
  return Ref::boolean(l->count > 0 && l->owner == current_ident());
}

Ref rlock_recursion_count(Value self, const Value*, size_t, Tuple*) {
  RLock* l = self.as<RLock>();
  return int_from_int64(l->owner == current_ident() ? static_cast<int64_t>(l->count) : 0);
}

// Condition.wait: releases every level and hands back (count, owner).
Ref rlock_release_save(Value self, const Value*, size_t, Tuple*) {
  RLock* l = self.as<RLock>();
  if (l->count == 0) return raise(exc::RuntimeError, "cannot release un-acquired lock");
  Ref count = int_from_uint64(l->count);
  Ref owner = int_from_uint64(l->owner);
  if (!count || !owner) return nullptr;
  l->count = 0;
  l->owner = 0;
  sem_post(&l->sem);
  return tuple_pack({count.get(), owner.get()});
}

Ref rlock_acquire_restore(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_acquire_restore", kwnames) || !check_arg_count("_acquire_restore", nargs, 1, 1)) return nullptr;
  if (!is_tuple(args[0]) || args[0].as<Tuple>()->size != 2) {
    return raise(exc::TypeError, "_acquire_restore() argument 1 must be a 2-tuple");
  }
  Tuple* state = args[0].as<Tuple>();
  int64_t count, owner;
  if (!int_to_int64(state->items[0], &count) || !int_to_int64(state->items[1], &owner)) return nullptr;
  RLock* l = self.as<RLock>();
  if (rlock_take(l, -1, static_cast<uint64_t>(count)) < 0) return nullptr;
  l->owner = static_cast<uint64_t>(owner);
  return Ref::none();
}

Ref rlock_at_fork_reinit(Value self, const Value*, size_t, Tuple*) {
  RLock* l = self.as<RLock>();
  sem_destroy(&l->sem);
  sem_init(&l->sem, 0, 1);
  l->owner = 0;
  l->count = 0;
  return Ref::none();
}

Ref rlock_repr(Value self) {
  RLock* l = self.as<RLock>();
  Ref qn = type_qualified_name(type_of(self));
  Ref module = getattr(Value::object(type_of(self)), "__module__");
  if (!qn || !module) return nullptr;
  std::string name = str_to_std(qn.as<Str>());
  if (is_str(module.get())) name = str_to_std(module.as<Str>()) + "." + name;
  return str_from_utf8(std::string("<") + (l->count > 0 ? "locked" : "unlocked") + " " + name +
                       " object owner=" + std::to_string(l->owner) + " count=" + std::to_string(l->count) + " at " +
                       address_of(self) + ">");
}

const MethodDef kRLockMethods[] = {
    {"acquire", rlock_acquire, kMethodInstance, "Lock the lock."},
    {"__enter__", rlock_acquire, kMethodInstance, "Lock the lock."},
    {"release", rlock_release, kMethodInstance, "Release the lock."},
    {"__exit__", rlock_release, kMethodInstance, "Release the lock."},
    {"_is_owned", rlock_is_owned, kMethodInstance, "For internal use by `threading.Condition`."},
    {"_recursion_count", rlock_recursion_count, kMethodInstance, "For internal use by reentrancy checks."},
    {"_release_save", rlock_release_save, kMethodInstance, "For internal use by `threading.Condition`."},
    {"_acquire_restore", rlock_acquire_restore, kMethodInstance, "For internal use by `threading.Condition`."},
    {"_at_fork_reinit", rlock_at_fork_reinit, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// --- _local ---------------------------------------------------------------------

// Thread-local attributes: each thread keeps its own dictionary of every
// _local in its thread state (ThreadState::locals, keyed by the _local's
// address); `dict` is the one of the thread that touched the object last,
// swapped in before each attribute access. A thread that meets the object
// for the first time runs __init__ with the arguments it was made with.
struct Local : Object {
  Dict* dict;
  Object* weaklist;
  Value args;    // tuple (owned)
  Value kwargs;  // dict or null (owned)
};

Type local_type;

Ref local_key(Local* l) { return int_from_uint64(reinterpret_cast<uintptr_t>(l)); }

// This thread's dictionary of `l`, made when missing (*created set then).
Dict* local_thread_dict(Local* l, bool* created) {
  ThreadState* ts = current_thread();
  *created = false;
  if (ts->locals.is_null()) {
    Dict* table = dict_new();
    if (table == nullptr) return nullptr;
    ts->locals = Value::object(table);
  }
  Ref key = local_key(l);
  if (!key) return nullptr;
  Dict* table = ts->locals.as<Dict>();
  Value d = dict_get(table, key.get());
  if (!d.is_null()) return d.as<Dict>();
  if (error_occurred()) return nullptr;
  Dict* fresh = dict_new();
  if (fresh == nullptr) return nullptr;
  int rc = dict_set(table, key.get(), Value::object(fresh));
  decref(static_cast<Object*>(fresh));
  if (rc < 0) return nullptr;
  *created = true;
  return fresh;
}

// Makes `dict` this thread's dictionary; false with an exception set.
bool local_select(Value self) {
  auto* l = self.as<Local>();
  bool created;
  Dict* d = local_thread_dict(l, &created);
  if (d == nullptr) return false;
  if (l->dict != d) {
    incref(static_cast<Object*>(d));
    Dict* old = l->dict;
    l->dict = d;
    if (old != nullptr) decref(static_cast<Object*>(old));
  }
  if (!created) return true;
  Value init = type_lookup(type_of(self), "__init__");
  if (init.is_null() || init == type_lookup(&object_type, "__init__")) return true;
  Tuple* positional = l->args.as<Tuple>();
  std::vector<Value> items{self};
  items.insert(items.end(), positional->items, positional->items + positional->size);
  Ref bound_args = tuple_from_array(items.data(), static_cast<int64_t>(items.size()));
  if (!bound_args) return false;
  Ref r = call_with_tuple_dict(init, bound_args.get(), l->kwargs);
  return static_cast<bool>(r);
}

Ref local_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  bool has_args = nargs > 0 || (kwnames != nullptr && kwnames->size > 0);
  if (has_args && type_lookup(type, "__init__") == type_lookup(&object_type, "__init__")) {
    return raise(exc::TypeError, "Initialization arguments are not supported");
  }
  auto* l = new_object<Local>(type, static_cast<size_t>(type->basic_size));
  if (l == nullptr) return nullptr;
  Ref result = Ref::steal(l);
  l->dict = nullptr;
  size_t npos = nargs - (kwnames != nullptr ? static_cast<size_t>(kwnames->size) : 0);
  Ref positional = tuple_from_array(args, static_cast<int64_t>(npos));
  if (!positional) return nullptr;
  l->args = positional.release();
  if (kwnames != nullptr && kwnames->size > 0) {
    Dict* kw = dict_new();
    if (kw == nullptr) return nullptr;
    l->kwargs = Value::object(kw);
    for (int64_t i = 0; i < kwnames->size; ++i) {
      if (dict_set(kw, kwnames->items[i], args[npos + static_cast<size_t>(i)]) < 0) return nullptr;
    }
  }
  bool created;
  Dict* d = local_thread_dict(l, &created);
  if (d == nullptr) return nullptr;
  incref(static_cast<Object*>(d));
  l->dict = d;
  return result;
}

// A thread ends: every _local it touched lets go of its dictionary (the
// _locals in its table are alive: their dealloc removes them from it).
void local_forget_thread(ThreadState* ts) {
  if (ts->locals.is_null()) return;
  Dict* table = ts->locals.as<Dict>();
  int64_t pos = 0;
  Value key, value;
  while (dict_next(table, &pos, &key, &value)) {
    int64_t address;
    if (!int_to_int64(key, &address)) {
      clear_error();
      continue;
    }
    auto* l = reinterpret_cast<Local*>(static_cast<uintptr_t>(address));
    if (l->dict == value.as<Dict>()) {
      l->dict = nullptr;
      decref(value);
    }
  }
}

Ref local_getattr(Value self, Str* name) {
  if (!local_select(self)) return nullptr;
  return generic_getattr(self, name);
}

int local_setattr(Value self, Str* name, Value v) {
  if (!local_select(self)) return -1;
  return generic_setattr(self, name, v);
}

void local_traverse(Object* self, VisitFn visit, void* arg) {
  auto* l = static_cast<Local*>(self);
  if (l->dict != nullptr) visit(Value::object(l->dict), arg);
  if (!l->args.is_null()) visit(l->args, arg);
  if (!l->kwargs.is_null()) visit(l->kwargs, arg);
}

void local_clear(Object* self) {
  auto* l = static_cast<Local*>(self);
  Dict* d = l->dict;
  l->dict = nullptr;
  if (d != nullptr) decref(static_cast<Object*>(d));
  Value kwargs = l->kwargs;
  l->kwargs = Value();
  decref(kwargs);
}

// Every thread forgets its dictionary of the object.
void local_dealloc(Object* self) {
  auto* l = static_cast<Local*>(self);
  Ref saved = fetch_error();
  Ref key = local_key(l);
  for (ThreadState* ts = thread_state_first(); ts != nullptr && key; ts = ts->next) {
    if (ts->locals.is_null()) continue;
    Dict* table = ts->locals.as<Dict>();
    if (!dict_get(table, key.get()).is_null() && dict_del(table, key.get()) < 0) clear_error();
  }
  if (error_occurred()) clear_error();
  restore_error(std::move(saved));
  local_clear(self);
  decref(l->args);
  free_object(self);
}

// --- Thread end and exceptions ----------------------------------------------------

const char* const kExceptHookArgsFields[] = {"exc_type", "exc_value", "exc_traceback", "thread"};
const StructSequenceDesc kExceptHookArgs = {"_thread._ExceptHookArgs", kExceptHookArgsFields, 4};
Type except_hook_args_type;

Ref except_hook_args_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_ExceptHookArgs", kwnames) || !check_arg_count("_ExceptHookArgs", nargs, 1, 1)) return nullptr;
  Ref items = tuple_from_iterable(args[0]);
  if (!items) return nullptr;
  if (items.as<Tuple>()->size != 4) {
    return raise(exc::TypeError, "_thread._ExceptHookArgs() takes a 4-sequence (" +
                                     std::to_string(items.as<Tuple>()->size) + "-sequence given)");
  }
  return struct_sequence_new(&except_hook_args_type, items.as<Tuple>()->items);
}

// _excepthook(args): "Exception in thread NAME:" and the traceback, on
// sys.stderr; SystemExit is silent.
Ref thread_excepthook(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_excepthook", kwnames) || !check_arg_count("_excepthook", nargs, 1, 1)) return nullptr;
  if (type_of(args[0]) != &except_hook_args_type) {
    return raise(exc::TypeError, "_thread._excepthook argument type must be ExceptHookArgs");
  }
  Tuple* hook_args = args[0].as<Tuple>();
  Value type = hook_args->items[0];
  Value value = hook_args->items[1];
  Value thread = hook_args->items[3];
  if (type == Value::object(exc::SystemExit)) return Ref::none();
  Value err = sys_attr("stderr");
  if (err.is_null() || err.is_none()) return Ref::none();
  std::string header = "Exception in thread ";
  Ref name = thread.is_none() ? Ref() : getattr_optional(thread, intern("name"));
  if (name) {
    Ref text = str(name.get());
    if (!text) return nullptr;
    header += str_to_std(text.as<Str>());
  } else {
    if (error_occurred()) clear_error();
    header += std::to_string(current_ident());
  }
  Ref line = str_from_utf8(header + ":\n");
  if (!line || !call_method(err, "write", {line.get()})) return nullptr;
  if (!call_method(err, "flush", {})) clear_error();
  if (!value.is_none()) print_exception(value, err);
  if (!call_method(err, "flush", {})) clear_error();
  return Ref::none();
}

// --- Functions ------------------------------------------------------------------

Ref thread_get_ident(Value, const Value*, size_t, Tuple*) { return int_from_uint64(current_ident()); }

Ref thread_get_native_id(Value, const Value*, size_t, Tuple*) {
  return int_from_int64(static_cast<int64_t>(syscall(SYS_gettid)));
}

Ref thread_allocate_lock(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("allocate_lock", kwnames) || !check_arg_count("allocate_lock", nargs, 0, 0)) return nullptr;
  return lock_make(&lock_type);
}

// --- Threads ----------------------------------------------------------------------

// The stack size of new threads (stack_size()); 0: the system's default.
size_t g_stack_size = 0;

// What a new thread starts with, made by its parent under the GIL.
struct Boot {
  ThreadState* ts;
  Value func, args, kwargs;  // owned; kwargs may be null
};

// A thread's end, with the GIL held: its sentinel lock (threading's
// _tstate_lock) is released, then its state goes.
void end_thread(ThreadState* ts) {
  Value sentinel = ts->sentinel;
  if (!sentinel.is_null() && type_of(sentinel) == &lock_type) {
    Lock* l = sentinel.as<Lock>();
    if (l->locked) {
      l->locked = false;
      sem_post(&l->sem);
    }
  }
  local_forget_thread(ts);
  thread_state_delete(ts);
}

// The pthread_t of each thread start_new_thread made that has not yet left
// Python for good (changed under the GIL).
std::vector<uint64_t>& running_idents() {
  static auto* idents = new std::vector<uint64_t>();  // lives as long as the process
  return *idents;
}

void* thread_main(void* raw) {
  Boot* boot = static_cast<Boot*>(raw);
  t_thread_state = boot->ts;
  gil_acquire();
  boot->ts->ident = current_ident();
  Ref r = call_with_tuple_dict(boot->func, boot->args, boot->kwargs);
  if (!r) {
    if (error_matches(exc::SystemExit)) {
      clear_error();
    } else {
      Ref message = str_from_utf8("Exception ignored in thread started by");
      write_unraisable(boot->func, message ? message.get() : Value());
    }
  }
  r = Ref();
  decref(boot->func);
  decref(boot->args);
  decref(boot->kwargs);
  end_thread(boot->ts);
  delete boot;
  std::erase(running_idents(), static_cast<uint64_t>(pthread_self()));
  gil_release();
  return nullptr;
}

Ref thread_start_new_thread(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("start_new_thread", kwnames) || !check_arg_count("start_new_thread", nargs, 2, 3)) return nullptr;
  if (type_of(args[0])->call == nullptr) return raise(exc::TypeError, "first arg must be callable");
  if (!is_tuple(args[1])) return raise(exc::TypeError, "2nd arg must be a tuple");
  if (nargs == 3 && !is_dict(args[2])) return raise(exc::TypeError, "optional 3rd arg must be a dictionary");
  gil_enable_threads();
  auto* boot = new Boot{thread_state_new(), args[0], args[1], nargs == 3 ? args[2] : Value()};
  incref(boot->func);
  incref(boot->args);
  incref(boot->kwargs);
  boot->ts->recursion_limit = current_thread()->recursion_limit;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  if (g_stack_size != 0) pthread_attr_setstacksize(&attr, g_stack_size);
  pthread_t thread;
  int rc = pthread_create(&thread, &attr, thread_main, boot);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    decref(boot->func);
    decref(boot->args);
    decref(boot->kwargs);
    end_thread(boot->ts);
    delete boot;
    return raise(exc::RuntimeError, "can't start new thread");
  }
  running_idents().push_back(static_cast<uint64_t>(thread));  // before thread_main can take the GIL
  return int_from_uint64(static_cast<uint64_t>(thread));
}

Ref thread_count(Value, const Value*, size_t, Tuple*) { return int_from_int64(thread_state_count_others()); }

Ref thread_stack_size(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("stack_size", kwnames) || !check_arg_count("stack_size", nargs, 0, 1)) return nullptr;
  size_t old = g_stack_size;
  if (nargs == 1) {
    int64_t size;
    if (!index_arg(args[0], &size)) return nullptr;
    if (size < 0) return raise(exc::ValueError, "size must be 0 or a positive value");
    if (size != 0 && size < 32768) return raise(exc::ValueError, "size not valid: " + std::to_string(size) + " bytes");
    g_stack_size = static_cast<size_t>(size);
  }
  return int_from_uint64(old);
}

// The lock threading joins on: released when this thread's state goes.
Ref thread_set_sentinel(Value, const Value*, size_t, Tuple*) {
  Ref lock = lock_make(&lock_type);
  if (!lock) return nullptr;
  ThreadState* ts = current_thread();
  Value old = ts->sentinel;
  ts->sentinel = lock.get();
  incref(ts->sentinel);
  decref(old);
  return lock;
}

Ref thread_interrupt_main(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"signum"};
  static const ArgSpec spec = {"interrupt_main", names, 1, 0, 0};
  Value a[1];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  int64_t signum = SIGINT;
  if (!a[0].is_null() && !index_arg(a[0], &signum)) return nullptr;
  if (signum < 1 || signum >= NSIG) return raise(exc::ValueError, "signal number out of range");
  if (signum == SIGINT) request_interrupt();
  return Ref::none();
}

const MethodDef kThreadFunctions[] = {
    {"get_ident", thread_get_ident, kMethodInstance, "Return a non-zero integer that uniquely identifies the current thread."},
    {"get_native_id", thread_get_native_id, kMethodInstance, "Return a non-negative integer identifying the thread as reported by the OS."},
    {"allocate_lock", thread_allocate_lock, kMethodInstance, "Create a new lock object."},
    {"allocate", thread_allocate_lock, kMethodInstance, "An obsolete synonym of allocate_lock()."},
    {"start_new_thread", thread_start_new_thread, kMethodInstance, "Start a new thread and return its identifier."},
    {"start_new", thread_start_new_thread, kMethodInstance, "An obsolete synonym of start_new_thread()."},
    {"_count", thread_count, kMethodInstance, "Return the number of currently running Python threads, excluding the main thread."},
    {"stack_size", thread_stack_size, kMethodInstance, "Return the thread stack size used when creating new threads."},
    {"_set_sentinel", thread_set_sentinel, kMethodInstance, "Set a sentinel lock that will be released when the current thread state is finalized."},
    {"interrupt_main", thread_interrupt_main, kMethodInstance, "Simulate the arrival of the given signal in the main thread."},
    {"_excepthook", thread_excepthook, kMethodInstance, "Handle uncaught Thread.run() exception."},
    {nullptr, nullptr, 0, nullptr},
};

int init_thread_types() {
  if (type_has_flag(&lock_type, kTypeReady)) return 0;
  struct Layout {
    Type* type;
    const char* name;
    size_t size;
    int64_t weaklist_offset;
    const MethodDef* methods;
    NewFn new_;
    DeallocFn dealloc;
    UnaryFn repr;
  };
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  const Layout layouts[] = {
      {&lock_type, "_thread.lock", sizeof(Lock), offsetof(Lock, weaklist), kLockMethods, lock_new, lock_dealloc,
       lock_repr},
      {&rlock_type, "_thread.RLock", sizeof(RLock), offsetof(RLock, weaklist), kRLockMethods, rlock_new,
       rlock_dealloc, rlock_repr},
  };
  const int64_t local_weaklist = offsetof(Local, weaklist);
  const int64_t local_dict = offsetof(Local, dict);
#pragma GCC diagnostic pop
  for (const Layout& layout : layouts) {
    Type* t = layout.type;
    t->refcnt = kImmortalRefcnt;
    t->type = &type_type;
    t->name = layout.name;
    t->basic_size = static_cast<int64_t>(layout.size);
    t->flags = layout.type == &rlock_type ? static_cast<uint32_t>(kTypeBaseType) : 0u;
    t->base = &object_type;
    t->weaklist_offset = layout.weaklist_offset;
    t->methods = layout.methods;
    t->new_ = layout.new_;
    t->dealloc = layout.dealloc;
    t->repr = layout.repr;
    if (type_ready(t) < 0) return -1;
  }
  Type* t = &local_type;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = "_thread._local";
  t->basic_size = sizeof(Local);
  t->flags = kTypeBaseType | kTypeGC;
  t->base = &object_type;
  t->dict_offset = local_dict;
  t->weaklist_offset = local_weaklist;
  t->new_ = local_new;
  t->dealloc = local_dealloc;
  t->traverse = local_traverse;
  t->clear = local_clear;
  t->getattr = local_getattr;
  t->setattr = local_setattr;
  if (type_ready(t) < 0) return -1;
  if (struct_sequence_init_type(&except_hook_args_type, &kExceptHookArgs) < 0) return -1;
  except_hook_args_type.new_ = except_hook_args_new;
  return 0;
}

}  // namespace

bool thread_ident_is_live(uint64_t ident) {
  auto id = static_cast<pthread_t>(ident);
  if (pthread_equal(id, pthread_self()) || pthread_equal(id, main_thread())) return true;
  const std::vector<uint64_t>& running = running_idents();
  return std::find(running.begin(), running.end(), ident) != running.end();
}

void thread_idents_after_fork() { running_idents().clear(); }

Ref make_thread_module() {
  if (init_thread_types() < 0) return nullptr;
  Ref module = module_new("_thread", true);
  if (!module) return nullptr;
  Value m = module.get();
  if (module_add_functions(m, kThreadFunctions) < 0) return nullptr;
  Ref timeout_max = Ref::from_double(kTimeoutMax);
  if (module_add(m, "LockType", Value::object(&lock_type)) < 0 || module_add(m, "lock", Value::object(&lock_type)) < 0 ||
      module_add(m, "RLock", Value::object(&rlock_type)) < 0 || module_add(m, "_local", Value::object(&local_type)) < 0 ||
      module_add(m, "_ExceptHookArgs", Value::object(&except_hook_args_type)) < 0 ||
      module_add(m, "error", Value::object(exc::RuntimeError)) < 0 || module_add(m, "TIMEOUT_MAX", timeout_max.get()) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
