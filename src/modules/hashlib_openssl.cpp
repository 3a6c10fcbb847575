// The `_hashlib` module over OpenSSL 3, the interface CPython's hashlib.py and
// hmac.py use: HASH / HASHXOF objects (an EVP_MD_CTX; digest() finishes a
// copy so update() may go on), the openssl_<name> constructors and new(),
// HMAC objects over EVP_MAC, hmac_new/hmac_digest, pbkdf2_hmac, scrypt,
// compare_digest, the set of digest names OpenSSL provides, and
// UnsupportedDigestmodError.
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <array>
#include <cctype>
#include <climits>
#include <cstdio>
#include <string>
#include <utility>

#include "modules/hash_support.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/sequence.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

Type hash_type;
Type hash_xof_type;
Type hmac_type;
Type* unsupported_digestmod_error = nullptr;  // made with the module, kept for good
Dict* constructor_names = nullptr;            // openssl_<name> function -> name

// Digests by Python name and OpenSSL name; the first kConstructorCount get
// an openssl_<name> constructor (hashlib.py takes blake2 from _blake2).
struct Digest {
  const char* name;
  const char* openssl_name;
};
constexpr Digest kDigests[] = {
    {"md5", "MD5"},           {"sha1", "SHA1"},           {"sha224", "SHA224"},
    {"sha256", "SHA256"},     {"sha384", "SHA384"},       {"sha512", "SHA512"},
    {"sha3_224", "SHA3-224"}, {"sha3_256", "SHA3-256"},   {"sha3_384", "SHA3-384"},
    {"sha3_512", "SHA3-512"}, {"shake_128", "SHAKE128"},  {"shake_256", "SHAKE256"},
    {"sha512_224", "SHA512-224"}, {"sha512_256", "SHA512-256"}, {"blake2b", "BLAKE2B-512"},
    {"blake2s", "BLAKE2S-256"}, {"md5-sha1", "MD5-SHA1"},  {"ripemd160", "RIPEMD160"},
    {"sm3", "SM3"},
};
constexpr const char* kConstructorNames[] = {
    "openssl_md5",      "openssl_sha1",     "openssl_sha224",   "openssl_sha256",
    "openssl_sha384",   "openssl_sha512",   "openssl_sha3_224", "openssl_sha3_256",
    "openssl_sha3_384", "openssl_sha3_512", "openssl_shake_128", "openssl_shake_256",
};
constexpr size_t kConstructorCount = std::size(kConstructorNames);

// ValueError "[library] reason" for OpenSSL's latest error, as CPython
// words it, or `fallback` when OpenSSL recorded none.
Ref openssl_error(const char* fallback) {
  unsigned long code = ERR_peek_last_error();
  const char* library = code != 0 ? ERR_lib_error_string(code) : nullptr;
  const char* reason = code != 0 ? ERR_reason_error_string(code) : nullptr;
  std::string message = reason == nullptr ? fallback
                        : library != nullptr ? std::string("[") + library + "] " + reason
                                             : reason;
  ERR_clear_error();
  return raise(exc::ValueError, message);
}

