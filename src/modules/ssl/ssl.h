// The _ssl module over OpenSSL 3, shared by the files of src/modules/ssl/:
// the SSL error family (errors.cpp), _SSLContext (context.cpp), the TLS
// connection object _SSLSocket over a socket or a pair of MemoryBIOs
// (connection.cpp), MemoryBIO and SSLSession (memory_bio.cpp, session.cpp),
// certificate decoding (certificate.cpp) and the module's functions and
// constants (ssl_module.cpp).
#pragma once

#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <string>

#include "objects/type.h"
#include "vm/gil.h"

namespace taipan::ssl {

struct ContextObject : Object {
  SSL_CTX* ctx;
  int protocol;             // the PROTOCOL_* it was made with
  bool check_hostname;
  bool post_handshake_auth;
  unsigned host_flags;      // X509_CHECK_FLAG_* for hostname checks
  Value sni_callback;       // owned, or null
  Value msg_callback;       // owned, or null (kept, not called)
  Value keylog_filename;    // owned, or null (kept, not used)
  unsigned char* alpn;      // wire-format ALPN list (malloc'd), or null
  unsigned alpn_len;
};

struct MemoryBioObject : Object {
  BIO* bio;
  bool eof_written;
};

struct ConnectionObject : Object {
  SSL* ssl;
  Value sock;              // owned weak reference to the socket, or null (BIO mode)
  Value owner;             // owned weak reference to the owner, or null
  Value context;           // owned ContextObject
  Value server_hostname;   // owned str, or None
  Value incoming, outgoing;  // owned MemoryBIOs in BIO mode, else null
  bool server_side;
  bool handshake_done;
  bool shutdown_seen_zero;
};

struct SessionObject : Object {
  SSL_SESSION* session;
  Value context;  // owned ContextObject
};

extern Type context_type;     // _ssl._SSLContext
extern Type connection_type;  // _ssl._SSLSocket
extern Type memory_bio_type;  // _ssl.MemoryBIO
extern Type session_type;     // _ssl.SSLSession

// The exception classes (owned, made once by init_errors).
extern Type* ssl_error;
extern Type* zero_return_error;
extern Type* want_read_error;
extern Type* want_write_error;
extern Type* syscall_error;
extern Type* eof_error;
extern Type* cert_verification_error;
int init_errors();

// CPython's SSL_ERROR_* codes as _ssl exposes them.
enum PySslErrorCode {
  kErrNone = 0, kErrSsl = 1, kErrWantRead = 2, kErrWantWrite = 3, kErrWantX509Lookup = 4,
  kErrSyscall = 5, kErrZeroReturn = 6, kErrWantConnect = 7, kErrEof = 8, kErrInvalid = 10,
};

// Raises the SSL exception of `type` for the SSL_ERROR_* code `code`,
// taking library/reason from the last OpenSSL error queued (or `packed`
// when nonzero) and `message` as the text when given; `ssl`, when given,
// supplies the certificate verification result. Clears the queue. Null.
// `line` is the _ssl.c line shown in the message (0: a default by code).
Ref raise_ssl(Type* type, int code, const char* message, unsigned long packed = 0, SSL* ssl = nullptr,
              Value hostname = Value(), int line = 0);
// Raises the error an SSL_* call left: SSL_get_error(ssl, ret) mapped to the
// family above (OSError for system errors), naming _ssl.c's `line`. Null.
Ref raise_from_call(ConnectionObject* c, int ret, int line);
// The generic SSLError for a failed context operation (from the queue), or
// OSError when errno explains it (missing files). Null.
Ref raise_last_error(bool errno_first);

// Certificates as Python sees them: the dict of getpeercert(), DER bytes.
Ref decode_certificate(X509* cert);
Ref certificate_der(X509* cert);

// X509_NAME / GENERAL_NAMES pieces shared by the decoder.
Ref tuple_for_name(const X509_NAME* name);

// Holds the GIL while OpenSSL calls back into Python from a call that
// released it (AllowThreads); does nothing when the thread has it already.
class EnsureGil {
 public:
  EnsureGil() : taken_(g_threads_started && !gil_held()) {
    if (taken_) gil_acquire();
  }
  ~EnsureGil() {
    if (taken_) gil_release();
  }
  EnsureGil(const EnsureGil&) = delete;
  EnsureGil& operator=(const EnsureGil&) = delete;

 private:
  bool taken_;
};

// Wraps ssl (SSL_new'd by the context) into a connection object; owns it.
Ref connection_new(ContextObject* ctx, SSL* ssl, bool server_side, Value server_hostname, Value owner,
                   Value session);
// The ex_data index of SSL objects that points back at their ConnectionObject.
int connection_index();

// The object a context's callbacks pass as the SSL socket: the owner when
// still alive, else the connection itself (borrowed).
Value connection_face(ConnectionObject* c);

// A new SSLSession over `session` (taken).
Ref session_new(SSL_SESSION* session, Value context);

int init_context_type();
int init_connection_type();
int init_memory_bio_type();
int init_session_type();

// Generic native type setup: a type named `name` deriving from object.
int ready_type(Type* t, const char* name, int64_t size, DeallocFn dealloc, NewFn new_fn, const MethodDef* methods,
               const GetSetDef* getsets, bool subclassable);

}  // namespace taipan::ssl
