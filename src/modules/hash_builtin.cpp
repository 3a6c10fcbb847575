// The builtin hash modules CPython's hashlib.py falls back on when OpenSSL
// lacks a digest, and random.py takes sha512 from: _md5, _sha1, _sha256,
// _sha512 (a constructor function per algorithm, its type as MD5Type ...)
// and _sha3 (the types themselves are the constructors). Each algorithm has
// a type of its own, `_md5.md5`, `_sha3.shake_128` ..., over OpenSSL's EVP
// digests (evp_hash.h).
#include <array>
#include <string>
#include <utility>

#include "modules/evp_hash.h"
#include "modules/modules.h"
#include "objects/descriptors.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan {

namespace {

struct BuiltinHash {
  const char* module;
  const char* name;
  const char* openssl_name;
  const char* type_attribute;  // MD5Type ...; null: the type is the constructor
  const char* type_name;
  EvpHashStyle style;
};

constexpr BuiltinHash kBuiltins[] = {
    {"_md5", "md5", "MD5", "MD5Type", "_md5.md5", {"md5", false, false}},
    {"_sha1", "sha1", "SHA1", "SHA1Type", "_sha1.sha1", {"sha1", false, false}},
    {"_sha256", "sha224", "SHA224", "SHA224Type", "_sha256.sha224", {"sha224", false, false}},
    {"_sha256", "sha256", "SHA256", "SHA256Type", "_sha256.sha256", {"sha256", false, false}},
    {"_sha512", "sha384", "SHA384", "SHA384Type", "_sha512.sha384", {"sha384", false, false}},
    // CPython 3.11 registers sha512's type as SHA384Type too (overriding sha384's); so do we.
    {"_sha512", "sha512", "SHA512", "SHA384Type", "_sha512.sha512", {"sha512", false, false}},
    {"_sha3", "sha3_224", "SHA3-224", nullptr, "_sha3.sha3_224", {"sha3_224", false, false}},
    {"_sha3", "sha3_256", "SHA3-256", nullptr, "_sha3.sha3_256", {"sha3_256", false, false}},
    {"_sha3", "sha3_384", "SHA3-384", nullptr, "_sha3.sha3_384", {"sha3_384", false, false}},
    {"_sha3", "sha3_512", "SHA3-512", nullptr, "_sha3.sha3_512", {"sha3_512", false, false}},
    {"_sha3", "shake_128", "SHAKE128", nullptr, "_sha3.shake_128", {"shake_128", true, false}},
    {"_sha3", "shake_256", "SHAKE256", nullptr, "_sha3.shake_256", {"shake_256", true, false}},
};
constexpr size_t kBuiltinCount = std::size(kBuiltins);

std::array<Type, kBuiltinCount> builtin_types;

// NAME(string=b'', *, usedforsecurity=True), as a function or as the type's __new__.
template <size_t I>
Ref make(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"string", "usedforsecurity"};
  // _sha3's data is positional-only; the other modules' may be named `string`.
  static const int positional_only = kBuiltins[I].type_attribute == nullptr ? 1 : 0;
  ArgSpec spec{kBuiltins[I].name, kNames, 2, positional_only, 0, 1};
  Value bound[2] = {};
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  EVP_MD* md = EVP_MD_fetch(nullptr, kBuiltins[I].openssl_name, nullptr);
  if (md == nullptr) return evp_error("unsupported hash type");
  Ref self = evp_hash_new(type, &kBuiltins[I].style, md, Value::object(intern(kBuiltins[I].name)), bound[0]);
  EVP_MD_free(md);
  return self;
}

template <size_t I>
Ref construct(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return make<I>(&builtin_types[I], args, nargs, kwnames);
}

template <size_t... I>
constexpr auto constructor_table(std::index_sequence<I...>) {
  return std::array<MethodDef, kBuiltinCount>{
      MethodDef{kBuiltins[I].name, construct<I>, kMethodInstance, "Return a new hash object; optionally initialized with a string."}...};
}
constexpr auto kConstructors = constructor_table(std::make_index_sequence<kBuiltinCount>());

template <size_t... I>
constexpr auto new_table(std::index_sequence<I...>) {
  return std::array<NewFn, kBuiltinCount>{make<I>...};
}
constexpr auto kNewFunctions = new_table(std::make_index_sequence<kBuiltinCount>());

Ref make_module(std::string_view name) {
  Ref module = module_new(name, true);
  if (!module) return nullptr;
  for (size_t i = 0; i < kBuiltinCount; ++i) {
    const BuiltinHash& b = kBuiltins[i];
    if (b.module != name) continue;
    bool type_constructs = b.type_attribute == nullptr;
    if (evp_hash_type_ready(&builtin_types[i], b.type_name, &object_type, false, nullptr,
                            type_constructs ? kNewFunctions[i] : nullptr) < 0) {
      return nullptr;
    }
    Value type = Value::object(&builtin_types[i]);
    if (type_constructs) {
      if (module_add(*module, b.name, type) < 0) return nullptr;
      continue;
    }
    Ref function = builtin_function_new(&kConstructors[i], *module, Value::object(intern(name)));
    if (!function || module_add(*module, b.name, *function) < 0 || module_add(*module, b.type_attribute, type) < 0) {
      return nullptr;
    }
  }
  return module;
}

}  // namespace

Ref make_md5_module() { return make_module("_md5"); }
Ref make_sha1_module() { return make_module("_sha1"); }
Ref make_sha256_module() { return make_module("_sha256"); }
Ref make_sha512_module() { return make_module("_sha512"); }
Ref make_sha3_module() { return make_module("_sha3"); }

}  // namespace taipan
