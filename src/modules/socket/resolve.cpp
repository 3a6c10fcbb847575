// Names and numbers of hosts, services and protocols: getaddrinfo,
// getnameinfo, gethostname, gethostbyname(_ex), gethostbyaddr,
// getservbyname/port, getprotobyname and the inet_* conversions, with
// CPython's messages.
#include <arpa/inet.h>
#include <netdb.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <vector>

#include "modules/posix/posix_args.h"
#include "modules/socket/socket.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::socket {

namespace {

// A str argument as UTF-8 ("<function>() argument N must be str, not T").
bool str_arg(Value v, const char* function, int position, std::string* out) {
  if (!is_str(v)) {
    raise(exc::TypeError, std::string(function) + "() argument " + std::to_string(position) + " must be str, not " +
                              type_name_of(v));
    return false;
  }
  *out = std::string(str_utf8(v.as<Str>()));
  return true;
}

// gethostbyname's host: str, bytes or bytearray.
bool host_name_arg(Value v, const char* function, std::string* out) {
  if (!is_str(v) && !is_bytes(v) && !is_bytearray(v)) {
    raise(exc::TypeError, std::string(function) + "() argument 1 must be str, bytes or bytearray, not " +
                              type_name_of(v));
    return false;
  }
  return host_text(v, out);
}

Ref str_result(const char* text) { return str_from_utf8(text == nullptr ? "" : text); }

// gethostbyname_ex/gethostbyaddr's (name, aliases, addresses).
Ref host_triple(const hostent* h) {
  Ref name = str_result(h->h_name);
  Ref aliases = Ref::steal(list_new(0));
  Ref addresses = Ref::steal(list_new(0));
  if (!name || !aliases || !addresses) return nullptr;
  for (char** a = h->h_aliases; a != nullptr && *a != nullptr; ++a) {
    Ref alias = str_result(*a);
    if (!alias || list_append(aliases.as<List>(), *alias) < 0) return nullptr;
  }
  for (char** a = h->h_addr_list; a != nullptr && *a != nullptr; ++a) {
    char text[INET6_ADDRSTRLEN] = "";
    inet_ntop(h->h_addrtype, *a, text, sizeof text);
    Ref address = str_result(text);
    if (!address || list_append(addresses.as<List>(), *address) < 0) return nullptr;
  }
  return tuple_pack({*name, *aliases, *addresses});
}

// Looks a host up by name (gethostbyname_r) or by address (gethostbyaddr_r).
template <class Lookup>
Ref host_lookup(Lookup lookup) {
  hostent entry{};
  hostent* result = nullptr;
  int herr = 0;
  std::vector<char> buf(16384);
  int rc;
  for (;;) {
    rc = without_gil([&] { return lookup(&entry, buf.data(), buf.size(), &result, &herr); });
    if (rc != ERANGE || buf.size() > (1u << 22)) break;
    buf.resize(buf.size() * 2);
  }
  if (result == nullptr) return raise_herror(herr != 0 ? herr : HOST_NOT_FOUND);
  return host_triple(result);
}

Ref socket_getaddrinfo(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"host", "port", "family", "type", "proto", "flags"};
  static const ArgSpec kSpec{"getaddrinfo", kNames, 6, 0, 2};
  Value a[6];
  int family = AF_UNSPEC, type = 0, proto = 0, flags = 0;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !flags_arg(a[2], &family) || !flags_arg(a[3], &type) ||
      !flags_arg(a[4], &proto) || !flags_arg(a[5], &flags)) {
    return nullptr;
  }
  std::string host, port;
  bool has_host = false, has_port = false;
  if (is_str(a[0])) {
    if (!host_text(a[0], &host)) return nullptr;
    has_host = true;
  } else if (is_bytes(a[0])) {
    host = std::string(bytes_view(a[0].as<Bytes>()));
    has_host = true;
  } else if (!a[0].is_none()) {
    return raise(exc::TypeError, "getaddrinfo() argument 1 must be string or None");
  }
  if (is_int(a[1])) {
    int64_t n;
    if (!posix::int64_arg(a[1], &n)) return nullptr;
    port = std::to_string(n);
    has_port = true;
  } else if (is_str(a[1])) {
    port = std::string(str_utf8(a[1].as<Str>()));
    has_port = true;
  } else if (is_bytes(a[1])) {
    port = std::string(bytes_view(a[1].as<Bytes>()));
    has_port = true;
  } else if (!a[1].is_none()) {
    return raise(exc::OSError, "Int or String expected");
  }
  addrinfo hints{};
  hints.ai_family = family;
  hints.ai_socktype = type;
  hints.ai_protocol = proto;
  hints.ai_flags = flags;
  addrinfo* res = nullptr;
  const char* host_c = has_host ? host.c_str() : nullptr;
  const char* port_c = has_port ? port.c_str() : nullptr;
  int rc = without_gil([&] { return getaddrinfo(host_c, port_c, &hints, &res); });
  if (rc != 0) return raise_gai_error(rc);
  Ref list = Ref::steal(list_new(0));
  for (addrinfo* r = res; list && r != nullptr; r = r->ai_next) {
    Ref address = make_address(r->ai_addr, r->ai_addrlen);
    Ref canon = str_result(r->ai_canonname);
    Ref item = address && canon ? tuple_pack({Value::small_int(r->ai_family), Value::small_int(r->ai_socktype),
                                              Value::small_int(r->ai_protocol), *canon, *address})
                                : Ref();
    if (!item || list_append(list.as<List>(), *item) < 0) list = Ref();
  }
  freeaddrinfo(res);
  return list;
}

