// _random: the Mersenne Twister (MT19937) core under CPython's random.py. Seeding
// from an int feeds its 32-bit words (least significant first) to
// init_by_array, and random() builds a 53-bit double from two outputs, so a
// seeded generator yields the same sequence as CPython's.
#include <gmp.h>

#include <chrono>
#include <cstring>
#include <vector>

#include "modules/modules.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/sequence.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

constexpr int kStateWords = 624;

struct RandomObject : Object {
  uint32_t state[kStateWords];
  int index;
};

Type random_type;

void init_genrand(RandomObject* r, uint32_t seed) {
  uint32_t* mt = r->state;
  mt[0] = seed;
  for (int i = 1; i < kStateWords; i++) {
    mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  }
  r->index = kStateWords;
}

void init_by_array(RandomObject* r, const std::vector<uint32_t>& key) {
  init_genrand(r, 19650218U);
  uint32_t* mt = r->state;
  size_t i = 1, j = 0;
  size_t k = kStateWords > key.size() ? kStateWords : key.size();
  for (; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
    i++;
    j++;
    if (i >= kStateWords) {
      mt[0] = mt[kStateWords - 1];
      i = 1;
    }
    if (j >= key.size()) j = 0;
  }
  for (k = kStateWords - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
    i++;
    if (i >= kStateWords) {
      mt[0] = mt[kStateWords - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;
}

uint32_t next_word(RandomObject* r) {
  constexpr int kShift = 397;
  constexpr uint32_t kMatrixA = 0x9908b0dfU, kUpper = 0x80000000U, kLower = 0x7fffffffU;
  uint32_t* mt = r->state;
  if (r->index >= kStateWords) {
    int kk = 0;
    for (; kk < kStateWords - kShift; kk++) {
      uint32_t y = (mt[kk] & kUpper) | (mt[kk + 1] & kLower);
      mt[kk] = mt[kk + kShift] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
    }
    for (; kk < kStateWords - 1; kk++) {
      uint32_t y = (mt[kk] & kUpper) | (mt[kk + 1] & kLower);
      mt[kk] = mt[kk + (kShift - kStateWords)] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
    }
    uint32_t y = (mt[kStateWords - 1] & kUpper) | (mt[0] & kLower);
    mt[kStateWords - 1] = mt[kShift - 1] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
    r->index = 0;
  }
  uint32_t y = mt[r->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

// The 32-bit words of |n|, least significant first ([0] for zero).
std::vector<uint32_t> int_words(Value n) {
  mpz_t v;
  mpz_init(v);
  int_to_mpz(n, v);
  mpz_abs(v, v);
  size_t count = 0;
  std::vector<uint32_t> words((mpz_sizeinbase(v, 2) + 31) / 32 + 1);
  mpz_export(words.data(), &count, -1, sizeof(uint32_t), 0, 0, v);
  mpz_clear(v);
  words.resize(count ? count : 1);
  if (!count) words[0] = 0;
  return words;
}

int seed_with(RandomObject* r, Value arg) {
  if (arg.is_null() || arg.is_none()) {
    auto now = std::chrono::high_resolution_clock::now().time_since_epoch().count();
    uint64_t mixed = static_cast<uint64_t>(now) ^ (reinterpret_cast<uintptr_t>(r) << 16);
    init_by_array(r, {static_cast<uint32_t>(mixed), static_cast<uint32_t>(mixed >> 32)});
    return 0;
  }
  if (is_int(arg)) {
    init_by_array(r, int_words(arg));
    return 0;
  }
  int64_t h = hash(arg);
  if (h == -1 && error_occurred()) return -1;
  Ref as_int = int_from_int64(h);
  init_by_array(r, int_words(*as_int));
  return 0;
}

RandomObject* self_of(Value self) { return self.as<RandomObject>(); }

Ref random_seed(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("Random.seed", kwnames) || !check_arg_count("seed", nargs, 0, 1)) return nullptr;
  if (seed_with(self_of(self), nargs ? args[0] : Value()) < 0) return nullptr;
  return Ref::none();
}

Ref random_random(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("Random.random", nargs, kwnames)) return nullptr;
  RandomObject* r = self_of(self);
  uint32_t a = next_word(r) >> 5, b = next_word(r) >> 6;
  return Ref::from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Ref random_getrandbits(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("Random.getrandbits", nargs, kwnames)) return nullptr;
  int64_t k = as_int64(args[0]);
  if (k == -1 && error_occurred()) return nullptr;
  if (k < 0) return raise(exc::ValueError, "number of bits must be non-negative");
  RandomObject* r = self_of(self);
  if (k == 0) return Ref::small_int(0);
  if (k <= 32) return Ref::small_int(next_word(r) >> (32 - k));
  std::vector<uint32_t> words(static_cast<size_t>((k - 1) / 32 + 1));
  for (uint32_t& w : words) {
    uint32_t bits = next_word(r);
    if (k < 32) bits >>= (32 - k);
    w = bits;
    k -= 32;
  }
  mpz_t v;
  mpz_init(v);
  mpz_import(v, words.size(), -1, sizeof(uint32_t), 0, 0, words.data());
  Ref result = int_from_mpz(v);
  mpz_clear(v);
  return result;
}

Ref random_getstate(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("Random.getstate", nargs, kwnames)) return nullptr;
  RandomObject* r = self_of(self);
  Tuple* t = tuple_new(kStateWords + 1);
  if (!t) return nullptr;
  Ref result = Ref::steal(t);
  for (int i = 0; i < kStateWords; i++) t->items[i] = Value::small_int(r->state[i]);
  t->items[kStateWords] = Value::small_int(r->index);
  return result;
}

Ref random_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("Random.setstate", nargs, kwnames)) return nullptr;
  if (!is_tuple(args[0])) return raise(exc::TypeError, "state vector must be a tuple");
  Tuple* t = args[0].as<Tuple>();
  if (t->size != kStateWords + 1) return raise(exc::ValueError, "state vector is the wrong size");
  RandomObject* r = self_of(self);
  uint32_t words[kStateWords];
  for (int i = 0; i < kStateWords; i++) {
    int64_t w = as_int64(t->items[i]);
    if (w == -1 && error_occurred()) return nullptr;
    words[i] = static_cast<uint32_t>(w);
  }
  int64_t index = as_int64(t->items[kStateWords]);
  if (index == -1 && error_occurred()) return nullptr;
  if (index < 0 || index > kStateWords) return raise(exc::ValueError, "invalid state");
  std::memcpy(r->state, words, sizeof words);
  r->index = static_cast<int>(index);
  return Ref::none();
}

