// _multiprocessing: SemLock, the named POSIX semaphore under
// multiprocessing's Lock, RLock, Semaphore, Condition and Event (shared with
// child processes by name or inherited across fork), sem_unlink for the
// resource tracker, and the `flags` dictionary.
#include <fcntl.h>
#include <pthread.h>
#include <semaphore.h>

#include <cerrno>
#include <cmath>
#include <ctime>
#include <string>

#include "modules/modules.h"
#include "modules/posix/posix_args.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/gil.h"

namespace taipan {

namespace {

enum Kind { kRecursiveMutex = 0, kSemaphore = 1 };
constexpr int kSemValueMax = 2147483647;  // SEM_VALUE_MAX on Linux

struct SemLockObject : Object {
  sem_t* handle;
  uint64_t last_tid;  // the thread that last acquired it
  int count;          // acquisitions by that thread not yet released
  int maxvalue;
  int kind;
  Value name;         // str, or None once unlinked
};

Type semlock_type;

SemLockObject* sl(Value v) { return v.as<SemLockObject>(); }

uint64_t current_tid() { return static_cast<uint64_t>(pthread_self()); }

bool is_mine(SemLockObject* s) { return s->count > 0 && s->last_tid == current_tid(); }

bool name_arg(Value v, std::string* out) {
  if (!is_str(v)) {
    raise(exc::TypeError, std::string("SemLock() argument 'name' must be str, not ") + type_name_of(v));
    return false;
  }
  *out = std::string(str_utf8(v.as<Str>()));
  return true;
}

Ref new_semlock(Type* type, sem_t* handle, int kind, int maxvalue, Value name) {
  SemLockObject* s = new_object<SemLockObject>(type, static_cast<size_t>(type->basic_size));
  if (s == nullptr) {
    sem_close(handle);
    return nullptr;
  }
  s->handle = handle;
  s->kind = kind;
  s->maxvalue = maxvalue;
  incref(name);
  s->name = name;
  return Ref::steal(s);
}

Ref semlock_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"kind", "value", "maxvalue", "name", "unlink"};
  static const ArgSpec kSpec{"SemLock", kNames, 5, 0, 5};
  Value a[5];
  int kind, value, maxvalue;
  std::string name;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !posix::int_arg(a[0], &kind) || !posix::int_arg(a[1], &value) ||
      !posix::int_arg(a[2], &maxvalue) || !name_arg(a[3], &name)) {
    return nullptr;
  }
  int unlink = is_true(a[4]);
  if (unlink < 0) return nullptr;
  if (kind != kRecursiveMutex && kind != kSemaphore) return raise(exc::ValueError, "unrecognized kind");
  sem_t* handle = sem_open(name.c_str(), O_CREAT | O_EXCL, 0600, static_cast<unsigned>(value));
  if (handle == SEM_FAILED) return posix::errno_error();
  if (unlink && sem_unlink(name.c_str()) < 0) {
    int err = errno;
    sem_close(handle);
    return raise_os_error(err);
  }
  return new_semlock(type, handle, kind, maxvalue, unlink ? Value::none() : a[3]);
}

void semlock_dealloc(Object* self) {
  auto* s = static_cast<SemLockObject*>(self);
  if (s->handle != nullptr) sem_close(s->handle);
  decref(s->name);
  free_object(self);
}

