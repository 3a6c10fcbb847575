// The table-driven CJK codecs (shift_jis, cp932, euc_jp, the JIS X 0213
// ones, gb2312, gbk, gb18030, big5, cp950, big5hkscs, euc_kr, cp949,
// johab) over cjk_tables, with what CPython computes rather than looks up:
// GB18030's four-byte ranges and EUC-KR's eight-byte Hangul make-up
// sequences (KS X 1001:1998 annex 3) for syllables outside KS X 1001.
#include "modules/cjk/cjk_table_codecs.h"

#include <algorithm>
#include <array>

#include "modules/cjk/cjk_tables.h"

namespace taipan::cjk {
namespace {

// GB18030's four-byte sequences beyond the BMP: U+10000 is 90 30 81 30.
constexpr uint32_t kSupplementaryBase = 0x10000;

bool in_range(uint8_t b, uint8_t lo, uint8_t hi) { return b >= lo && b <= hi; }

// ---- EUC-KR's make-up sequences: A4 D4, then A4 and the jamo of the initial,
// the vowel and the final (A4 D4 for none), as KS X 1001 row 4 has them
// (byte A1 + k is compatibility jamo U+3131 + k). ----

constexpr std::array<uint8_t, 19> kInitials = {0xA1, 0xA2, 0xA4, 0xA7, 0xA8, 0xA9, 0xB1, 0xB2, 0xB3, 0xB5,
                                               0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE};
constexpr std::array<uint8_t, 28> kFinals = {0xD4, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA9, 0xAA,
                                             0xAB, 0xAC, 0xAD, 0xAE, 0xAF, 0xB0, 0xB1, 0xB2, 0xB4, 0xB5,
                                             0xB6, 0xB7, 0xB8, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE};
constexpr uint8_t kFirstVowel = 0xBF;
constexpr int kVowels = 21;
constexpr char32_t kFirstSyllable = 0xAC00, kLastSyllable = 0xD7A3;

template <size_t N>
int index_of(const std::array<uint8_t, N>& list, uint8_t b) {
  auto it = std::find(list.begin(), list.end(), b);
  return it == list.end() ? -1 : static_cast<int>(it - list.begin());
}

void encode_makeup(char32_t c, std::string& out) {
  int s = static_cast<int>(c - kFirstSyllable);
  const uint8_t jamo[4] = {0xD4, kInitials[static_cast<size_t>(s / 28 / kVowels)],
                           static_cast<uint8_t>(kFirstVowel + s / 28 % kVowels), kFinals[static_cast<size_t>(s % 28)]};
  for (uint8_t b : jamo) {
    out.push_back(static_cast<char>(0xA4));
    out.push_back(static_cast<char>(b));
  }
}

// in starts with A4 D4: the syllable of the sequence, 0 incomplete, -1 illegal.
int decode_makeup(const uint8_t* in, size_t n, StrBuilder& out) {
  if (n < 8) return 0;
  if (in[2] != 0xA4 || in[4] != 0xA4 || in[6] != 0xA4) return -1;
  int initial = index_of(kInitials, in[3]);
  int vowel = in[5] - kFirstVowel;
  int final = index_of(kFinals, in[7]);
  if (initial < 0 || vowel < 0 || vowel >= kVowels || final < 0) return -1;
  out.append(static_cast<uint32_t>(kFirstSyllable + (initial * kVowels + vowel) * 28 + final));
  return 8;
}

// ---- GB18030's four-byte sequences ----

// in[1] is a digit: the unit at in, 0 incomplete, -1 illegal.
int decode_four_byte(const Tables& t, const uint8_t* in, size_t n, StrBuilder& out) {
  if (n < 4) return 0;
  if (!in_range(in[2], 0x81, 0xFE) || !in_range(in[3], 0x30, 0x39)) return -1;
  auto index_from = [&](uint8_t base) {
    return ((static_cast<uint32_t>(in[0] - base) * 10 + (in[1] - 0x30)) * 126 + (in[2] - 0x81)) * 10 + (in[3] - 0x30);
  };
  if (in_range(in[0], 0x90, 0xE3)) {
    uint32_t c = kSupplementaryBase + index_from(0x90);
    if (c > 0x10FFFF) return -1;
    out.append(c);
    return 4;
  }
  if (!in_range(in[0], 0x81, 0x84)) return -1;
  uint32_t index = index_from(0x81);
  if (index >= t.four.size() || t.four[index] == kNone) return -1;
  out.append(t.four[index]);
  return 4;
}

void encode_four_byte(char32_t c, std::string& out) {
  uint32_t index = c - kSupplementaryBase;
  out.push_back(static_cast<char>(0x90 + index / 12600));
  out.push_back(static_cast<char>(0x30 + index / 1260 % 10));
  out.push_back(static_cast<char>(0x81 + index / 10 % 126));
  out.push_back(static_cast<char>(0x30 + index % 10));
}

}  // namespace

bool TableCodec::prepare() const {
  if (newer_ != nullptr && tables_for(newer_) == nullptr) return false;
  if (tables_ == nullptr) tables_ = tables_for(name());
  return tables_ != nullptr;
}

void append_unit(const Tables& t, uint32_t v, StrBuilder& out) {
  if (v & kPair) {
    auto pair = t.pairs[v & ~kPair];
    out.append(static_cast<uint32_t>(pair.first));
    out.append(static_cast<uint32_t>(pair.second));
  } else {
    out.append(v);
  }
}

int TableCodec::encode(CodecState&, const char32_t* text, size_t n, bool final, std::string& out) const {
  const Tables& t = *tables_;
  char32_t c = text[0];
  if (!t.pair_starts.empty() && t.pair_starts.count(c) != 0) {
    if (n == 1 && !final) return 0;
    if (n > 1) {
      auto it = t.encode_pairs.find({c, text[1]});
      if (it != t.encode_pairs.end()) {
        append_encoded(out, it->second);
        return 2;
      }
      // CPython drops a character beyond the BMP that follows one that may
      // start a pair when JIS X 0213:2004 lacks it too.
      const Encoded* e = t.find(c);
      if (e != nullptr && text[1] >= 0x10000 && t.find(text[1]) == nullptr &&
          tables_for("euc_jis_2004")->find(text[1]) == nullptr) {
        append_encoded(out, *e);
        return 2;
      }
    }
  }
  if (const Encoded* e = t.find(c)) {
    append_encoded(out, *e);
    return 1;
  }
  if (kind_ == Kind::Gb18030 && c >= kSupplementaryBase && c <= 0x10FFFF) {
    encode_four_byte(c, out);
    return 1;
  }
  if (kind_ == Kind::EucKr && c >= kFirstSyllable && c <= kLastSyllable) {
    encode_makeup(c, out);
    return 1;
  }
  return -1;
}

int TableCodec::decode(CodecState&, const uint8_t* in, size_t n, StrBuilder& out) const {
  const Tables& t = *tables_;
  uint8_t b = in[0];
  if (t.single[b] != kNone) {
    out.append(t.single[b]);
    return 1;
  }
  if (kind_ == Kind::Gb18030 && n > 1 && in_range(in[1], 0x30, 0x39)) return decode_four_byte(t, in, n, out);
  if (kind_ == Kind::EucKr && b == 0xA4 && n > 1 && in[1] == 0xD4) {
    int r = decode_makeup(in, n, out);
    if (r != -1) return r;
  }
  if (kind_ == Kind::ThreeByte && b == 0x8F) {
    if (n < 3) return 0;
    auto it = t.three.find(0x8F0000u | static_cast<uint32_t>(in[1]) << 8 | in[2]);
    if (it == t.three.end()) return -1;
    out.append(it->second);
    return 3;
  }
  if (n < 2) return t.is_lead(b) ? 0 : -1;
  uint32_t v = t.two_byte(b, in[1]);
  // CPython reports both bytes of a character JIS X 0213 added in 2004.
  if (v == kNone) return newer_ != nullptr && tables_for(newer_)->two_byte(b, in[1]) != kNone ? -2 : -1;
  append_unit(t, v, out);
  return 2;
}

}  // namespace taipan::cjk
