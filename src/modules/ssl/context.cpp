// _ssl._SSLContext: an SSL_CTX with CPython's defaults (verify mode and
// hostname checking by protocol, options, verify flags), its settings as
// attributes (verify_mode, check_hostname, options, minimum/maximum_version,
// verify_flags, sni_callback ...), certificate and CA loading (with the
// password callback and cadata), cipher selection, ALPN, statistics, and
// the two ways of making a connection: _wrap_socket and _wrap_bio.
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include "modules/posix/posix_args.h"
#include "modules/socket/socket.h"
#include "modules/ssl/ssl.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "objects/weakref.h"
#include "runtime/protocol.h"

namespace taipan::ssl {

Type context_type;

namespace {

enum Protocol { kProtoTls = 2, kProtoTlsV1 = 3, kProtoTlsV1_1 = 4, kProtoTlsV1_2 = 5, kProtoClient = 16, kProtoServer = 17 };
enum CertMode { kCertNone = 0, kCertOptional = 1, kCertRequired = 2 };
constexpr int kProtoMinimumSupported = -2;
constexpr int kProtoMaximumSupported = -1;

ContextObject* as_ctx(Value v) { return v.as<ContextObject>(); }

// --- Making and freeing ----------------------------------------------------------------

Ref context_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"protocol"};
  ArgSpec spec{"_SSLContext", kNames, 1, 1, 1};
  Value protocol_arg;
  int protocol = 0;
  if (!bind_args(spec, args, nargs, kwnames, &protocol_arg) || !posix::int_arg(protocol_arg, &protocol)) return nullptr;
  const SSL_METHOD* method = nullptr;
  int version = 0;
  switch (protocol) {
    case kProtoTls: method = TLS_method(); break;
    case kProtoClient: method = TLS_client_method(); break;
    case kProtoServer: method = TLS_server_method(); break;
    case kProtoTlsV1: method = TLS_method(); version = TLS1_VERSION; break;
    case kProtoTlsV1_1: method = TLS_method(); version = TLS1_1_VERSION; break;
    case kProtoTlsV1_2: method = TLS_method(); version = TLS1_2_VERSION; break;
    default:
      return raise(exc::ValueError, "invalid or unsupported protocol version " + std::to_string(protocol));
  }
  SSL_CTX* ctx = SSL_CTX_new(method);
  if (ctx == nullptr) return raise_ssl(ssl_error, kErrSsl, nullptr);
  auto* self = new_object<ContextObject>(type, static_cast<size_t>(type->basic_size));
  if (self == nullptr) {
    SSL_CTX_free(ctx);
    return nullptr;
  }
  self->ctx = ctx;
  self->protocol = protocol;
  self->check_hostname = protocol == kProtoClient;
  self->post_handshake_auth = false;
  self->host_flags = X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS;
  self->sni_callback = Value();
  self->msg_callback = Value();
  self->keylog_filename = Value();
  self->alpn = nullptr;
  self->alpn_len = 0;
  if (version != 0) {
    SSL_CTX_set_min_proto_version(ctx, version);
    SSL_CTX_set_max_proto_version(ctx, version);
  }
  SSL_CTX_set_verify(ctx, protocol == kProtoClient ? SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT : SSL_VERIFY_NONE,
                     nullptr);
  uint64_t options = (SSL_OP_ALL & ~SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS) | SSL_OP_NO_SSLv3 | SSL_OP_NO_COMPRESSION |
                     SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_IGNORE_UNEXPECTED_EOF;
  SSL_CTX_set_options(ctx, options);
  SSL_CTX_set_mode(ctx, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_AUTO_RETRY);
  static const unsigned char kSessionContext[] = "Python";
  SSL_CTX_set_session_id_context(ctx, kSessionContext, sizeof kSessionContext - 1);
  X509_VERIFY_PARAM* params = SSL_CTX_get0_param(ctx);
  X509_VERIFY_PARAM_set_flags(params, X509_V_FLAG_TRUSTED_FIRST);
  X509_VERIFY_PARAM_set_hostflags(params, self->host_flags);
  return Ref::steal(self);
}

void context_dealloc(Object* self) {
  auto* c = static_cast<ContextObject*>(self);
  SSL_CTX_free(c->ctx);
  std::free(c->alpn);
  decref(c->sni_callback);
  decref(c->msg_callback);
  decref(c->keylog_filename);
  free_object(self);
}

// --- Simple attributes ----------------------------------------------------------------

bool int_value(Value v, int64_t* out) {
  if (v.is_null()) {
    raise(exc::AttributeError, "cannot delete attribute");
    return false;
  }
  return index_arg(v, out);
}

int current_verify_mode(ContextObject* c) {
  int mode = SSL_CTX_get_verify_mode(c->ctx) & (SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT);
  if (mode == SSL_VERIFY_NONE) return kCertNone;
  return mode == SSL_VERIFY_PEER ? kCertOptional : kCertRequired;
}

