// The SSL error family (SSLError and its subclasses, __module__ "ssl") and
// raising them from OpenSSL's error queue the way CPython's _ssl.c words
// them: "[LIB: REASON] reason text (_ssl.c:NNN)", args (SSL_ERROR_* code,
// message) and the library / reason attributes (plus verify_code and
// verify_message for certificate verification failures).
#include <openssl/err.h>

#include <cctype>
#include <cerrno>
#include <string>

#include "modules/module_exception.h"
#include "modules/ssl/ssl.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::ssl {

Type* ssl_error = nullptr;
Type* zero_return_error = nullptr;
Type* want_read_error = nullptr;
Type* want_write_error = nullptr;
Type* syscall_error = nullptr;
Type* eof_error = nullptr;
Type* cert_verification_error = nullptr;

namespace {

// CPython's _ssl.c line that raises each kind of error: the messages carry
// "(_ssl.c:NNN)" and these are the lines of CPython 3.11.2 for the common paths.
constexpr int kLineHandshake = 992;
constexpr int kLineRead = 2546;
constexpr int kLineOther = 3989;

// The short name OpenSSL's headers give a library (ERR_LIB_SSL -> "SSL").
const char* library_name(int lib) {
  switch (lib) {
    case ERR_LIB_SSL: return "SSL";
    case ERR_LIB_PEM: return "PEM";
    case ERR_LIB_X509: return "X509";
    case ERR_LIB_X509V3: return "X509V3";
    case ERR_LIB_ASN1: return "ASN1";
    case ERR_LIB_EVP: return "EVP";
    case ERR_LIB_SYS: return "SYS";
    case ERR_LIB_BIO: return "BIO";
    case ERR_LIB_PKCS12: return "PKCS12";
    case ERR_LIB_PKCS7: return "PKCS7";
    case ERR_LIB_RSA: return "RSA";
    case ERR_LIB_EC: return "EC";
    case ERR_LIB_DH: return "DH";
    case ERR_LIB_BN: return "BN";
    case ERR_LIB_OBJ: return "OBJ";
    case ERR_LIB_CONF: return "CONF";
    case ERR_LIB_CRYPTO: return "CRYPTO";
    case ERR_LIB_RAND: return "RAND";
    case ERR_LIB_PROV: return "PROV";
    case ERR_LIB_OSSL_DECODER: return "DECODER";
    case ERR_LIB_OSSL_STORE: return "OSSL_STORE";
    default: return nullptr;
  }
}

// The reason's mnemonic, made from OpenSSL's text ("certificate verify
// failed" -> CERTIFICATE_VERIFY_FAILED) as its headers spell the macros.
std::string reason_mnemonic(const char* text) {
  std::string out;
  for (const char* p = text; *p != '\0'; ++p) {
    char ch = *p;
    out += (ch == ' ' || ch == '-') ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  return out;
}

int set_attr(Value e, const char* name, Value v) { return setattr(e, intern(name), v); }

// SSLError.__str__: the message alone when strerror is a str.
Ref ssl_error_str_slot(Value self) {
  Ref strerror = getattr(self, "strerror");
  if (!strerror) return nullptr;
  if (is_str(*strerror)) return strerror;
  Ref args = getattr(self, "args");
  if (!args) return nullptr;
  return str(*args);
}

Ref ssl_error_str(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__str__", kwnames) || !check_arg_count("__str__", nargs, 0, 0)) return nullptr;
  return ssl_error_str_slot(self);
}

const MethodDef kStrMethod = {"__str__", ssl_error_str, kMethodInstance, "Return str(self)."};

}  // namespace

Ref raise_ssl(Type* type, int code, const char* message, unsigned long packed, SSL* ssl, Value hostname, int line) {
  if (packed == 0) packed = ERR_peek_last_error();
  const char* lib = nullptr;
  const char* reason_text = nullptr;
  std::string reason;
  if (packed != 0) {
    lib = library_name(ERR_GET_LIB(packed));
    reason_text = ERR_reason_error_string(packed);
    // CPython's table names no reason shared by all libraries (ERR_R_*).
    bool common = (ERR_GET_REASON(packed) & ERR_RFLAG_COMMON) != 0;
    if (reason_text != nullptr && !common) reason = reason_mnemonic(reason_text);
  }
  ERR_clear_error();
  std::string text = message != nullptr ? message : (reason_text != nullptr ? reason_text : "unknown error");
  if (line == 0 && message != nullptr && packed == 0 && code == kErrNone) line = kLineOther;
  if (line == 0) line = code == kErrWantRead || code == kErrWantWrite ? kLineRead : kLineHandshake;
  long verify_code = 0;
  std::string verify_message;
  bool verifying = type == cert_verification_error && ssl != nullptr;
  if (verifying) {
    verify_code = SSL_get_verify_result(ssl);
    std::string host = is_str(hostname) ? str_to_std(hostname.as<Str>()) : "";
    if (verify_code == X509_V_ERR_HOSTNAME_MISMATCH) {
      verify_message = "Hostname mismatch, certificate is not valid for '" + host + "'.";
    } else if (verify_code == X509_V_ERR_IP_ADDRESS_MISMATCH) {
      verify_message = "IP address mismatch, certificate is not valid for '" + host + "'.";
    } else {
      verify_message = X509_verify_cert_error_string(verify_code);
    }
  }
  std::string msg;
  if (lib != nullptr && !reason.empty()) {
    msg = std::string("[") + lib + ": " + reason + "] " + text;
    if (verifying) msg += ": " + verify_message;
  } else if (lib != nullptr) {
    msg = std::string("[") + lib + "] " + text;
  } else {
    msg = text;
  }
  msg += " (_ssl.c:" + std::to_string(line) + ")";
  Ref msg_obj = str_from_utf8(msg);
  if (!msg_obj) return nullptr;
  Value args[2] = {Value::small_int(code), *msg_obj};
  Ref e = make_exception(type, args, 2);
  if (!e) return nullptr;
  Ref lib_obj = lib != nullptr ? str_from_utf8(lib) : Ref::none();
  Ref reason_obj = !reason.empty() ? str_from_utf8(reason) : Ref::none();
  if (!lib_obj || !reason_obj || set_attr(*e, "library", *lib_obj) < 0 || set_attr(*e, "reason", *reason_obj) < 0) {
    return nullptr;
  }
  if (verifying) {
    Ref code_obj = int_from_int64(verify_code);
    Ref message_obj = str_from_utf8(verify_message);
    if (!code_obj || !message_obj || set_attr(*e, "verify_code", *code_obj) < 0 ||
        set_attr(*e, "verify_message", *message_obj) < 0) {
      return nullptr;
    }
  }
  return raise_value(*e);
}

Ref raise_from_call(ConnectionObject* c, int ret, int line) {
  int saved_errno = errno;
  int err = SSL_get_error(c->ssl, ret);
  unsigned long packed = ERR_peek_last_error();
  switch (err) {
    case SSL_ERROR_ZERO_RETURN:
      return raise_ssl(zero_return_error, kErrZeroReturn, "TLS/SSL connection has been closed (EOF)", packed, nullptr, Value(), line);
    case SSL_ERROR_WANT_READ:
      return raise_ssl(want_read_error, kErrWantRead, "The operation did not complete (read)", packed, nullptr, Value(), line);
    case SSL_ERROR_WANT_WRITE:
      return raise_ssl(want_write_error, kErrWantWrite, "The operation did not complete (write)", packed, nullptr, Value(), line);
    case SSL_ERROR_WANT_X509_LOOKUP:
      return raise_ssl(ssl_error, kErrWantX509Lookup, "The operation did not complete (X509 lookup)", packed, nullptr, Value(), line);
    case SSL_ERROR_WANT_CONNECT:
      return raise_ssl(ssl_error, kErrWantConnect, "The operation did not complete (connect)", packed, nullptr, Value(), line);
    case SSL_ERROR_SYSCALL:
      if (packed == 0) {
        bool no_socket = c->sock.is_null();
        if (ret == 0 || no_socket || saved_errno == 0) {
          return raise_ssl(eof_error, kErrEof, "EOF occurred in violation of protocol", packed, nullptr, Value(), line);
        }
        ERR_clear_error();
        return raise_os_error(saved_errno);
      }
      return raise_ssl(syscall_error, kErrSyscall, nullptr, packed, nullptr, Value(), line);
    case SSL_ERROR_SSL: {
      if (packed == 0) return raise_ssl(ssl_error, kErrSsl, "A failure in the SSL library occurred", packed, nullptr, Value(), line);
      if (ERR_GET_LIB(packed) == ERR_LIB_SSL && ERR_GET_REASON(packed) == SSL_R_CERTIFICATE_VERIFY_FAILED) {
        return raise_ssl(cert_verification_error, kErrSsl, nullptr, packed, c->ssl, c->server_hostname, line);
      }
      if (ERR_GET_LIB(packed) == ERR_LIB_SSL && ERR_GET_REASON(packed) == SSL_R_UNEXPECTED_EOF_WHILE_READING) {
        return raise_ssl(eof_error, kErrEof, "EOF occurred in violation of protocol", packed, nullptr, Value(), line);
      }
      return raise_ssl(ssl_error, kErrSsl, nullptr, packed, nullptr, Value(), line);
    }
    default:
      return raise_ssl(ssl_error, kErrInvalid, "Invalid error code", packed, nullptr, Value(), line);
  }
}

Ref raise_last_error(bool errno_first) {
  unsigned long packed = ERR_peek_last_error();
  if (errno_first && errno != 0 && (packed == 0 || ERR_GET_LIB(packed) == ERR_LIB_SYS ||
                                    ERR_GET_REASON(packed) == ERR_R_SYS_LIB || errno == ENOENT)) {
    int saved = errno;
    ERR_clear_error();
    return raise_os_error(saved);
  }
  return raise_ssl(ssl_error, ERR_GET_REASON(packed), nullptr, packed, nullptr, Value(), kLineOther);
}

int init_errors() {
  if (ssl_error != nullptr) return 0;
  Type* base = new_exception_class("ssl", "SSLError", {exc::OSError});
  if (base == nullptr) return -1;
  Ref str_method = method_descriptor_new(base, &kStrMethod);
  if (!str_method || dict_set_str(base->dict, "__str__", *str_method) < 0) return -1;
  type_modified(base);
  base->str = ssl_error_str_slot;
  ssl_error = base;
  struct Sub {
    Type** slot;
    const char* name;
  };
  const Sub subs[] = {{&zero_return_error, "SSLZeroReturnError"}, {&want_read_error, "SSLWantReadError"},
                      {&want_write_error, "SSLWantWriteError"},   {&syscall_error, "SSLSyscallError"},
                      {&eof_error, "SSLEOFError"}};
  for (const Sub& s : subs) {
    *s.slot = new_exception_class("ssl", s.name, {base});
    if (*s.slot == nullptr) return -1;
  }
  cert_verification_error = new_exception_class("ssl", "SSLCertVerificationError", {base, exc::ValueError});
  return cert_verification_error != nullptr ? 0 : -1;
}

}  // namespace taipan::ssl
