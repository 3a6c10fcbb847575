// _socket.socket: the socket object socket.py's socket.socket subclasses.
// Creation (or adoption of a descriptor), bind/listen/_accept/connect,
// the send and receive calls with CPython's timeout semantics (the
// descriptor is non-blocking whenever a timeout is set; sock_call waits),
// options, names, shutdown, close and detach.
#include <fcntl.h>
#include <unistd.h>

#include <cstring>
#include <string>

#include "modules/posix/posix_args.h"
#include "modules/read_buffer.h"
#include "modules/socket/socket.h"
#include "objects/buffer_pin.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::socket {

Type socket_type;

namespace {

SocketObject* sock(Value self) { return as_socket(self); }

Ref socket_new(Type* type, const Value*, size_t, Tuple*) {
  SocketObject* s = new_object<SocketObject>(type, static_cast<size_t>(type->basic_size));
  if (s == nullptr) return nullptr;
  s->fd = -1;
  s->family = AF_INET;
  s->type = SOCK_STREAM;
  s->timeout = -1;
  return Ref::steal(s);
}

void socket_dealloc(Object* self) {
  auto* s = static_cast<SocketObject*>(self);
  if (s->fd >= 0) ::close(s->fd);
  free_object(self);
}

// A C int argument that may be -1 ("use the default").
bool optional_int(Value v, int* out) { return v.is_null() || posix::int_arg(v, out); }

bool getsockopt_int(int fd, int option, int* out) {
  socklen_t len = sizeof *out;
  if (::getsockopt(fd, SOL_SOCKET, option, out, &len) < 0) {
    raise_errno();
    return false;
  }
  return true;
}

int socket_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"family", "type", "proto", "fileno"};
  static const ArgSpec kSpec{"socket", kNames, 4, 0, 0};
  Value a[4];
  int family = -1, type = -1, proto = -1;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !optional_int(a[0], &family) || !optional_int(a[1], &type) ||
      !optional_int(a[2], &proto)) {
    return -1;
  }
  int fd;
  if (!a[3].is_null() && !a[3].is_none()) {
    if (is_float(a[3])) return fail(exc::TypeError, "'float' object cannot be interpreted as an integer");
    int64_t n;
    if (!posix::int64_arg(a[3], &n)) return -1;
    if (n < 0) return fail(exc::ValueError, "negative file descriptor");
    if (n > 0x7fffffff) return fail(exc::OverflowError, "signed integer is greater than maximum");
    fd = static_cast<int>(n);
    SockAddr addr{};
    socklen_t len = sizeof addr;
    if (::getsockname(fd, &addr.sa, &len) == 0) {
      if (family == -1) family = addr.sa.sa_family;
    } else if (errno == EBADF || errno == ENOTSOCK) {
      raise_errno();
      return -1;
    }
    if (type == -1 && !getsockopt_int(fd, SO_TYPE, &type)) return -1;
    if (proto == -1 && !getsockopt_int(fd, SO_PROTOCOL, &proto)) return -1;
  } else {
    if (family == -1) family = AF_INET;
    if (type == -1) type = SOCK_STREAM;
    if (proto == -1) proto = 0;
    fd = ::socket(family, type | SOCK_CLOEXEC, proto);
    if (fd < 0) {
      raise_errno();
      return -1;
    }
  }
  SocketObject* s = sock(self);
  if (s->fd >= 0) ::close(s->fd);
  s->fd = fd;
  s->family = family;
  s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  s->proto = proto;
  if (type & SOCK_NONBLOCK) {
    s->timeout = 0;
  } else {
    s->timeout = default_timeout;
    if (default_timeout >= 0 && !set_blocking(fd, false)) return -1;
  }
  return 0;
}

Ref socket_repr(Value self) {
  SocketObject* s = sock(self);
  return str_from_utf8("<socket object, fd=" + std::to_string(s->fd) + ", family=" + std::to_string(s->family) +
                       ", type=" + std::to_string(s->type) + ", proto=" + std::to_string(s->proto) + ">");
}