void apply_verify_mode(ContextObject* c, int mode) {
  int flags = mode == kCertNone ? SSL_VERIFY_NONE
              : mode == kCertOptional ? SSL_VERIFY_PEER
                                      : SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
  if (c->post_handshake_auth && mode != kCertNone) flags |= SSL_VERIFY_POST_HANDSHAKE;
  SSL_CTX_set_verify(c->ctx, flags, nullptr);
}

Ref get_verify_mode(Value self) { return Ref::small_int(current_verify_mode(as_ctx(self))); }
int set_verify_mode(Value self, Value v) {
  int64_t mode = 0;
  if (!int_value(v, &mode)) return -1;
  ContextObject* c = as_ctx(self);
  if (mode == kCertNone && c->check_hostname) {
    return fail(exc::ValueError, "Cannot set verify_mode to CERT_NONE when check_hostname is enabled.");
  }
  if (mode < kCertNone || mode > kCertRequired) return fail(exc::ValueError, "invalid value for verify_mode");
  apply_verify_mode(c, static_cast<int>(mode));
  return 0;
}

Ref get_check_hostname(Value self) { return Ref::boolean(as_ctx(self)->check_hostname); }
int set_check_hostname(Value self, Value v) {
  if (v.is_null()) return fail(exc::AttributeError, "cannot delete attribute");
  int truth = is_true(v);
  if (truth < 0) return -1;
  ContextObject* c = as_ctx(self);
  if (truth != 0 && current_verify_mode(c) == kCertNone) apply_verify_mode(c, kCertRequired);
  c->check_hostname = truth != 0;
  return 0;
}

Ref get_options(Value self) { return int_from_uint64(SSL_CTX_get_options(as_ctx(self)->ctx)); }
int set_options(Value self, Value v) {
  int64_t wanted = 0;
  if (!int_value(v, &wanted)) return -1;
  SSL_CTX* ctx = as_ctx(self)->ctx;
  uint64_t now = SSL_CTX_get_options(ctx);
  uint64_t next = static_cast<uint64_t>(wanted);
  if ((now & ~next) != 0) SSL_CTX_clear_options(ctx, now & ~next);
  if ((~now & next) != 0) SSL_CTX_set_options(ctx, ~now & next);
  return 0;
}

Ref get_protocol(Value self) { return Ref::small_int(as_ctx(self)->protocol); }

Ref get_minimum_version(Value self) {
  long v = SSL_CTX_get_min_proto_version(as_ctx(self)->ctx);
  return Ref::small_int(v == 0 ? kProtoMinimumSupported : v);
}
Ref get_maximum_version(Value self) {
  long v = SSL_CTX_get_max_proto_version(as_ctx(self)->ctx);
  return Ref::small_int(v == 0 ? kProtoMaximumSupported : v);
}

// minimum_version / maximum_version setters: CPython's TLSVersion values,
// MINIMUM_SUPPORTED and MAXIMUM_SUPPORTED standing for the library's ends.
int set_version_bound(Value self, Value v, bool maximum) {
  int64_t version = 0;
  if (!int_value(v, &version)) return -1;
  ContextObject* c = as_ctx(self);
  if (c->protocol != kProtoTls && c->protocol != kProtoClient && c->protocol != kProtoServer) {
    return fail(exc::ValueError, "The context's protocol doesn't support modification of highest and lowest version.");
  }
  bool known = (version >= SSL3_VERSION && version <= TLS1_3_VERSION) || version == kProtoMinimumSupported ||
               version == kProtoMaximumSupported;
  char hex[32];
  std::snprintf(hex, sizeof hex, "0x%llx", static_cast<unsigned long long>(version) & 0xffffffffULL);
  if (!known) return fail(exc::ValueError, std::string("Unsupported TLS/SSL version ") + hex);
  int64_t value = version;
  if (!maximum) {
    if (version == kProtoMinimumSupported) value = 0;
    if (version == kProtoMaximumSupported) value = TLS1_3_VERSION;
  } else {
    if (version == kProtoMaximumSupported) value = 0;
    if (version == kProtoMinimumSupported) value = SSL3_VERSION;
  }
  int ok = maximum ? SSL_CTX_set_max_proto_version(c->ctx, static_cast<int>(value))
                   : SSL_CTX_set_min_proto_version(c->ctx, static_cast<int>(value));
  if (ok == 0) return fail(exc::ValueError, std::string("Unsupported protocol version ") + hex);
  return 0;
}
int set_minimum_version(Value self, Value v) { return set_version_bound(self, v, false); }
int set_maximum_version(Value self, Value v) { return set_version_bound(self, v, true); }

Ref get_verify_flags(Value self) {
  return int_from_uint64(X509_VERIFY_PARAM_get_flags(SSL_CTX_get0_param(as_ctx(self)->ctx)));
}
int set_verify_flags(Value self, Value v) {
  int64_t wanted = 0;
  if (!int_value(v, &wanted)) return -1;
  X509_VERIFY_PARAM* params = SSL_CTX_get0_param(as_ctx(self)->ctx);
  unsigned long now = X509_VERIFY_PARAM_get_flags(params);
  auto next = static_cast<unsigned long>(wanted);
  if (X509_VERIFY_PARAM_clear_flags(params, now & ~next) != 1 || X509_VERIFY_PARAM_set_flags(params, ~now & next) != 1) {
    raise_ssl(ssl_error, kErrSsl, nullptr);
    return -1;
  }
  return 0;
}

