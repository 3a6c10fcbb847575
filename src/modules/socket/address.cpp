// Socket addresses between Python and the system, as CPython's getsockaddrarg
// and makesockaddr convert them: (host, port) for AF_INET, (host, port,
// flowinfo, scope_id) for AF_INET6, a str or bytes path for AF_UNIX (bytes
// for the Linux abstract namespace), and host names resolved on the way.
#include <arpa/inet.h>
#include <netdb.h>

#include <algorithm>
#include <cstddef>
#include <cstring>

#include "modules/posix/posix_args.h"
#include "modules/socket/socket.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::socket {

bool host_text(Value host, std::string* out) {
  if (is_str(host)) {
    std::string_view utf8 = str_utf8(host.as<Str>());
    if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      *out = std::string(utf8);
      return true;
    }
    Ref codec = str_from_utf8("idna");
    Ref encoded = codec ? call_method(host, "encode", {*codec}) : Ref();
    if (!encoded) return false;
    *out = std::string(bytes_view(encoded.as<Bytes>()));
    return true;
  }
  if (is_bytes(host) || is_bytearray(host)) {
    Buffer b;
    get_buffer(host, &b);
    *out = std::string(b.data);
    return true;
  }
  raise(exc::TypeError, std::string("str, bytes or bytearray expected, not ") + type_name_of(host));
  return false;
}

namespace {

bool port_arg(Value v, const char* caller, int* port) {
  Ref i = index(v);
  if (!i) return false;
  int64_t n;
  if (!int_to_int64(*i, &n) || n < 0 || n > 0xffff) {
    clear_error();
    raise(exc::OverflowError, std::string(caller) + "(): port must be 0-65535.");
    return false;
  }
  *port = static_cast<int>(n);
  return true;
}

bool uint32_field(Value v, uint32_t limit, const char* caller, const char* what, uint32_t* out) {
  Ref i = index(v);
  if (!i) return false;
  int64_t n;
  if (!int_to_int64(*i, &n) || n < 0 || static_cast<uint64_t>(n) > limit) {
    clear_error();
    raise(exc::OverflowError, std::string(caller) + "(): " + what + " must be 0-" + std::to_string(limit) + ".");
    return false;
  }
  *out = static_cast<uint32_t>(n);
  return true;
}

bool parse_unix(Value addr, SockAddr* out, socklen_t* len) {
  std::string path;
  if (is_str(addr)) {
    if (!posix::fs_encode(addr, &path)) return false;
  } else {
    Buffer b;
    if (!require_buffer(addr, &b)) return false;
    path = std::string(b.data);
  }
  out->un.sun_family = AF_UNIX;
  bool abstract = !path.empty() && path[0] == '\0';
  if (abstract ? path.size() > sizeof out->un.sun_path : path.size() >= sizeof out->un.sun_path) {
    raise(exc::OSError, "AF_UNIX path too long");
    return false;
  }
  std::memcpy(out->un.sun_path, path.data(), path.size());
  *len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path.size() + (abstract ? 0 : 1));
  return true;
}

bool parse_inet(int family, Value addr, const char* caller, SockAddr* out, socklen_t* len) {
  bool v6 = family == AF_INET6;
  const char* name = v6 ? "AF_INET6" : "AF_INET";
  if (!is_tuple(addr)) {
    raise(exc::TypeError, std::string(caller) + "(): " + name + " address must be tuple, not " + type_name_of(addr));
    return false;
  }
  Tuple* t = addr.as<Tuple>();
  if (v6 ? (t->size < 2 || t->size > 4) : t->size != 2) {
    raise(exc::TypeError, v6 ? "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                             : "AF_INET address must be a pair (host, port)");
    return false;
  }
  std::string host;
  if (!host_text(t->items[0], &host)) return false;
  int port;
  if (!port_arg(t->items[1], caller, &port)) return false;
  uint32_t flowinfo = 0, scope_id = 0;
  if (t->size > 2 && !uint32_field(t->items[2], 0xfffff, caller, "flowinfo", &flowinfo)) return false;
  if (t->size > 3) {
    int64_t n;
    if (!posix::int64_arg(t->items[3], &n)) return false;
    scope_id = static_cast<uint32_t>(n);
  }
  if (!resolve_host(host, family, out, len)) return false;
  if (v6) {
    out->in6.sin6_port = htons(static_cast<uint16_t>(port));
    out->in6.sin6_flowinfo = htonl(flowinfo);
    out->in6.sin6_scope_id = scope_id;
  } else {
    out->in.sin_port = htons(static_cast<uint16_t>(port));
  }
  return true;
}

}  // namespace