// The digest called `name` (a Python or an OpenSSL name) and its Python name.
// Null with ValueError when OpenSSL has none.
EVP_MD* digest_by_name(std::string_view name, std::string* python_name) {
  for (const Digest& d : kDigests) {
    if (name == d.name) {
      *python_name = d.name;
      EVP_MD* md = EVP_MD_fetch(nullptr, d.openssl_name, nullptr);
      if (md == nullptr) openssl_error("[digital envelope routines] unsupported");
      return md;
    }
  }
  EVP_MD* md = EVP_MD_fetch(nullptr, std::string(name).c_str(), nullptr);
  if (md == nullptr) {
    openssl_error("[digital envelope routines] unsupported");
    return nullptr;
  }
  for (const Digest& d : kDigests) {
    if (EVP_MD_is_a(md, d.openssl_name)) {
      *python_name = d.name;
      return md;
    }
  }
  python_name->assign(EVP_MD_get0_name(md));
  for (char& c : *python_name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return md;
}

bool is_xof(const EVP_MD* md) { return (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0; }

// --- HASH and HASHXOF ---------------------------------------------------------------

struct HashObject : Object {
  EVP_MD_CTX* ctx;
  Value name;  // owned str: the Python name
};

HashObject* as_hash(Value v) { return v.as<HashObject>(); }

Ref hash_alloc(Type* type, Value name) {
  auto* h = static_cast<HashObject*>(alloc_object(type, sizeof(HashObject)));
  if (h == nullptr) return nullptr;
  incref(name);
  h->name = name;
  h->ctx = EVP_MD_CTX_new();
  Ref self = Ref::steal(h);
  if (h->ctx == nullptr) return raise_no_memory();
  return self;
}

bool hash_feed(HashObject* h, Value data) {
  Buffer buf;
  if (!hash_input(data, &buf)) return false;
  if (EVP_DigestUpdate(h->ctx, buf.data.data(), buf.data.size()) != 1) {
    openssl_error("update failed");
    return false;
  }
  return true;
}

// A new HASH of the digest called name, fed data (null: nothing).
Ref hash_new(std::string_view name, Value data) {
  std::string python_name;
  EVP_MD* md = digest_by_name(name, &python_name);
  if (md == nullptr) return nullptr;
  Ref name_str = str_from_utf8(python_name);
  Ref self = name_str ? hash_alloc(is_xof(md) ? &hash_xof_type : &hash_type, *name_str) : Ref();
  bool ok = self && EVP_DigestInit_ex(as_hash(*self)->ctx, md, nullptr) == 1;
  EVP_MD_free(md);
  if (!self) return nullptr;
  if (!ok) return openssl_error("initialization failed");
  if (!data.is_null() && !hash_feed(as_hash(*self), data)) return nullptr;
  return self;
}

void hash_dealloc(Object* self) {
  auto* h = static_cast<HashObject*>(self);
  EVP_MD_CTX_free(h->ctx);
  decref(h->name);
  free_object(self);
}

// The digest of what was fed so far (length bytes of a XOF), leaving h able to go on.
bool hash_finish_copy(HashObject* h, size_t length, std::string* out) {
  EVP_MD_CTX* copy = EVP_MD_CTX_new();
  bool ok = copy != nullptr && EVP_MD_CTX_copy_ex(copy, h->ctx) == 1;
  if (ok && type_of(Value::object(h)) == &hash_xof_type) {
    out->resize(length);
    ok = length == 0 || EVP_DigestFinalXOF(copy, reinterpret_cast<unsigned char*>(out->data()), length) == 1;
  } else if (ok) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    ok = EVP_DigestFinal_ex(copy, md, &n) == 1;
    out->assign(reinterpret_cast<const char*>(md), n);
  }
  EVP_MD_CTX_free(copy);
  if (!ok) openssl_error("digest failed");
  return ok;
}

Ref hash_digest(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  std::string digest;
  if (!check_no_args("HASH.digest", nargs, kwnames) || !hash_finish_copy(as_hash(self), 0, &digest)) return nullptr;
  return bytes_from_string(digest);
}

Ref hash_hexdigest(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  std::string digest;
  if (!check_no_args("HASH.hexdigest", nargs, kwnames) || !hash_finish_copy(as_hash(self), 0, &digest)) {
    return nullptr;
  }
  return hex_digest(digest);
}

// digest(length) / hexdigest(length) of HASHXOF.
bool xof_digest(const char* method, Value self, const Value* args, size_t nargs, Tuple* kwnames, std::string* out) {
  static const char* const kNames[] = {"length"};
  ArgSpec spec{method, kNames, 1, 0, 1};
  Value length;
  int64_t n = 0;
  if (!bind_args(spec, args, nargs, kwnames, &length) || !index_arg(length, &n)) return false;
  if (n < 0) {
    raise(exc::ValueError, "length must be non-negative");
    return false;
  }
  if (n > (int64_t{1} << 32)) {
    raise_no_memory();
    return false;
  }
  return hash_finish_copy(as_hash(self), static_cast<size_t>(n), out);
}

Ref hash_xof_digest(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string digest;
  if (!xof_digest("digest", self, args, nargs, kwnames, &digest)) return nullptr;
  return bytes_from_string(digest);
}

Ref hash_xof_hexdigest(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string digest;
  if (!xof_digest("hexdigest", self, args, nargs, kwnames, &digest)) return nullptr;
  return hex_digest(digest);
}

Ref hash_update(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("HASH.update", nargs, kwnames) || !hash_feed(as_hash(self), args[0])) return nullptr;
  return Ref::none();
}

