// unicode_tables.cpp — lookups over the generated tables in
// unicode_tables_data.inc (see gen_unicode_tables.py).
#include "parser/unicode_tables.h"

#include <cstddef>
#include <cstdio>
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace taipan::parser {
namespace {

#include "parser/unicode_tables_data.inc"

template <std::size_t N>
bool in_ranges(const std::uint32_t (&table)[N][2], std::uint32_t cp) {
  std::size_t lo = 0, hi = N;
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    if (cp < table[mid][0]) {
      hi = mid;
    } else if (cp > table[mid][1]) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

bool parse_hex(std::string_view s, std::uint32_t* out) {
  if (s.size() < 4 || s.size() > 6) return false;
  std::uint32_t v = 0;
  for (char c : s) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else return false;
    v = v * 16 + static_cast<std::uint32_t>(d);
  }
  *out = v;
  return true;
}

// Hangul syllable names: "HANGUL SYLLABLE " + lead + vowel + trail jamo.
const char* const kJamoL[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                              "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
const char* const kJamoV[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                              "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
const char* const kJamoT[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                              "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                              "SS", "NG", "J", "C", "K", "T", "P", "H"};

bool lookup_hangul(std::string_view rest, std::uint32_t* cp) {
  for (int l = 0; l < 19; ++l) {
    std::string_view ls = kJamoL[l];
    if (rest.substr(0, ls.size()) != ls) continue;
    std::string_view r1 = rest.substr(ls.size());
    for (int v = 0; v < 21; ++v) {
      std::string_view vs = kJamoV[v];
      if (r1.substr(0, vs.size()) != vs) continue;
      std::string_view r2 = r1.substr(vs.size());
      for (int t = 0; t < 28; ++t) {
        if (r2 == kJamoT[t]) {
          *cp = 0xAC00 + static_cast<std::uint32_t>((l * 21 + v) * 28 + t);
          return true;
        }
      }
    }
  }
  return false;
}

// The offset in kNameBlob of each character's own name record, by code point
// (aliases follow the names in the blob, out of code point order).
const std::vector<std::pair<std::uint32_t, std::uint32_t>>& name_index() {
  static const std::vector<std::pair<std::uint32_t, std::uint32_t>> index = [] {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    const unsigned char* b = kNameBlob;
    for (std::size_t i = 0; i < kNameCount; ++i) {
      std::uint32_t c = (static_cast<std::uint32_t>(b[0]) << 16) | (b[1] << 8) | b[2];
      if (!out.empty() && c <= out.back().first) break;
      out.emplace_back(c, static_cast<std::uint32_t>(b - kNameBlob));
      int words = b[3];
      b += 4;
      for (int w = 0; w < words; ++w) b += (*b & 0x80) ? 2 : 1;
    }
    return out;
  }();
  return index;
}

}  // namespace

bool unicode_name(std::uint32_t cp, std::string* out) {
  if (cp >= 0xAC00 && cp < 0xAC00 + 11172) {
    std::uint32_t s = cp - 0xAC00;
    *out = std::string("HANGUL SYLLABLE ") + kJamoL[s / (21 * 28)] + kJamoV[(s / 28) % 21] + kJamoT[s % 28];
    return true;
  }
  for (const auto& r : kAlgorithmicRanges) {
    if (cp >= r[1] && cp <= r[2]) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "%04X", cp);
      *out = std::string(kAlgorithmicPrefixes[r[0]]) + hex;
      return true;
    }
  }
  const auto& index = name_index();
  auto it = std::lower_bound(index.begin(), index.end(), cp,
                             [](const std::pair<std::uint32_t, std::uint32_t>& e, std::uint32_t v) { return e.first < v; });
  if (it == index.end() || it->first != cp) return false;
  const unsigned char* b = kNameBlob + it->second;
  int words = b[3];
  b += 4;
  out->clear();
  for (int w = 0; w < words; ++w) {
    unsigned code = *b++;
    if (code & 0x80) code = ((code & 0x7F) << 8) | *b++;
    *out += kNameWords[code >> 1];
    if (w + 1 < words) out->push_back((code & 1) ? '-' : ' ');
  }
  return true;
}

bool is_xid_start(std::uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  return in_ranges(kXidStart, cp);
}

bool is_xid_continue(std::uint32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' ||
           (cp >= '0' && cp <= '9');
  }
  return in_ranges(kXidContinue, cp);
}

bool is_printable(std::uint32_t cp) { return in_ranges(kPrintable, cp); }

bool lookup_unicode_name(std::string_view raw, std::uint32_t* cp) {
  std::string name(raw);
  for (char& c : name) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  std::string_view n = name;
  // Hangul syllables and CJK unified ideographs match in upper case only, as
  // in CPython, whose other algorithmic names are ordinary names to it.
  if (raw.substr(0, 16) == "HANGUL SYLLABLE ") return lookup_hangul(raw.substr(16), cp);
  for (std::size_t p = 0; p < sizeof kAlgorithmicPrefixes / sizeof kAlgorithmicPrefixes[0]; ++p) {
    std::string_view prefix = kAlgorithmicPrefixes[p];
    std::string_view text = p == 0 ? raw : n;
    if (text.substr(0, prefix.size()) != prefix) continue;
    std::uint32_t v;
    if (!parse_hex(text.substr(prefix.size()), &v)) return false;
    for (const auto& r : kAlgorithmicRanges) {
      if (r[0] == p && v >= r[1] && v <= r[2]) {
        *cp = v;
        return true;
      }
    }
    return false;
  }
  // Walk the compressed name records, matching word by word.
  const unsigned char* b = kNameBlob;
  for (std::size_t i = 0; i < kNameCount; ++i) {
    std::uint32_t c = (static_cast<std::uint32_t>(b[0]) << 16) | (b[1] << 8) | b[2];
    int words = b[3];
    b += 4;
    std::size_t pos = 0;
    bool match = true;
    for (int w = 0; w < words; ++w) {
      unsigned code = *b++;
      if (code & 0x80) code = ((code & 0x7F) << 8) | *b++;
      if (!match) continue;
      std::string_view word = kNameWords[code >> 1];
      if (n.substr(pos, word.size()) != word) {
        match = false;
        continue;
      }
      pos += word.size();
      if (w + 1 < words) {
        char sep = (code & 1) ? '-' : ' ';
        if (pos >= n.size() || n[pos] != sep) {
          match = false;
          continue;
        }
        ++pos;
      }
    }
    if (match && pos == n.size()) {
      *cp = c;
      return true;
    }
  }
  return false;
}

}  // namespace taipan::parser
