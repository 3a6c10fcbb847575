// nfkc.cpp — NFKC for identifiers: full compatibility decomposition from a
// generated table (Hangul algorithmically), canonical ordering by combining
// class, then canonical composition.
#include "parser/nfkc.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "parser/utf8.h"

namespace taipan::parser {
namespace {

#include "parser/nfkc_data.inc"

constexpr std::uint32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr std::uint32_t kLCount = 19, kVCount = 21, kTCount = 28;
constexpr std::uint32_t kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

int combining_class(std::uint32_t cp) {
  if (cp < 0x300) return 0;
  std::size_t lo = 0, hi = sizeof kCombiningClass / sizeof kCombiningClass[0];
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    if (cp < kCombiningClass[mid][0]) {
      hi = mid;
    } else if (cp > kCombiningClass[mid][1]) {
      lo = mid + 1;
    } else {
      return static_cast<int>(kCombiningClass[mid][2]);
    }
  }
  return 0;
}

void decompose(std::uint32_t cp, std::vector<std::uint32_t>& out) {
  if (cp >= kSBase && cp < kSBase + kSCount) {
    std::uint32_t s = cp - kSBase;
    out.push_back(kLBase + s / kNCount);
    out.push_back(kVBase + (s % kNCount) / kTCount);
    if (s % kTCount) out.push_back(kTBase + s % kTCount);
    return;
  }
  std::size_t n = sizeof kDecompIndex / sizeof kDecompIndex[0];
  auto it = std::lower_bound(kDecompIndex, kDecompIndex + n, cp,
                             [](const std::uint32_t (&e)[3], std::uint32_t v) { return e[0] < v; });
  if (it != kDecompIndex + n && (*it)[0] == cp) {
    out.insert(out.end(), kDecompPool + (*it)[1], kDecompPool + (*it)[1] + (*it)[2]);
  } else {
    out.push_back(cp);
  }
}

// The canonical composition of (a, b), or 0.
std::uint32_t compose(std::uint32_t a, std::uint32_t b) {
  if (a >= kLBase && a < kLBase + kLCount && b >= kVBase && b < kVBase + kVCount) {
    return kSBase + ((a - kLBase) * kVCount + (b - kVBase)) * kTCount;
  }
  if (a >= kSBase && a < kSBase + kSCount && (a - kSBase) % kTCount == 0 && b > kTBase &&
      b < kTBase + kTCount) {
    return a + (b - kTBase);
  }
  std::size_t n = sizeof kCompositions / sizeof kCompositions[0];
  auto it = std::lower_bound(kCompositions, kCompositions + n, std::make_pair(a, b),
                             [](const std::uint32_t (&e)[3], std::pair<std::uint32_t, std::uint32_t> v) {
                               return e[0] < v.first || (e[0] == v.first && e[1] < v.second);
                             });
  if (it != kCompositions + n && (*it)[0] == a && (*it)[1] == b) return (*it)[2];
  return 0;
}

}  // namespace

std::string nfkc_identifier(std::string_view id) {
  bool ascii = true;
  for (char c : id) {
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  }
  if (ascii) return std::string(id);
  std::vector<std::uint32_t> cps;
  for (std::size_t i = 0; i < id.size();) decompose(utf8_decode(id, i), cps);
  // Canonical ordering: stable sort of each run of non-starters.
  for (std::size_t i = 0; i < cps.size();) {
    if (combining_class(cps[i]) == 0) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < cps.size() && combining_class(cps[j]) != 0) ++j;
    std::stable_sort(cps.begin() + static_cast<std::ptrdiff_t>(i), cps.begin() + static_cast<std::ptrdiff_t>(j),
                     [](std::uint32_t a, std::uint32_t b) { return combining_class(a) < combining_class(b); });
    i = j;
  }
  // Canonical composition.
  std::vector<std::uint32_t> out;
  std::ptrdiff_t starter = -1;
  int last_ccc = -1;
  for (std::uint32_t cp : cps) {
    int ccc = combining_class(cp);
    if (starter >= 0 && (last_ccc < ccc || (last_ccc == 0 && out.size() == static_cast<std::size_t>(starter) + 1))) {
      if (std::uint32_t c = compose(out[static_cast<std::size_t>(starter)], cp)) {
        out[static_cast<std::size_t>(starter)] = c;
        continue;
      }
    }
    if (ccc == 0) {
      starter = static_cast<std::ptrdiff_t>(out.size());
      last_ccc = 0;
    } else {
      last_ccc = ccc;
    }
    out.push_back(cp);
  }
  std::string result;
  for (std::uint32_t cp : out) utf8_append(result, cp);
  return result;
}

}  // namespace taipan::parser
