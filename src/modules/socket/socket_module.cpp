// The _socket module object: the socket type, the exceptions (error,
// herror, gaierror, timeout), socketpair, dup and close of descriptors,
// byte-order conversions, the default timeout, network interface names and
// the constants; name resolution lives in resolve.cpp.
#include <arpa/inet.h>
#include <fcntl.h>
#include <net/if.h>
#include <unistd.h>

#include <string>

#include "modules/module_exception.h"
#include "modules/modules.h"
#include "modules/posix/posix_args.h"
#include "modules/socket/socket.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace socket {

Type* herror_type = nullptr;
Type* gaierror_type = nullptr;

namespace {

// A new _socket.socket around fd (closing fd on failure).
Ref socket_for(int fd, int family, int type, int proto) {
  Ref s = call(Value::object(&socket_type), {Value::small_int(family), Value::small_int(type),
                                              Value::small_int(proto), Value::small_int(fd)});
  if (!s) ::close(fd);
  return s;
}

Ref socket_socketpair(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  int family = AF_UNIX, type = SOCK_STREAM, proto = 0;
  if (!parse_tuple("socketpair", 0, 3, args, nargs, kwnames, a) || !flags_arg(a[0], &family) || !flags_arg(a[1], &type) ||
      !flags_arg(a[2], &proto)) {
    return nullptr;
  }
  if (a[0].is_null()) family = AF_UNIX;
  if (a[1].is_null()) type = SOCK_STREAM;
  int fds[2];
  if (::socketpair(family, type | SOCK_CLOEXEC, proto, fds) < 0) return raise_errno();
  Ref first = socket_for(fds[0], family, type, proto);
  if (!first) {
    ::close(fds[1]);
    return nullptr;
  }
  Ref second = socket_for(fds[1], family, type, proto);
  if (!second) return nullptr;
  return tuple_pack({*first, *second});
}

Ref socket_dup(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  int fd;
  if (!posix::one_arg("_socket.dup", args, nargs, kwnames, a) || !posix::int_arg(a[0], &fd)) return nullptr;
  int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (copy < 0) return raise_errno();
  return Ref::small_int(copy);
}

Ref socket_close_fd(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  int fd;
  if (!posix::one_arg("_socket.close", args, nargs, kwnames, a) || !posix::int_arg(a[0], &fd)) return nullptr;
  if (without_gil([&] { return ::close(fd); }) < 0 && errno != ECONNRESET) return raise_errno();
  return Ref::none();
}

// A name given as str (file system encoded) or bytes (PyUnicode_FSConverter's).
bool fs_bytes_arg(Value v, std::string* out) {
  Buffer b;
  if (is_str(v)) return posix::fs_encode(v, out);
  if (!get_buffer(v, &b)) {
    raise(exc::TypeError, std::string("expected str, bytes or os.PathLike object, not ") + type_name_of(v));
    return false;
  }
  *out = std::string(b.data);
  return true;
}

Ref socket_sethostname(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  std::string name;
  if (!parse_tuple("sethostname", 1, 1, args, nargs, kwnames, a) || !fs_bytes_arg(a[0], &name)) return nullptr;
  if (::sethostname(name.data(), name.size()) < 0) return raise_errno();
  return Ref::none();
}

// ---- Byte order -----------------------------------------------------------------

bool short_arg(const char* name, const Value* args, size_t nargs, Tuple* kwnames, uint16_t* out) {
  Value a[1];
  if (!parse_tuple(name, 1, 1, args, nargs, kwnames, a)) return false;
  Ref i = index(a[0]);
  if (!i) return false;
  int64_t n;
  if (!int_to_int64(*i, &n) || n > 0x7fffffff) {
    clear_error();
    raise(exc::OverflowError, "signed integer is greater than maximum");
    return false;
  }
  if (n < 0) {
    raise(exc::OverflowError, std::string(name) + ": can't convert negative Python int to C 16-bit unsigned integer");
    return false;
  }
  if (n > 0xffff) {
    raise(exc::OverflowError, std::string(name) + ": Python int too large to convert to C 16-bit unsigned integer");
    return false;
  }
  *out = static_cast<uint16_t>(n);
  return true;
}

bool long_arg(const char* name, const Value* args, size_t nargs, Tuple* kwnames, uint32_t* out) {
  Value a[1];
  if (!posix::one_arg((std::string("_socket.") + name).c_str(), args, nargs, kwnames, a)) return false;
  if (!is_int(a[0])) {
    raise(exc::TypeError, std::string("expected int, ") + type_name_of(a[0]) + " found");
    return false;
  }
  if (int_sign(a[0]) < 0) {
    raise(exc::OverflowError, "can't convert negative value to unsigned int");
    return false;
  }
  int64_t n;
  if (!int_to_int64(a[0], &n) || n > 0xffffffffLL) {
    clear_error();
    raise(exc::OverflowError, "int larger than 32 bits");
    return false;
  }
  *out = static_cast<uint32_t>(n);
  return true;
}

Ref socket_htons(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint16_t v;
  if (!short_arg("htons", args, nargs, kwnames, &v)) return nullptr;
  return Ref::small_int(htons(v));
}

Ref socket_ntohs(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint16_t v;
  if (!short_arg("ntohs", args, nargs, kwnames, &v)) return nullptr;
  return Ref::small_int(ntohs(v));
}

Ref socket_htonl(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t v;
  if (!long_arg("htonl", args, nargs, kwnames, &v)) return nullptr;
  return Ref::small_int(htonl(v));
}

Ref socket_ntohl(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t v;
  if (!long_arg("ntohl", args, nargs, kwnames, &v)) return nullptr;
  return Ref::small_int(ntohl(v));
}

// ---- Default timeout ------------------------------------------------------------

Ref socket_getdefaulttimeout(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("_socket.getdefaulttimeout", nargs, kwnames)) return nullptr;
  return default_timeout < 0 ? Ref::none() : Ref::from_double(default_timeout);
}