Ref random_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  // Only _random.Random itself takes the seed here: a subclass's __init__
  // (random.Random's calls self.seed(x)) may take any arguments.
  bool exact = type == &random_type;
  if (exact && !no_keywords("Random", kwnames)) return nullptr;
  if (exact && nargs > 1) return raise(exc::TypeError, "Random() requires 0 or 1 argument");
  auto* r = static_cast<RandomObject*>(alloc_object(type, static_cast<size_t>(type->basic_size)));
  if (!r) return nullptr;
  Ref self = Ref::steal(r);
  if (seed_with(r, exact && nargs ? args[0] : Value()) < 0) return nullptr;
  return self;
}

const MethodDef kRandomMethods[] = {
    {"seed", random_seed, kMethodInstance, "seed([n]) -> None. Defaults to the current time."},
    {"random", random_random, kMethodInstance, "random() -> x in the interval [0, 1)."},
    {"getrandbits", random_getrandbits, kMethodInstance, "getrandbits(k) -> x. Generates an int with k random bits."},
    {"getstate", random_getstate, kMethodInstance, "getstate() -> tuple containing the current state."},
    {"setstate", random_setstate, kMethodInstance, "setstate(state) -> None. Restores the generator's state."},
    {nullptr, nullptr, 0, nullptr},
};

int init_random_type() {
  if (type_has_flag(&random_type, kTypeReady)) return 0;
  random_type.refcnt = kImmortalRefcnt;
  random_type.type = &type_type;
  random_type.name = "_random.Random";
  random_type.basic_size = sizeof(RandomObject);
  random_type.flags = kTypeBaseType;
  random_type.base = &object_type;
  random_type.methods = kRandomMethods;
  random_type.new_ = random_new;
  random_type.dealloc = free_object;
  random_type.doc = "Random() -> create a random number generator with its own internal state.";
  return type_ready(&random_type);
}

}  // namespace

Ref make_random_module() {
  if (init_random_type() < 0) return nullptr;
  Ref module = module_new("_random", true);
  if (!module) return nullptr;
  if (module_add(*module, "Random", Value::object(&random_type)) < 0) return nullptr;
  return module;
}

}  // namespace taipan
