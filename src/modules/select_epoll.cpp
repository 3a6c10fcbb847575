// select.epoll over epoll_create1/epoll_ctl/epoll_wait, with CPython's
// interface and messages; a closed object raises ValueError.
#include "modules/select_epoll.h"

#include <sys/epoll.h>
#include <sys/select.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "modules/posix/posix_args.h"
#include "modules/timeout_arg.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
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

struct Epoll : Object {
  int epfd;  // -1 once closed
};

Type epoll_type;

Ref epoll_make(Type* type, int epfd) {
  auto* e = new_object<Epoll>(type, static_cast<size_t>(type->basic_size));
  if (e == nullptr) {
    ::close(epfd);
    return nullptr;
  }
  e->epfd = epfd;
  return Ref::steal(e);
}

Ref epoll_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"sizehint", "flags"};
  static const ArgSpec kSpec{"epoll", kNames, 2, 0, 0};
  Value a[2];
  int sizehint = -1, flags = 0;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || (!a[0].is_null() && !posix::int_arg(a[0], &sizehint)) ||
      (!a[1].is_null() && !posix::int_arg(a[1], &flags))) {
    return nullptr;
  }
  if (sizehint == 0 || sizehint < -1) return raise(exc::ValueError, "negative sizehint");
  if (flags != 0 && flags != EPOLL_CLOEXEC) return raise(exc::OSError, "invalid flags");
  int epfd = ::epoll_create1(EPOLL_CLOEXEC);
  if (epfd < 0) return raise_os_error(errno);
  return epoll_make(type, epfd);
}

void epoll_dealloc(Object* self) {
  auto* e = static_cast<Epoll*>(self);
  if (e->epfd >= 0) ::close(e->epfd);
  free_object(self);
}

bool open_epoll(Value self, int* epfd) {
  *epfd = self.as<Epoll>()->epfd;
  if (*epfd >= 0) return true;
  raise(exc::ValueError, "I/O operation on closed epoll object");
  return false;
}

Ref epoll_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("close", nargs, kwnames)) return nullptr;
  auto* e = self.as<Epoll>();
  int epfd = e->epfd;
  e->epfd = -1;
  if (epfd >= 0 && ::close(epfd) < 0) return raise_os_error(errno);
  return Ref::none();
}

Ref epoll_closed(Value self) { return Ref::boolean(self.as<Epoll>()->epfd < 0); }

Ref epoll_fileno(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  int epfd;
  if (!check_no_args("fileno", nargs, kwnames) || !open_epoll(self, &epfd)) return nullptr;
  return int_from_int64(epfd);
}

Ref epoll_fromfd(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  int fd;
  if (!no_keywords("fromfd", kwnames) || !check_arg_count("fromfd", nargs, 1, 1) || !posix::int_arg(args[0], &fd)) {
    return nullptr;
  }
  if (fd == -1) {  // as CPython: a new epoll
    fd = ::epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) return raise_os_error(errno);
  }
  return epoll_make(cls.as<Type>(), fd);
}

// An event mask: C unsigned int taken modulo 2**32 (CPython's bitwise converter).
bool event_mask_arg(Value v, uint32_t* out) {
  Ref i = index(v);
  if (!i) return false;
  Ref masked = binary_op(*i, Value::small_int(0xFFFFFFFF), BinaryOp::And);
  int64_t n;
  if (!masked || !int_to_int64(*masked, &n)) return false;
  *out = static_cast<uint32_t>(n);
  return true;
}

// register / modify / unregister: epoll_ctl with op.
Ref epoll_control(Value self, const Value* args, size_t nargs, Tuple* kwnames, int op) {
  static const char* const kNames[] = {"fd", "eventmask"};
  const char* name = op == EPOLL_CTL_ADD ? "register" : op == EPOLL_CTL_MOD ? "modify" : "unregister";
  int count = op == EPOLL_CTL_DEL ? 1 : 2;
  const ArgSpec spec{name, kNames, count, 0, op == EPOLL_CTL_MOD ? 2 : 1};
  Value a[2];
  int fd, epfd;
  uint32_t events = EPOLLIN | EPOLLPRI | EPOLLOUT;
  if (!bind_args(spec, args, nargs, kwnames, a) || !posix::object_fd(a[0], &fd) ||
      (count == 2 && !a[1].is_null() && !event_mask_arg(a[1], &events)) || !open_epoll(self, &epfd)) {
    return nullptr;
  }
  epoll_event ev{};
  ev.events = events;
  ev.data.fd = fd;
  if (::epoll_ctl(epfd, op, fd, &ev) < 0) return raise_os_error(errno);
  return Ref::none();
}

