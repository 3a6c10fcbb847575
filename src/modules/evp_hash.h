// Hash objects over an OpenSSL EVP digest, shared by _hashlib's HASH and
// HASHXOF and the builtin modules' types (_md5.md5, _sha3.sha3_256 ...): an
// EVP_MD_CTX whose digest() finishes a copy, so update() may go on. The
// types differ only in name, repr and the wording of argument errors.
#pragma once

#include <openssl/evp.h>

#include "objects/type.h"

namespace taipan {

struct EvpHashStyle {
  const char* prefix;  // in messages: "HASH.update() takes exactly one argument (0 given)"
  bool xof;            // digest(length) / hexdigest(length), digest_size 0
  // How a missing length is reported: "digest() missing required argument
  // 'length' (pos 1)" (_hashlib) or "shake_128.digest() takes exactly one
  // argument (0 given)" (_sha3).
  bool length_by_name;
};

// Readies a hash type: update/digest/hexdigest/copy, name/digest_size/block_size.
// subclassable as CPython's is; repr_fn null keeps object's repr; new_fn
// null makes it uninstantiable.
int evp_hash_type_ready(Type* t, const char* name, Type* base, bool subclassable, UnaryFn repr_fn, NewFn new_fn);

// A new hash object of type over md (the caller keeps md), called name (a
// str), fed data (null: nothing).
Ref evp_hash_new(Type* type, const EvpHashStyle* style, EVP_MD* md, Value name, Value data);

Value evp_hash_name(Value self);  // borrowed

// ValueError "[library] reason" for OpenSSL's latest error, as CPython words
// it, or `fallback` when OpenSSL recorded none.
Ref evp_error(const char* fallback);

}  // namespace taipan
