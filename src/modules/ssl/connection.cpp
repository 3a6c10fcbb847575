// _ssl._SSLSocket: one TLS connection (an SSL object) over a socket's file
// descriptor or over two MemoryBIOs (what SSLObject and asyncio use). Its
// I/O follows the socket's timeout as CPython does: blocking calls run
// without the GIL, a positive timeout polls for readiness and raises
// TimeoutError, a non-blocking socket (or a BIO pair) raises
// SSLWantReadError / SSLWantWriteError.
#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <climits>
#include <cstring>

#include "modules/socket/socket.h"
#include "modules/ssl/ssl.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::ssl {

Type connection_type;

namespace {

// The _ssl.c lines CPython 3.11.2 names in each operation's errors.
constexpr int kLineHandshake = 992;
constexpr int kLineRead = 2546;
constexpr int kLineWrite = 2410;
constexpr int kLineShutdown = 2754;

ConnectionObject* as_conn(Value v) { return v.as<ConnectionObject>(); }

// The referent of an owned weak reference (borrowed), or null.
Value referent(Value weak) {
  if (weak.is_null()) return Value();
  Object* o = weak.as<WeakRef>()->referent;
  return o != nullptr ? Value::object(o) : Value();
}

// The socket under the connection, or null in BIO mode; false with
// SSLError when the socket is gone or closed.
bool io_socket(ConnectionObject* c, socket::SocketObject** out) {
  *out = nullptr;
  if (c->sock.is_null()) return true;
  Value sock = referent(c->sock);
  if (sock.is_null() || socket::as_socket(sock)->fd < 0) {
    raise(ssl_error, "Underlying socket has been closed.");
    return false;
  }
  socket::SocketObject* s = socket::as_socket(sock);
  int nonblocking = s->timeout >= 0 ? 1 : 0;
  BIO_set_nbio(SSL_get_rbio(c->ssl), nonblocking);
  BIO_set_nbio(SSL_get_wbio(c->ssl), nonblocking);
  *out = s;
  return true;
}

enum IoResult { kIoDone, kIoFailed, kIoRaised };

// Runs op (an SSL_* call returning > 0 on success) until it completes, as the
// socket's timeout asks (0 counts as done too when zero_done: SSL_shutdown's
// "sent, not received yet"). kIoFailed leaves the SSL error for raise_from_call.
template <class Op>
IoResult run_io(ConnectionObject* c, socket::SocketObject* s, const char* timeout_message, Op op, int* ret_out,
                bool zero_done = false) {
  bool has_timeout = s != nullptr && s->timeout > 0;
  double deadline = has_timeout ? socket::monotonic_now() + s->timeout : 0;
  for (;;) {
    ERR_clear_error();
    errno = 0;
    int ret = s != nullptr && s->timeout < 0 ? socket::without_gil(op) : op();
    *ret_out = ret;
    if (ret > 0 || (zero_done && ret == 0)) return kIoDone;
    int saved_errno = errno;
    int err = SSL_get_error(c->ssl, ret);
    if (has_timeout && (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)) {
      double remaining = deadline - socket::monotonic_now();
      int ready = remaining > 0 ? socket::wait_ready(s->fd, err == SSL_ERROR_WANT_WRITE, false, remaining) : 1;
      if (ready < 0 && errno == EINTR) {
        if (!socket::check_signals()) return kIoRaised;
        continue;
      }
      if (ready < 0) {
        socket::raise_errno();
        return kIoRaised;
      }
      if (ready == 1) {
        raise(exc::TimeoutError, timeout_message);
        return kIoRaised;
      }
      continue;
    }
    if (err == SSL_ERROR_SYSCALL && saved_errno == EINTR) {
      if (!socket::check_signals()) return kIoRaised;
      continue;
    }
    errno = saved_errno;
    return kIoFailed;
  }
}

// --- Setting up --------------------------------------------------------------------------

bool configure_hostname(ConnectionObject* c, Value hostname) {
  if (!is_str(hostname)) {
    raise(exc::TypeError, std::string("server_hostname must be str or None, not ") + type_name_of(hostname));
    return false;
  }
  Ref ascii = Ref::borrow(hostname);
  if (!hostname.as<Str>()->ascii) {
    Ref encoded = call_method(hostname, "encode", {Value::object(intern("idna"))});
    ascii = encoded ? call_method(*encoded, "decode", {Value::object(intern("ascii"))}) : Ref();
    if (!ascii) return false;
  }
  std::string host = str_to_std(ascii.as<Str>());
  if (host.empty() || host[0] == '.') {
    raise(exc::ValueError, "server_hostname cannot be an empty string or start with a leading dot.");
    return false;
  }
  if (host.find('\0') != std::string::npos) {
    raise(exc::ValueError, "embedded null character");
    return false;
  }
  ASN1_OCTET_STRING* ip = a2i_IPADDRESS(host.c_str());
  if (ip == nullptr) ERR_clear_error();
  bool ok = ip != nullptr || SSL_set_tlsext_host_name(c->ssl, host.c_str()) == 1;
  if (ok && c->context.as<ContextObject>()->check_hostname) {
    X509_VERIFY_PARAM* param = SSL_get0_param(c->ssl);
    ok = ip != nullptr ? X509_VERIFY_PARAM_set1_ip(param, ASN1_STRING_get0_data(ip), ASN1_STRING_length(ip)) == 1
                       : X509_VERIFY_PARAM_set1_host(param, host.c_str(), host.size()) == 1;
  }
  ASN1_OCTET_STRING_free(ip);
  if (!ok) {
    raise_ssl(ssl_error, kErrSsl, nullptr);
    return false;
  }
  Value old = c->server_hostname;
  c->server_hostname = ascii.release();
  decref(old);
  return true;
}

int set_owner(Value self, Value v) {
  ConnectionObject* c = as_conn(self);
  Value weak;
  if (!v.is_null() && !v.is_none()) {
    Ref r = weakref_new_ref(&weakref_type, v, Value());
    if (!r) return -1;
    weak = r.release();
  }
  Value old = c->owner;
  c->owner = weak;
  decref(old);
  return 0;
}

int set_session(Value self, Value v) {
  ConnectionObject* c = as_conn(self);
  if (v.is_null() || type_of(v) != &session_type) return fail(exc::TypeError, "Value is not a SSLSession.");
  auto* s = v.as<SessionObject>();
  if (s->context.as_object() != c->context.as_object() &&
      SSL_CTX_get_ssl_method(s->context.as<ContextObject>()->ctx) != SSL_CTX_get_ssl_method(SSL_get_SSL_CTX(c->ssl))) {
    return fail(exc::ValueError, "Session refers to a different SSLContext.");
  }
  if (c->server_side) return fail(exc::ValueError, "Cannot set session for server-side SSLSocket.");
  if (c->handshake_done) return fail(exc::ValueError, "Cannot set session after handshake.");
  if (SSL_set_session(c->ssl, s->session) != 1) {
    raise_ssl(ssl_error, kErrSsl, nullptr);
    return -1;
  }
  return 0;
}

void connection_dealloc(Object* self) {
  auto* c = static_cast<ConnectionObject*>(self);
  SSL_free(c->ssl);
  decref(c->sock);
  decref(c->owner);
  decref(c->context);
  decref(c->server_hostname);
  decref(c->incoming);
  decref(c->outgoing);
  free_object(self);
}

// --- Methods ----------------------------------------------------------------------------

Ref do_handshake(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("do_handshake", nargs, kwnames)) return nullptr;
  ConnectionObject* c = as_conn(self);
  Ref keep = Ref::borrow(self);
  socket::SocketObject* s = nullptr;
  if (!io_socket(c, &s)) return nullptr;
  Ref keep_sock = s != nullptr ? Ref::borrow(Value::object(s)) : Ref();
  int ret = 0;
  SSL* ssl = c->ssl;
  IoResult r = run_io(c, s, "_ssl.c:980: The handshake operation timed out", [ssl] { return SSL_do_handshake(ssl); },
                      &ret);
  if (r == kIoRaised) return nullptr;
  if (error_occurred()) return nullptr;
  if (r == kIoFailed) return raise_from_call(c, ret, kLineHandshake);
  c->handshake_done = true;
  return Ref::none();
}

