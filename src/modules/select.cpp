// select: select.select() and the poll object (epoll is in select_epoll.cpp),
// with CPython's messages. Waits run outside the GIL; after EINTR the pending
// signal handlers run and the wait resumes with what is left of its timeout
// (PEP 475).
#include <poll.h>
#include <sys/select.h>
#include <sys/epoll.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <string>
#include <vector>

#include "modules/modules.h"
#include "modules/posix/posix_args.h"
#include "modules/select_epoll.h"
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

// --- select() ---------------------------------------------------------------------

struct Watched {
  Ref object;  // what the caller passed, returned when ready
  int fd;
};

// One of select()'s three lists: the objects and their descriptors.
bool watched_list(Value seq, fd_set* set, int* max_fd, std::vector<Watched>* out) {
  Ref it = iter(seq);
  if (!it) {
    if (error_matches(exc::TypeError)) {
      clear_error();
      raise(exc::TypeError, "arguments 1-3 must be sequences");
    }
    return false;
  }
  Ref items = list_from_iterable(*it);
  if (!items) return false;
  List* l = items.as<List>();
  for (int64_t i = 0; i < l->size; ++i) {
    Ref object = Ref::borrow(l->items[i]);
    int fd;
    if (!posix::object_fd(*object, &fd)) return false;
    if (fd >= FD_SETSIZE) {
      raise(exc::ValueError, "filedescriptor out of range in select()");
      return false;
    }
    FD_SET(fd, set);
    *max_fd = std::max(*max_fd, fd);
    out->push_back({std::move(object), fd});
  }
  return true;
}

Ref ready_list(const std::vector<Watched>& watched, const fd_set& set) {
  Ref result = Ref::steal(list_new(0));
  if (!result) return nullptr;
  for (const Watched& w : watched) {
    if (FD_ISSET(w.fd, &set) && list_append(result.as<List>(), *w.object) < 0) return nullptr;
  }
  return result;
}

// A timeout argument in nanoseconds: -1 for None, else not negative.
bool select_timeout(Value v, const char* type_message, int64_t* out) {
  if (v.is_null() || v.is_none()) {
    *out = -1;
    return true;
  }
  if (!time_arg_ns(v, TimeRounding::Up, out)) {
    if (error_matches(exc::TypeError)) {
      clear_error();
      raise(exc::TypeError, type_message);
    }
    return false;
  }
  return true;
}

Ref select_select(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("select", kwnames) || !check_arg_count("select", nargs, 3, 4)) return nullptr;
  int64_t timeout;
  if (!select_timeout(nargs == 4 ? args[3] : Value(), "timeout must be a float or None", &timeout)) return nullptr;
  if (nargs == 4 && !args[3].is_none() && timeout < 0) return raise(exc::ValueError, "timeout must be non-negative");
  fd_set sets[3];
  std::vector<Watched> watched[3];
  int max_fd = -1;
  for (int i = 0; i < 3; ++i) {
    FD_ZERO(&sets[i]);
    if (!watched_list(args[i], &sets[i], &max_fd, &watched[i])) return nullptr;
  }
  int64_t deadline = timeout >= 0 ? monotonic_ns() + timeout : 0;
  fd_set ready[3];
  for (;;) {
    std::copy(sets, sets + 3, ready);
    timeval tv{};
    if (timeout >= 0) {
      int64_t us = timeout / 1000 + (timeout % 1000 > 0 ? 1 : 0);
      tv.tv_sec = static_cast<time_t>(us / 1000000);
      tv.tv_usec = static_cast<suseconds_t>(us % 1000000);
    }
    int n;
    {
      AllowThreads allow;
      n = ::select(max_fd + 1, &ready[0], &ready[1], &ready[2], timeout >= 0 ? &tv : nullptr);
    }
    if (n >= 0) break;
    if (errno != EINTR) return raise_os_error(errno);
    if (check_signals() < 0) return nullptr;
    if (timeout >= 0) {
      timeout = std::max<int64_t>(deadline - monotonic_ns(), 0);
    }
  }
  Ref r = ready_list(watched[0], ready[0]);
  Ref w = r ? ready_list(watched[1], ready[1]) : nullptr;
  Ref x = w ? ready_list(watched[2], ready[2]) : nullptr;
  if (!x) return nullptr;
  return tuple_pack({r.get(), w.get(), x.get()});
}