Ref get_host_flags(Value self) { return Ref::small_int(as_ctx(self)->host_flags); }
int set_host_flags(Value self, Value v) {
  int64_t flags = 0;
  if (!int_value(v, &flags)) return -1;
  ContextObject* c = as_ctx(self);
  c->host_flags = static_cast<unsigned>(flags);
  X509_VERIFY_PARAM_set_hostflags(SSL_CTX_get0_param(c->ctx), c->host_flags);
  return 0;
}

Ref get_security_level(Value self) { return Ref::small_int(SSL_CTX_get_security_level(as_ctx(self)->ctx)); }

Ref get_num_tickets(Value self) {
  return int_from_uint64(static_cast<uint64_t>(SSL_CTX_get_num_tickets(as_ctx(self)->ctx)));
}
int set_num_tickets(Value self, Value v) {
  int64_t n = 0;
  if (!int_value(v, &n)) return -1;
  if (n < 0) return fail(exc::ValueError, "value must be non-negative");
  ContextObject* c = as_ctx(self);
  if (c->protocol != kProtoServer) return fail(exc::ValueError, "SSLContext is not a server context.");
  if (SSL_CTX_set_num_tickets(c->ctx, static_cast<size_t>(n)) != 1) return fail(exc::ValueError, "failed to set num tickets.");
  return 0;
}

Ref get_post_handshake_auth(Value self) { return Ref::boolean(as_ctx(self)->post_handshake_auth); }
int set_post_handshake_auth(Value self, Value v) {
  if (v.is_null()) return fail(exc::AttributeError, "cannot delete attribute");
  int truth = is_true(v);
  if (truth < 0) return -1;
  ContextObject* c = as_ctx(self);
  c->post_handshake_auth = truth != 0;
  apply_verify_mode(c, current_verify_mode(c));
  return 0;
}

// Attributes kept as given (the message callback and key log are not wired to OpenSSL).
Ref stored_or_none(Value v) { return v.is_null() ? Ref::none() : Ref::borrow(v); }
int store(Value* slot, Value v) {
  Value old = *slot;
  *slot = v.is_null() || v.is_none() ? Value() : v;
  incref(*slot);
  decref(old);
  return 0;
}
Ref get_msg_callback(Value self) { return stored_or_none(as_ctx(self)->msg_callback); }
int set_msg_callback(Value self, Value v) {
  if (!v.is_null() && !v.is_none() && type_of(v)->call == nullptr) return fail(exc::TypeError, "not a callable object");
  return store(&as_ctx(self)->msg_callback, v);
}
Ref get_keylog_filename(Value self) { return stored_or_none(as_ctx(self)->keylog_filename); }
int set_keylog_filename(Value self, Value v) { return store(&as_ctx(self)->keylog_filename, v); }

// --- SNI --------------------------------------------------------------------------------

int servername_callback(SSL* s, int* alert, void* arg) {
  auto* c = static_cast<ContextObject*>(arg);
  EnsureGil gil;
  if (c->sni_callback.is_null()) return SSL_TLSEXT_ERR_OK;
  auto* conn = static_cast<ConnectionObject*>(SSL_get_ex_data(s, connection_index()));
  if (conn == nullptr) return SSL_TLSEXT_ERR_OK;
  const char* name = SSL_get_servername(s, TLSEXT_NAMETYPE_host_name);
  Ref name_obj = name != nullptr ? str_from_utf8(name) : Ref::none();
  Ref keep_callback = Ref::borrow(c->sni_callback);
  Ref keep_ctx = Ref::borrow(Value::object(c));
  Ref result = name_obj ? call(*keep_callback, {connection_face(conn), *name_obj, *keep_ctx}) : Ref();
  if (!result) {
    write_unraisable(*keep_ctx);
    *alert = SSL_AD_HANDSHAKE_FAILURE;
    return SSL_TLSEXT_ERR_ALERT_FATAL;
  }
  if ((*result).is_none()) return SSL_TLSEXT_ERR_OK;
  int64_t code = 0;
  if (!index_arg(*result, &code)) {
    write_unraisable(*result);
    code = SSL_AD_INTERNAL_ERROR;
  }
  *alert = static_cast<int>(code);
  return SSL_TLSEXT_ERR_ALERT_FATAL;
}

Ref get_sni_callback(Value self) { return stored_or_none(as_ctx(self)->sni_callback); }
int set_sni_callback(Value self, Value v) {
  ContextObject* c = as_ctx(self);
  if (c->protocol == kProtoClient) return fail(exc::ValueError, "sni_callback cannot be set on TLS_CLIENT context");
  if (!v.is_null() && !v.is_none() && type_of(v)->call == nullptr) return fail(exc::TypeError, "not a callable object");
  store(&c->sni_callback, v);
  if (c->sni_callback.is_null()) {
    SSL_CTX_set_tlsext_servername_callback(c->ctx, nullptr);
  } else {
    SSL_CTX_set_tlsext_servername_callback(c->ctx, servername_callback);
    SSL_CTX_set_tlsext_servername_arg(c->ctx, c);
  }
  return 0;
}