Ref conn_read(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"size", "buffer"};
  ArgSpec spec{"read", kNames, 2, 2, 1};
  Value a[2] = {};
  int64_t size = 0;
  if (!bind_args(spec, args, nargs, kwnames, a) || !index_arg(a[0], &size)) return nullptr;
  bool into = !a[1].is_null();
  Buffer target;
  if (into) {
    if (!get_buffer(a[1], &target) || target.readonly || !target.copy.empty()) {
      clear_error();
      return raise(exc::TypeError, std::string("read() argument 2 must be read-write bytes-like object, not ") +
                                       type_name_of(a[1]));
    }
    if (size <= 0 || size > static_cast<int64_t>(target.data.size())) size = static_cast<int64_t>(target.data.size());
  } else if (size < 0) {
    return raise(exc::ValueError, "size should not be negative");
  }
  if (size > INT_MAX) size = INT_MAX;
  if (exceeds_memory(static_cast<size_t>(size))) return raise_no_memory();
  ConnectionObject* c = as_conn(self);
  Ref keep = Ref::borrow(self);
  socket::SocketObject* s = nullptr;
  if (!io_socket(c, &s)) return nullptr;
  Ref keep_sock = s != nullptr ? Ref::borrow(Value::object(s)) : Ref();
  std::string data(static_cast<size_t>(size), '\0');
  size_t count = 0;
  if (size > 0) {
    int ret = 0;
    SSL* ssl = c->ssl;
    char* dst = data.data();
    IoResult r = run_io(c, s, "The read operation timed out",
                        [ssl, dst, size, &count] { return SSL_read_ex(ssl, dst, static_cast<size_t>(size), &count); },
                        &ret);
    if (r == kIoRaised) return nullptr;
    if (r == kIoFailed) {
      if (SSL_get_error(ssl, ret) == SSL_ERROR_ZERO_RETURN && SSL_get_shutdown(ssl) == SSL_RECEIVED_SHUTDOWN) {
        count = 0;
      } else {
        return raise_from_call(c, ret, kLineRead);
      }
    }
  }
  if (into) {
    std::memcpy(const_cast<char*>(target.data.data()), data.data(), count);
    return int_from_int64(static_cast<int64_t>(count));
  }
  data.resize(count);
  return bytes_from_string(data);
}

