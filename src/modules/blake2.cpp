// The `_blake2` module: blake2b and blake2s hash types with every parameter
// of the BLAKE2 parameter block (key, salt, person, fanout, depth,
// leaf_size, node_offset, node_depth, inner_size, last_node), written from
// RFC 7693 and the BLAKE2 paper; OpenSSL's digests only offer the defaults.
// One template serves both: BLAKE2b works on 64-bit words over 128-byte
// blocks in 12 rounds, BLAKE2s on 32-bit words over 64-byte blocks in 10.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "modules/hash_support.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/sequence.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

constexpr uint8_t kSigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

// The two variants' constants.
struct Blake2b {
  using Word = uint64_t;
  static constexpr int kRounds = 12;
  static constexpr int kRotations[4] = {32, 24, 16, 63};
  static constexpr Word kIv[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                                  0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                                  0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  static constexpr size_t kBlock = 128, kMaxDigest = 64, kMaxKey = 64, kSaltSize = 16, kPersonSize = 16;
  static constexpr size_t kNodeOffsetBytes = 8;  // node_offset's width in the parameter block
  static constexpr const char* kName = "blake2b";
};

struct Blake2s {
  using Word = uint32_t;
  static constexpr int kRounds = 10;
  static constexpr int kRotations[4] = {16, 12, 8, 7};
  static constexpr Word kIv[8] = {0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A,
                                  0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19};
  static constexpr size_t kBlock = 64, kMaxDigest = 32, kMaxKey = 32, kSaltSize = 8, kPersonSize = 8;
  static constexpr size_t kNodeOffsetBytes = 6;
  static constexpr const char* kName = "blake2s";
};

template <class Word>
Word load_le(const unsigned char* p) {
  Word w = 0;
  for (size_t i = 0; i < sizeof(Word); ++i) w |= static_cast<Word>(p[i]) << (8 * i);
  return w;
}

template <class Word>
Word rotr(Word w, int n) {
  return static_cast<Word>((w >> n) | (w << (8 * sizeof(Word) - n)));
}

// A hash state: chained value, byte counter, pending input (up to a block,
// kept until more data shows it is not the last block).
template <class V>
struct State {
  using Word = typename V::Word;
  Word h[8];
  Word t[2];
  unsigned char buffer[V::kBlock];
  size_t buffered;
  size_t digest_size;
  bool last_node;