// ---- Arguments ------------------------------------------------------------------

// ---- Connections ----------------------------------------------------------------

Ref socket_bind(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  if (!posix::one_arg("socket.bind", args, nargs, kwnames, a)) return nullptr;
  SocketObject* s = sock(self);
  SockAddr addr;
  socklen_t len;
  if (!parse_address(s->family, a[0], "bind", &addr, &len)) return nullptr;
  if (::bind(s->fd, &addr.sa, len) < 0) return raise_errno();
  return Ref::none();
}

Ref socket_listen(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  if (!parse_tuple("listen", 0, 1, args, nargs, kwnames, a)) return nullptr;
  int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
  if (!optional_int(a[0], &backlog)) return nullptr;
  if (backlog < 0) backlog = 0;
  if (::listen(sock(self)->fd, backlog) < 0) return raise_errno();
  return Ref::none();
}

Ref socket_accept(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("socket._accept", nargs, kwnames)) return nullptr;
  SocketObject* s = sock(self);
  SockAddr addr{};
  socklen_t len = sizeof addr;
  long fd = sock_call(s, false, [&] {
    len = sizeof addr;
    return ::accept4(s->fd, &addr.sa, &len, SOCK_CLOEXEC);
  });
  if (fd < 0) return nullptr;
  Ref address = make_address(&addr.sa, len);
  if (!address) {
    ::close(static_cast<int>(fd));
    return nullptr;
  }
  return tuple_pack({Value::small_int(fd), *address});
}

// connect() as CPython's internal_connect: a connection in progress is
// waited for (with the timeout) and its outcome read from SO_ERROR. Returns
// 0 or an errno when `raise_error` is false; -1 with an exception set.
int do_connect(SocketObject* s, Value address, const char* caller, bool raise_error) {
  SockAddr addr;
  socklen_t len;
  if (!parse_address(s->family, address, caller, &addr, &len)) return -1;
  int res = without_gil([&] { return ::connect(s->fd, &addr.sa, len); });
  int err = errno;
  if (res == 0) return 0;
  bool wait;
  if (err == EINTR) {
    if (!check_signals()) return -1;
    wait = s->timeout != 0;
  } else {
    wait = s->timeout > 0 && err == EINPROGRESS;
  }
  if (!wait) {
    if (!raise_error) return err;
    errno = err;
    raise_errno();
    return -1;
  }
  auto outcome = [s] {
    int e = 0;
    socklen_t n = sizeof e;
    if (::getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &e, &n) < 0) return -1;
    if (e == EISCONN || e == 0) return 0;
    errno = e;
    return -1;
  };
  if (raise_error) return sock_call(s, true, outcome, nullptr, true) < 0 ? -1 : 0;
  int failure = 0;
  if (sock_call(s, true, outcome, &failure, true) < 0) return error_occurred() ? -1 : failure;
  return 0;
}

Ref socket_connect(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  if (!posix::one_arg("socket.connect", args, nargs, kwnames, a)) return nullptr;
  if (do_connect(sock(self), a[0], "connect", true) < 0) return nullptr;
  return Ref::none();
}

Ref socket_connect_ex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  if (!posix::one_arg("socket.connect_ex", args, nargs, kwnames, a)) return nullptr;
  int r = do_connect(sock(self), a[0], "connect_ex", false);
  if (r < 0) return nullptr;
  return Ref::small_int(r);
}

// ---- Receiving ------------------------------------------------------------------

// A writable buffer argument (recv_into's), pinned while the call runs.
struct WritableBuffer {
  Buffer buffer;
  BufferPin pin;
  bool get(Value v) {
    if (!get_buffer(v, &buffer) || buffer.readonly || !buffer.copy.empty()) {
      if (!error_occurred()) {
        raise(exc::TypeError, std::string("recv_into() argument 1 must be read-write bytes-like object, not ") +
                                  type_name_of(v));
      }
      return false;
    }
    pin = BufferPin(buffer);
    return true;
  }
  char* data() const { return const_cast<char*>(buffer.data.data()); }
  int64_t size() const { return static_cast<int64_t>(buffer.data.size()); }
};