Ref conn_write(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("write", kwnames) || !check_arg_count("write", nargs, 1, 1)) return nullptr;
  Buffer buf;
  if (!require_buffer(args[0], &buf)) return nullptr;
  if (buf.data.size() > INT_MAX) return raise(exc::OverflowError, "string longer than 2147483647 bytes");
  ConnectionObject* c = as_conn(self);
  Ref keep = Ref::borrow(self);
  socket::SocketObject* s = nullptr;
  if (!io_socket(c, &s)) return nullptr;
  Ref keep_sock = s != nullptr ? Ref::borrow(Value::object(s)) : Ref();
  std::string data(buf.data);  // the bytes stay put while the GIL is released
  size_t written = 0;
  int ret = 0;
  SSL* ssl = c->ssl;
  IoResult r = run_io(c, s, "The write operation timed out",
                      [ssl, &data, &written] { return SSL_write_ex(ssl, data.data(), data.size(), &written); }, &ret);
  if (r == kIoRaised) return nullptr;
  if (r == kIoFailed) return raise_from_call(c, ret, kLineWrite);
  return int_from_int64(static_cast<int64_t>(written));
}

Ref conn_pending(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("pending", nargs, kwnames)) return nullptr;
  return Ref::small_int(SSL_pending(as_conn(self)->ssl));
}

Ref getpeercert(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"der"};
  ArgSpec spec{"getpeercert", kNames, 1, 1, 0};
  Value binary_arg;
  if (!bind_args(spec, args, nargs, kwnames, &binary_arg)) return nullptr;
  int binary = binary_arg.is_null() ? 0 : is_true(binary_arg);
  if (binary < 0) return nullptr;
  ConnectionObject* c = as_conn(self);
  if (!c->handshake_done) return raise(exc::ValueError, "handshake not done yet");
  X509* peer = SSL_get1_peer_certificate(c->ssl);
  if (peer == nullptr) return Ref::none();
  Ref result;
  if (binary != 0) {
    result = certificate_der(peer);
  } else if ((SSL_CTX_get_verify_mode(SSL_get_SSL_CTX(c->ssl)) & SSL_VERIFY_PEER) == 0) {
    result = Ref::steal(dict_new());
  } else {
    result = decode_certificate(peer);
  }
  X509_free(peer);
  return result;
}

Ref cipher_tuple(const SSL_CIPHER* cipher) {
  Ref name = str_from_utf8(SSL_CIPHER_get_name(cipher));
  Ref version = str_from_utf8(SSL_CIPHER_get_version(cipher));
  Ref bits = Ref::small_int(SSL_CIPHER_get_bits(cipher, nullptr));
  return name && version ? tuple_pack({*name, *version, *bits}) : Ref();
}