// --- Certificates and keys ------------------------------------------------------------

// The password given to load_cert_chain: bytes, or a callable giving them.
struct PasswordInfo {
  Value callable;      // borrowed, or null
  std::string password;
  bool failed = false;  // the callable raised (the exception is set)
};

bool password_bytes(Value v, std::string* out, const char* type_error) {
  Buffer buf;
  if (is_str(v)) {
    out->assign(str_utf8(v.as<Str>()));
  } else if (is_bytes(v) || type_of(v) == &bytearray_type) {
    if (!get_buffer(v, &buf)) return false;
    out->assign(buf.data);
  } else {
    raise(exc::TypeError, type_error);
    return false;
  }
  return true;
}

int password_callback(char* buf, int size, int, void* userdata) {
  auto* info = static_cast<PasswordInfo*>(userdata);
  if (info->failed) return -1;
  std::string pw = info->password;
  if (!info->callable.is_null()) {
    EnsureGil gil;
    Ref result = call(info->callable, {});
    if (!result || !password_bytes(*result, &pw, "password callback must return a string")) {
      info->failed = true;
      return -1;
    }
  }
  if (pw.size() > static_cast<size_t>(size)) {
    EnsureGil gil;
    raise(exc::ValueError, "password cannot be longer than " + std::to_string(size) + " bytes");
    info->failed = true;
    return -1;
  }
  std::memcpy(buf, pw.data(), pw.size());
  return static_cast<int>(pw.size());
}

// Raises for a failed load: the callback's exception, OSError when errno
// says why, else SSLError from the queue. Null.
Ref load_failure(const PasswordInfo& info) {
  if (info.failed) {
    ERR_clear_error();
    return nullptr;
  }
  return raise_last_error(true);
}

Ref load_cert_chain(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"certfile", "keyfile", "password"};
  ArgSpec spec{"load_cert_chain", kNames, 3, 0, 1};
  Value a[3] = {};
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  posix::PathArg certfile("load_cert_chain", "certfile"), keyfile("load_cert_chain", "keyfile", false, true);
  if (!posix::path_arg(a[0], &certfile)) {
    clear_error();
    return raise(exc::TypeError, "certfile should be a valid filesystem path");
  }
  if (!a[1].is_null() && !a[1].is_none() && !posix::path_arg(a[1], &keyfile)) {
    clear_error();
    return raise(exc::TypeError, "keyfile should be a valid filesystem path");
  }
  PasswordInfo info;
  if (!a[2].is_null() && !a[2].is_none()) {
    if (type_of(a[2])->call != nullptr) {
      info.callable = a[2];
    } else {
      if (!password_bytes(a[2], &info.password, "password should be a string or callable")) return nullptr;
      if (info.password.size() > PEM_BUFSIZE) {
        return raise(exc::ValueError, "password cannot be longer than " + std::to_string(PEM_BUFSIZE) + " bytes");
      }
    }
  }
  SSL_CTX* ctx = as_ctx(self)->ctx;
  SSL_CTX_set_default_passwd_cb(ctx, password_callback);
  SSL_CTX_set_default_passwd_cb_userdata(ctx, &info);
  Ref result = Ref::none();
  errno = 0;
  if (SSL_CTX_use_certificate_chain_file(ctx, certfile.c_str()) != 1) {
    result = load_failure(info);
  } else {
    errno = 0;
    const char* key = keyfile.given ? keyfile.c_str() : certfile.c_str();
    if (SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1) {
      result = load_failure(info);
    } else if (SSL_CTX_check_private_key(ctx) != 1) {
      result = raise_ssl(ssl_error, kErrSsl, nullptr);
    }
  }
  SSL_CTX_set_default_passwd_cb(ctx, nullptr);
  SSL_CTX_set_default_passwd_cb_userdata(ctx, nullptr);
  return result;
}

// Adds the certificates in `data` (PEM text or DER) to the store.
Ref add_ca_certs(SSL_CTX* ctx, std::string_view data, bool pem) {
  BIO* bio = BIO_new_mem_buf(data.data(), static_cast<int>(data.size()));
  if (bio == nullptr) return raise(exc::MemoryError, "Can't allocate buffer");
  X509_STORE* store = SSL_CTX_get_cert_store(ctx);
  int loaded = 0;
  ERR_clear_error();
  for (;;) {
    X509* cert = pem ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : d2i_X509_bio(bio, nullptr);
    if (cert == nullptr) break;
    int ok = X509_STORE_add_cert(store, cert);
    X509_free(cert);
    if (ok == 0) {
      unsigned long e = ERR_peek_last_error();
      if (ERR_GET_LIB(e) != ERR_LIB_X509 || ERR_GET_REASON(e) != X509_R_CERT_ALREADY_IN_HASH_TABLE) break;
      ERR_clear_error();
    }
    ++loaded;
  }
  BIO_free(bio);
  unsigned long e = ERR_peek_last_error();
  if (loaded == 0) {
    ERR_clear_error();
    return raise_ssl(ssl_error, kErrNone,
                     pem ? "no start line: cadata does not contain a certificate"
                         : "not enough data: cadata does not contain a certificate");
  }
  bool clean_end = (pem && ERR_GET_LIB(e) == ERR_LIB_PEM && ERR_GET_REASON(e) == PEM_R_NO_START_LINE) ||
                   (!pem && ERR_GET_LIB(e) == ERR_LIB_ASN1 && ERR_GET_REASON(e) == ASN1_R_HEADER_TOO_LONG);
  if (clean_end || e == 0) {
    ERR_clear_error();
    return Ref::none();
  }
  return raise_ssl(ssl_error, kErrNone, nullptr);
}