  void compress(const unsigned char* block, bool final) {
    Word m[16], v[16];
    for (int i = 0; i < 16; ++i) m[i] = load_le<Word>(block + i * sizeof(Word));
    for (int i = 0; i < 8; ++i) {
      v[i] = h[i];
      v[i + 8] = V::kIv[i];
    }
    v[12] ^= t[0];
    v[13] ^= t[1];
    if (final) {
      v[14] = ~v[14];
      if (last_node) v[15] = ~v[15];
    }
    auto mix = [&](int a, int b, int c, int d, Word x, Word y) {
      v[a] = v[a] + v[b] + x;
      v[d] = rotr<Word>(v[d] ^ v[a], V::kRotations[0]);
      v[c] = v[c] + v[d];
      v[b] = rotr<Word>(v[b] ^ v[c], V::kRotations[1]);
      v[a] = v[a] + v[b] + y;
      v[d] = rotr<Word>(v[d] ^ v[a], V::kRotations[2]);
      v[c] = v[c] + v[d];
      v[b] = rotr<Word>(v[b] ^ v[c], V::kRotations[3]);
    };
    for (int r = 0; r < V::kRounds; ++r) {
      const uint8_t* s = kSigma[r % 10];
      mix(0, 4, 8, 12, m[s[0]], m[s[1]]);
      mix(1, 5, 9, 13, m[s[2]], m[s[3]]);
      mix(2, 6, 10, 14, m[s[4]], m[s[5]]);
      mix(3, 7, 11, 15, m[s[6]], m[s[7]]);
      mix(0, 5, 10, 15, m[s[8]], m[s[9]]);
      mix(1, 6, 11, 12, m[s[10]], m[s[11]]);
      mix(2, 7, 8, 13, m[s[12]], m[s[13]]);
      mix(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (int i = 0; i < 8; ++i) h[i] ^= v[i] ^ v[i + 8];
  }

  void count(size_t n) {
    t[0] += static_cast<Word>(n);
    if (t[0] < static_cast<Word>(n)) ++t[1];
  }

  void update(const unsigned char* data, size_t n) {
    while (n > 0) {
      if (buffered == V::kBlock) {
        count(V::kBlock);
        compress(buffer, false);
        buffered = 0;
      }
      size_t take = std::min(n, V::kBlock - buffered);
      std::memcpy(buffer + buffered, data, take);
      buffered += take;
      data += take;
      n -= take;
    }
  }

  std::string finish() const {
    State copy = *this;
    copy.count(copy.buffered);
    std::memset(copy.buffer + copy.buffered, 0, V::kBlock - copy.buffered);
    copy.compress(copy.buffer, true);
    std::string out(digest_size, '\0');
    for (size_t i = 0; i < digest_size; ++i) {
      out[i] = static_cast<char>(copy.h[i / sizeof(Word)] >> (8 * (i % sizeof(Word))));
    }
    return out;
  }
};

// The parameters of a constructor call, checked.
struct Parameters {
  size_t digest_size;
  std::string_view key, salt, person;
  uint64_t fanout = 1, depth = 1, leaf_size = 0, node_offset = 0, node_depth = 0, inner_size = 0;
  bool last_node = false;
};

template <class V>
void init_state(State<V>& s, const Parameters& p) {
  unsigned char block[64] = {};  // the parameter block (32 bytes for BLAKE2s)
  block[0] = static_cast<unsigned char>(p.digest_size);
  block[1] = static_cast<unsigned char>(p.key.size());
  block[2] = static_cast<unsigned char>(p.fanout);
  block[3] = static_cast<unsigned char>(p.depth);
  for (int i = 0; i < 4; ++i) block[4 + i] = static_cast<unsigned char>(p.leaf_size >> (8 * i));
  for (size_t i = 0; i < V::kNodeOffsetBytes; ++i) block[8 + i] = static_cast<unsigned char>(p.node_offset >> (8 * i));
  size_t at = 8 + V::kNodeOffsetBytes;
  block[at] = static_cast<unsigned char>(p.node_depth);
  block[at + 1] = static_cast<unsigned char>(p.inner_size);
  size_t salt_at = 4 * sizeof(typename V::Word);
  // (An empty salt or person may have no data pointer at all.)
  if (!p.salt.empty()) std::memcpy(block + salt_at, p.salt.data(), p.salt.size());
  if (!p.person.empty()) std::memcpy(block + salt_at + V::kSaltSize, p.person.data(), p.person.size());
  for (int i = 0; i < 8; ++i) s.h[i] = V::kIv[i] ^ load_le<typename V::Word>(block + i * sizeof(typename V::Word));
  s.t[0] = s.t[1] = 0;
  s.buffered = 0;
  s.digest_size = p.digest_size;
  s.last_node = p.last_node;
  if (!p.key.empty()) {
    unsigned char key_block[V::kBlock] = {};
    std::memcpy(key_block, p.key.data(), p.key.size());
    s.update(key_block, V::kBlock);
  }
}

template <class V>
struct Blake2Object : Object {
  State<V> state;
};

template <class V>
Type blake2_type;

template <class V>
State<V>& state_of(Value self) {
  return static_cast<Blake2Object<V>*>(self.as_object())->state;
}

// An unsigned parameter: "value must be positive" below 0, OverflowError
// "<name> is too large" past `limit` (CPython's converters' words).
bool unsigned_parameter(Value v, const char* name, uint64_t limit, uint64_t* out) {
  Ref n = index(v);
  if (!n) return false;
  mpz_t z;
  mpz_init(z);
  int_to_mpz(*n, z);
  bool negative = mpz_sgn(z) < 0;
  bool fits = !negative && mpz_sizeinbase(z, 2) <= 64;
  *out = fits ? static_cast<uint64_t>(mpz_get_ui(z)) : 0;
  mpz_clear(z);
  if (negative) {
    raise(exc::ValueError, "value must be positive");
    return false;
  }
  if (!fits && limit == UINT64_MAX) {
    raise(exc::OverflowError, "int too big to convert");
    return false;
  }
  if (!fits || *out > limit) {
    raise(exc::OverflowError, std::string(name) + " is too large");
    return false;
  }
  return true;
}

// An int parameter that must lie in [low, high], else ValueError `message`.
bool ranged_parameter(Value v, int64_t low, int64_t high, const std::string& message, uint64_t* out) {
  int64_t n = 0;
  if (!index_arg(v, &n)) return false;
  if (n < low || n > high) {
    raise(exc::ValueError, message);
    return false;
  }
  *out = static_cast<uint64_t>(n);
  return true;
}

bool bytes_parameter(Value v, size_t limit, const char* what, Buffer* buffer, std::string_view* out) {
  if (v.is_null()) return true;
  if (!require_buffer(v, buffer)) return false;
  if (buffer->data.size() > limit) {
    raise(exc::ValueError, "maximum " + std::string(what) + " length is " + std::to_string(limit) + " bytes");
    return false;
  }
  *out = buffer->data;
  return true;
}

// blake2X(data=b'', /, *, digest_size=MAX, key=b'', salt=b'', person=b'',
// fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
// inner_size=0, last_node=False, usedforsecurity=True)
template <class V>
Ref blake2_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"",         "digest_size", "key",        "salt",      "person",
                                       "fanout",   "depth",       "leaf_size",  "node_offset", "node_depth",
                                       "inner_size", "last_node", "usedforsecurity"};
  ArgSpec spec{V::kName, kNames, 13, 1, 0, 1};
  Value bound[13] = {};
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  Parameters p;
  p.digest_size = V::kMaxDigest;
  Buffer key, salt, person;
  std::string max_digest = std::to_string(V::kMaxDigest);
  uint64_t digest_size = V::kMaxDigest;
  if (!bound[1].is_null() &&
      !ranged_parameter(bound[1], 1, V::kMaxDigest, "digest_size must be between 1 and " + max_digest + " bytes",
                        &digest_size)) {
    return nullptr;
  }
  p.digest_size = digest_size;
  if (!bytes_parameter(bound[3], V::kSaltSize, "salt", &salt, &p.salt) ||
      !bytes_parameter(bound[4], V::kPersonSize, "person", &person, &p.person)) {
    return nullptr;
  }
  if ((!bound[5].is_null() && !ranged_parameter(bound[5], 0, 255, "fanout must be between 0 and 255", &p.fanout)) ||
      (!bound[6].is_null() && !ranged_parameter(bound[6], 1, 255, "depth must be between 1 and 255", &p.depth)) ||
      (!bound[7].is_null() && !unsigned_parameter(bound[7], "leaf_size", UINT32_MAX, &p.leaf_size)) ||
      (!bound[8].is_null() &&
       !unsigned_parameter(bound[8], "node_offset",
                           V::kNodeOffsetBytes == 8 ? UINT64_MAX : (uint64_t{1} << 48) - 1, &p.node_offset)) ||
      (!bound[9].is_null() &&
       !ranged_parameter(bound[9], 0, 255, "node_depth must be between 0 and 255", &p.node_depth)) ||
      (!bound[10].is_null() && !ranged_parameter(bound[10], 0, V::kMaxDigest,
                                                 "inner_size must be between 0 and is " + max_digest, &p.inner_size))) {
    return nullptr;
  }
  if (!bytes_parameter(bound[2], V::kMaxKey, "key", &key, &p.key)) return nullptr;
  if (!bound[11].is_null()) {
    int truth = is_true(bound[11]);
    if (truth < 0) return nullptr;
    p.last_node = truth != 0;
  }
  auto* self = static_cast<Blake2Object<V>*>(alloc_object(type, static_cast<size_t>(type->basic_size)));
  if (self == nullptr) return nullptr;
  Ref result = Ref::steal(self);
  init_state(self->state, p);
  if (!bound[0].is_null()) {
    Buffer data;
    if (!hash_input(bound[0], &data)) return nullptr;
    self->state.update(reinterpret_cast<const unsigned char*>(data.data.data()), data.data.size());
  }
  return result;
}

template <class V>
Ref blake2_update(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const std::string name = std::string(V::kName) + ".update";
  Buffer data;
  if (!check_one_arg(name.c_str(), nargs, kwnames) || !hash_input(args[0], &data)) return nullptr;
  state_of<V>(self).update(reinterpret_cast<const unsigned char*>(data.data.data()), data.data.size());
  return Ref::none();
}

template <class V>
Ref blake2_digest(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  static const std::string name = std::string(V::kName) + ".digest";
  if (!check_no_args(name.c_str(), nargs, kwnames)) return nullptr;
  return bytes_from_string(state_of<V>(self).finish());
}

template <class V>
Ref blake2_hexdigest(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  static const std::string name = std::string(V::kName) + ".hexdigest";
  if (!check_no_args(name.c_str(), nargs, kwnames)) return nullptr;
  return hex_digest(state_of<V>(self).finish());
}

template <class V>
Ref blake2_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  static const std::string name = std::string(V::kName) + ".copy";
  if (!check_no_args(name.c_str(), nargs, kwnames)) return nullptr;
  Type* type = type_of(self);
  auto* copy = static_cast<Blake2Object<V>*>(alloc_object(type, static_cast<size_t>(type->basic_size)));
  if (copy == nullptr) return nullptr;
  copy->state = state_of<V>(self);
  return Ref::steal(copy);
}