Ref socket_setdefaulttimeout(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  double timeout;
  if (!posix::one_arg("_socket.setdefaulttimeout", args, nargs, kwnames, a) || !timeout_arg(a[0], &timeout)) return nullptr;
  default_timeout = timeout;
  return Ref::none();
}

// ---- Interfaces -----------------------------------------------------------------

Ref socket_if_nameindex(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("_socket.if_nameindex", nargs, kwnames)) return nullptr;
  struct if_nameindex* list = ::if_nameindex();
  if (list == nullptr) return raise_errno();
  Ref result = Ref::steal(list_new(0));
  for (struct if_nameindex* p = list; result && p->if_index != 0; ++p) {
    Ref name = posix::fs_name(p->if_name, false);
    Ref item = name ? tuple_pack({Value::small_int(p->if_index), *name}) : Ref();
    if (!item || list_append(result.as<List>(), *item) < 0) result = Ref();
  }
  if_freenameindex(list);
  return result;
}

Ref socket_if_nametoindex(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  std::string name;
  if (!parse_tuple("if_nametoindex", 1, 1, args, nargs, kwnames, a) || !fs_bytes_arg(a[0], &name)) return nullptr;
  unsigned index = ::if_nametoindex(name.c_str());
  if (index == 0) return raise(exc::OSError, "no interface with this name");
  return Ref::small_int(index);
}

Ref socket_if_indextoname(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  if (!posix::one_arg("_socket.if_indextoname", args, nargs, kwnames, a)) return nullptr;
  if (!is_int(a[0])) return raise(exc::TypeError, "an integer is required");
  if (int_sign(a[0]) < 0) return raise(exc::OverflowError, "can't convert negative value to unsigned int");
  int64_t n;
  if (!int_to_int64(a[0], &n) || n > 0xffffffffLL) return raise(exc::OverflowError, "index is too large");
  char name[IF_NAMESIZE + 1];
  if (::if_indextoname(static_cast<unsigned>(n), name) == nullptr) return raise_errno();
  return posix::fs_name(name, false);
}

const MethodDef kFunctions[] = {
    {"socketpair", socket_socketpair, kMethodInstance, "socketpair([family[, type [, proto]]]) -> (socket object, socket object)"},
    {"sethostname", socket_sethostname, kMethodInstance, "sethostname(name)\n\nSets the hostname to name."},
    {"dup", socket_dup, kMethodInstance, "dup(integer) -> integer\n\nDuplicate an integer socket file descriptor."},
    {"close", socket_close_fd, kMethodInstance, "close(integer) -> None\n\nClose an integer socket file descriptor."},
    {"htons", socket_htons, kMethodInstance, "Convert a 16-bit unsigned integer from host to network byte order."},
    {"ntohs", socket_ntohs, kMethodInstance, "Convert a 16-bit unsigned integer from network to host byte order."},
    {"htonl", socket_htonl, kMethodInstance, "htonl(integer) -> integer"},
    {"ntohl", socket_ntohl, kMethodInstance, "ntohl(integer) -> integer"},
    {"getdefaulttimeout", socket_getdefaulttimeout, kMethodInstance, "getdefaulttimeout() -> timeout"},
    {"setdefaulttimeout", socket_setdefaulttimeout, kMethodInstance, "setdefaulttimeout(timeout)"},
    {"if_nameindex", socket_if_nameindex, kMethodInstance, "if_nameindex()\n\nReturns a list of network interface information (index, name) tuples."},
    {"if_nametoindex", socket_if_nametoindex, kMethodInstance, "Returns the interface index corresponding to the interface name if_name."},
    {"if_indextoname", socket_if_indextoname, kMethodInstance, "Returns the interface name corresponding to the interface index if_index."},
    {"CMSG_LEN", cmsg_len, kMethodInstance, "CMSG_LEN(length) -> control message length"},
    {"CMSG_SPACE", cmsg_space, kMethodInstance, "CMSG_SPACE(length) -> buffer size"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

}  // namespace socket

Ref make_socket_module() {
  using namespace socket;
  if (init_socket_type() < 0) return nullptr;
  if (herror_type == nullptr) {
    herror_type = new_exception_class("socket", "herror", {exc::OSError});
    if (herror_type == nullptr) return nullptr;
  }
  if (gaierror_type == nullptr) {
    gaierror_type = new_exception_class("socket", "gaierror", {exc::OSError});
    if (gaierror_type == nullptr) return nullptr;
  }
  Ref module = module_new("_socket", true);
  if (!module || module_add_functions(*module, kFunctions) < 0 ||
      module_add_functions(*module, kResolveFunctions) < 0 ||
      module_add(*module, "socket", Value::object(&socket_type)) < 0 ||
      module_add(*module, "SocketType", Value::object(&socket_type)) < 0 ||
      module_add(*module, "error", Value::object(exc::OSError)) < 0 ||
      module_add(*module, "timeout", Value::object(exc::TimeoutError)) < 0 ||
      module_add(*module, "herror", Value::object(herror_type)) < 0 ||
      module_add(*module, "gaierror", Value::object(gaierror_type)) < 0 ||
      module_add(*module, "has_ipv6", Value::boolean(true)) < 0 ||
      module_add(*module, "AF_DECnet", Value::small_int(12)) < 0 || add_constants(*module) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