Ref hash_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("HASH.copy", nargs, kwnames)) return nullptr;
  HashObject* h = as_hash(self);
  Ref copy = hash_alloc(type_of(self), h->name);
  if (!copy) return nullptr;
  if (EVP_MD_CTX_copy_ex(as_hash(*copy)->ctx, h->ctx) != 1) return openssl_error("copy failed");
  return copy;
}

Ref hash_name(Value self) { return Ref::borrow(as_hash(self)->name); }

Ref hash_digest_size(Value self) {
  if (type_of(self) == &hash_xof_type) return Ref::small_int(0);
  return Ref::small_int(EVP_MD_CTX_get_size(as_hash(self)->ctx));
}

Ref hash_block_size(Value self) { return Ref::small_int(EVP_MD_CTX_get_block_size(as_hash(self)->ctx)); }

// <sha256 _hashlib.HASH object @ 0x...>, and <sha256 HMAC object @ 0x...>.
Ref named_repr(Value name, const char* what, Value self) {
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.as_object()));
  return str_from_utf8("<" + str_to_std(name.as<Str>()) + " " + what + " object @ " + address + ">");
}

Ref hash_repr(Value self) { return named_repr(as_hash(self)->name, type_of(self)->name, self); }

const MethodDef kHashMethods[] = {
    {"copy", hash_copy, kMethodInstance, "Return a copy of the hash object."},
    {"digest", hash_digest, kMethodInstance, "Return the digest value as a bytes object."},
    {"hexdigest", hash_hexdigest, kMethodInstance, "Return the digest value as a string of hexadecimal digits."},
    {"update", hash_update, kMethodInstance, "Update this hash object's state with the provided string."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kHashXofMethods[] = {
    {"digest", hash_xof_digest, kMethodInstance, "Return the digest value as a bytes object."},
    {"hexdigest", hash_xof_hexdigest, kMethodInstance, "Return the digest value as a string of hexadecimal digits."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kHashGetSets[] = {
    {"digest_size", hash_digest_size, nullptr, nullptr},
    {"block_size", hash_block_size, nullptr, nullptr},
    {"name", hash_name, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// --- HMAC ----------------------------------------------------------------------------

struct HmacObject : Object {
  EVP_MAC_CTX* ctx;
  Value name;  // owned str: the digest's Python name
  int block_size;
};

HmacObject* as_hmac(Value v) { return v.as<HmacObject>(); }

// The digest name digestmod stands for: a str, or one of the openssl_<name>
// constructors. Empty with UnsupportedDigestmodError otherwise.
std::string digestmod_name(Value digestmod) {
  if (is_str(digestmod)) return str_to_std(digestmod.as<Str>());
  Value name = dict_get(constructor_names, digestmod);
  if (!name.is_null()) return str_to_std(name.as<Str>());
  if (error_occurred()) return {};
  Ref text = repr(digestmod);
  if (text) raise(unsupported_digestmod_error, "Unsupported digestmod " + str_to_std(text.as<Str>()));
  return {};
}

// A MAC context for HMAC over md, keyed. Null with an error.
EVP_MAC_CTX* hmac_context(EVP_MD* md, std::string_view key) {
  EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  EVP_MAC_CTX* ctx = mac != nullptr ? EVP_MAC_CTX_new(mac) : nullptr;
  EVP_MAC_free(mac);
  if (ctx == nullptr) {
    openssl_error("HMAC unavailable");
    return nullptr;
  }
  std::string md_name = EVP_MD_get0_name(md);
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, md_name.data(), 0),
                         OSSL_PARAM_construct_end()};
  static const unsigned char kNoKey = 0;
  const auto* key_bytes = key.empty() ? &kNoKey : reinterpret_cast<const unsigned char*>(key.data());
  if (EVP_MAC_init(ctx, key_bytes, key.size(), params) != 1) {
    EVP_MAC_CTX_free(ctx);
    openssl_error("[digital envelope routines] unsupported");
    return nullptr;
  }
  return ctx;
}

bool hmac_feed(HmacObject* h, Value data) {
  Buffer buf;
  if (!hash_input(data, &buf)) return false;
  if (EVP_MAC_update(h->ctx, reinterpret_cast<const unsigned char*>(buf.data.data()), buf.data.size()) != 1) {
    openssl_error("update failed");
    return false;
  }
  return true;
}

Ref hmac_alloc(EVP_MAC_CTX* ctx, Value name, int block_size) {
  auto* h = static_cast<HmacObject*>(alloc_object(&hmac_type, sizeof(HmacObject)));
  if (h == nullptr) {
    EVP_MAC_CTX_free(ctx);
    return nullptr;
  }
  h->ctx = ctx;
  incref(name);
  h->name = name;
  h->block_size = block_size;
  return Ref::steal(h);
}

Ref hmac_new(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"key", "msg", "digestmod"};
  ArgSpec spec{"hmac_new", kNames, 3, 0, 1};
  Value bound[3] = {};
  Buffer key;
  if (!bind_args(spec, args, nargs, kwnames, bound) || !require_buffer(bound[0], &key)) return nullptr;
  if (bound[2].is_null() || bound[2].is_none()) return raise(exc::TypeError, "Missing required parameter 'digestmod'.");
  std::string name = digestmod_name(bound[2]);
  if (error_occurred()) return nullptr;
  std::string python_name;
  EVP_MD* md = digest_by_name(name, &python_name);
  if (md == nullptr) return nullptr;
  int block_size = EVP_MD_get_block_size(md);
  EVP_MAC_CTX* ctx = hmac_context(md, key.data);
  EVP_MD_free(md);
  if (ctx == nullptr) return nullptr;
  Ref name_str = str_from_utf8(python_name);
  if (!name_str) {
    EVP_MAC_CTX_free(ctx);
    return nullptr;
  }
  Ref self = hmac_alloc(ctx, *name_str, block_size);
  if (!self) return nullptr;
  if (!bound[1].is_null() && !bound[1].is_none() && !hmac_feed(as_hmac(*self), bound[1])) return nullptr;
  return self;
}

bool hmac_finish_copy(HmacObject* h, std::string* out) {
  EVP_MAC_CTX* copy = EVP_MAC_CTX_dup(h->ctx);
  unsigned char mac[EVP_MAX_MD_SIZE];
  size_t n = 0;
  bool ok = copy != nullptr && EVP_MAC_final(copy, mac, &n, sizeof mac) == 1;
  EVP_MAC_CTX_free(copy);
  if (!ok) {
    openssl_error("digest failed");
    return false;
  }
  out->assign(reinterpret_cast<const char*>(mac), n);
  return true;
}

Ref hmac_update(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"msg"};
  ArgSpec spec{"update", kNames, 1, 0, 1};
  Value msg;
  if (!bind_args(spec, args, nargs, kwnames, &msg) || !hmac_feed(as_hmac(self), msg)) return nullptr;
  return Ref::none();
}

Ref hmac_digest_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  std::string mac;
  if (!check_no_args("HMAC.digest", nargs, kwnames) || !hmac_finish_copy(as_hmac(self), &mac)) return nullptr;
  return bytes_from_string(mac);
}

Ref hmac_hexdigest(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  std::string mac;
  if (!check_no_args("HMAC.hexdigest", nargs, kwnames) || !hmac_finish_copy(as_hmac(self), &mac)) return nullptr;
  return hex_digest(mac);
}

Ref hmac_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("HMAC.copy", nargs, kwnames)) return nullptr;
  HmacObject* h = as_hmac(self);
  EVP_MAC_CTX* ctx = EVP_MAC_CTX_dup(h->ctx);
  if (ctx == nullptr) return openssl_error("copy failed");
  return hmac_alloc(ctx, h->name, h->block_size);
}

