// The mapping tables of the table-driven CJK codecs, read from glibc's
// iconv(3) at a codec's first use, one unit at a time, then corrected where
// CPython's codec differs (cjk_overrides.inc, made by
// tools/gen_cjk_overrides.py). Units: single bytes, two-byte sequences with
// a lead byte >= 0x80, the EUC-JP family's three-byte 0x8F sequences, and
// GB18030's four-byte sequences below U+10000 (by linear index).
#pragma once

#include <cstdint>
#include <map>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace taipan::cjk {

constexpr uint32_t kNone = 0xFFFFFFFF;
constexpr uint32_t kPair = 0x80000000;  // a decoded unit standing for pairs[value & ~kPair]

// The bytes of an encoded unit: up to four, big-endian in `bytes`.
struct Encoded {
  uint32_t bytes = 0;
  uint8_t length = 0;
};

struct Tables {
  uint32_t single[256];
  std::vector<uint32_t> two;    // (lead - 0x80) * 256 + trail
  std::unordered_map<uint32_t, uint32_t> three;  // 0x8FAACC
  std::vector<uint32_t> four;   // GB18030 linear index
  std::vector<std::pair<char32_t, char32_t>> pairs;  // two characters one unit stands for
  std::unordered_map<char32_t, Encoded> encode;
  std::map<std::pair<char32_t, char32_t>, Encoded> encode_pairs;
  std::unordered_set<char32_t> pair_starts;
  uint8_t leads[32];  // bytes CPython calls an incomplete sequence when input ends after them

  uint32_t two_byte(uint8_t lead, uint8_t trail) const {
    return lead < 0x80 ? kNone : two[static_cast<size_t>(lead - 0x80) * 256 + trail];
  }
  bool is_lead(uint8_t b) const { return (leads[b >> 3] >> (b & 7)) & 1; }
  const Encoded* find(char32_t c) const {
    auto it = encode.find(c);
    return it == encode.end() ? nullptr : &it->second;
  }
};

// The tables of a codec listed in cjk_tables.cpp (shift_jis, gbk, ...),
// built at the first call; null with an exception set when iconv cannot
// open a charset (its gconv modules missing).
const Tables* tables_for(std::string_view codec);

// Appends an encoded unit's bytes.
void append_encoded(std::string& out, Encoded e);

}  // namespace taipan::cjk
