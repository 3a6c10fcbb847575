// hash_bytes.cpp — SipHash-1-3 (one compression round per 8-byte word, three
// finalisation rounds) over little-endian words, with CPython's key: 24 bytes
// of secret, of which the first two 64-bit words are the SipHash key.
#include "objects/hash_bytes.h"

#include <sys/random.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace taipan {

namespace {

constexpr size_t kSecretSize = 24;  // CPython's _Py_HashSecret
uint64_t g_k0 = 0, g_k1 = 0;
bool g_randomized = true;

inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

struct SipState {
  uint64_t v0, v1, v2, v3;

  void round() {
    v0 += v1;
    v2 += v3;
    v1 = rotl(v1, 13) ^ v0;
    v3 = rotl(v3, 16) ^ v2;
    v0 = rotl(v0, 32);
    v2 += v1;
    v0 += v3;
    v1 = rotl(v1, 17) ^ v2;
    v3 = rotl(v3, 21) ^ v0;
    v2 = rotl(v2, 32);
  }

  void compress(uint64_t word) {
    v3 ^= word;
    round();
    v0 ^= word;
  }
};

uint64_t siphash13_bytes(uint64_t k0, uint64_t k1, const unsigned char* in, size_t n) {
  SipState s{k0 ^ 0x736f6d6570736575ULL, k1 ^ 0x646f72616e646f6dULL, k0 ^ 0x6c7967656e657261ULL,
             k1 ^ 0x7465646279746573ULL};
  uint64_t last = static_cast<uint64_t>(n) << 56;
  size_t whole = n & ~size_t{7};
  for (size_t i = 0; i < whole; i += 8) {
    uint64_t word;
    std::memcpy(&word, in + i, 8);  // little-endian hosts only (x86-64, AArch64)
    s.compress(word);
  }
  for (size_t i = whole; i < n; ++i) last |= static_cast<uint64_t>(in[i]) << (8 * (i - whole));
  s.compress(last);
  s.v2 ^= 0xff;
  s.round();
  s.round();
  s.round();
  return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

// CPython's seeded secret: a linear congruential sequence from the seed.
void secret_from_seed(uint32_t seed, unsigned char* secret) {
  uint32_t x = seed;
  for (size_t i = 0; i < kSecretSize; ++i) {
    x = x * 214013u + 2531011u;
    secret[i] = static_cast<unsigned char>((x >> 16) & 0xff);
  }
}

bool random_secret(unsigned char* secret) {
  size_t filled = 0;
  while (filled < kSecretSize) {
    ssize_t got = getrandom(secret + filled, kSecretSize - filled, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    filled += static_cast<size_t>(got);
  }
  return true;
}

}  // namespace

uint64_t siphash13(uint64_t k0, uint64_t k1, const void* data, size_t n) {
  return siphash13_bytes(k0, k1, static_cast<const unsigned char*>(data), n);
}

void hash_key_from_seed(uint32_t seed, uint64_t* k0, uint64_t* k1) {
  unsigned char secret[kSecretSize] = {};
  if (seed != 0) secret_from_seed(seed, secret);
  std::memcpy(k0, secret, 8);
  std::memcpy(k1, secret + 8, 8);
}

bool hash_secret_init(std::string* error) {
  const char* seed = std::getenv("PYTHONHASHSEED");
  if (seed == nullptr || *seed == '\0' || std::strcmp(seed, "random") == 0) {
    unsigned char secret[kSecretSize];
    if (!random_secret(secret)) {
      *error = "failed to get random numbers to initialize Python";
      return false;
    }
    std::memcpy(&g_k0, secret, 8);
    std::memcpy(&g_k1, secret + 8, 8);
    return true;
  }
  char* end = nullptr;
  errno = 0;
  unsigned long value = std::strtoul(seed, &end, 10);
  if (*end != '\0' || errno == ERANGE || value > 4294967295UL) {  // strtoul's rules, as CPython
    *error = "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]";
    return false;
  }
  hash_key_from_seed(static_cast<uint32_t>(value), &g_k0, &g_k1);
  g_randomized = value != 0;
  return true;
}

bool hash_randomized() { return g_randomized; }

int64_t hash_bytes(const void* data, size_t n) {
  if (n == 0) return 0;
  auto h = static_cast<int64_t>(siphash13_bytes(g_k0, g_k1, static_cast<const unsigned char*>(data), n));
  return h == -1 ? -2 : h;
}

}  // namespace taipan
