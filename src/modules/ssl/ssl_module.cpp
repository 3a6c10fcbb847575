// The _ssl module object: its constants (PROTOCOL_*, OP_*, CERT_*, VERIFY_*,
// ALERT_DESCRIPTION_*, SSL_ERROR_*, HAS_*, OpenSSL's version), its
// functions (RAND_*, txt2obj, nid2obj, get_default_verify_paths,
// _test_decode_cert) and the assembly of the types and error classes.
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/opensslv.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include <climits>
#include <string>

#include "modules/modules.h"
#include "modules/posix/posix_args.h"
#include "modules/ssl/ssl.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::ssl {

int ready_type(Type* t, const char* name, int64_t size, DeallocFn dealloc, NewFn new_fn, const MethodDef* methods,
               const GetSetDef* getsets, bool subclassable) {
  if (type_has_flag(t, kTypeReady)) return 0;
  t->type = &type_type;
  t->refcnt = kImmortalRefcnt;
  t->name = name;
  t->basic_size = size;
  t->flags = subclassable ? uint64_t{kTypeBaseType} : uint64_t{0};
  t->base = &object_type;
  t->dealloc = dealloc;
  t->new_ = new_fn;
  t->methods = methods;
  t->getsets = getsets;
  return type_ready(t);
}

namespace {

struct IntConstant {
  const char* name;
  int64_t value;
};

const IntConstant kConstants[] = {
    {"SSL_ERROR_ZERO_RETURN", kErrZeroReturn}, {"SSL_ERROR_WANT_READ", kErrWantRead},
    {"SSL_ERROR_WANT_WRITE", kErrWantWrite}, {"SSL_ERROR_WANT_X509_LOOKUP", kErrWantX509Lookup},
    {"SSL_ERROR_SYSCALL", kErrSyscall}, {"SSL_ERROR_SSL", kErrSsl}, {"SSL_ERROR_WANT_CONNECT", kErrWantConnect},
    {"SSL_ERROR_EOF", kErrEof}, {"SSL_ERROR_INVALID_ERROR_CODE", kErrInvalid},
    {"CERT_NONE", 0}, {"CERT_OPTIONAL", 1}, {"CERT_REQUIRED", 2},
    {"VERIFY_DEFAULT", 0}, {"VERIFY_CRL_CHECK_LEAF", X509_V_FLAG_CRL_CHECK},
    {"VERIFY_CRL_CHECK_CHAIN", X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL},
    {"VERIFY_X509_STRICT", X509_V_FLAG_X509_STRICT}, {"VERIFY_ALLOW_PROXY_CERTS", X509_V_FLAG_ALLOW_PROXY_CERTS},
    {"VERIFY_X509_TRUSTED_FIRST", X509_V_FLAG_TRUSTED_FIRST}, {"VERIFY_X509_PARTIAL_CHAIN", X509_V_FLAG_PARTIAL_CHAIN},
    {"ALERT_DESCRIPTION_CLOSE_NOTIFY", SSL_AD_CLOSE_NOTIFY},
    {"ALERT_DESCRIPTION_UNEXPECTED_MESSAGE", SSL_AD_UNEXPECTED_MESSAGE},
    {"ALERT_DESCRIPTION_BAD_RECORD_MAC", SSL_AD_BAD_RECORD_MAC},
    {"ALERT_DESCRIPTION_RECORD_OVERFLOW", SSL_AD_RECORD_OVERFLOW},
    {"ALERT_DESCRIPTION_DECOMPRESSION_FAILURE", SSL_AD_DECOMPRESSION_FAILURE},
    {"ALERT_DESCRIPTION_HANDSHAKE_FAILURE", SSL_AD_HANDSHAKE_FAILURE},
    {"ALERT_DESCRIPTION_BAD_CERTIFICATE", SSL_AD_BAD_CERTIFICATE},
    {"ALERT_DESCRIPTION_UNSUPPORTED_CERTIFICATE", SSL_AD_UNSUPPORTED_CERTIFICATE},
    {"ALERT_DESCRIPTION_CERTIFICATE_REVOKED", SSL_AD_CERTIFICATE_REVOKED},
    {"ALERT_DESCRIPTION_CERTIFICATE_EXPIRED", SSL_AD_CERTIFICATE_EXPIRED},
    {"ALERT_DESCRIPTION_CERTIFICATE_UNKNOWN", SSL_AD_CERTIFICATE_UNKNOWN},
    {"ALERT_DESCRIPTION_ILLEGAL_PARAMETER", SSL_AD_ILLEGAL_PARAMETER},
    {"ALERT_DESCRIPTION_UNKNOWN_CA", SSL_AD_UNKNOWN_CA},
    {"ALERT_DESCRIPTION_ACCESS_DENIED", SSL_AD_ACCESS_DENIED},
    {"ALERT_DESCRIPTION_DECODE_ERROR", SSL_AD_DECODE_ERROR},
    {"ALERT_DESCRIPTION_DECRYPT_ERROR", SSL_AD_DECRYPT_ERROR},
    {"ALERT_DESCRIPTION_PROTOCOL_VERSION", SSL_AD_PROTOCOL_VERSION},
    {"ALERT_DESCRIPTION_INSUFFICIENT_SECURITY", SSL_AD_INSUFFICIENT_SECURITY},
    {"ALERT_DESCRIPTION_INTERNAL_ERROR", SSL_AD_INTERNAL_ERROR},
    {"ALERT_DESCRIPTION_USER_CANCELLED", SSL_AD_USER_CANCELLED},
    {"ALERT_DESCRIPTION_NO_RENEGOTIATION", SSL_AD_NO_RENEGOTIATION},
    {"ALERT_DESCRIPTION_UNSUPPORTED_EXTENSION", SSL_AD_UNSUPPORTED_EXTENSION},
    {"ALERT_DESCRIPTION_CERTIFICATE_UNOBTAINABLE", SSL_AD_CERTIFICATE_UNOBTAINABLE},
    {"ALERT_DESCRIPTION_UNRECOGNIZED_NAME", SSL_AD_UNRECOGNIZED_NAME},
    {"ALERT_DESCRIPTION_BAD_CERTIFICATE_STATUS_RESPONSE", SSL_AD_BAD_CERTIFICATE_STATUS_RESPONSE},
    {"ALERT_DESCRIPTION_BAD_CERTIFICATE_HASH_VALUE", SSL_AD_BAD_CERTIFICATE_HASH_VALUE},
    {"ALERT_DESCRIPTION_UNKNOWN_PSK_IDENTITY", SSL_AD_UNKNOWN_PSK_IDENTITY},
    {"PROTOCOL_SSLv23", 2}, {"PROTOCOL_TLS", 2}, {"PROTOCOL_TLS_CLIENT", 16}, {"PROTOCOL_TLS_SERVER", 17},
    {"PROTOCOL_TLSv1", 3}, {"PROTOCOL_TLSv1_1", 4}, {"PROTOCOL_TLSv1_2", 5},
    {"OP_ALL", static_cast<int64_t>(SSL_OP_ALL & ~SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS)},
    {"OP_NO_SSLv2", 0}, {"OP_NO_SSLv3", static_cast<int64_t>(SSL_OP_NO_SSLv3)},
    {"OP_NO_TLSv1", static_cast<int64_t>(SSL_OP_NO_TLSv1)}, {"OP_NO_TLSv1_1", static_cast<int64_t>(SSL_OP_NO_TLSv1_1)},
    {"OP_NO_TLSv1_2", static_cast<int64_t>(SSL_OP_NO_TLSv1_2)}, {"OP_NO_TLSv1_3", static_cast<int64_t>(SSL_OP_NO_TLSv1_3)},
    {"OP_CIPHER_SERVER_PREFERENCE", static_cast<int64_t>(SSL_OP_CIPHER_SERVER_PREFERENCE)},
    {"OP_SINGLE_DH_USE", 0}, {"OP_SINGLE_ECDH_USE", 0},
    {"OP_NO_TICKET", static_cast<int64_t>(SSL_OP_NO_TICKET)},
    {"OP_NO_RENEGOTIATION", static_cast<int64_t>(SSL_OP_NO_RENEGOTIATION)},
    {"OP_ENABLE_MIDDLEBOX_COMPAT", static_cast<int64_t>(SSL_OP_ENABLE_MIDDLEBOX_COMPAT)},
    {"OP_NO_COMPRESSION", static_cast<int64_t>(SSL_OP_NO_COMPRESSION)},
    {"OP_IGNORE_UNEXPECTED_EOF", static_cast<int64_t>(SSL_OP_IGNORE_UNEXPECTED_EOF)},
    {"HOSTFLAG_ALWAYS_CHECK_SUBJECT", X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT},
    {"HOSTFLAG_NEVER_CHECK_SUBJECT", X509_CHECK_FLAG_NEVER_CHECK_SUBJECT},
    {"HOSTFLAG_NO_WILDCARDS", X509_CHECK_FLAG_NO_WILDCARDS},
    {"HOSTFLAG_NO_PARTIAL_WILDCARDS", X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS},
    {"HOSTFLAG_MULTI_LABEL_WILDCARDS", X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS},
    {"HOSTFLAG_SINGLE_LABEL_SUBDOMAINS", X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS},
    {"PROTO_MINIMUM_SUPPORTED", -2}, {"PROTO_MAXIMUM_SUPPORTED", -1}, {"PROTO_SSLv3", SSL3_VERSION},
    {"PROTO_TLSv1", TLS1_VERSION}, {"PROTO_TLSv1_1", TLS1_1_VERSION}, {"PROTO_TLSv1_2", TLS1_2_VERSION},
    {"PROTO_TLSv1_3", TLS1_3_VERSION},
    {"ENCODING_PEM", 1}, {"ENCODING_DER", 2},
};

struct BoolConstant {
  const char* name;
  bool value;
};

const BoolConstant kFlags[] = {
    {"HAS_SNI", true},      {"HAS_TLS_UNIQUE", true}, {"HAS_ECDH", true},   {"HAS_NPN", false},
    {"HAS_ALPN", true},     {"HAS_SSLv2", false},     {"HAS_SSLv3", false}, {"HAS_TLSv1", true},
    {"HAS_TLSv1_1", true},  {"HAS_TLSv1_2", true},    {"HAS_TLSv1_3", true},
};

// (major, minor, fix, patch, status) from an OpenSSL version number.
Ref version_info(unsigned long number) {
  int64_t status = number & 0xF;
  number >>= 4;
  int64_t patch = number & 0xFF;
  number >>= 8;
  int64_t fix = number & 0xFF;
  number >>= 8;
  int64_t minor = number & 0xFF;
  number >>= 8;
  int64_t major = number & 0xFF;
  return tuple_pack({Value::small_int(major), Value::small_int(minor), Value::small_int(fix), Value::small_int(patch),
                     Value::small_int(status)});
}

// --- Functions --------------------------------------------------------------------------

Ref random_bytes(const Value* args, size_t nargs, Tuple* kwnames, const char* name) {
  if (!no_keywords(name, kwnames) || !check_arg_count(name, nargs, 1, 1)) return nullptr;
  int n = 0;
  if (!posix::int_arg(args[0], &n)) return nullptr;
  if (n < 0) return raise(exc::ValueError, "num must be positive");
  std::string data(static_cast<size_t>(n), '\0');
  if (n > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(data.data()), n) != 1) {
    return raise_ssl(ssl_error, kErrSsl, nullptr);
  }
  return bytes_from_string(data);
}