Ref hmac_name(Value self) { return str_from_utf8("hmac-" + str_to_std(as_hmac(self)->name.as<Str>())); }
Ref hmac_digest_size(Value self) {
  return int_from_int64(static_cast<int64_t>(EVP_MAC_CTX_get_mac_size(as_hmac(self)->ctx)));
}
Ref hmac_block_size(Value self) { return Ref::small_int(as_hmac(self)->block_size); }
Ref hmac_repr(Value self) { return named_repr(as_hmac(self)->name, "HMAC", self); }

void hmac_dealloc(Object* self) {
  auto* h = static_cast<HmacObject*>(self);
  EVP_MAC_CTX_free(h->ctx);
  decref(h->name);
  free_object(self);
}

const MethodDef kHmacMethods[] = {
    {"update", hmac_update, kMethodInstance, "Update the HMAC object with msg."},
    {"digest", hmac_digest_method, kMethodInstance, "Return the digest of the bytes passed to the update() method so far."},
    {"hexdigest", hmac_hexdigest, kMethodInstance, "Return hexadecimal digest of the bytes passed to the update() method so far."},
    {"copy", hmac_copy, kMethodInstance, "Return a copy (\"clone\") of the HMAC object."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kHmacGetSets[] = {
    {"digest_size", hmac_digest_size, nullptr, nullptr},
    {"block_size", hmac_block_size, nullptr, nullptr},
    {"name", hmac_name, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// --- Module functions ----------------------------------------------------------------

// openssl_<name>(string=b'', *, usedforsecurity=True) for each of the first digests.
template <size_t I>
Ref openssl_constructor(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"string", "usedforsecurity"};
  ArgSpec spec{kConstructorNames[I], kNames, 2, 0, 0, 1};
  Value bound[2] = {};
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  return hash_new(kDigests[I].name, bound[0]);
}

template <size_t... I>
constexpr auto constructor_table(std::index_sequence<I...>) {
  return std::array<MethodDef, sizeof...(I) + 1>{
      MethodDef{kConstructorNames[I], openssl_constructor<I>, kMethodInstance, "Returns a new hash object."}...,
      MethodDef{nullptr, nullptr, 0, nullptr}};
}
constexpr auto kConstructors = constructor_table(std::make_index_sequence<kConstructorCount>());

Ref hashlib_new(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"name", "string", "usedforsecurity"};
  ArgSpec spec{"new", kNames, 3, 0, 1, 2};
  Value bound[3] = {};
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  if (!is_str(bound[0])) return raise(exc::TypeError, "name must be a string");
  return hash_new(str_utf8(bound[0].as<Str>()), bound[1]);
}

Ref hmac_digest_function(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"key", "msg", "digest"};
  ArgSpec spec{"hmac_digest", kNames, 3, 0, 3};
  Value bound[3] = {};
  Buffer key, msg;
  if (!bind_args(spec, args, nargs, kwnames, bound) || !require_buffer(bound[0], &key) ||
      !require_buffer(bound[1], &msg)) {
    return nullptr;
  }
  std::string name = digestmod_name(bound[2]);
  if (error_occurred()) return nullptr;
  std::string python_name;
  EVP_MD* md = digest_by_name(name, &python_name);
  if (md == nullptr) return nullptr;
  EVP_MAC_CTX* ctx = hmac_context(md, key.data);
  EVP_MD_free(md);
  if (ctx == nullptr) return nullptr;
  unsigned char mac[EVP_MAX_MD_SIZE];
  size_t n = 0;
  bool ok = EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(msg.data.data()), msg.data.size()) == 1 &&
            EVP_MAC_final(ctx, mac, &n, sizeof mac) == 1;
  EVP_MAC_CTX_free(ctx);
  if (!ok) return openssl_error("digest failed");
  return bytes_from_string(std::string_view(reinterpret_cast<const char*>(mac), n));
}

