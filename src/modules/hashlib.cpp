// The hashlib module over OpenSSL's EVP digests: the named constructors
// (md5, sha1, sha2, sha3, shake, blake2 at their default sizes), new(),
// pbkdf2_hmac, file_digest and the algorithm sets. A hash object holds an
// EVP_MD_CTX; digest() finishes a copy, so update() may go on afterwards.
#include <openssl/evp.h>

#include <array>
#include <cctype>
#include <cstdio>
#include <string>
#include <utility>

#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

Type hash_type;
Type hash_xof_type;

// The algorithms hashlib guarantees, by Python name and OpenSSL name.
struct Algorithm {
  const char* name;
  const char* openssl_name;
};
constexpr Algorithm kAlgorithms[] = {
    {"md5", "MD5"},           {"sha1", "SHA1"},         {"sha224", "SHA224"},
    {"sha256", "SHA256"},     {"sha384", "SHA384"},     {"sha512", "SHA512"},
    {"sha3_224", "SHA3-224"}, {"sha3_256", "SHA3-256"}, {"sha3_384", "SHA3-384"},
    {"sha3_512", "SHA3-512"}, {"shake_128", "SHAKE128"}, {"shake_256", "SHAKE256"},
    {"blake2b", "BLAKE2B-512"}, {"blake2s", "BLAKE2S-256"},
};

struct HashObject : Object {
  EVP_MD_CTX* ctx;
  const char* name;  // the Python name, from kAlgorithms
};

HashObject* as_hash(Value v) { return v.as<HashObject>(); }

const Algorithm* find_algorithm(std::string_view name) {
  for (const Algorithm& a : kAlgorithms) {
    if (name == a.name) return &a;
  }
  return nullptr;
}

bool is_xof(const EVP_MD* md) { return (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0; }

Ref openssl_error(const char* what) { return raise(exc::ValueError, std::string("hashlib: ") + what + " failed"); }

// Feeds a bytes-like object to the context; str is refused as CPython does.
bool feed(HashObject* h, Value data) {
  if (is_str(data)) {
    raise(exc::TypeError, "Strings must be encoded before hashing");
    return false;
  }
  Buffer buf;
  if (!get_buffer(data, &buf)) {
    raise(exc::TypeError, std::string("object supporting the buffer API required"));
    return false;
  }
  if (EVP_DigestUpdate(h->ctx, buf.data.data(), buf.data.size()) != 1) {
    openssl_error("update");
    return false;
  }
  return true;
}

Ref make_hash(const Algorithm* algorithm, Value data) {
  EVP_MD* md = EVP_MD_fetch(nullptr, algorithm->openssl_name, nullptr);
  if (md == nullptr) return raise(exc::ValueError, std::string("unsupported hash type ") + algorithm->name);
  Type* type = is_xof(md) ? &hash_xof_type : &hash_type;
  auto* h = static_cast<HashObject*>(alloc_object(type, sizeof(HashObject)));
  if (h == nullptr) {
    EVP_MD_free(md);
    return nullptr;
  }
  Ref self = Ref::steal(h);
  h->name = algorithm->name;
  h->ctx = EVP_MD_CTX_new();
  bool ok = h->ctx != nullptr && EVP_DigestInit_ex(h->ctx, md, nullptr) == 1;
  EVP_MD_free(md);
  if (!ok) return openssl_error("initialisation");
  if (!data.is_null() && !feed(h, data)) return nullptr;
  return self;
}

void hash_dealloc(Object* self) {
  EVP_MD_CTX_free(static_cast<HashObject*>(self)->ctx);
  free_object(self);
}

// The digest of what was fed so far (of `length` bytes for XOFs), leaving
// the object able to take more data.
bool finish_copy(HashObject* h, size_t length, std::string* out) {
  EVP_MD_CTX* copy = EVP_MD_CTX_new();
  bool ok = copy != nullptr && EVP_MD_CTX_copy_ex(copy, h->ctx) == 1;
  if (ok) {
    if (type_of(Value::object(h)) == &hash_xof_type) {
      out->resize(length);
      ok = length == 0 || EVP_DigestFinalXOF(copy, reinterpret_cast<unsigned char*>(out->data()), length) == 1;
    } else {
      unsigned char md[EVP_MAX_MD_SIZE];
      unsigned int n = 0;
      ok = EVP_DigestFinal_ex(copy, md, &n) == 1;
      out->assign(reinterpret_cast<const char*>(md), n);
    }
  }
  EVP_MD_CTX_free(copy);
  if (!ok) openssl_error("digest");
  return ok;
}

std::string to_hex(const std::string& bytes) {
  static const char kDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    hex += kDigits[c >> 4];
    hex += kDigits[c & 15];
  }
  return hex;
}