Ref rand_bytes(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return random_bytes(args, nargs, kwnames, "RAND_bytes");
}

Ref rand_pseudo_bytes(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref bytes = random_bytes(args, nargs, kwnames, "RAND_pseudo_bytes");
  return bytes ? tuple_pack({*bytes, Value::true_()}) : Ref();
}

Ref rand_status(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("RAND_status", nargs, kwnames)) return nullptr;
  return Ref::boolean(RAND_status() == 1);
}

Ref rand_add(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("RAND_add", kwnames) || !check_arg_count("RAND_add", nargs, 2, 2)) return nullptr;
  std::string data;
  if (is_str(args[0])) {
    data = str_to_std(args[0].as<Str>());
  } else {
    Buffer buf;
    if (!require_buffer(args[0], &buf)) return nullptr;
    data.assign(buf.data);
  }
  double entropy = 0;
  int r = number_to_double(args[1], &entropy);
  if (r < 0) return nullptr;
  if (r == 0) return raise(exc::TypeError, std::string("must be real number, not ") + type_name_of(args[1]));
  if (data.size() > INT_MAX) return raise(exc::OverflowError, "string longer than 2147483647 bytes");
  RAND_add(data.data(), static_cast<int>(data.size()), entropy);
  return Ref::none();
}

// (nid, short name, long name, dotted OID) of an ASN.1 object.
Ref object_tuple(const ASN1_OBJECT* obj) {
  int nid = OBJ_obj2nid(obj);
  if (nid == NID_undef) return raise(exc::ValueError, "Unknown object");
  char dotted[256];
  int n = OBJ_obj2txt(dotted, sizeof dotted, obj, 1);
  if (n < 0) return raise_ssl(ssl_error, kErrSsl, nullptr);
  const char* sn = OBJ_nid2sn(nid);
  const char* ln = OBJ_nid2ln(nid);
  Ref sn_obj = sn != nullptr ? str_from_utf8(sn) : Ref::none();
  Ref ln_obj = ln != nullptr ? str_from_utf8(ln) : Ref::none();
  Ref oid = str_from_utf8(dotted);
  if (!sn_obj || !ln_obj || !oid) return nullptr;
  return tuple_pack({Value::small_int(nid), *sn_obj, *ln_obj, *oid});
}