Ref conn_cipher(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("cipher", nargs, kwnames)) return nullptr;
  const SSL_CIPHER* cipher = SSL_get_current_cipher(as_conn(self)->ssl);
  return cipher != nullptr ? cipher_tuple(cipher) : Ref::none();
}

Ref shared_ciphers(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("shared_ciphers", nargs, kwnames)) return nullptr;
  STACK_OF(SSL_CIPHER)* ciphers = SSL_get_ciphers(as_conn(self)->ssl);  // what CPython 3.11.2 lists
  if (ciphers == nullptr) return Ref::none();
  Ref list = Ref::steal(list_new(0));
  for (int i = 0; list && i < sk_SSL_CIPHER_num(ciphers); ++i) {
    Ref t = cipher_tuple(sk_SSL_CIPHER_value(ciphers, i));
    if (!t || list_append(list.as<List>(), *t) < 0) list = Ref();
  }
  return list;
}

Ref conn_version(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("version", nargs, kwnames)) return nullptr;
  ConnectionObject* c = as_conn(self);
  if (!c->handshake_done) return Ref::none();
  const char* v = SSL_get_version(c->ssl);
  return v != nullptr && std::strcmp(v, "unknown") != 0 ? str_from_utf8(v) : Ref::none();
}

Ref selected_alpn_protocol(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("selected_alpn_protocol", nargs, kwnames)) return nullptr;
  const unsigned char* out = nullptr;
  unsigned int len = 0;
  SSL_get0_alpn_selected(as_conn(self)->ssl, &out, &len);
  if (out == nullptr || len == 0) return Ref::none();
  return str_from_utf8(std::string_view(reinterpret_cast<const char*>(out), len));
}

Ref compression(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("compression", nargs, kwnames)) return nullptr;
  return Ref::none();
}

Ref get_channel_binding(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"cb_type"};
  ArgSpec spec{"get_channel_binding", kNames, 1, 0, 0};
  Value type_arg;
  if (!bind_args(spec, args, nargs, kwnames, &type_arg)) return nullptr;
  std::string type = "tls-unique";
  if (!type_arg.is_null()) {
    if (!is_str(type_arg)) return raise(exc::TypeError, "get_channel_binding() argument 'cb_type' must be str");
    type = str_to_std(type_arg.as<Str>());
  }
  if (type != "tls-unique") return raise(exc::ValueError, "'" + type + "' channel binding type not implemented");
  ConnectionObject* c = as_conn(self);
  char buf[128];
  size_t len = (SSL_session_reused(c->ssl) != 0) ^ !c->server_side ? SSL_get_finished(c->ssl, buf, sizeof buf)
                                                                   : SSL_get_peer_finished(c->ssl, buf, sizeof buf);
  if (len == 0) return Ref::none();
  return bytes_from_string(std::string_view(buf, len));
}

Ref conn_shutdown(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("shutdown", nargs, kwnames)) return nullptr;
  ConnectionObject* c = as_conn(self);
  Ref keep = Ref::borrow(self);
  socket::SocketObject* s = nullptr;
  if (!io_socket(c, &s)) return nullptr;
  Ref keep_sock = s != nullptr ? Ref::borrow(Value::object(s)) : Ref();
  SSL* ssl = c->ssl;
  int zeros = 0;
  int ret = 0;
  for (;;) {
    if (c->shutdown_seen_zero) SSL_set_read_ahead(ssl, 0);
    IoResult r = run_io(c, s, "The read operation timed out", [ssl] { return SSL_shutdown(ssl); }, &ret, true);
    if (r == kIoRaised) return nullptr;
    if (r == kIoFailed) return raise_from_call(c, ret, kLineShutdown);
    if (ret > 0) break;
    if (++zeros > 1) break;
    c->shutdown_seen_zero = true;
  }
  ERR_clear_error();
  return s != nullptr ? keep_sock : Ref::none();
}

Ref verify_client_post_handshake(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("verify_client_post_handshake", nargs, kwnames)) return nullptr;
  if (SSL_verify_client_post_handshake(as_conn(self)->ssl) != 1) return raise_ssl(ssl_error, kErrSsl, nullptr);
  return Ref::none();
}

// --- Attributes --------------------------------------------------------------------------

Ref get_context(Value self) { return Ref::borrow(as_conn(self)->context); }
int set_context(Value self, Value v) {
  if (v.is_null() || !type_is_subtype(type_of(v), &context_type)) {
    return fail(exc::TypeError, "The value must be a SSLContext");
  }
  ConnectionObject* c = as_conn(self);
  SSL_set_SSL_CTX(c->ssl, v.as<ContextObject>()->ctx);
  incref(v);
  Value old = c->context;
  c->context = v;
  decref(old);
  return 0;
}