template <class V>
Ref blake2_name(Value) {
  return str_from_utf8(V::kName);
}

template <class V>
Ref blake2_digest_size(Value self) {
  return Ref::small_int(static_cast<int64_t>(state_of<V>(self).digest_size));
}

template <class V>
Ref blake2_block_size(Value) {
  return Ref::small_int(V::kBlock);
}

template <class V>
const MethodDef kBlake2Methods[] = {
    {"copy", blake2_copy<V>, kMethodInstance, "Return a copy of the hash object."},
    {"digest", blake2_digest<V>, kMethodInstance, "Return the digest value as a bytes object."},
    {"hexdigest", blake2_hexdigest<V>, kMethodInstance, "Return the digest value as a string of hexadecimal digits."},
    {"update", blake2_update<V>, kMethodInstance, "Update this hash object's state with the provided bytes-like object."},
    {nullptr, nullptr, 0, nullptr},
};

template <class V>
const GetSetDef kBlake2GetSets[] = {
    {"block_size", blake2_block_size<V>, nullptr, nullptr},
    {"name", blake2_name<V>, nullptr, nullptr},
    {"digest_size", blake2_digest_size<V>, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// The type, its class constants, and the module's BLAKE2X_* constants.
template <class V>
int add_variant(Value module, const char* doc, const char* prefix) {
  Type& t = blake2_type<V>;
  if (!type_has_flag(&t, kTypeReady)) {
    t.refcnt = kImmortalRefcnt;
    t.type = &type_type;
    t.name = V::kName == std::string_view("blake2b") ? "_blake2.blake2b" : "_blake2.blake2s";
    t.basic_size = sizeof(Blake2Object<V>);
    t.flags = kTypeBaseType;
    t.base = &object_type;
    t.new_ = blake2_new<V>;
    t.methods = kBlake2Methods<V>;
    t.getsets = kBlake2GetSets<V>;
    t.doc = doc;
    if (type_ready(&t) < 0) return -1;
    const std::pair<const char*, size_t> constants[] = {{"SALT_SIZE", V::kSaltSize},
                                                        {"PERSON_SIZE", V::kPersonSize},
                                                        {"MAX_KEY_SIZE", V::kMaxKey},
                                                        {"MAX_DIGEST_SIZE", V::kMaxDigest}};
    for (const auto& [name, value] : constants) {
      if (dict_set_str(t.dict, name, Value::small_int(static_cast<int64_t>(value))) < 0) return -1;
    }
    type_modified(&t);
  }
  const std::pair<const char*, size_t> module_constants[] = {{"_SALT_SIZE", V::kSaltSize},
                                                             {"_PERSON_SIZE", V::kPersonSize},
                                                             {"_MAX_KEY_SIZE", V::kMaxKey},
                                                             {"_MAX_DIGEST_SIZE", V::kMaxDigest}};
  for (const auto& [suffix, value] : module_constants) {
    if (module_add(module, std::string(prefix) + suffix, Value::small_int(static_cast<int64_t>(value))) < 0) return -1;
  }
  return module_add(module, V::kName, Value::object(&t));
}

}  // namespace

Ref make_blake2_module() {
  Ref module = module_new("_blake2", true);
  if (!module || add_variant<Blake2b>(*module, "Return a new BLAKE2b hash object.", "BLAKE2B") < 0 ||
      add_variant<Blake2s>(*module, "Return a new BLAKE2s hash object.", "BLAKE2S") < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