Ref txt2obj(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"txt", "name"};
  ArgSpec spec{"txt2obj", kNames, 2, 0, 1};
  Value a[2] = {};
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  if (!is_str(a[0])) return raise(exc::TypeError, std::string("txt2obj() argument 'txt' must be str, not ") + type_name_of(a[0]));
  int by_name = a[1].is_null() ? 0 : is_true(a[1]);
  if (by_name < 0) return nullptr;
  std::string txt = str_to_std(a[0].as<Str>());
  ASN1_OBJECT* obj = OBJ_txt2obj(txt.c_str(), by_name != 0 ? 0 : 1);
  if (obj == nullptr) {
    ERR_clear_error();
    return raise(exc::ValueError, "unknown object '" + txt + "'");
  }
  Ref result = object_tuple(obj);
  ASN1_OBJECT_free(obj);
  return result;
}

Ref nid2obj(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("nid2obj", kwnames) || !check_arg_count("nid2obj", nargs, 1, 1)) return nullptr;
  int nid = 0;
  if (!posix::int_arg(args[0], &nid)) return nullptr;
  if (nid < NID_undef) return raise(exc::ValueError, "NID must be positive.");
  ASN1_OBJECT* obj = OBJ_nid2obj(nid);
  if (obj == nullptr) {
    ERR_clear_error();
    return raise(exc::ValueError, "unknown NID " + std::to_string(nid));
  }
  Ref result = object_tuple(obj);
  ASN1_OBJECT_free(obj);
  return result;
}