// --- poll -------------------------------------------------------------------------

struct Poll : Object {
  std::vector<pollfd>* fds;  // in registration order, as CPython's dict keeps them
  bool running;
};

Type poll_type;

void poll_dealloc(Object* self) {
  delete static_cast<Poll*>(self)->fds;
  free_object(self);
}

// An event mask: an unsigned short, as CPython checks it.
bool event_mask_arg(Value v, short* out) {
  Ref i = index(v);
  if (!i) return false;
  int64_t n;
  bool fits = int_to_int64(*i, &n);
  if (fits && n < 0) {
    raise(exc::ValueError, "value must be positive");
    return false;
  }
  if (!fits || n > USHRT_MAX) {
    if (!fits && int_sign(*i) < 0) {
      raise(exc::ValueError, "value must be positive");
      return false;
    }
    raise(exc::OverflowError, "Python int too large for C unsigned short");
    return false;
  }
  *out = static_cast<short>(static_cast<unsigned short>(n));
  return true;
}

pollfd* find_fd(Poll* p, int fd) {
  for (pollfd& entry : *p->fds) {
    if (entry.fd == fd) return &entry;
  }
  return nullptr;
}

Ref poll_register(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("register", kwnames) || !check_arg_count("register", nargs, 1, 2)) return nullptr;
  int fd;
  short events = POLLIN | POLLPRI | POLLOUT;
  if (!posix::object_fd(args[0], &fd) || (nargs == 2 && !event_mask_arg(args[1], &events))) return nullptr;
  Poll* p = self.as<Poll>();
  if (pollfd* entry = find_fd(p, fd)) {
    entry->events = events;
  } else {
    p->fds->push_back({fd, events, 0});
  }
  return Ref::none();
}

Ref poll_modify(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("modify", kwnames) || !check_arg_count("modify", nargs, 2, 2)) return nullptr;
  int fd;
  short events;
  if (!posix::object_fd(args[0], &fd) || !event_mask_arg(args[1], &events)) return nullptr;
  pollfd* entry = find_fd(self.as<Poll>(), fd);
  if (entry == nullptr) return raise_os_error(ENOENT);
  entry->events = events;
  return Ref::none();
}

Ref poll_unregister(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("unregister", kwnames) || !check_arg_count("unregister", nargs, 1, 1)) return nullptr;
  int fd;
  if (!posix::object_fd(args[0], &fd)) return nullptr;
  std::vector<pollfd>& fds = *self.as<Poll>()->fds;
  auto at = std::find_if(fds.begin(), fds.end(), [fd](const pollfd& e) { return e.fd == fd; });
  if (at == fds.end()) {
    Ref key = int_from_int64(fd);
    return key ? raise_with_arg(exc::KeyError, key.get()) : nullptr;
  }
  fds.erase(at);
  return Ref::none();
}

Ref poll_poll(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("poll", kwnames) || !check_arg_count("poll", nargs, 0, 1)) return nullptr;
  int64_t timeout = -1;
  if (nargs == 1 && !args[0].is_none()) {
    if (!time_arg_ns(args[0], TimeRounding::Up, &timeout, 1000000)) {
      if (error_matches(exc::TypeError)) {
        clear_error();
        raise(exc::TypeError, "timeout must be an integer or None");
      }
      return nullptr;
    }
    if (timeout < 0) timeout = -1;
  }
  int ms;
  if (!timeout_to_ms(timeout, &ms)) return nullptr;
  Poll* p = self.as<Poll>();
  if (p->running) return raise(exc::RuntimeError, "concurrent poll() invocation");
  int64_t deadline = timeout >= 0 ? monotonic_ns() + timeout : 0;
  std::vector<pollfd> fds = *p->fds;
  p->running = true;
  int n;
  for (;;) {
    {
      AllowThreads allow;
      n = ::poll(fds.data(), fds.size(), ms);
    }
    if (n >= 0 || errno != EINTR) break;
    if (check_signals() < 0) {
      p->running = false;
      return nullptr;
    }
    if (timeout >= 0) {
      int64_t left = deadline - monotonic_ns();
      if (left < 0) {
        n = 0;
        for (pollfd& e : fds) e.revents = 0;
        break;
      }
      timeout_to_ms(left, &ms);
    }
  }
  p->running = false;
  if (n < 0) return raise_os_error(errno);
  Ref result = Ref::steal(list_new(0));
  if (!result) return nullptr;
  for (const pollfd& e : fds) {
    if (e.revents == 0) continue;
    Ref pair = tuple_pack({Value::small_int(e.fd), Value::small_int(static_cast<unsigned short>(e.revents))});
    if (!pair || list_append(result.as<List>(), pair.get()) < 0) return nullptr;
  }
  return result;
}