// recv_into/recvfrom_into's (buffer, nbytes=0, flags=0): how many bytes to read.
bool into_args(const char* name, const Value* args, size_t nargs, Tuple* kwnames, WritableBuffer* buf,
               int64_t* nbytes, int* flags) {
  static const char* const kNames[] = {"buffer", "nbytes", "flags"};
  const ArgSpec spec{name, kNames, 3, 0, 1};
  Value a[3];
  if (!bind_args(spec, args, nargs, kwnames, a) || !buf->get(a[0])) return false;
  *nbytes = 0;
  if (!a[1].is_null()) {
    if (!posix::int64_arg(a[1], nbytes)) return false;
  }
  if (!flags_arg(a[2], flags)) return false;
  if (*nbytes < 0) {
    raise(exc::ValueError, std::string("negative buffersize in ") + name);
    return false;
  }
  if (*nbytes == 0) *nbytes = buf->size();
  if (*nbytes > buf->size()) {
    raise(exc::ValueError, std::string("buffer too small for requested bytes"));
    return false;
  }
  return true;
}

Ref socket_recv(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  int64_t size;
  int flags;
  if (!parse_tuple("recv", 1, 2, args, nargs, kwnames, a) || !buffer_size_arg(a[0], "recv", &size) ||
      !flags_arg(a[1], &flags)) {
    return nullptr;
  }
  if (size == 0) return bytes_from_string("");  // as CPython: no wait, no call
  SocketObject* s = sock(self);
  ReadBuffer buf(static_cast<size_t>(size));
  long got = sock_call(s, false, [&] { return ::recv(s->fd, buf.data(), static_cast<size_t>(size), flags); });
  if (got < 0) return nullptr;
  return bytes_from_string({buf.data(), static_cast<size_t>(got)});
}

Ref socket_recv_into(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  WritableBuffer buf;
  int64_t nbytes;
  int flags;
  if (!into_args("recv_into", args, nargs, kwnames, &buf, &nbytes, &flags)) return nullptr;
  if (nbytes == 0) return Ref::small_int(0);  // as CPython: no wait, no call
  SocketObject* s = sock(self);
  long got = sock_call(s, false, [&] { return ::recv(s->fd, buf.data(), static_cast<size_t>(nbytes), flags); });
  if (got < 0) return nullptr;
  return int_from_int64(got);
}

Ref socket_recvfrom(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  int64_t size;
  int flags;
  if (!parse_tuple("recvfrom", 1, 2, args, nargs, kwnames, a) || !buffer_size_arg(a[0], "recvfrom", &size) ||
      !flags_arg(a[1], &flags)) {
    return nullptr;
  }
  SocketObject* s = sock(self);
  ReadBuffer buf(static_cast<size_t>(size));
  SockAddr addr{};
  socklen_t len = 0;
  long got = sock_call(s, false, [&] {
    len = sizeof addr;
    return ::recvfrom(s->fd, buf.data(), static_cast<size_t>(size), flags, &addr.sa, &len);
  });
  if (got < 0) return nullptr;
  Ref data = bytes_from_string({buf.data(), static_cast<size_t>(got)});
  Ref address = make_address(&addr.sa, len);
  if (!data || !address) return nullptr;
  return tuple_pack({*data, *address});
}

Ref socket_recvfrom_into(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  WritableBuffer buf;
  int64_t nbytes;
  int flags;
  if (!into_args("recvfrom_into", args, nargs, kwnames, &buf, &nbytes, &flags)) return nullptr;
  SocketObject* s = sock(self);
  SockAddr addr{};
  socklen_t len = 0;
  long got = sock_call(s, false, [&] {
    len = sizeof addr;
    return ::recvfrom(s->fd, buf.data(), static_cast<size_t>(nbytes), flags, &addr.sa, &len);
  });
  if (got < 0) return nullptr;
  Ref address = make_address(&addr.sa, len);
  if (!address) return nullptr;
  return tuple_pack({Value::small_int(got), *address});
}