Ref load_verify_locations(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"cafile", "capath", "cadata"};
  ArgSpec spec{"load_verify_locations", kNames, 3, 0, 0};
  Value a[3] = {};
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  auto given = [](Value v) { return !v.is_null() && !v.is_none(); };
  if (!given(a[0]) && !given(a[1]) && !given(a[2])) {
    return raise(exc::TypeError, "cafile, capath and cadata cannot be all omitted");
  }
  posix::PathArg cafile("load_verify_locations", "cafile"), capath("load_verify_locations", "capath");
  if (given(a[0]) && !posix::path_arg(a[0], &cafile)) {
    clear_error();
    return raise(exc::TypeError, "cafile should be a valid filesystem path");
  }
  if (given(a[1]) && !posix::path_arg(a[1], &capath)) {
    clear_error();
    return raise(exc::TypeError, "capath should be a valid filesystem path");
  }
  SSL_CTX* ctx = as_ctx(self)->ctx;
  if (given(a[2])) {
    const char* kBadCadata = "cadata should be an ASCII string or a bytes-like object";
    if (is_str(a[2])) {
      if (!a[2].as<Str>()->ascii) return raise(exc::TypeError, kBadCadata);
      if (!add_ca_certs(ctx, str_utf8(a[2].as<Str>()), true)) return nullptr;
    } else {
      Buffer buf;
      if (!get_buffer(a[2], &buf)) return raise(exc::TypeError, kBadCadata);
      if (!add_ca_certs(ctx, buf.data, false)) return nullptr;
    }
  }
  if (given(a[0]) || given(a[1])) {
    errno = 0;
    if (SSL_CTX_load_verify_locations(ctx, given(a[0]) ? cafile.c_str() : nullptr,
                                      given(a[1]) ? capath.c_str() : nullptr) != 1) {
      return raise_last_error(true);
    }
  }
  return Ref::none();
}

Ref set_default_verify_paths(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("set_default_verify_paths", nargs, kwnames)) return nullptr;
  if (SSL_CTX_set_default_verify_paths(as_ctx(self)->ctx) != 1) return raise_ssl(ssl_error, kErrSsl, nullptr);
  return Ref::none();
}

Ref load_dh_params(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  posix::PathArg path("load_dh_params", "path");
  if (!no_keywords("load_dh_params", kwnames) || !check_arg_count("load_dh_params", nargs, 1, 1) ||
      !posix::path_arg(args[0], &path)) {
    return nullptr;
  }
  errno = 0;
  BIO* bio = BIO_new_file(path.c_str(), "r");
  if (bio == nullptr) return raise_last_error(true);
  EVP_PKEY* dh = PEM_read_bio_Parameters(bio, nullptr);
  BIO_free(bio);
  if (dh == nullptr) return raise_last_error(true);
  if (SSL_CTX_set0_tmp_dh_pkey(as_ctx(self)->ctx, dh) != 1) {
    EVP_PKEY_free(dh);
    return raise_ssl(ssl_error, kErrSsl, nullptr);
  }
  return Ref::none();
}

Ref set_ecdh_curve(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("set_ecdh_curve", kwnames) || !check_arg_count("set_ecdh_curve", nargs, 1, 1)) return nullptr;
  std::string name;
  if (is_str(args[0])) {
    name = str_to_std(args[0].as<Str>());
  } else if (is_bytes(args[0])) {
    Buffer buf;
    if (!get_buffer(args[0], &buf)) return nullptr;
    name.assign(buf.data);
  } else {
    return raise(exc::TypeError, std::string("a bytes-like object is required, not '") + type_name_of(args[0]) + "'");
  }
  int nid = OBJ_sn2nid(name.c_str());
  if (nid == NID_undef) {
    Ref text = repr(args[0]);
    return text ? raise(exc::ValueError, "unknown elliptic curve name " + str_to_std(text.as<Str>())) : Ref();
  }
  if (SSL_CTX_set1_groups(as_ctx(self)->ctx, &nid, 1) != 1) return raise_ssl(ssl_error, kErrSsl, nullptr);
  return Ref::none();
}

// --- Ciphers and ALPN ------------------------------------------------------------------