const MethodDef kPollMethods[] = {
    {"register", poll_register, kMethodInstance, "Register a file descriptor with the polling object."},
    {"modify", poll_modify, kMethodInstance, "Modify an already registered file descriptor."},
    {"unregister", poll_unregister, kMethodInstance, "Remove a file descriptor being tracked by the polling object."},
    {"poll", poll_poll, kMethodInstance, "Polls the set of registered file descriptors."},
    {nullptr, nullptr, 0, nullptr},
};

Ref select_poll(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("select.poll", nargs, kwnames)) return nullptr;
  auto* p = new_object<Poll>(&poll_type);
  if (p == nullptr) return nullptr;
  p->fds = new std::vector<pollfd>();
  p->running = false;
  return Ref::steal(p);
}

const MethodDef kSelectFunctions[] = {
    {"select", select_select, kMethodInstance, "Wait until one or more file descriptors are ready for some kind of I/O."},
    {"poll", select_poll, kMethodInstance, "Returns a polling object."},
    {nullptr, nullptr, 0, nullptr},
};

struct IntConstant {
  const char* name;
  int64_t value;
};

const IntConstant kSelectConstants[] = {
    {"PIPE_BUF", PIPE_BUF},       {"POLLIN", POLLIN},         {"POLLPRI", POLLPRI},
    {"POLLOUT", POLLOUT},         {"POLLERR", POLLERR},       {"POLLHUP", POLLHUP},
    {"POLLNVAL", POLLNVAL},       {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND},
    {"POLLWRNORM", POLLWRNORM},   {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG},
    {"POLLRDHUP", POLLRDHUP},     {"EPOLLIN", EPOLLIN},       {"EPOLLOUT", EPOLLOUT},
    {"EPOLLPRI", EPOLLPRI},       {"EPOLLERR", EPOLLERR},     {"EPOLLHUP", EPOLLHUP},
    {"EPOLLET", static_cast<int64_t>(static_cast<uint32_t>(EPOLLET))},
    {"EPOLLONESHOT", EPOLLONESHOT}, {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE}, {"EPOLLRDHUP", EPOLLRDHUP},
    {"EPOLLRDNORM", EPOLLRDNORM}, {"EPOLLRDBAND", EPOLLRDBAND}, {"EPOLLWRNORM", EPOLLWRNORM},
    {"EPOLLWRBAND", EPOLLWRBAND}, {"EPOLLMSG", EPOLLMSG},     {"EPOLL_CLOEXEC", EPOLL_CLOEXEC},
};

int init_poll_type() {
  if (type_has_flag(&poll_type, kTypeReady)) return 0;
  poll_type.refcnt = kImmortalRefcnt;
  poll_type.type = &type_type;
  poll_type.name = "select.poll";
  poll_type.basic_size = sizeof(Poll);
  poll_type.base = &object_type;
  poll_type.methods = kPollMethods;
  poll_type.dealloc = poll_dealloc;
  return type_ready(&poll_type);
}

}  // namespace

Ref make_select_module() {
  if (init_poll_type() < 0) return nullptr;
  Ref module = module_new("select", true);
  if (!module || module_add_functions(*module, kSelectFunctions) < 0) return nullptr;
  Value m = module.get();
  for (const IntConstant& c : kSelectConstants) {
    if (module_add(m, c.name, Value::small_int(c.value)) < 0) return nullptr;
  }
  if (module_add(m, "error", Value::object(exc::OSError)) < 0 || add_epoll_type(m) < 0) return nullptr;
  return module;
}

}  // namespace taipan