Ref socket_getnameinfo(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  int flags;
  if (!parse_tuple("getnameinfo", 2, 2, args, nargs, kwnames, a) || !posix::int_arg(a[1], &flags)) return nullptr;
  if (!is_tuple(a[0])) return raise(exc::TypeError, "getnameinfo() argument 1 must be a tuple");
  Tuple* t = a[0].as<Tuple>();
  if (t->size < 2 || t->size > 4 || !is_str(t->items[0])) {
    return raise(exc::TypeError, "getnameinfo(): illegal sockaddr argument");
  }
  int port;
  if (!posix::int_arg(t->items[1], &port)) return nullptr;
  uint32_t flowinfo = 0, scope_id = 0;
  if (t->size > 2) {
    int64_t n;
    if (!posix::int64_arg(t->items[2], &n)) return nullptr;
    if (n < 0 || n > 0xfffff) return raise(exc::OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
    flowinfo = static_cast<uint32_t>(n);
  }
  if (t->size > 3) {
    int64_t n;
    if (!posix::int64_arg(t->items[3], &n)) return nullptr;
    scope_id = static_cast<uint32_t>(n);
  }
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_DGRAM;
  hints.ai_flags = AI_NUMERICHOST;
  addrinfo* res = nullptr;
  std::string host(str_utf8(t->items[0].as<Str>()));
  std::string service = std::to_string(port);
  int rc = without_gil([&] { return getaddrinfo(host.c_str(), service.c_str(), &hints, &res); });
  if (rc != 0) return raise_gai_error(rc);
  if (res->ai_next != nullptr) {
    freeaddrinfo(res);
    return raise(exc::OSError, "sockaddr resolved to multiple addresses");
  }
  SockAddr addr{};
  std::memcpy(&addr, res->ai_addr, res->ai_addrlen);
  socklen_t len = res->ai_addrlen;
  freeaddrinfo(res);
  if (addr.sa.sa_family == AF_INET) {
    if (t->size != 2) return raise(exc::OSError, "IPv4 sockaddr must be 2 tuple");
  } else if (addr.sa.sa_family == AF_INET6) {
    addr.in6.sin6_flowinfo = htonl(flowinfo);
    addr.in6.sin6_scope_id = scope_id;
  }
  char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
  rc = without_gil([&] { return getnameinfo(&addr.sa, len, hbuf, sizeof hbuf, sbuf, sizeof sbuf, flags); });
  if (rc != 0) return raise_gai_error(rc);
  Ref h = str_result(hbuf), s = str_result(sbuf);
  if (!h || !s) return nullptr;
  return tuple_pack({*h, *s});
}

Ref socket_gethostname(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("_socket.gethostname", nargs, kwnames)) return nullptr;
  char name[1024];
  if (::gethostname(name, sizeof name - 1) < 0) return raise_errno();
  name[sizeof name - 1] = '\0';
  return posix::fs_name(name, false);
}

