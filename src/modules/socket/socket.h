// The _socket module, shared by the files of src/modules/socket/: the socket
// object (socket_type.cpp, with sendmsg/recvmsg in socket_msg.cpp), socket
// addresses as Python sees them (address.cpp), timed system calls
// (sock_call.cpp), name resolution and the module's functions
// (resolve.cpp, socket_module.cpp) and its constants (constants.cpp).
#pragma once

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <cerrno>
#include <string>

#include "objects/type.h"
#include "vm/gil.h"

namespace taipan::socket {

struct SocketObject : Object {
  int fd;          // -1 once closed or detached
  int family;
  int type;        // without SOCK_NONBLOCK / SOCK_CLOEXEC
  int proto;
  double timeout;  // seconds; negative: blocking (None), 0: non-blocking
};

extern Type socket_type;
// socket.herror and socket.gaierror (subclasses of OSError), made by the module.
extern Type* herror_type;
extern Type* gaierror_type;
// setdefaulttimeout()'s value (negative: None).
extern double default_timeout;

inline SocketObject* as_socket(Value v) { return v.as<SocketObject>(); }

// Any socket address this module handles.
union SockAddr {
  sockaddr sa;
  sockaddr_in in;
  sockaddr_in6 in6;
  sockaddr_un un;
  sockaddr_storage storage;
};

// A host argument: str (IDNA-encoded when not ASCII), bytes or bytearray.
bool host_text(Value host, std::string* out);
// Converts a Python address for a socket of `family` (what bind, connect and
// sendto take; `caller` names the method in messages). False with an exception set.
bool parse_address(int family, Value addr, const char* caller, SockAddr* out, socklen_t* len);
// The Python form of a system address: (host, port), (host, port, flowinfo,
// scope_id), a str or bytes path; (family, raw bytes) for others.
Ref make_address(const sockaddr* sa, socklen_t len);
// The numeric text of an IPv4/IPv6 address in `sa`.
std::string address_text(const sockaddr* sa);
// Resolves `host` (numeric, '', '<broadcast>' or a name) into an address of
// `family` (AF_INET, AF_INET6 or AF_UNSPEC), port left 0. False with an exception set.
bool resolve_host(const std::string& name, int family, SockAddr* out, socklen_t* len);

// OSError for errno / for a getaddrinfo code (gaierror) / for h_errno (herror).
Ref raise_errno();
Ref raise_gai_error(int code);
Ref raise_herror(int code);
Ref raise_timeout();  // TimeoutError("timed out")

// Parses a timeout argument: None gives -1; a negative number raises
// ValueError "Timeout value out of range". False with an exception set.
bool timeout_arg(Value v, double* out);
// Puts fd in blocking or non-blocking mode; false with OSError set.
bool set_blocking(int fd, bool blocking);

// Runs f() (a blocking system call) with the GIL released; errno survives
// taking the GIL back.
template <class F>
auto without_gil(F f) -> decltype(f()) {
  decltype(f()) r;
  int saved;
  {
    [[maybe_unused]] AllowThreads allow;
    r = f();
    saved = errno;
  }
  errno = saved;
  return r;
}

// Runs `op` on the socket as CPython's sock_call does: with a positive
// timeout, waits with poll() for the socket to be readable (or writable) with
// what remains of it first, and retries while the call would block; retries on
// EINTR after running signal handlers. op returns a negative value with errno
// set on failure. Returns op's result, or -1 with an exception set (or, when
// `err` is given, -1 with *err holding the errno and no exception, as connect_ex
// wants). `connect` waits for a connection in progress instead.
// sock_call_for takes the timeout to use instead of the socket's (sendall's
// remaining time).
template <class Op>
long sock_call_for(SocketObject* s, double timeout, bool writing, Op op, int* err = nullptr, bool connect = false);
template <class Op>
long sock_call(SocketObject* s, bool writing, Op op, int* err = nullptr, bool connect = false) {
  return sock_call_for(s, s->timeout, writing, op, err, connect);
}
// The waiting half of sock_call: 0 ready, 1 timed out, -1 failed (errno set).
int wait_ready(int fd, bool writing, bool connect, double interval);
// Runs signal handlers after EINTR; false with their exception set.
bool check_signals();
// Seconds on a monotonic clock.
double monotonic_now();

template <class Op>
long sock_call_for(SocketObject* s, double timeout, bool writing, Op op, int* err, bool connect) {
  bool has_timeout = timeout > 0;
  double deadline = has_timeout ? monotonic_now() + timeout : 0;
  for (;;) {
    if (has_timeout || connect) {
      double interval = has_timeout ? deadline - monotonic_now() : timeout;
      int res = interval >= 0 || !has_timeout ? wait_ready(s->fd, writing, connect, interval) : 1;
      if (res < 0) {
        if (errno == EINTR) {
          if (!check_signals()) return -1;
          continue;
        }
        if (err != nullptr) {
          *err = errno;
          return -1;
        }
        raise_errno();
        return -1;
      }
      if (res == 1) {
        if (err != nullptr) {
          *err = EWOULDBLOCK;
          return -1;
        }
        raise_timeout();
        return -1;
      }
    }
    long r;
    for (;;) {
      r = static_cast<long>(without_gil(op));
      if (r >= 0) return r;
      if (errno != EINTR) break;
      if (!check_signals()) return -1;
    }
    if (has_timeout && (errno == EWOULDBLOCK || errno == EAGAIN)) continue;
    if (err != nullptr) {
      *err = errno;
      return -1;
    }
    raise_errno();
    return -1;
  }
}

// The buffer-size argument of recv and friends: "negative buffersize in recv".
bool buffer_size_arg(Value v, const char* caller, int64_t* out);
// The flags argument (an int, 0 when absent).
bool flags_arg(Value v, int* out);

// Adds the AF_*, SOCK_*, SO_* ... constants to the module. 0 or -1.
int add_constants(Value module);
// The functions of the module resolving names (getaddrinfo, gethostbyname ...).
extern const MethodDef kResolveFunctions[];
// sendmsg, recvmsg, recvmsg_into, CMSG_LEN, CMSG_SPACE.
Ref socket_sendmsg(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref socket_recvmsg(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref socket_recvmsg_into(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref cmsg_len(Value, const Value* args, size_t nargs, Tuple* kwnames);
Ref cmsg_space(Value, const Value* args, size_t nargs, Tuple* kwnames);

int init_socket_type();

}  // namespace taipan::socket
