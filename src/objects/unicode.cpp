// Unicode properties and full case mappings: utf8proc answers categories and
// simple case mappings; unicode_data.inc (generated from CPython's
// unicodedata) adds what utf8proc lacks, so results match CPython 3.11.
#include "objects/unicode.h"

#include <utf8proc.h>

#include <algorithm>
#include <iterator>

#include "parser/unicode_tables.h"

namespace taipan::unicode {
namespace {

struct CodeRange {
  uint32_t first, last;
};
struct CaseMapping {
  uint32_t cp;
  int count;
  uint32_t to[3];
};

#include "objects/unicode_data.inc"

template <size_t N>
bool in_ranges(const CodeRange (&table)[N], uint32_t cp) {
  auto it = std::upper_bound(std::begin(table), std::end(table), cp,
                             [](uint32_t c, const CodeRange& r) { return c < r.first; });
  return it != std::begin(table) && cp <= std::prev(it)->last;
}

template <size_t N>
const CaseMapping* find_mapping(const CaseMapping (&table)[N], uint32_t cp) {
  auto it = std::lower_bound(std::begin(table), std::end(table), cp,
                             [](const CaseMapping& m, uint32_t c) { return m.cp < c; });
  return it != std::end(table) && it->cp == cp ? it : nullptr;
}

template <size_t N>
int map_full(const CaseMapping (&table)[N], uint32_t cp, uint32_t out[3]) {
  const CaseMapping* m = find_mapping(table, cp);
  std::copy(m->to, m->to + m->count, out);
  return m->count;
}

utf8proc_category_t category(uint32_t cp) {
  return cp > 0x10FFFF ? UTF8PROC_CATEGORY_CN : utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}

}  // namespace

bool is_alpha(uint32_t cp) {
  if (cp < 128) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
  switch (category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
      return true;
    default:
      return false;
  }
}

bool is_decimal(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9';
  return category(cp) == UTF8PROC_CATEGORY_ND;
}

bool is_digit(uint32_t cp) { return is_decimal(cp) || (cp >= 128 && in_ranges(kDigitNotDecimal, cp)); }

bool is_numeric(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9';
  switch (category(cp)) {
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return in_ranges(kNumericOutsideN, cp);
  }
}

bool is_alnum(uint32_t cp) { return is_alpha(cp) || is_numeric(cp); }

bool is_space(uint32_t cp) {
  if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1C && cp <= 0x1F);
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool is_linebreak(uint32_t cp) {
  return (cp >= 10 && cp <= 13) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2028 ||
         cp == 0x2029;
}

bool is_lower(uint32_t cp) {
  if (cp < 128) return cp >= 'a' && cp <= 'z';
  return category(cp) == UTF8PROC_CATEGORY_LL || in_ranges(kOtherLowercase, cp);
}

bool is_upper(uint32_t cp) {
  if (cp < 128) return cp >= 'A' && cp <= 'Z';
  return category(cp) == UTF8PROC_CATEGORY_LU || in_ranges(kOtherUppercase, cp);
}

bool is_title(uint32_t cp) { return cp >= 128 && category(cp) == UTF8PROC_CATEGORY_LT; }

bool is_cased(uint32_t cp) { return is_lower(cp) || is_upper(cp) || is_title(cp); }

bool is_case_ignorable(uint32_t cp) {
  switch (cp) {
    case 0x27: case 0x2E: case 0x3A: case 0x5E: case 0x60: case 0xA8: case 0xAD: case 0xAF:
    case 0xB4: case 0xB7: case 0xB8: case 0x387: case 0x55F: case 0x5F4: case 0x2018:
    case 0x2019: case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55: case 0xFF07:
    case 0xFF0E: case 0xFF1A:
      return true;
    default:
      break;
  }
  if (cp < 128) return false;
  switch (category(cp)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_SK:
      return true;
    default:
      return false;
  }
}

bool is_printable(uint32_t cp) {
  if (cp < 128) return cp >= 0x20 && cp < 0x7F;
  return parser::is_printable(cp);
}

bool is_xid_start(uint32_t cp) { return parser::is_xid_start(cp); }
bool is_xid_continue(uint32_t cp) { return parser::is_xid_continue(cp); }

int decimal_value(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
  if (!is_decimal(cp)) return -1;
  // Decimal digits come in runs of ten, zero first.
  int run = 0;
  while (is_decimal(cp - 1 - static_cast<uint32_t>(run))) ++run;
  return run % 10;
}

int to_lower(uint32_t cp, uint32_t out[3]) {
  if (cp < 128) {
    out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    return 1;
  }
  if (find_mapping(kFullLower, cp)) return map_full(kFullLower, cp, out);
  out[0] = static_cast<uint32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
  return 1;
}

int to_upper(uint32_t cp, uint32_t out[3]) {
  if (cp < 128) {
    out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
    return 1;
  }
  if (find_mapping(kFullUpper, cp)) return map_full(kFullUpper, cp, out);
  out[0] = static_cast<uint32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cp)));
  return 1;
}

int to_title(uint32_t cp, uint32_t out[3]) {
  if (find_mapping(kFullTitle, cp)) return map_full(kFullTitle, cp, out);
  return to_upper(cp, out);
}

int to_casefold(uint32_t cp, uint32_t out[3]) {
  if (cp >= 128 && find_mapping(kFullCasefold, cp)) return map_full(kFullCasefold, cp, out);
  return to_lower(cp, out);
}

}  // namespace taipan::unicode

namespace taipan::unicode {

bool char_name(uint32_t cp, std::string* out) { return parser::unicode_name(cp, out); }

}  // namespace taipan::unicode