// An int argument that must fit a C long: OverflowError `too_great` beyond INT_MAX.
bool bounded_int(Value v, const char* too_great, int64_t* out) {
  if (!index_arg(v, out)) {
    if (error_matches(exc::OverflowError)) {
      clear_error();
      raise(exc::OverflowError, too_great);
    }
    return false;
  }
  if (*out > INT_MAX) {
    raise(exc::OverflowError, too_great);
    return false;
  }
  return true;
}

Ref pbkdf2_hmac(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"hash_name", "password", "salt", "iterations", "dklen"};
  ArgSpec spec{"pbkdf2_hmac", kNames, 5, 0, 4};
  Value bound[5] = {};
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  if (!is_str(bound[0])) {
    return raise(exc::TypeError,
                 std::string("pbkdf2_hmac() argument 'hash_name' must be str, not ") + type_name_of(bound[0]));
  }
  Buffer password, salt;
  int64_t iterations = 0;
  if (!require_buffer(bound[1], &password) || !require_buffer(bound[2], &salt) ||
      !bounded_int(bound[3], "iteration value is too great.", &iterations)) {
    return nullptr;
  }
  if (iterations < 1) return raise(exc::ValueError, "iteration value must be greater than 0.");
  std::string python_name;
  EVP_MD* md = digest_by_name(str_utf8(bound[0].as<Str>()), &python_name);
  if (md == nullptr) return nullptr;
  int64_t length = EVP_MD_get_size(md);
  if (!bound[4].is_null() && !bound[4].is_none() && !bounded_int(bound[4], "key length is too great.", &length)) {
    EVP_MD_free(md);
    return nullptr;
  }
  if (length < 1) {
    EVP_MD_free(md);
    return raise(exc::ValueError, "key length must be greater than 0.");
  }
  std::string key(static_cast<size_t>(length), '\0');
  bool ok = PKCS5_PBKDF2_HMAC(password.data.data(), static_cast<int>(password.data.size()),
                              reinterpret_cast<const unsigned char*>(salt.data.data()),
                              static_cast<int>(salt.data.size()), static_cast<int>(iterations), md,
                              static_cast<int>(length), reinterpret_cast<unsigned char*>(key.data())) == 1;
  EVP_MD_free(md);
  if (!ok) return openssl_error("pbkdf2 failed");
  return bytes_from_string(key);
}