// ---- Sending --------------------------------------------------------------------

Ref socket_send(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  Buffer data;
  int flags;
  if (!parse_tuple("send", 1, 2, args, nargs, kwnames, a) || !require_buffer(a[0], &data) || !flags_arg(a[1], &flags)) {
    return nullptr;
  }
  SocketObject* s = sock(self);
  BufferPin pin(data);
  long sent = sock_call(s, true, [&] { return ::send(s->fd, data.data.data(), data.data.size(), flags | MSG_NOSIGNAL); });
  if (sent < 0) return nullptr;
  return int_from_int64(sent);
}

Ref socket_sendall(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  Buffer data;
  int flags;
  if (!parse_tuple("sendall", 1, 2, args, nargs, kwnames, a) || !require_buffer(a[0], &data) ||
      !flags_arg(a[1], &flags)) {
    return nullptr;
  }
  SocketObject* s = sock(self);
  BufferPin pin(data);  // a signal handler run between sends cannot resize it
  double deadline = s->timeout > 0 ? monotonic_now() + s->timeout : 0;
  size_t done = 0;
  do {
    double timeout = s->timeout;
    if (s->timeout > 0) {
      timeout = deadline - monotonic_now();
      if (timeout <= 0) return raise_timeout();
    }
    long sent = sock_call_for(s, timeout, true, [&] {
      return ::send(s->fd, data.data.data() + done, data.data.size() - done, flags | MSG_NOSIGNAL);
    });
    if (sent < 0) return nullptr;
    done += static_cast<size_t>(sent);
    if (!check_signals()) return nullptr;
  } while (done < data.data.size());
  return Ref::none();
}

Ref socket_sendto(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("sendto", kwnames)) return nullptr;
  if (nargs != 2 && nargs != 3) {
    return raise(exc::TypeError, "sendto() takes 2 or 3 arguments (" + std::to_string(nargs) + " given)");
  }
  Buffer data;
  int flags = 0;
  if (!require_buffer(args[0], &data) || (nargs == 3 && !posix::int_arg(args[1], &flags))) return nullptr;
  SocketObject* s = sock(self);
  SockAddr addr;
  socklen_t len;
  if (!parse_address(s->family, args[nargs - 1], "sendto", &addr, &len)) return nullptr;
  BufferPin pin(data);
  long sent = sock_call(s, true, [&] {
    return ::sendto(s->fd, data.data.data(), data.data.size(), flags | MSG_NOSIGNAL, &addr.sa, len);
  });
  if (sent < 0) return nullptr;
  return int_from_int64(sent);
}

// ---- Options and names ----------------------------------------------------------

Ref socket_setsockopt(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("setsockopt", kwnames)) return nullptr;
  if (nargs != 3 && nargs != 4) {
    return raise(exc::TypeError, "setsockopt() takes exactly 3 arguments (" + std::to_string(nargs) + " given)");
  }
  int level, option;
  if (!posix::int_arg(args[0], &level) || !posix::int_arg(args[1], &option)) return nullptr;
  int fd = sock(self)->fd;
  int r;
  if (nargs == 4) {
    if (!args[2].is_none()) {
      return raise(exc::TypeError, "setsockopt() takes exactly 4 arguments when the third is None");
    }
    int optlen;
    if (!posix::int_arg(args[3], &optlen)) return nullptr;
    r = ::setsockopt(fd, level, option, nullptr, static_cast<socklen_t>(optlen));
  } else if (is_int(args[2])) {
    int flag;
    if (!posix::int_arg(args[2], &flag)) return nullptr;
    r = ::setsockopt(fd, level, option, &flag, sizeof flag);
  } else {
    Buffer b;
    if (!require_buffer(args[2], &b)) return nullptr;
    r = ::setsockopt(fd, level, option, b.data.data(), static_cast<socklen_t>(b.data.size()));
  }
  if (r < 0) return raise_errno();
  return Ref::none();
}