Ref get_default_verify_paths(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("get_default_verify_paths", nargs, kwnames)) return nullptr;
  Ref a = str_from_utf8(X509_get_default_cert_file_env());
  Ref b = str_from_utf8(X509_get_default_cert_file());
  Ref c = str_from_utf8(X509_get_default_cert_dir_env());
  Ref d = str_from_utf8(X509_get_default_cert_dir());
  if (!a || !b || !c || !d) return nullptr;
  return tuple_pack({*a, *b, *c, *d});
}

Ref test_decode_cert(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  posix::PathArg path("_test_decode_cert", "path");
  if (!no_keywords("_test_decode_cert", kwnames) || !check_arg_count("_test_decode_cert", nargs, 1, 1) ||
      !posix::path_arg(args[0], &path)) {
    return nullptr;
  }
  BIO* bio = BIO_new_file(path.c_str(), "r");
  if (bio == nullptr) {
    ERR_clear_error();
    return raise(ssl_error, "Can't open file");
  }
  X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  if (cert == nullptr) {
    ERR_clear_error();
    return raise(ssl_error, "Error decoding PEM-encoded file");
  }
  Ref result = decode_certificate(cert);
  X509_free(cert);
  return result;
}

const MethodDef kFunctions[] = {
    {"RAND_bytes", rand_bytes, kMethodInstance, "Generate n cryptographically strong pseudo-random bytes."},
    {"RAND_pseudo_bytes", rand_pseudo_bytes, kMethodInstance, "Generate n pseudo-random bytes."},
    {"RAND_status", rand_status, kMethodInstance, "Returns True if the OpenSSL PRNG has been seeded with enough data."},
    {"RAND_add", rand_add, kMethodInstance, "Mix string into the OpenSSL PRNG state."},
    {"txt2obj", txt2obj, kMethodInstance, "Lookup NID, short name, long name and OID of an ASN1_OBJECT."},
    {"nid2obj", nid2obj, kMethodInstance, "Lookup NID, short name, long name and OID of an ASN1_OBJECT by NID."},
    {"get_default_verify_paths", get_default_verify_paths, kMethodInstance,
     "Return search paths and environment vars that are used by SSLContext's set_default_verify_paths()."},
    {"_test_decode_cert", test_decode_cert, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

int add_str(Value module, const char* name, const char* text) {
  Ref s = str_from_utf8(text);
  return s ? module_add(module, name, *s) : -1;
}

}  // namespace

}  // namespace taipan::ssl