// An unsigned scrypt parameter: "X is required and must be an unsigned int".
bool scrypt_parameter(Value v, const char* name, uint64_t* out) {
  int64_t n = 0;
  if (v.is_null() || v.is_none() || !index_arg(v, &n) || n < 0) {
    clear_error();
    raise(exc::TypeError, std::string(name) + " is required and must be an unsigned int");
    return false;
  }
  *out = static_cast<uint64_t>(n);
  return true;
}

Ref scrypt(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"password", "salt", "n", "r", "p", "maxmem", "dklen"};
  ArgSpec spec{"scrypt", kNames, 7, 1, 1, 1};
  Value bound[7] = {};
  Buffer password, salt;
  if (!bind_args(spec, args, nargs, kwnames, bound) || !require_buffer(bound[0], &password)) return nullptr;
  if (bound[1].is_null() || bound[1].is_none()) return raise(exc::TypeError, "salt is required");
  uint64_t n = 0, r = 0, p = 0;
  if (!require_buffer(bound[1], &salt) || !scrypt_parameter(bound[2], "n", &n) ||
      !scrypt_parameter(bound[3], "r", &r) || !scrypt_parameter(bound[4], "p", &p)) {
    return nullptr;
  }
  if (n < 2 || (n & (n - 1)) != 0) return raise(exc::ValueError, "n must be a power of 2.");
  int64_t maxmem = 0, dklen = 64;
  if (!bound[5].is_null() && !index_arg(bound[5], &maxmem)) return nullptr;
  if (maxmem < 0 || maxmem > INT_MAX) {
    return raise(exc::ValueError, "maxmem must be positive and smaller than " + std::to_string(INT_MAX));
  }
  if (!bound[6].is_null() && !index_arg(bound[6], &dklen)) return nullptr;
  if (dklen < 1 || dklen > INT_MAX) {
    return raise(exc::ValueError, "dklen must be greater than 0 and smaller than " + std::to_string(INT_MAX));
  }
  if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, n, r, p, static_cast<uint64_t>(maxmem), nullptr, 0) != 1) {
    return openssl_error("Invalid parameter combination for n, r, p, maxmem.");
  }
  std::string key(static_cast<size_t>(dklen), '\0');
  if (EVP_PBE_scrypt(password.data.data(), password.data.size(),
                     reinterpret_cast<const unsigned char*>(salt.data.data()), salt.data.size(), n, r, p,
                     static_cast<uint64_t>(maxmem), reinterpret_cast<unsigned char*>(key.data()), key.size()) != 1) {
    return openssl_error("scrypt failed");
  }
  return bytes_from_string(key);
}