// acquire(block=True, timeout=None): True once taken, False when it could not be
// (non-blocking, or the timeout passed).
Ref semlock_acquire(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"block", "timeout"};
  static const ArgSpec kSpec{"acquire", kNames, 2, 0, 0};
  Value a[2];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  SemLockObject* s = sl(self);
  int blocking = a[0].is_null() ? 1 : is_true(a[0]);
  if (blocking < 0) return nullptr;
  if (s->kind == kRecursiveMutex && is_mine(s)) {
    ++s->count;
    return Ref::boolean(true);
  }
  bool use_deadline = false;
  timespec deadline{};
  if (blocking && !a[1].is_null() && !a[1].is_none()) {
    double timeout;
    if (number_to_double(a[1], &timeout) < 0) return nullptr;
    if (timeout < 0) timeout = 0;
    clock_gettime(CLOCK_REALTIME, &deadline);
    double whole = std::floor(timeout);
    deadline.tv_sec += static_cast<time_t>(whole);
    deadline.tv_nsec += static_cast<long>((timeout - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000L) {
      deadline.tv_sec += 1;
      deadline.tv_nsec -= 1000000000L;
    }
    use_deadline = true;
  }
  int res;
  for (;;) {
    res = sem_trywait(s->handle);
    if (res == 0 || errno != EINTR) break;
    if (check_signals() < 0) return nullptr;
  }
  if (res < 0 && errno == EAGAIN && blocking) {
    for (;;) {
      int err;
      {
        [[maybe_unused]] AllowThreads allow;
        res = use_deadline ? sem_timedwait(s->handle, &deadline) : sem_wait(s->handle);
        err = errno;
      }
      errno = err;
      if (res == 0 || errno != EINTR) break;
      if (check_signals() < 0) return nullptr;
    }
  }
  if (res < 0) {
    if (errno == EAGAIN || errno == ETIMEDOUT) return Ref::boolean(false);
    return posix::errno_error();
  }
  ++s->count;
  s->last_tid = current_tid();
  return Ref::boolean(true);
}

Ref semlock_release(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("SemLock.release", nargs, kwnames)) return nullptr;
  SemLockObject* s = sl(self);
  if (s->kind == kRecursiveMutex) {
    if (!is_mine(s)) return raise(exc::AssertionError, "attempt to release recursive lock not owned by thread");
    if (s->count > 1) {
      --s->count;
      return Ref::none();
    }
  } else if (s->maxvalue == 1) {
    // A lock must be held to be released: take it (it must already be taken) or undo.
    if (sem_trywait(s->handle) == 0) {
      sem_post(s->handle);
      return raise(exc::ValueError, "semaphore or lock released too many times");
    }
    if (errno != EAGAIN) return posix::errno_error();
  } else {
    int value;
    if (sem_getvalue(s->handle, &value) < 0) return posix::errno_error();
    if (value >= s->maxvalue) return raise(exc::ValueError, "semaphore or lock released too many times");
  }
  if (sem_post(s->handle) < 0) return posix::errno_error();
  --s->count;
  return Ref::none();
}

Ref semlock_enter(Value self, const Value*, size_t, Tuple*) { return semlock_acquire(self, nullptr, 0, nullptr); }

Ref semlock_exit(Value self, const Value*, size_t, Tuple*) { return semlock_release(self, nullptr, 0, nullptr); }

Ref semlock_count(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("SemLock._count", nargs, kwnames)) return nullptr;
  return Ref::small_int(sl(self)->count);
}

Ref semlock_is_mine(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("SemLock._is_mine", nargs, kwnames)) return nullptr;
  return Ref::boolean(is_mine(sl(self)));
}

Ref semlock_get_value(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("SemLock._get_value", nargs, kwnames)) return nullptr;
  int value;
  if (sem_getvalue(sl(self)->handle, &value) < 0) return posix::errno_error();
  return Ref::small_int(value < 0 ? 0 : value);  // some systems count waiters as negative
}

Ref semlock_is_zero(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("SemLock._is_zero", nargs, kwnames)) return nullptr;
  int value;
  if (sem_getvalue(sl(self)->handle, &value) < 0) return posix::errno_error();
  return Ref::boolean(value == 0);
}

Ref semlock_after_fork(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("SemLock._after_fork", nargs, kwnames)) return nullptr;
  sl(self)->count = 0;
  return Ref::none();
}