Ref socket_gethostbyname(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  if (!parse_tuple("gethostbyname", 1, 1, args, nargs, kwnames, a)) return nullptr;
  std::string name;
  if (!host_name_arg(a[0], "gethostbyname", &name)) return nullptr;
  SockAddr addr;
  socklen_t len;
  if (!resolve_host(name, AF_INET, &addr, &len)) return nullptr;
  return str_from_utf8(address_text(&addr.sa));
}

Ref socket_gethostbyname_ex(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  if (!parse_tuple("gethostbyname_ex", 1, 1, args, nargs, kwnames, a)) return nullptr;
  std::string name;
  if (!host_name_arg(a[0], "gethostbyname_ex", &name)) return nullptr;
  SockAddr addr;
  socklen_t len;
  if (!resolve_host(name, AF_INET, &addr, &len)) return nullptr;
  return host_lookup([&](hostent* entry, char* buf, size_t size, hostent** result, int* herr) {
    return gethostbyname_r(name.c_str(), entry, buf, size, result, herr);
  });
}

Ref socket_gethostbyaddr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  if (!parse_tuple("gethostbyaddr", 1, 1, args, nargs, kwnames, a)) return nullptr;
  std::string name;
  if (!host_name_arg(a[0], "gethostbyaddr", &name)) return nullptr;
  SockAddr addr;
  socklen_t len;
  if (!resolve_host(name, AF_UNSPEC, &addr, &len)) return nullptr;
  const void* raw = addr.sa.sa_family == AF_INET6 ? static_cast<const void*>(&addr.in6.sin6_addr)
                                                   : static_cast<const void*>(&addr.in.sin_addr);
  socklen_t raw_len = addr.sa.sa_family == AF_INET6 ? sizeof addr.in6.sin6_addr : sizeof addr.in.sin_addr;
  int family = addr.sa.sa_family;
  return host_lookup([&](hostent* entry, char* buf, size_t size, hostent** result, int* herr) {
    return gethostbyaddr_r(raw, raw_len, family, entry, buf, size, result, herr);
  });
}

Ref socket_getservbyname(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  std::string name, proto;
  if (!parse_tuple("getservbyname", 1, 2, args, nargs, kwnames, a) || !str_arg(a[0], "getservbyname", 1, &name) ||
      (!a[1].is_null() && !str_arg(a[1], "getservbyname", 2, &proto))) {
    return nullptr;
  }
  servent entry{}, *result = nullptr;
  char buf[4096];
  getservbyname_r(name.c_str(), a[1].is_null() ? nullptr : proto.c_str(), &entry, buf, sizeof buf, &result);
  if (result == nullptr) return raise(exc::OSError, "service/proto not found");
  return Ref::small_int(ntohs(static_cast<uint16_t>(result->s_port)));
}

Ref socket_getservbyport(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  int port;
  std::string proto;
  if (!parse_tuple("getservbyport", 1, 2, args, nargs, kwnames, a) || !posix::int_arg(a[0], &port) ||
      (!a[1].is_null() && !str_arg(a[1], "getservbyport", 2, &proto))) {
    return nullptr;
  }
  if (port < 0 || port > 0xffff) return raise(exc::OverflowError, "getservbyport: port must be 0-65535.");
  servent entry{}, *result = nullptr;
  char buf[4096];
  getservbyport_r(htons(static_cast<uint16_t>(port)), a[1].is_null() ? nullptr : proto.c_str(), &entry, buf,
                  sizeof buf, &result);
  if (result == nullptr) return raise(exc::OSError, "port/proto not found");
  return str_result(result->s_name);
}

Ref socket_getprotobyname(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  std::string name;
  if (!parse_tuple("getprotobyname", 1, 1, args, nargs, kwnames, a) || !str_arg(a[0], "getprotobyname", 1, &name)) {
    return nullptr;
  }
  protoent entry{}, *result = nullptr;
  char buf[4096];
  getprotobyname_r(name.c_str(), &entry, buf, sizeof buf, &result);
  if (result == nullptr) return raise(exc::OSError, "protocol not found");
  return Ref::small_int(result->p_proto);
}