// The output length argument of a XOF's digest(length) / hexdigest(length).
bool xof_length(const char* method, const Value* args, size_t nargs, Tuple* kwnames, size_t* out) {
  static const char* const kNames[] = {"length"};
  ArgSpec spec{method, kNames, 1, 0, 1};
  Value length;
  if (!bind_args(spec, args, nargs, kwnames, &length)) return false;
  int64_t n = as_int64(length);
  if (n == -1 && error_occurred()) return false;
  if (n < 0) {
    raise(exc::ValueError, "length must be non-negative");
    return false;
  }
  *out = static_cast<size_t>(n);
  return true;
}

Ref digest_of(Value self, const Value* args, size_t nargs, Tuple* kwnames, bool hex) {
  const char* method = hex ? "hexdigest" : "digest";
  size_t length = 0;
  if (type_of(self) == &hash_xof_type) {
    if (!xof_length(method, args, nargs, kwnames, &length)) return nullptr;
  } else if (!no_keywords(method, kwnames) || !check_arg_count(method, nargs, 0, 0)) {
    return nullptr;
  }
  std::string digest;
  if (!finish_copy(as_hash(self), length, &digest)) return nullptr;
  return hex ? str_from_utf8(to_hex(digest)) : bytes_from_string(digest);
}

Ref hash_digest(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return digest_of(self, args, nargs, kwnames, false);
}

Ref hash_hexdigest(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return digest_of(self, args, nargs, kwnames, true);
}

Ref hash_update(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("update", kwnames) || !check_arg_count("update", nargs, 1, 1)) return nullptr;
  if (!feed(as_hash(self), args[0])) return nullptr;
  return Ref::none();
}

Ref hash_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("copy", kwnames) || !check_arg_count("copy", nargs, 0, 0)) return nullptr;
  HashObject* h = as_hash(self);
  auto* c = static_cast<HashObject*>(alloc_object(type_of(self), sizeof(HashObject)));
  if (c == nullptr) return nullptr;
  Ref result = Ref::steal(c);
  c->name = h->name;
  c->ctx = EVP_MD_CTX_new();
  if (c->ctx == nullptr || EVP_MD_CTX_copy_ex(c->ctx, h->ctx) != 1) return openssl_error("copy");
  return result;
}

Ref hash_name(Value self) { return str_from_utf8(as_hash(self)->name); }

Ref hash_digest_size(Value self) {
  if (type_of(self) == &hash_xof_type) return Ref::small_int(0);
  return Ref::small_int(EVP_MD_CTX_get_size(as_hash(self)->ctx));
}

Ref hash_block_size(Value self) { return Ref::small_int(EVP_MD_CTX_get_block_size(as_hash(self)->ctx)); }

Ref hash_repr(Value self) {
  char text[96];
  std::snprintf(text, sizeof text, "<%s %s object @ %p>", as_hash(self)->name, type_of(self)->name,
                static_cast<void*>(self.as_object()));
  return str_from_utf8(text);
}