bool resolve_host(const std::string& name, int family, SockAddr* out, socklen_t* len) {
  std::memset(out, 0, sizeof *out);
  if (name.empty()) {
    addrinfo hints{};
    hints.ai_family = family;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_flags = AI_PASSIVE;
    addrinfo* res = nullptr;
    int rc = without_gil([&] { return getaddrinfo(nullptr, "0", &hints, &res); });
    if (rc != 0) {
      raise_gai_error(rc);
      return false;
    }
    std::memcpy(out, res->ai_addr, res->ai_addrlen);
    *len = res->ai_addrlen;
    freeaddrinfo(res);
    return true;
  }
  if (name == "<broadcast>" || name == "255.255.255.255") {
    if (family != AF_INET && family != AF_UNSPEC) {
      raise(exc::OSError, "address family mismatched");
      return false;
    }
    out->in.sin_family = AF_INET;
    out->in.sin_addr.s_addr = INADDR_BROADCAST;
    *len = sizeof out->in;
    return true;
  }
  if ((family == AF_INET || family == AF_UNSPEC) && inet_pton(AF_INET, name.c_str(), &out->in.sin_addr) == 1) {
    out->in.sin_family = AF_INET;
    *len = sizeof out->in;
    return true;
  }
  if ((family == AF_INET6 || family == AF_UNSPEC) && inet_pton(AF_INET6, name.c_str(), &out->in6.sin6_addr) == 1) {
    out->in6.sin6_family = AF_INET6;
    *len = sizeof out->in6;
    return true;
  }
  addrinfo hints{};
  hints.ai_family = family;
  addrinfo* res = nullptr;
  int rc = without_gil([&] { return getaddrinfo(name.c_str(), nullptr, &hints, &res); });
  if (rc != 0) {
    raise_gai_error(rc);
    return false;
  }
  std::memcpy(out, res->ai_addr, res->ai_addrlen);
  *len = res->ai_addrlen;
  freeaddrinfo(res);
  return true;
}

bool parse_address(int family, Value addr, const char* caller, SockAddr* out, socklen_t* len) {
  std::memset(out, 0, sizeof *out);
  switch (family) {
    case AF_UNIX:
      return parse_unix(addr, out, len);
    case AF_INET:
    case AF_INET6:
      return parse_inet(family, addr, caller, out, len);
    default:
      raise(exc::OSError, std::string(caller) + "(): bad family");
      return false;
  }
}

std::string address_text(const sockaddr* sa) {
  char text[INET6_ADDRSTRLEN] = "";
  if (sa->sa_family == AF_INET) {
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(sa)->sin_addr, text, sizeof text);
  } else if (sa->sa_family == AF_INET6) {
    inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr, text, sizeof text);
  }
  return text;
}

Ref make_address(const sockaddr* sa, socklen_t len) {
  if (len == 0) return Ref::none();
  switch (sa->sa_family) {
    case AF_INET: {
      Ref host = str_from_utf8(address_text(sa));
      if (!host) return nullptr;
      return tuple_pack({*host, Value::small_int(ntohs(reinterpret_cast<const sockaddr_in*>(sa)->sin_port))});
    }
    case AF_INET6: {
      const auto* a = reinterpret_cast<const sockaddr_in6*>(sa);
      Ref host = str_from_utf8(address_text(sa));
      if (!host) return nullptr;
      return tuple_pack({*host, Value::small_int(ntohs(a->sin6_port)), Value::small_int(ntohl(a->sin6_flowinfo)),
                         Value::small_int(a->sin6_scope_id)});
    }
    case AF_UNIX: {
      const auto* a = reinterpret_cast<const sockaddr_un*>(sa);
      size_t n = len > offsetof(sockaddr_un, sun_path) ? len - offsetof(sockaddr_un, sun_path) : 0;
      if (n > 0 && a->sun_path[0] == '\0') return bytes_from_string(std::string_view(a->sun_path, n));
      return posix::fs_name(std::string_view(a->sun_path, strnlen(a->sun_path, n)), false);
    }
    default: {
      Ref data = bytes_from_string(std::string_view(sa->sa_data, sizeof sa->sa_data));
      if (!data) return nullptr;
      return tuple_pack({Value::small_int(sa->sa_family), *data});
    }
  }
}

}  // namespace taipan::socket