// SemLock._rebuild(handle, kind, maxvalue, name): the lock in a child process,
// opened again by name (a forked child could use the inherited handle).
Ref semlock_rebuild(Value type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[4];
  int64_t handle_value;
  int kind, maxvalue;
  if (!parse_tuple("_rebuild", 4, 4, args, nargs, kwnames, a) || !posix::int64_arg(a[0], &handle_value) ||
      !posix::int_arg(a[1], &kind) || !posix::int_arg(a[2], &maxvalue)) {
    return nullptr;
  }
  sem_t* handle;
  if (!a[3].is_none()) {
    std::string name;
    if (!name_arg(a[3], &name)) return nullptr;
    handle = sem_open(name.c_str(), 0);
    if (handle == SEM_FAILED) return posix::errno_error();
  } else {
    handle = reinterpret_cast<sem_t*>(static_cast<intptr_t>(handle_value));
  }
  return new_semlock(type.as<Type>(), handle, kind, maxvalue, a[3]);
}

Ref get_handle(Value self) { return int_from_int64(reinterpret_cast<intptr_t>(sl(self)->handle)); }
Ref get_kind(Value self) { return Ref::small_int(sl(self)->kind); }
Ref get_maxvalue(Value self) { return Ref::small_int(sl(self)->maxvalue); }
Ref get_name(Value self) { return Ref::borrow(sl(self)->name); }

const MethodDef kMethods[] = {
    {"acquire", semlock_acquire, kMethodInstance, "Acquire the semaphore/lock."},
    {"release", semlock_release, kMethodInstance, "Release the semaphore/lock."},
    {"__enter__", semlock_enter, kMethodInstance, "Enter the semaphore/lock."},
    {"__exit__", semlock_exit, kMethodInstance, "Exit the semaphore/lock."},
    {"_count", semlock_count, kMethodInstance, "Num of `acquire()`s minus num of `release()`s for this process."},
    {"_is_mine", semlock_is_mine, kMethodInstance, "Whether the lock is owned by this thread."},
    {"_get_value", semlock_get_value, kMethodInstance, "Get the value of the semaphore."},
    {"_is_zero", semlock_is_zero, kMethodInstance, "Return whether semaphore has value zero."},
    {"_rebuild", semlock_rebuild, kMethodClass, nullptr},
    {"_after_fork", semlock_after_fork, kMethodInstance, "Rezero the net acquisition count after fork()."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kGetSets[] = {
    {"handle", get_handle, nullptr, nullptr},
    {"kind", get_kind, nullptr, nullptr},
    {"maxvalue", get_maxvalue, nullptr, nullptr},
    {"name", get_name, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

int init_semlock_type() {
  if (type_has_flag(&semlock_type, kTypeReady)) return 0;
  Type& t = semlock_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_multiprocessing.SemLock";
  t.basic_size = sizeof(SemLockObject);
  t.flags = kTypeBaseType;
  t.base = &object_type;
  t.dealloc = semlock_dealloc;
  t.new_ = semlock_new;
  t.methods = kMethods;
  t.getsets = kGetSets;
  t.doc = "Semaphore/Mutex type";
  if (type_ready(&t) < 0) return -1;
  Ref max = Ref::small_int(kSemValueMax);
  return dict_set_str(t.dict, "SEM_VALUE_MAX", *max);
}

Ref mp_sem_unlink(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  std::string name;
  if (!posix::one_arg("_multiprocessing.sem_unlink", args, nargs, kwnames, a) || !name_arg(a[0], &name)) return nullptr;
  if (sem_unlink(name.c_str()) < 0) return posix::errno_error();
  return Ref::none();
}

const MethodDef kFunctions[] = {
    {"sem_unlink", mp_sem_unlink, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_multiprocessing_module() {
  if (init_semlock_type() < 0) return nullptr;
  Ref module = module_new("_multiprocessing", true);
  Dict* flags = dict_new();
  if (flags == nullptr) return nullptr;
  Ref flags_ref = Ref::steal(Value::object(flags));
  if (!module || module_add_functions(*module, kFunctions) < 0 ||
      module_add(*module, "SemLock", Value::object(&semlock_type)) < 0 ||
      dict_set_str(flags, "HAVE_SEM_OPEN", Value::small_int(1)) < 0 ||
      dict_set_str(flags, "HAVE_SEM_TIMEDWAIT", Value::small_int(1)) < 0 ||
      module_add(*module, "flags", *flags_ref) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