Ref socket_getsockopt(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  int level, option, buflen = 0;
  if (!parse_tuple("getsockopt", 2, 3, args, nargs, kwnames, a) || !posix::int_arg(a[0], &level) ||
      !posix::int_arg(a[1], &option) || !optional_int(a[2], &buflen)) {
    return nullptr;
  }
  int fd = sock(self)->fd;
  if (buflen == 0) {
    int flag = 0;
    socklen_t len = sizeof flag;
    if (::getsockopt(fd, level, option, &flag, &len) < 0) return raise_errno();
    return Ref::small_int(flag);
  }
  if (buflen <= 0 || buflen > 1024) return raise(exc::OSError, "getsockopt buflen out of range");
  std::string buf(static_cast<size_t>(buflen), '\0');
  socklen_t len = static_cast<socklen_t>(buflen);
  if (::getsockopt(fd, level, option, buf.data(), &len) < 0) return raise_errno();
  buf.resize(len);
  return bytes_from_string(buf);
}

Ref name_of(Value self, size_t nargs, Tuple* kwnames, const char* name, bool peer) {
  if (!check_no_args(name, nargs, kwnames)) return nullptr;
  SockAddr addr{};
  socklen_t len = sizeof addr;
  int fd = sock(self)->fd;
  if ((peer ? ::getpeername(fd, &addr.sa, &len) : ::getsockname(fd, &addr.sa, &len)) < 0) return raise_errno();
  return make_address(&addr.sa, len);
}

Ref socket_getsockname(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return name_of(self, nargs, kwnames, "socket.getsockname", false);
}

Ref socket_getpeername(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return name_of(self, nargs, kwnames, "socket.getpeername", true);
}

// ---- Modes and timeouts ---------------------------------------------------------

Ref socket_settimeout(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  double timeout;
  if (!posix::one_arg("socket.settimeout", args, nargs, kwnames, a) || !timeout_arg(a[0], &timeout)) return nullptr;
  SocketObject* s = sock(self);
  s->timeout = timeout;
  if (!set_blocking(s->fd, timeout < 0)) return nullptr;
  return Ref::none();
}

Ref socket_gettimeout(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("socket.gettimeout", nargs, kwnames)) return nullptr;
  double t = sock(self)->timeout;
  return t < 0 ? Ref::none() : Ref::from_double(t);
}

Ref socket_setblocking(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  if (!posix::one_arg("socket.setblocking", args, nargs, kwnames, a)) return nullptr;
  int64_t block;
  if (!posix::int64_arg(a[0], &block)) return nullptr;
  SocketObject* s = sock(self);
  s->timeout = block ? -1 : 0;
  if (!set_blocking(s->fd, block != 0)) return nullptr;
  return Ref::none();
}

Ref socket_getblocking(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("socket.getblocking", nargs, kwnames)) return nullptr;
  return Ref::boolean(sock(self)->timeout != 0);
}

// ---- Ending ---------------------------------------------------------------------

Ref socket_shutdown(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  int how;
  if (!posix::one_arg("socket.shutdown", args, nargs, kwnames, a) || !posix::int_arg(a[0], &how)) return nullptr;
  if (::shutdown(sock(self)->fd, how) < 0) return raise_errno();
  return Ref::none();
}

Ref socket_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("socket.close", nargs, kwnames)) return nullptr;
  SocketObject* s = sock(self);
  int fd = s->fd;
  if (fd >= 0) {
    s->fd = -1;
    if (without_gil([&] { return ::close(fd); }) < 0 && errno != ECONNRESET) return raise_errno();
  }
  return Ref::none();
}

Ref socket_detach(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("socket.detach", nargs, kwnames)) return nullptr;
  SocketObject* s = sock(self);
  int fd = s->fd;
  s->fd = -1;
  return Ref::small_int(fd);
}

Ref socket_fileno(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("socket.fileno", nargs, kwnames)) return nullptr;
  return Ref::small_int(sock(self)->fd);
}