Ref set_ciphers(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("set_ciphers", kwnames) || !check_arg_count("set_ciphers", nargs, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError,
                 std::string("set_ciphers() argument must be str, not ") + type_name_of(args[0]));
  }
  std::string list = str_to_std(args[0].as<Str>());
  if (list.find('\0') != std::string::npos) return raise(exc::ValueError, "embedded null character");
  if (SSL_CTX_set_cipher_list(as_ctx(self)->ctx, list.c_str()) != 1) {
    ERR_clear_error();
    return raise(ssl_error, "No cipher can be selected.");
  }
  return Ref::none();
}

Ref nid_long_name(int nid) {
  if (nid == NID_undef) return Ref::none();
  const char* name = OBJ_nid2ln(nid);
  return name != nullptr ? str_from_utf8(name) : Ref::none();
}

Ref cipher_dict(const SSL_CIPHER* cipher) {
  Ref d = Ref::steal(dict_new());
  if (!d) return nullptr;
  char description[256];
  SSL_CIPHER_description(cipher, description, sizeof description);
  size_t len = std::strlen(description);
  if (len > 0 && description[len - 1] == '\n') description[len - 1] = '\0';
  int alg_bits = 0;
  int strength_bits = SSL_CIPHER_get_bits(cipher, &alg_bits);
  struct Item {
    const char* key;
    Ref value;
  };
  Item items[] = {
      {"id", int_from_uint64(SSL_CIPHER_get_id(cipher))},
      {"name", str_from_utf8(SSL_CIPHER_get_name(cipher))},
      {"protocol", str_from_utf8(SSL_CIPHER_get_version(cipher))},
      {"description", str_from_utf8(description)},
      {"strength_bits", Ref::small_int(strength_bits)},
      {"alg_bits", Ref::small_int(alg_bits)},
      {"aead", Ref::boolean(SSL_CIPHER_is_aead(cipher) != 0)},
      {"symmetric", nid_long_name(SSL_CIPHER_get_cipher_nid(cipher))},
      {"digest", nid_long_name(SSL_CIPHER_get_digest_nid(cipher))},
      {"kea", nid_long_name(SSL_CIPHER_get_kx_nid(cipher))},
      {"auth", nid_long_name(SSL_CIPHER_get_auth_nid(cipher))},
  };
  for (Item& item : items) {
    if (!item.value || dict_set_str(d.as<Dict>(), item.key, *item.value) < 0) return nullptr;
  }
  return d;
}

Ref get_ciphers(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("get_ciphers", nargs, kwnames)) return nullptr;
  SSL* ssl = SSL_new(as_ctx(self)->ctx);
  if (ssl == nullptr) return raise_ssl(ssl_error, kErrSsl, nullptr);
  STACK_OF(SSL_CIPHER)* ciphers = SSL_get_ciphers(ssl);
  Ref list = Ref::steal(list_new(0));
  for (int i = 0; list && i < sk_SSL_CIPHER_num(ciphers); ++i) {
    Ref d = cipher_dict(sk_SSL_CIPHER_value(ciphers, i));
    if (!d || list_append(list.as<List>(), *d) < 0) list = Ref();
  }
  SSL_free(ssl);
  return list;
}

int alpn_select_callback(SSL*, const unsigned char** out, unsigned char* outlen, const unsigned char* client,
                         unsigned int client_len, void* arg) {
  auto* c = static_cast<ContextObject*>(arg);
  if (c->alpn == nullptr) return SSL_TLSEXT_ERR_NOACK;
  unsigned char* selected = nullptr;
  int r = SSL_select_next_proto(&selected, outlen, c->alpn, c->alpn_len, client, client_len);
  if (r != OPENSSL_NPN_NEGOTIATED) return SSL_TLSEXT_ERR_NOACK;
  *out = selected;
  return SSL_TLSEXT_ERR_OK;
}

Ref set_alpn_protocols(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_set_alpn_protocols", kwnames) || !check_arg_count("_set_alpn_protocols", nargs, 1, 1)) {
    return nullptr;
  }
  Buffer buf;
  if (!require_buffer(args[0], &buf)) return nullptr;
  if (buf.data.size() > UINT_MAX) return raise(exc::OverflowError, "protocols longer than 4294967295 bytes");
  ContextObject* c = as_ctx(self);
  auto* copy = static_cast<unsigned char*>(std::malloc(buf.data.empty() ? 1 : buf.data.size()));
  if (copy == nullptr) return raise_no_memory();
  std::memcpy(copy, buf.data.data(), buf.data.size());
  std::free(c->alpn);
  c->alpn = copy;
  c->alpn_len = static_cast<unsigned>(buf.data.size());
  if (SSL_CTX_set_alpn_protos(c->ctx, c->alpn, c->alpn_len) != 0) {
    return raise(ssl_error, "failed to set ALPN protocols");
  }
  SSL_CTX_set_alpn_select_cb(c->ctx, alpn_select_callback, c);
  return Ref::none();
}

// --- Statistics and the CA store -------------------------------------------------------