// compare_digest(a, b): both ASCII str or both bytes-like, compared in time
// that depends only on the length of b.
Ref compare_digest(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("compare_digest", kwnames) || !check_arg_count("compare_digest", nargs, 2, 2)) return nullptr;
  Value a = args[0], b = args[1];
  Buffer buf_a, buf_b;
  std::string_view left, right;
  if (is_str(a) && is_str(b)) {
    if (!a.as<Str>()->ascii || !b.as<Str>()->ascii) {
      return raise(exc::TypeError, "comparing strings with non-ASCII characters is not supported");
    }
    left = str_utf8(a.as<Str>());
    right = str_utf8(b.as<Str>());
  } else {
    bool a_has_buffer = get_buffer(a, &buf_a);
    if (!a_has_buffer && !get_buffer(b, &buf_b)) {
      return raise(exc::TypeError, std::string("unsupported operand types(s) or combination of types: '") +
                                       type_name_of(a) + "' and '" + type_name_of(b) + "'");
    }
    if ((!a_has_buffer && !require_buffer(a, &buf_a)) || !require_buffer(b, &buf_b)) return nullptr;
    left = buf_a.data;
    right = buf_b.data;
  }
  bool same_length = left.size() == right.size();
  std::string_view reference = same_length ? left : right;
  bool equal_bytes = CRYPTO_memcmp(reference.data(), right.data(), right.size()) == 0;
  return Ref::boolean(same_length && equal_bytes);
}

Ref get_fips_mode(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("get_fips_mode", nargs, kwnames)) return nullptr;
  return Ref::small_int(EVP_default_properties_is_fips_enabled(nullptr) ? 1 : 0);
}

const MethodDef kFunctions[] = {
    {"new", hashlib_new, kMethodInstance, "Return a new hash object using the named algorithm."},
    {"pbkdf2_hmac", pbkdf2_hmac, kMethodInstance, "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."},
    {"scrypt", scrypt, kMethodInstance, "scrypt password-based key derivation function."},
    {"hmac_digest", hmac_digest_function, kMethodInstance, "Single-shot HMAC."},
    {"hmac_new", hmac_new, kMethodInstance, "Return a new hmac object."},
    {"compare_digest", compare_digest, kMethodInstance, "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography."},
    {"get_fips_mode", get_fips_mode, kMethodInstance, "Determine the OpenSSL FIPS mode of operation."},
    {nullptr, nullptr, 0, nullptr},
};