namespace taipan {

Ref make_ssl_module() {
  using namespace ssl;
  if (init_errors() < 0 || init_context_type() < 0 || init_connection_type() < 0 || init_memory_bio_type() < 0 ||
      init_session_type() < 0) {
    return nullptr;
  }
  Ref module = module_new("_ssl", true);
  if (!module || module_add_functions(*module, kFunctions) < 0) return nullptr;
  for (const IntConstant& c : kConstants) {
    Ref v = int_from_int64(c.value);
    if (!v || module_add(*module, c.name, *v) < 0) return nullptr;
  }
  for (const BoolConstant& f : kFlags) {
    if (module_add(*module, f.name, Value::boolean(f.value)) < 0) return nullptr;
  }
  struct Named {
    const char* name;
    Type* type;
  };
  const Named types[] = {
      {"_SSLContext", &context_type},   {"_SSLSocket", &connection_type},
      {"MemoryBIO", &memory_bio_type},  {"SSLSession", &session_type},
      {"SSLError", ssl_error},          {"SSLZeroReturnError", zero_return_error},
      {"SSLWantReadError", want_read_error}, {"SSLWantWriteError", want_write_error},
      {"SSLSyscallError", syscall_error},    {"SSLEOFError", eof_error},
      {"SSLCertVerificationError", cert_verification_error},
  };
  for (const Named& t : types) {
    if (module_add(*module, t.name, Value::object(t.type)) < 0) return nullptr;
  }
  Ref number = int_from_uint64(OpenSSL_version_num());
  Ref info = version_info(OpenSSL_version_num());
  Ref api = version_info(OPENSSL_VERSION_NUMBER);
  if (!number || !info || !api || module_add(*module, "OPENSSL_VERSION_NUMBER", *number) < 0 ||
      module_add(*module, "OPENSSL_VERSION_INFO", *info) < 0 || module_add(*module, "_OPENSSL_API_VERSION", *api) < 0 ||
      add_str(*module, "OPENSSL_VERSION", OpenSSL_version(OPENSSL_VERSION)) < 0 ||
      add_str(*module, "_DEFAULT_CIPHERS", "ALL:!COMPLEMENTOFDEFAULT:!eNULL") < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