Ref get_family(Value self) { return Ref::small_int(sock(self)->family); }
Ref get_type(Value self) { return Ref::small_int(sock(self)->type); }
Ref get_proto(Value self) { return Ref::small_int(sock(self)->proto); }
Ref get_timeout(Value self) {
  double t = sock(self)->timeout;
  return t < 0 ? Ref::none() : Ref::from_double(t);
}

const MethodDef kMethods[] = {
    {"_accept", socket_accept, kMethodInstance, "_accept() -> (integer, address info)"},
    {"bind", socket_bind, kMethodInstance, "bind(address)\n\nBind the socket to a local address."},
    {"close", socket_close, kMethodInstance, "close()\n\nClose the socket."},
    {"connect", socket_connect, kMethodInstance, "connect(address)\n\nConnect the socket to a remote address."},
    {"connect_ex", socket_connect_ex, kMethodInstance, "connect_ex(address) -> errno"},
    {"detach", socket_detach, kMethodInstance, "detach()\n\nClose the socket object without closing the fd."},
    {"fileno", socket_fileno, kMethodInstance, "fileno() -> integer\n\nReturn the integer file descriptor."},
    {"getpeername", socket_getpeername, kMethodInstance, "getpeername() -> address info"},
    {"getsockname", socket_getsockname, kMethodInstance, "getsockname() -> address info"},
    {"getsockopt", socket_getsockopt, kMethodInstance, "getsockopt(level, option[, buffersize]) -> value"},
    {"getblocking", socket_getblocking, kMethodInstance, "getblocking()\n\nReturns True if socket is blocking."},
    {"gettimeout", socket_gettimeout, kMethodInstance, "gettimeout() -> timeout"},
    {"listen", socket_listen, kMethodInstance, "listen([backlog])"},
    {"recv", socket_recv, kMethodInstance, "recv(buffersize[, flags]) -> data"},
    {"recv_into", socket_recv_into, kMethodInstance, "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read"},
    {"recvfrom", socket_recvfrom, kMethodInstance, "recvfrom(buffersize[, flags]) -> (data, address info)"},
    {"recvfrom_into", socket_recvfrom_into, kMethodInstance,
     "recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)"},
    {"send", socket_send, kMethodInstance, "send(data[, flags]) -> count"},
    {"sendall", socket_sendall, kMethodInstance, "sendall(data[, flags])"},
    {"sendto", socket_sendto, kMethodInstance, "sendto(data[, flags], address) -> count"},
    {"sendmsg", socket_sendmsg, kMethodInstance, "sendmsg(buffers[, ancdata[, flags[, address]]]) -> count"},
    {"recvmsg", socket_recvmsg, kMethodInstance,
     "recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)"},
    {"recvmsg_into", socket_recvmsg_into, kMethodInstance,
     "recvmsg_into(buffers[, ancbufsize[, flags]]) -> (nbytes, ancdata, msg_flags, address)"},
    {"setblocking", socket_setblocking, kMethodInstance, "setblocking(flag)"},
    {"setsockopt", socket_setsockopt, kMethodInstance, "setsockopt(level, option, value: int)"},
    {"settimeout", socket_settimeout, kMethodInstance, "settimeout(timeout)"},
    {"shutdown", socket_shutdown, kMethodInstance, "shutdown(flag)"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kGetSets[] = {
    {"family", get_family, nullptr, "the socket family"},
    {"type", get_type, nullptr, "the socket type"},
    {"proto", get_proto, nullptr, "the socket protocol"},
    {"timeout", get_timeout, nullptr, "the socket timeout"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

int init_socket_type() {
  if (type_has_flag(&socket_type, kTypeReady)) return 0;
  Type& t = socket_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_socket.socket";
  t.basic_size = sizeof(SocketObject);
  t.flags = kTypeBaseType;
  t.base = &object_type;
  t.dealloc = socket_dealloc;
  t.repr = socket_repr;
  t.new_ = socket_new;
  t.init = socket_init;
  t.methods = kMethods;
  t.getsets = kGetSets;
  t.doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object";
  return type_ready(&t);
}

}  // namespace taipan::socket