Ref get_server_side(Value self) { return Ref::boolean(as_conn(self)->server_side); }
Ref get_server_hostname(Value self) { return Ref::borrow(as_conn(self)->server_hostname); }
Ref get_owner(Value self) {
  Value owner = referent(as_conn(self)->owner);
  return owner.is_null() ? Ref::none() : Ref::borrow(owner);
}
Ref get_session(Value self) {
  ConnectionObject* c = as_conn(self);
  SSL_SESSION* session = SSL_get1_session(c->ssl);
  if (session == nullptr) return Ref::none();
  return session_new(session, c->context);
}
Ref get_session_reused(Value self) { return Ref::boolean(SSL_session_reused(as_conn(self)->ssl) != 0); }

const MethodDef kMethods[] = {
    {"do_handshake", do_handshake, kMethodInstance, nullptr},
    {"read", conn_read, kMethodInstance, "Read up to size bytes from the SSL socket."},
    {"write", conn_write, kMethodInstance, "Writes the bytes-like object b into the SSL object."},
    {"pending", conn_pending, kMethodInstance, "Returns the number of already decrypted bytes available for read, pending on the connection."},
    {"getpeercert", getpeercert, kMethodInstance, nullptr},
    {"cipher", conn_cipher, kMethodInstance, nullptr},
    {"shared_ciphers", shared_ciphers, kMethodInstance, nullptr},
    {"version", conn_version, kMethodInstance, nullptr},
    {"selected_alpn_protocol", selected_alpn_protocol, kMethodInstance, nullptr},
    {"compression", compression, kMethodInstance, nullptr},
    {"get_channel_binding", get_channel_binding, kMethodInstance, nullptr},
    {"shutdown", conn_shutdown, kMethodInstance, "Does the SSL shutdown handshake with the remote end."},
    {"verify_client_post_handshake", verify_client_post_handshake, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kGetSets[] = {
    {"context", get_context, set_context, nullptr},
    {"server_side", get_server_side, nullptr, "Whether this is a server-side socket."},
    {"server_hostname", get_server_hostname, nullptr, "The currently set server hostname (for SNI)."},
    {"owner", get_owner, set_owner, "The Python-level owner of this object."},
    {"session", get_session, set_session, "The underlying SSLSession object."},
    {"session_reused", get_session_reused, nullptr, "Was the client session reused during handshake?"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

int connection_index() {
  static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
  return index;
}

Value connection_face(ConnectionObject* c) {
  Value owner = referent(c->owner);
  return owner.is_null() ? Value::object(c) : owner;
}

Ref connection_new(ContextObject* ctx, SSL* ssl, bool server_side, Value server_hostname, Value owner, Value session) {
  auto* c = new_object<ConnectionObject>(&connection_type);
  if (c == nullptr) {
    SSL_free(ssl);
    return nullptr;
  }
  c->ssl = ssl;
  c->sock = Value();
  c->owner = Value();
  incref(Value::object(ctx));
  c->context = Value::object(ctx);
  c->server_hostname = Value::none();
  c->incoming = Value();
  c->outgoing = Value();
  c->server_side = server_side;
  c->handshake_done = false;
  c->shutdown_seen_zero = false;
  Ref self = Ref::steal(c);
  SSL_set_ex_data(ssl, connection_index(), c);
  SSL_set_mode(ssl, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_AUTO_RETRY);
  if (ctx->post_handshake_auth && !server_side) SSL_set_post_handshake_auth(ssl, 1);
  if (!server_hostname.is_null() && !server_hostname.is_none() && !configure_hostname(c, server_hostname)) {
    return nullptr;
  }
  if (server_side) {
    SSL_set_accept_state(ssl);
  } else {
    SSL_set_connect_state(ssl);
  }
  if (!owner.is_null() && !owner.is_none() && set_owner(*self, owner) < 0) return nullptr;
  if (!session.is_null() && !session.is_none() && set_session(*self, session) < 0) return nullptr;
  return self;
}

int init_connection_type() {
  return ready_type(&connection_type, "_ssl._SSLSocket", sizeof(ConnectionObject), connection_dealloc, nullptr,
                    kMethods, kGetSets, false);
}

}  // namespace taipan::ssl
