// Character tests of the regular expression engine: case mappings and the
// categories (\d \s \w, line breaks) as CPython's _sre decides them for ASCII,
// for the C locale (LOCALE flag) and for Unicode, and membership in a
// compiled character set (the code between IN and its FAILURE).
#pragma once

#include <cstdint>

#include "modules/sre/sre_constants.h"

namespace taipan::sre {

inline uint32_t lower_ascii(uint32_t ch) { return ch - 'A' < 26 ? ch + 32 : ch; }

// Simple case mappings (the first code point of the full mapping, which is
// what Py_UNICODE_TOLOWER/TOUPPER give).
uint32_t lower_unicode_slow(uint32_t ch);
uint32_t upper_unicode_slow(uint32_t ch);
inline uint32_t lower_unicode(uint32_t ch) { return ch < 128 ? lower_ascii(ch) : lower_unicode_slow(ch); }
inline uint32_t upper_unicode(uint32_t ch) {
  return ch < 128 ? (ch - 'a' < 26 ? ch - 32 : ch) : upper_unicode_slow(ch);
}

// The LOCALE flag's mappings: the C library's, for code points below 256.
uint32_t lower_locale(uint32_t ch);
uint32_t upper_locale(uint32_t ch);
inline bool char_loc_ignore(Code pattern, uint32_t ch) {
  return ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern;
}

// ASCII \w (also used by AT_BOUNDARY).
inline bool is_ascii_word(uint32_t ch) {
  return ch <= 'z' && ((ch - '0' < 10) || ((ch | 32) - 'a' < 26) || ch == '_');
}
bool is_locale_word(uint32_t ch);
bool is_unicode_word(uint32_t ch);

// Whether ch belongs to a CATEGORY code.
bool in_category(Code category, uint32_t ch);

// Whether ch belongs to the set starting at `set` (validated code, ending
// with FAILURE).
bool in_charset(const Code* set, uint32_t ch);
// IN_LOC_IGNORE: ch's locale lower or upper case form is in the set.
bool in_charset_loc_ignore(const Code* set, uint32_t ch);

}  // namespace taipan::sre