const MethodDef kHashMethods[] = {
    {"digest", hash_digest, kMethodInstance, "Return the digest value as a bytes object."},
    {"hexdigest", hash_hexdigest, kMethodInstance, "Return the digest value as a string of hexadecimal digits."},
    {"update", hash_update, kMethodInstance, "Update this hash object's state with the provided string."},
    {"copy", hash_copy, kMethodInstance, "Return a copy of the hash object."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kHashGetSets[] = {
    {"name", hash_name, nullptr, nullptr},
    {"digest_size", hash_digest_size, nullptr, nullptr},
    {"block_size", hash_block_size, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

int init_hash_type(Type* t, const char* name) {
  if (type_has_flag(t, kTypeReady)) return 0;
  t->type = &type_type;
  t->name = name;
  t->basic_size = sizeof(HashObject);
  t->base = &object_type;
  t->methods = kHashMethods;
  t->getsets = kHashGetSets;
  t->dealloc = hash_dealloc;
  t->repr = hash_repr;
  return type_ready(t);
}

// hashlib.NAME(data=b'', *, usedforsecurity=True) for each algorithm.
template <size_t I>
Ref named_constructor(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"string", "usedforsecurity"};
  ArgSpec spec{kAlgorithms[I].name, kNames, 2, 0, 0, 1};
  Value bound[2] = {};
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  return make_hash(&kAlgorithms[I], bound[0]);
}

Ref hashlib_new(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"name", "data", "usedforsecurity"};
  ArgSpec spec{"new", kNames, 3, 0, 1, 2};
  Value bound[3] = {};
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  if (!is_str(bound[0])) return raise(exc::TypeError, "new() argument 'name' must be str");
  std::string name = str_to_std(bound[0].as<Str>());
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const Algorithm* algorithm = find_algorithm(name);
  if (algorithm == nullptr) return raise(exc::ValueError, "unsupported hash type " + name);
  return make_hash(algorithm, bound[1]);
}

Ref hashlib_pbkdf2_hmac(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"hash_name", "password", "salt", "iterations", "dklen"};
  ArgSpec spec{"pbkdf2_hmac", kNames, 5, 0, 4};
  Value bound[5] = {};
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  if (!is_str(bound[0])) return raise(exc::TypeError, "pbkdf2_hmac() argument 'hash_name' must be str");
  const Algorithm* algorithm = find_algorithm(str_to_std(bound[0].as<Str>()));
  EVP_MD* md = algorithm ? EVP_MD_fetch(nullptr, algorithm->openssl_name, nullptr) : nullptr;
  if (md == nullptr) return raise(exc::ValueError, "unsupported hash type");
  Ref result;
  Buffer password, salt;
  int64_t iterations = as_int64(bound[3]);
  int64_t length = bound[4].is_null() || bound[4].is_none() ? EVP_MD_get_size(md) : as_int64(bound[4]);
  if (!require_buffer(bound[1], &password) || !require_buffer(bound[2], &salt) || error_occurred()) {
  } else if (iterations < 1) {
    raise(exc::ValueError, "iteration value must be greater than 0.");
  } else if (length < 1) {
    raise(exc::ValueError, "key length must be greater than 0.");
  } else {
    std::string key(static_cast<size_t>(length), '\0');
    if (PKCS5_PBKDF2_HMAC(password.data.data(), static_cast<int>(password.data.size()),
                          reinterpret_cast<const unsigned char*>(salt.data.data()),
                          static_cast<int>(salt.data.size()), static_cast<int>(iterations), md,
                          static_cast<int>(length), reinterpret_cast<unsigned char*>(key.data())) == 1) {
      result = bytes_from_string(key);
    } else {
      openssl_error("pbkdf2_hmac");
    }
  }
  EVP_MD_free(md);
  return result;
}

// file_digest(fileobj, digest): reads a binary file object to its end.
Ref hashlib_file_digest(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("file_digest", kwnames) || !check_arg_count("file_digest", nargs, 2, 2)) return nullptr;
  Ref digest = is_str(args[1]) ? hashlib_new(Value(), &args[1], 1, nullptr) : call(args[1], {});
  if (!digest) return nullptr;
  Ref read = getattr(args[0], "read");
  if (!read) return nullptr;
  Ref update = getattr(*digest, "update");
  if (!update) return nullptr;
  for (;;) {
    Ref chunk = call(*read, {Value::small_int(1 << 18)});
    if (!chunk) return nullptr;
    Buffer buf;
    if (!require_buffer(*chunk, &buf)) return nullptr;
    if (buf.data.empty()) return digest;
    if (!call(*update, {*chunk})) return nullptr;
  }
}

// One MethodDef per algorithm, then the terminator.
template <size_t... I>
constexpr auto constructor_table(std::index_sequence<I...>) {
  return std::array<MethodDef, sizeof...(I) + 1>{
      MethodDef{kAlgorithms[I].name, named_constructor<I>, kMethodInstance, "Returns a new hash object."}...,
      MethodDef{nullptr, nullptr, 0, nullptr}};
}
constexpr auto kConstructors = constructor_table(std::make_index_sequence<std::size(kAlgorithms)>());

const MethodDef kFunctions[] = {
    {"new", hashlib_new, kMethodInstance, "Return a new hash object using the named algorithm."},
    {"pbkdf2_hmac", hashlib_pbkdf2_hmac, kMethodInstance, "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC."},
    {"file_digest", hashlib_file_digest, kMethodInstance, "Hash the contents of a file-like object."},
    {nullptr, nullptr, 0, nullptr},
};

Ref algorithm_set() {
  Ref set = frozenset_new(Value());
  if (!set) return nullptr;
  for (const Algorithm& a : kAlgorithms) {
    if (set_add(set.as<Set>(), Value::object(intern(a.name))) < 0) return nullptr;
  }
  return set;
}

}  // namespace

Ref make_hashlib_module() {
  if (init_hash_type(&hash_type, "_hashlib.HASH") < 0 || init_hash_type(&hash_xof_type, "_hashlib.HASHXOF") < 0) {
    return nullptr;
  }
  Ref module = module_new("hashlib", true);
  if (!module || module_add_functions(*module, kFunctions) < 0) return nullptr;
  if (module_add_functions(*module, kConstructors.data()) < 0) return nullptr;
  Ref guaranteed = algorithm_set();
  Ref available = algorithm_set();
  if (!guaranteed || !available || module_add(*module, "algorithms_guaranteed", *guaranteed) < 0 ||
      module_add(*module, "algorithms_available", *available) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