Ref socket_inet_aton(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  std::string text;
  if (!parse_tuple("inet_aton", 1, 1, args, nargs, kwnames, a) || !str_arg(a[0], "inet_aton", 1, &text)) return nullptr;
  in_addr addr{};
  if (inet_aton(text.c_str(), &addr) == 0) return raise(exc::OSError, "illegal IP address string passed to inet_aton");
  return bytes_from_string(std::string_view(reinterpret_cast<const char*>(&addr), sizeof addr));
}

Ref socket_inet_ntoa(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  Buffer b;
  if (!parse_tuple("inet_ntoa", 1, 1, args, nargs, kwnames, a) || !require_buffer(a[0], &b)) return nullptr;
  if (b.data.size() != 4) return raise(exc::OSError, "packed IP wrong length for inet_ntoa");
  char text[INET_ADDRSTRLEN];
  inet_ntop(AF_INET, b.data.data(), text, sizeof text);
  return str_result(text);
}

Ref socket_inet_pton(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  int family;
  std::string text;
  if (!parse_tuple("inet_pton", 2, 2, args, nargs, kwnames, a) || !posix::int_arg(a[0], &family) ||
      !str_arg(a[1], "inet_pton", 2, &text)) {
    return nullptr;
  }
  unsigned char packed[sizeof(in6_addr)];
  int r = inet_pton(family, text.c_str(), packed);
  if (r < 0) return raise_errno();
  if (r == 0) return raise(exc::OSError, "illegal IP address string passed to inet_pton");
  size_t n = family == AF_INET ? sizeof(in_addr) : sizeof(in6_addr);
  return bytes_from_string(std::string_view(reinterpret_cast<const char*>(packed), n));
}

Ref socket_inet_ntop(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  int family;
  Buffer b;
  if (!parse_tuple("inet_ntop", 2, 2, args, nargs, kwnames, a) || !posix::int_arg(a[0], &family) || !require_buffer(a[1], &b)) {
    return nullptr;
  }
  if (family == AF_INET) {
    if (b.data.size() != sizeof(in_addr)) return raise(exc::ValueError, "invalid length of packed IP address string");
  } else if (family == AF_INET6) {
    if (b.data.size() != sizeof(in6_addr)) return raise(exc::ValueError, "invalid length of packed IP address string");
  } else {
    return raise(exc::ValueError, "unknown address family " + std::to_string(family));
  }
  char text[INET6_ADDRSTRLEN];
  if (inet_ntop(family, b.data.data(), text, sizeof text) == nullptr) return raise_errno();
  return str_result(text);
}

}  // namespace

const MethodDef kResolveFunctions[] = {
    {"getaddrinfo", socket_getaddrinfo, kMethodInstance,
     "getaddrinfo(host, port [, family, type, proto, flags])\n    -> list of (family, type, proto, canonname, sockaddr)"},
    {"getnameinfo", socket_getnameinfo, kMethodInstance, "getnameinfo(sockaddr, flags) --> (host, port)"},
    {"gethostname", socket_gethostname, kMethodInstance, "gethostname() -> string"},
    {"gethostbyname", socket_gethostbyname, kMethodInstance, "gethostbyname(host) -> address"},
    {"gethostbyname_ex", socket_gethostbyname_ex, kMethodInstance,
     "gethostbyname_ex(host) -> (name, aliaslist, addresslist)"},
    {"gethostbyaddr", socket_gethostbyaddr, kMethodInstance, "gethostbyaddr(host) -> (name, aliaslist, addresslist)"},
    {"getservbyname", socket_getservbyname, kMethodInstance, "getservbyname(servicename[, protocolname]) -> integer"},
    {"getservbyport", socket_getservbyport, kMethodInstance, "getservbyport(port[, protocolname]) -> string"},
    {"getprotobyname", socket_getprotobyname, kMethodInstance, "getprotobyname(name) -> integer"},
    {"inet_aton", socket_inet_aton, kMethodInstance, "Convert an IP address in string format to the packed binary format."},
    {"inet_ntoa", socket_inet_ntoa, kMethodInstance, "Convert an IP address from 32-bit packed binary format to string format."},
    {"inet_pton", socket_inet_pton, kMethodInstance, "inet_pton(af, ip) -> packed IP address string"},
    {"inet_ntop", socket_inet_ntop, kMethodInstance, "inet_ntop(af, packed_ip) -> string formatted IP address"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace taipan::socket