Ref epoll_register(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return epoll_control(self, args, nargs, kwnames, EPOLL_CTL_ADD);
}
Ref epoll_modify(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return epoll_control(self, args, nargs, kwnames, EPOLL_CTL_MOD);
}
Ref epoll_unregister(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return epoll_control(self, args, nargs, kwnames, EPOLL_CTL_DEL);
}

Ref epoll_poll(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"timeout", "maxevents"};
  static const ArgSpec kSpec{"poll", kNames, 2, 0, 0};
  Value a[2];
  int epfd, maxevents = -1;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !open_epoll(self, &epfd)) return nullptr;
  int64_t timeout = -1;
  if (!a[0].is_null() && !a[0].is_none()) {
    if (!time_arg_ns(a[0], TimeRounding::Up, &timeout)) {
      if (error_matches(exc::TypeError)) {
        clear_error();
        raise(exc::TypeError, "timeout must be an integer or None");
      }
      return nullptr;
    }
  }
  int ms;
  if (!timeout_to_ms(timeout, &ms)) return nullptr;
  if (!a[1].is_null() && !posix::int_arg(a[1], &maxevents)) return nullptr;
  if (maxevents == -1) {
    maxevents = FD_SETSIZE - 1;
  } else if (maxevents < 1) {
    return raise(exc::ValueError, "maxevents must be greater than 0, got " + std::to_string(maxevents));
  }
  int64_t deadline = timeout >= 0 ? monotonic_ns() + timeout : 0;
  std::vector<epoll_event> events(static_cast<size_t>(maxevents));
  int n;
  for (;;) {
    {
      AllowThreads allow;
      n = ::epoll_wait(epfd, events.data(), maxevents, ms);
    }
    if (n >= 0) break;
    if (errno != EINTR) return raise_os_error(errno);
    if (check_signals() < 0) return nullptr;
    if (timeout >= 0) {
      int64_t left = deadline - monotonic_ns();
      if (left < 0) {
        n = 0;
        break;
      }
      timeout_to_ms(left, &ms);
    }
  }
  Ref result = Ref::steal(list_new(0));
  if (!result) return nullptr;
  for (int i = 0; i < n; ++i) {
    Ref mask = int_from_int64(events[static_cast<size_t>(i)].events);
    Ref pair = mask ? tuple_pack({Value::small_int(events[static_cast<size_t>(i)].data.fd), mask.get()}) : nullptr;
    if (!pair || list_append(result.as<List>(), pair.get()) < 0) return nullptr;
  }
  return result;
}

Ref epoll_enter(Value self, const Value*, size_t, Tuple*) {
  int epfd;
  if (!open_epoll(self, &epfd)) return nullptr;
  return Ref::borrow(self);
}

Ref epoll_exit(Value self, const Value*, size_t, Tuple*) { return epoll_close(self, nullptr, 0, nullptr); }

const MethodDef kEpollMethods[] = {
    {"close", epoll_close, kMethodInstance, "Close the epoll control file descriptor."},
    {"fileno", epoll_fileno, kMethodInstance, "Return the epoll control file descriptor."},
    {"fromfd", epoll_fromfd, kMethodClass, "Create an epoll object from a given control fd."},
    {"register", epoll_register, kMethodInstance, "Registers a new fd or raises an OSError if the fd is already registered."},
    {"modify", epoll_modify, kMethodInstance, "Modify event mask for a registered file descriptor."},
    {"unregister", epoll_unregister, kMethodInstance, "Remove a registered file descriptor from the epoll object."},
    {"poll", epoll_poll, kMethodInstance, "Wait for events on the epoll file descriptor."},
    {"__enter__", epoll_enter, kMethodInstance, nullptr},
    {"__exit__", epoll_exit, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kEpollGetSets[] = {
    {"closed", epoll_closed, nullptr, "True if the epoll handler is closed"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

int add_epoll_type(Value module) {
  if (!type_has_flag(&epoll_type, kTypeReady)) {
    epoll_type.refcnt = kImmortalRefcnt;
    epoll_type.type = &type_type;
    epoll_type.name = "select.epoll";
    epoll_type.basic_size = sizeof(Epoll);
    epoll_type.base = &object_type;
    epoll_type.methods = kEpollMethods;
    epoll_type.getsets = kEpollGetSets;
    epoll_type.new_ = epoll_new;
    epoll_type.dealloc = epoll_dealloc;
    if (type_ready(&epoll_type) < 0) return -1;
  }
  return module_add(module, "epoll", Value::object(&epoll_type));
}

}  // namespace taipan