Ref session_stats(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("session_stats", nargs, kwnames)) return nullptr;
  SSL_CTX* ctx = as_ctx(self)->ctx;
  struct Stat {
    const char* key;
    long value;
  };
  const Stat stats[] = {
      {"number", SSL_CTX_sess_number(ctx)},
      {"connect", SSL_CTX_sess_connect(ctx)},
      {"connect_good", SSL_CTX_sess_connect_good(ctx)},
      {"connect_renegotiate", SSL_CTX_sess_connect_renegotiate(ctx)},
      {"accept", SSL_CTX_sess_accept(ctx)},
      {"accept_good", SSL_CTX_sess_accept_good(ctx)},
      {"accept_renegotiate", SSL_CTX_sess_accept_renegotiate(ctx)},
      {"hits", SSL_CTX_sess_hits(ctx)},
      {"misses", SSL_CTX_sess_misses(ctx)},
      {"timeouts", SSL_CTX_sess_timeouts(ctx)},
      {"cache_full", SSL_CTX_sess_cache_full(ctx)},
  };
  Ref d = Ref::steal(dict_new());
  for (const Stat& s : stats) {
    Ref v = int_from_int64(s.value);
    if (!d || !v || dict_set_str(d.as<Dict>(), s.key, *v) < 0) return nullptr;
  }
  return d;
}

Ref cert_store_stats(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("cert_store_stats", nargs, kwnames)) return nullptr;
  STACK_OF(X509_OBJECT)* objects = X509_STORE_get0_objects(SSL_CTX_get_cert_store(as_ctx(self)->ctx));
  int64_t x509 = 0, crl = 0, ca = 0;
  for (int i = 0; i < sk_X509_OBJECT_num(objects); ++i) {
    X509_OBJECT* obj = sk_X509_OBJECT_value(objects, i);
    if (X509_OBJECT_get_type(obj) == X509_LU_X509) {
      ++x509;
      if (X509_check_ca(X509_OBJECT_get0_X509(obj)) != 0) ++ca;
    } else if (X509_OBJECT_get_type(obj) == X509_LU_CRL) {
      ++crl;
    }
  }
  Ref d = Ref::steal(dict_new());
  if (!d || dict_set_str(d.as<Dict>(), "x509", Value::small_int(x509)) < 0 ||
      dict_set_str(d.as<Dict>(), "crl", Value::small_int(crl)) < 0 ||
      dict_set_str(d.as<Dict>(), "x509_ca", Value::small_int(ca)) < 0) {
    return nullptr;
  }
  return d;
}

Ref get_ca_certs(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"binary_form"};
  ArgSpec spec{"get_ca_certs", kNames, 1, 0, 0};
  Value binary_arg;
  if (!bind_args(spec, args, nargs, kwnames, &binary_arg)) return nullptr;
  int binary = binary_arg.is_null() ? 0 : is_true(binary_arg);
  if (binary < 0) return nullptr;
  STACK_OF(X509_OBJECT)* objects = X509_STORE_get0_objects(SSL_CTX_get_cert_store(as_ctx(self)->ctx));
  Ref list = Ref::steal(list_new(0));
  for (int i = 0; list && i < sk_X509_OBJECT_num(objects); ++i) {
    X509_OBJECT* obj = sk_X509_OBJECT_value(objects, i);
    if (X509_OBJECT_get_type(obj) != X509_LU_X509) continue;
    X509* cert = X509_OBJECT_get0_X509(obj);
    if (X509_check_ca(cert) == 0) continue;
    Ref item = binary != 0 ? certificate_der(cert) : decode_certificate(cert);
    if (!item || list_append(list.as<List>(), *item) < 0) list = Ref();
  }
  return list;
}

// --- Connections ----------------------------------------------------------------------

// The _ssl.c lines of CPython 3.11.2 that refuse a side the protocol excludes.
constexpr int kLineServerFromClient = 788;
constexpr int kLineClientFromServer = 795;

// Checks the side against the protocol and makes the SSL object.
SSL* new_ssl(ContextObject* c, bool server_side) {
  if (!server_side && c->protocol == kProtoServer) {
    raise_ssl(ssl_error, kErrNone, "Cannot create a client socket with a PROTOCOL_TLS_SERVER context", 0, nullptr,
              Value(), kLineClientFromServer);
    return nullptr;
  }
  if (server_side && c->protocol == kProtoClient) {
    raise_ssl(ssl_error, kErrNone, "Cannot create a server socket with a PROTOCOL_TLS_CLIENT context", 0, nullptr,
              Value(), kLineServerFromClient);
    return nullptr;
  }
  SSL* ssl = SSL_new(c->ctx);
  if (ssl == nullptr) raise_ssl(ssl_error, kErrSsl, nullptr);
  return ssl;
}

bool side_arg(Value v, bool* out) {
  int truth = is_true(v);
  if (truth < 0) return false;
  *out = truth != 0;
  return true;
}

