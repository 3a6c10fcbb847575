// _ssl.MemoryBIO: an OpenSSL memory BIO that an SSLObject reads its
// incoming TLS records from or writes its outgoing ones to (asyncio's
// sslproto moves the bytes between it and the transport).
#include <openssl/bio.h>

#include <climits>

#include "modules/ssl/ssl.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/sequence.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"

namespace taipan::ssl {

Type memory_bio_type;

namespace {

MemoryBioObject* as_bio(Value v) { return v.as<MemoryBioObject>(); }

Ref bio_new(Type* type, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("MemoryBIO", nargs, kwnames)) return nullptr;
  BIO* bio = BIO_new(BIO_s_mem());
  if (bio == nullptr) return raise(exc::MemoryError, "failed to allocate BIO");
  // An empty BIO asks the reader to retry rather than reporting EOF.
  BIO_set_retry_read(bio);
  BIO_set_mem_eof_return(bio, -1);
  auto* self = new_object<MemoryBioObject>(type, static_cast<size_t>(type->basic_size));
  if (self == nullptr) {
    BIO_free(bio);
    return nullptr;
  }
  self->bio = bio;
  self->eof_written = false;
  return Ref::steal(self);
}

void bio_dealloc(Object* self) {
  BIO_free(static_cast<MemoryBioObject*>(self)->bio);
  free_object(self);
}

Ref bio_read(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"size"};
  ArgSpec spec{"read", kNames, 1, 1, 0};
  Value size_arg;
  if (!bind_args(spec, args, nargs, kwnames, &size_arg)) return nullptr;
  int64_t size = -1;
  if (!size_arg.is_null() && !index_arg(size_arg, &size)) return nullptr;
  BIO* bio = as_bio(self)->bio;
  int64_t available = static_cast<int64_t>(BIO_ctrl_pending(bio));
  if (size < 0 || size > available) size = available;
  if (size > INT_MAX) size = INT_MAX;
  std::string data(static_cast<size_t>(size), '\0');
  if (size > 0) {
    int n = BIO_read(bio, data.data(), static_cast<int>(size));
    if (n < 0) return raise_ssl(ssl_error, kErrSsl, nullptr);
    data.resize(static_cast<size_t>(n));
  }
  return bytes_from_string(data);
}

Ref bio_write(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("write", kwnames) || !check_arg_count("write", nargs, 1, 1)) return nullptr;
  Buffer buf;
  if (!require_buffer(args[0], &buf)) return nullptr;
  if (buf.data.size() > INT_MAX) return raise(exc::OverflowError, "string longer than 2147483647 bytes");
  MemoryBioObject* b = as_bio(self);
  if (b->eof_written) return raise(ssl_error, "cannot write() after write_eof()");
  int n = BIO_write(b->bio, buf.data.data(), static_cast<int>(buf.data.size()));
  if (n < 0 || (n == 0 && !buf.data.empty())) return raise_ssl(ssl_error, kErrSsl, nullptr);
  return int_from_int64(n);
}

Ref bio_write_eof(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("write_eof", nargs, kwnames)) return nullptr;
  MemoryBioObject* b = as_bio(self);
  b->eof_written = true;
  // Reads past the end now report EOF instead of asking for a retry.
  BIO_clear_retry_flags(b->bio);
  BIO_set_mem_eof_return(b->bio, 0);
  return Ref::none();
}

Ref bio_pending(Value self) { return int_from_int64(static_cast<int64_t>(BIO_ctrl_pending(as_bio(self)->bio))); }

Ref bio_eof(Value self) {
  MemoryBioObject* b = as_bio(self);
  return Ref::boolean(b->eof_written && BIO_ctrl_pending(b->bio) == 0);
}

const MethodDef kMethods[] = {
    {"read", bio_read, kMethodInstance, "Read up to size bytes from the memory BIO."},
    {"write", bio_write, kMethodInstance, "Writes the bytes b into the memory BIO."},
    {"write_eof", bio_write_eof, kMethodInstance, "Write an EOF marker to the memory BIO."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kGetSets[] = {
    {"pending", bio_pending, nullptr, "The number of bytes pending in the memory BIO."},
    {"eof", bio_eof, nullptr, "Whether the memory BIO is at EOF."},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

int init_memory_bio_type() {
  return ready_type(&memory_bio_type, "_ssl.MemoryBIO", sizeof(MemoryBioObject), bio_dealloc, bio_new, kMethods,
                    kGetSets, false);
}

}  // namespace taipan::ssl
