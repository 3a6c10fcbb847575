// Hash objects over an OpenSSL EVP digest (evp_hash.h).
#include "modules/evp_hash.h"

#include <openssl/err.h>

#include <string>

#include "modules/hash_support.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/sequence.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"

namespace taipan {

namespace {

struct EvpHash : Object {
  EVP_MD_CTX* ctx;
  Value name;  // owned str
  const EvpHashStyle* style;
};

EvpHash* as_hash(Value v) { return v.as<EvpHash>(); }

std::string method_name(Value self, const char* method) {
  return std::string(as_hash(self)->style->prefix) + "." + method;
}

Ref hash_alloc(Type* type, const EvpHashStyle* style, Value name) {
  auto* h = static_cast<EvpHash*>(alloc_object(type, static_cast<size_t>(type->basic_size)));
  if (h == nullptr) return nullptr;
  incref(name);
  h->name = name;
  h->style = style;
  h->ctx = EVP_MD_CTX_new();
  Ref self = Ref::steal(h);
  if (h->ctx == nullptr) return raise_no_memory();
  return self;
}

bool feed(EvpHash* h, Value data) {
  Buffer buf;
  if (!hash_input(data, &buf)) return false;
  if (EVP_DigestUpdate(h->ctx, buf.data.data(), buf.data.size()) != 1) {
    evp_error("update failed");
    return false;
  }
  return true;
}

void hash_dealloc(Object* self) {
  auto* h = static_cast<EvpHash*>(self);
  EVP_MD_CTX_free(h->ctx);
  decref(h->name);
  free_object(self);
}

// The digest of what was fed so far (length bytes of a XOF), leaving h able to go on.
bool finish_copy(EvpHash* h, size_t length, std::string* out) {
  EVP_MD_CTX* copy = EVP_MD_CTX_new();
  bool ok = copy != nullptr && EVP_MD_CTX_copy_ex(copy, h->ctx) == 1;
  if (ok && h->style->xof) {
    out->resize(length);
    ok = length == 0 || EVP_DigestFinalXOF(copy, reinterpret_cast<unsigned char*>(out->data()), length) == 1;
  } else if (ok) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    ok = EVP_DigestFinal_ex(copy, md, &n) == 1;
    out->assign(reinterpret_cast<const char*>(md), n);
  }
  EVP_MD_CTX_free(copy);
  if (!ok) evp_error("digest failed");
  return ok;
}

// The digest for digest() / hexdigest(): no arguments, or a XOF's length.
bool digest_for(const char* method, Value self, const Value* args, size_t nargs, Tuple* kwnames, std::string* out) {
  const EvpHashStyle* style = as_hash(self)->style;
  std::string qualified = method_name(self, method);
  if (!style->xof) {
    return check_no_args(qualified.c_str(), nargs, kwnames) && finish_copy(as_hash(self), 0, out);
  }
  Value length;
  if (style->length_by_name) {
    static const char* const kNames[] = {"length"};
    ArgSpec spec{method, kNames, 1, 0, 1};
    if (!bind_args(spec, args, nargs, kwnames, &length)) return false;
  } else {
    if (!check_one_arg(qualified.c_str(), nargs, kwnames)) return false;
    length = args[0];
  }
  int64_t n = 0;
  if (!index_arg(length, &n)) return false;
  if (n < 0) {
    raise(exc::ValueError, "length must be non-negative");
    return false;
  }
  if (n > (int64_t{1} << 32)) {
    raise_no_memory();
    return false;
  }
  return finish_copy(as_hash(self), static_cast<size_t>(n), out);
}

Ref hash_digest(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string digest;
  if (!digest_for("digest", self, args, nargs, kwnames, &digest)) return nullptr;
  return bytes_from_string(digest);
}

Ref hash_hexdigest(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string digest;
  if (!digest_for("hexdigest", self, args, nargs, kwnames, &digest)) return nullptr;
  return hex_digest(digest);
}

Ref hash_update(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if ((nargs != 1 || (kwnames != nullptr && kwnames->size > 0)) &&
      !check_one_arg(method_name(self, "update").c_str(), nargs, kwnames)) {
    return nullptr;
  }
  if (!feed(as_hash(self), args[0])) return nullptr;
  return Ref::none();
}

Ref hash_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args(method_name(self, "copy").c_str(), nargs, kwnames)) return nullptr;
  EvpHash* h = as_hash(self);
  Ref copy = hash_alloc(type_of(self), h->style, h->name);
  if (!copy) return nullptr;
  if (EVP_MD_CTX_copy_ex(as_hash(*copy)->ctx, h->ctx) != 1) return evp_error("copy failed");
  return copy;
}

Ref hash_name(Value self) { return Ref::borrow(as_hash(self)->name); }

Ref hash_digest_size(Value self) {
  if (as_hash(self)->style->xof) return Ref::small_int(0);
  return Ref::small_int(EVP_MD_CTX_get_size(as_hash(self)->ctx));
}

Ref hash_block_size(Value self) { return Ref::small_int(EVP_MD_CTX_get_block_size(as_hash(self)->ctx)); }

const MethodDef kHashMethods[] = {
    {"copy", hash_copy, kMethodInstance, "Return a copy of the hash object."},
    {"digest", hash_digest, kMethodInstance, "Return the digest value as a bytes object."},
    {"hexdigest", hash_hexdigest, kMethodInstance, "Return the digest value as a string of hexadecimal digits."},
    {"update", hash_update, kMethodInstance, "Update this hash object's state with the provided string."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kHashGetSets[] = {
    {"digest_size", hash_digest_size, nullptr, nullptr},
    {"block_size", hash_block_size, nullptr, nullptr},
    {"name", hash_name, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

int evp_hash_type_ready(Type* t, const char* name, Type* base, bool subclassable, UnaryFn repr_fn, NewFn new_fn) {
  if (type_has_flag(t, kTypeReady)) return 0;
  t->type = &type_type;
  t->refcnt = kImmortalRefcnt;
  t->name = name;
  t->basic_size = sizeof(EvpHash);
  t->flags = subclassable ? uint64_t{kTypeBaseType} : uint64_t{0};
  t->base = base;
  if (base == &object_type) {
    t->methods = kHashMethods;
    t->getsets = kHashGetSets;
  }
  t->dealloc = hash_dealloc;
  t->repr = repr_fn;
  t->new_ = new_fn;
  return type_ready(t);
}

Ref evp_hash_new(Type* type, const EvpHashStyle* style, EVP_MD* md, Value name, Value data) {
  Ref self = hash_alloc(type, style, name);
  if (!self) return nullptr;
  if (EVP_DigestInit_ex(as_hash(*self)->ctx, md, nullptr) != 1) return evp_error("initialization failed");
  if (!data.is_null() && !feed(as_hash(*self), data)) return nullptr;
  return self;
}

Value evp_hash_name(Value self) { return as_hash(self)->name; }

Ref evp_error(const char* fallback) {
  unsigned long code = ERR_peek_last_error();
  const char* library = code != 0 ? ERR_lib_error_string(code) : nullptr;
  const char* reason = code != 0 ? ERR_reason_error_string(code) : nullptr;
  std::string message = reason == nullptr     ? fallback
                        : library != nullptr ? std::string("[") + library + "] " + reason
                                             : reason;
  ERR_clear_error();
  return raise(exc::ValueError, message);
}

}  // namespace taipan
