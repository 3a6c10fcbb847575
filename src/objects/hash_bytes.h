// hash_bytes.h — the hash of a run of bytes, as CPython computes it for str
// (over its 1-, 2- or 4-byte code units) and bytes: SipHash-1-3 keyed by the
// process's hash secret, which PYTHONHASHSEED decides as it does for CPython
// (unset or "random": random; 0: all zero; N: derived from N), so that a
// program run with the same PYTHONHASHSEED orders its sets and dicts of
// strings as CPython does.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace taipan {

// Reads PYTHONHASHSEED and sets the secret; false with `error` holding
// CPython's message when the variable is neither "random" nor an integer in
// [0, 4294967295]. Runs once, before any string is hashed.
bool hash_secret_init(std::string* error);

// sys.flags.hash_randomization: false only under PYTHONHASHSEED=0.
bool hash_randomized();

// The hash of n bytes: 0 for none, never -1.
int64_t hash_bytes(const void* data, size_t n);

// The parts, for tests: SipHash-1-3 under a given key, and the key CPython
// derives from PYTHONHASHSEED=seed (all zero for 0).
uint64_t siphash13(uint64_t k0, uint64_t k1, const void* data, size_t n);
void hash_key_from_seed(uint32_t seed, uint64_t* k0, uint64_t* k1);

}  // namespace taipan
