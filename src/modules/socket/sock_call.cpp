// Timed socket system calls: waiting for readiness with poll(), the signal
// checks between retries, blocking mode, the timeout and size arguments and
// the module's errors (OSError, gaierror, herror, TimeoutError).
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>

#include <cmath>
#include <cstring>
#include <ctime>

#include "modules/posix/posix_args.h"
#include "modules/socket/socket.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "runtime/signals.h"

namespace taipan::socket {

double default_timeout = -1;

double monotonic_now() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

bool check_signals() { return taipan::check_signals() == 0; }

int wait_ready(int fd, bool writing, bool connect, double interval) {
  if (fd < 0) return 0;  // the call itself reports EBADF
  pollfd p{};
  p.fd = fd;
  p.events = static_cast<short>(writing ? POLLOUT : POLLIN);
  if (connect) p.events |= POLLERR;
  int ms = interval < 0 ? -1 : static_cast<int>(std::ceil(interval * 1000));
  int r = without_gil([&] { return ::poll(&p, 1, ms); });
  if (r < 0) return -1;
  return r == 0 ? 1 : 0;
}

Ref raise_errno() { return raise_os_error(errno); }

namespace {

Ref raise_coded(Type* type, int code, const char* message) {
  Ref text = str_from_utf8(message);
  if (!text) return nullptr;
  Value args[2] = {Value::small_int(code), *text};
  Ref e = make_exception(type, args, 2);
  if (!e) return nullptr;
  return raise_value(*e);
}

}  // namespace

Ref raise_gai_error(int code) {
  if (code == EAI_SYSTEM) return raise_errno();
  return raise_coded(gaierror_type, code, gai_strerror(code));
}

Ref raise_herror(int code) { return raise_coded(herror_type, code, hstrerror(code)); }

Ref raise_timeout() { return raise(exc::TimeoutError, "timed out"); }

bool timeout_arg(Value v, double* out) {
  if (v.is_none()) {
    *out = -1;
    return true;
  }
  double d;
  if (is_float(v)) {
    d = float_value(v);
    if (std::isnan(d)) {
      raise(exc::ValueError, "Invalid value NaN (not a number)");
      return false;
    }
  } else {
    Ref i = index(v);
    if (!i) return false;
    bool overflow = false;
    d = int_to_double(*i, &overflow);
    if (overflow) d = HUGE_VAL;
  }
  if (d < 0) {
    raise(exc::ValueError, "Timeout value out of range");
    return false;
  }
  if (d * 1e9 >= 9223372036854775807.0) {  // CPython keeps timeouts in int64 nanoseconds
    raise(exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  *out = d;
  return true;
}

bool set_blocking(int fd, bool blocking) {
  int flags = ::fcntl(fd, F_GETFL);
  if (flags < 0) {
    raise_errno();
    return false;
  }
  int wanted = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
  if (wanted != flags && ::fcntl(fd, F_SETFL, wanted) < 0) {
    raise_errno();
    return false;
  }
  return true;
}

bool buffer_size_arg(Value v, const char* caller, int64_t* out) {
  if (!posix::int64_arg(v, out)) return false;
  if (*out < 0) {
    raise(exc::ValueError, std::string("negative buffersize in ") + caller);
    return false;
  }
  if (exceeds_memory(static_cast<size_t>(*out))) {
    raise_no_memory();
    return false;
  }
  return true;
}

bool flags_arg(Value v, int* out) {
  *out = 0;
  return v.is_null() || posix::int_arg(v, out);
}

}  // namespace taipan::socket