Ref wrap_socket(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"sock", "server_side", "server_hostname", "owner", "session"};
  ArgSpec spec{"_wrap_socket", kNames, 5, 0, 2, 3};
  Value a[5] = {};
  bool server_side = false;
  if (!bind_args(spec, args, nargs, kwnames, a) || !side_arg(a[1], &server_side)) return nullptr;
  if (!type_is_subtype(type_of(a[0]), &socket::socket_type)) {
    return raise(exc::TypeError, std::string("_wrap_socket() argument 'sock' must be _socket.socket, not ") +
                                     type_name_of(a[0]));
  }
  auto* c = as_ctx(self);
  SSL* ssl = new_ssl(c, server_side);
  if (ssl == nullptr) return nullptr;
  auto* s = socket::as_socket(a[0]);
  SSL_set_fd(ssl, s->fd);
  if (s->timeout >= 0) {
    BIO_set_nbio(SSL_get_rbio(ssl), 1);
    BIO_set_nbio(SSL_get_wbio(ssl), 1);
  }
  Ref conn = connection_new(c, ssl, server_side, a[2], a[3], a[4]);
  if (!conn) return nullptr;
  ConnectionObject* co = conn.as<ConnectionObject>();
  co->sock = weakref_new_ref(&weakref_type, a[0], Value()).release();
  if (co->sock.is_null()) return nullptr;
  return conn;
}

Ref wrap_bio(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"incoming", "outgoing", "server_side", "server_hostname", "owner", "session"};
  ArgSpec spec{"_wrap_bio", kNames, 6, 0, 3, 4};
  Value a[6] = {};
  bool server_side = false;
  if (!bind_args(spec, args, nargs, kwnames, a) || !side_arg(a[2], &server_side)) return nullptr;
  for (int i = 0; i < 2; ++i) {
    if (type_of(a[i]) != &memory_bio_type) {
      return raise(exc::TypeError, std::string("_wrap_bio() argument '") + kNames[i] + "' must be _ssl.MemoryBIO, not " +
                                       type_name_of(a[i]));
    }
  }
  auto* c = as_ctx(self);
  SSL* ssl = new_ssl(c, server_side);
  if (ssl == nullptr) return nullptr;
  BIO* in = a[0].as<MemoryBioObject>()->bio;
  BIO* out = a[1].as<MemoryBioObject>()->bio;
  BIO_up_ref(in);
  BIO_up_ref(out);
  SSL_set_bio(ssl, in, out);
  Ref conn = connection_new(c, ssl, server_side, a[3], a[4], a[5]);
  if (!conn) return nullptr;
  ConnectionObject* co = conn.as<ConnectionObject>();
  incref(a[0]);
  incref(a[1]);
  co->incoming = a[0];
  co->outgoing = a[1];
  return conn;
}

const MethodDef kMethods[] = {
    {"_wrap_socket", wrap_socket, kMethodInstance, nullptr},
    {"_wrap_bio", wrap_bio, kMethodInstance, nullptr},
    {"set_ciphers", set_ciphers, kMethodInstance, nullptr},
    {"get_ciphers", get_ciphers, kMethodInstance, nullptr},
    {"_set_alpn_protocols", set_alpn_protocols, kMethodInstance, nullptr},
    {"load_cert_chain", load_cert_chain, kMethodInstance, nullptr},
    {"load_dh_params", load_dh_params, kMethodInstance, nullptr},
    {"load_verify_locations", load_verify_locations, kMethodInstance, nullptr},
    {"session_stats", session_stats, kMethodInstance, nullptr},
    {"set_default_verify_paths", set_default_verify_paths, kMethodInstance, nullptr},
    {"set_ecdh_curve", set_ecdh_curve, kMethodInstance, nullptr},
    {"cert_store_stats", cert_store_stats, kMethodInstance,
     "Returns quantities of loaded X.509 certificates.\n\nX.509 certificates with a CA extension and certificate "
     "revocation lists inside\nthe context's cert store."},
    {"get_ca_certs", get_ca_certs, kMethodInstance,
     "Returns a list of dicts with information of loaded CA certs.\n\nIf the optional argument is True, returns a DER-encoded copy of the CA\ncertificate."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kGetSets[] = {
    {"check_hostname", get_check_hostname, set_check_hostname, nullptr},
    {"_host_flags", get_host_flags, set_host_flags, nullptr},
    {"minimum_version", get_minimum_version, set_minimum_version, nullptr},
    {"maximum_version", get_maximum_version, set_maximum_version, nullptr},
    {"keylog_filename", get_keylog_filename, set_keylog_filename, nullptr},
    {"_msg_callback", get_msg_callback, set_msg_callback, nullptr},
    {"sni_callback", get_sni_callback, set_sni_callback, nullptr},
    {"num_tickets", get_num_tickets, set_num_tickets, "Control the number of TLSv1.3 session tickets"},
    {"options", get_options, set_options, nullptr},
    {"post_handshake_auth", get_post_handshake_auth, set_post_handshake_auth, nullptr},
    {"protocol", get_protocol, nullptr, nullptr},
    {"verify_flags", get_verify_flags, set_verify_flags, nullptr},
    {"verify_mode", get_verify_mode, set_verify_mode, nullptr},
    {"security_level", get_security_level, nullptr, "The current security level"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

int init_context_type() {
  return ready_type(&context_type, "_ssl._SSLContext", sizeof(ContextObject), context_dealloc, context_new, kMethods,
                    kGetSets, true);
}

}  // namespace taipan::ssl