int init_object_type(Type* t, const char* name, Type* base, int64_t size, DeallocFn dealloc, UnaryFn repr_fn,
                     const MethodDef* methods, const GetSetDef* getsets) {
  if (type_has_flag(t, kTypeReady)) return 0;
  t->type = &type_type;
  t->refcnt = kImmortalRefcnt;
  t->name = name;
  t->basic_size = size;
  t->flags = base == &object_type ? uint64_t{kTypeBaseType} : uint64_t{0};
  t->base = base;
  t->methods = methods;
  t->getsets = getsets;
  t->dealloc = dealloc;
  t->repr = repr_fn;
  return type_ready(t);
}

// The names of the digests OpenSSL provides here.
Ref provided_names() {
  Ref set = frozenset_new(Value());
  if (!set) return nullptr;
  for (const Digest& d : kDigests) {
    EVP_MD* md = EVP_MD_fetch(nullptr, d.openssl_name, nullptr);
    if (md == nullptr) continue;
    EVP_MD_free(md);
    if (set_add(set.as<Set>(), Value::object(intern(d.name))) < 0) return nullptr;
  }
  ERR_clear_error();
  return set;
}

int add_unsupported_digestmod_error(Value module) {
  if (unsupported_digestmod_error == nullptr) {
    Ref name = str_from_utf8("UnsupportedDigestmodError");
    Ref bases = tuple_pack({Value::object(exc::ValueError)});
    Ref namespace_dict = Ref::steal(dict_new());
    if (!name || !bases || !namespace_dict ||
        dict_set_str(namespace_dict.as<Dict>(), "__module__", Value::object(intern("_hashlib"))) < 0) {
      return -1;
    }
    Ref cls = call(Value::object(&type_type), {*name, *bases, *namespace_dict});
    if (!cls) return -1;
    unsupported_digestmod_error = cls.release().as<Type>();
  }
  return module_add(module, "UnsupportedDigestmodError", Value::object(unsupported_digestmod_error));
}

// _constructors: a read-only {openssl_<name>: name} mapping (hmac_new uses it too).
int add_constructor_names(Value module) {
  if (constructor_names == nullptr) {
    constructor_names = dict_new();
    if (constructor_names == nullptr) return -1;
  }
  for (size_t i = 0; i < kConstructorCount; ++i) {
    Ref function = getattr(module, kConstructorNames[i]);
    if (!function || dict_set(constructor_names, *function, Value::object(intern(kDigests[i].name))) < 0) return -1;
  }
  Ref proxy = mappingproxy_new(Value::object(constructor_names));
  return proxy ? module_add(module, "_constructors", *proxy) : -1;
}

}  // namespace

Ref make_hashlib_openssl_module() {
  if (init_object_type(&hash_type, "_hashlib.HASH", &object_type, sizeof(HashObject), hash_dealloc, hash_repr,
                       kHashMethods, kHashGetSets) < 0 ||
      init_object_type(&hash_xof_type, "_hashlib.HASHXOF", &hash_type, sizeof(HashObject), hash_dealloc, hash_repr,
                       kHashXofMethods, nullptr) < 0 ||
      init_object_type(&hmac_type, "_hashlib.HMAC", &object_type, sizeof(HmacObject), hmac_dealloc, hmac_repr,
                       kHmacMethods, kHmacGetSets) < 0) {
    return nullptr;
  }
  Ref module = module_new("_hashlib", true);
  if (!module || module_add_functions(*module, kFunctions) < 0 ||
      module_add_functions(*module, kConstructors.data()) < 0) {
    return nullptr;
  }
  Ref names = provided_names();
  if (!names || module_add(*module, "openssl_md_meth_names", *names) < 0 ||
      module_add(*module, "HASH", Value::object(&hash_type)) < 0 ||
      module_add(*module, "HASHXOF", Value::object(&hash_xof_type)) < 0 ||
      module_add(*module, "HMAC", Value::object(&hmac_type)) < 0 || add_unsupported_digestmod_error(*module) < 0 ||
      add_constructor_names(*module) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
