// Character tests of the regular expression engine (see sre_chars.h).
#include "modules/sre/sre_chars.h"

#include <cctype>
#include <cstddef>
#include <memory>

#include "objects/unicode.h"

namespace taipan::sre {

namespace {

using FullMapping = int (*)(uint32_t, uint32_t[3]);

uint32_t first_of(FullMapping mapping, uint32_t ch) {
  uint32_t out[3];
  mapping(ch, out);
  return out[0];
}

// The mapping of the Basic Multilingual Plane, filled 256 code points at a
// time on first use (case-insensitive matching asks for the same few blocks
// over and over; the full mapping is a table search).
class BmpCache {
 public:
  explicit BmpCache(FullMapping mapping) : mapping_(mapping) {}
  uint32_t get(uint32_t ch) {
    if (ch >= 0x10000) return first_of(mapping_, ch);
    std::unique_ptr<uint32_t[]>& block = blocks_[ch >> 8];
    if (!block) {
      block.reset(new uint32_t[256]);
      for (uint32_t i = 0; i < 256; ++i) block[i] = first_of(mapping_, (ch & ~0xFFu) | i);
    }
    return block[ch & 0xFF];
  }

 private:
  FullMapping mapping_;
  std::unique_ptr<uint32_t[]> blocks_[256];
};

BmpCache lower_cache(unicode::to_lower);
BmpCache upper_cache(unicode::to_upper);

}  // namespace

uint32_t lower_unicode_slow(uint32_t ch) { return lower_cache.get(ch); }
uint32_t upper_unicode_slow(uint32_t ch) { return upper_cache.get(ch); }

uint32_t lower_locale(uint32_t ch) { return ch < 256 ? static_cast<uint32_t>(std::tolower(static_cast<int>(ch))) : ch; }
uint32_t upper_locale(uint32_t ch) { return ch < 256 ? static_cast<uint32_t>(std::toupper(static_cast<int>(ch))) : ch; }

bool is_locale_word(uint32_t ch) { return (ch < 256 && std::isalnum(static_cast<int>(ch))) || ch == '_'; }

bool is_unicode_word(uint32_t ch) {
  if (ch < 128) return is_ascii_word(ch);
  return unicode::is_alnum(ch);
}

namespace {

bool ascii_digit(uint32_t ch) { return ch - '0' < 10; }
bool ascii_space(uint32_t ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }

}  // namespace

bool in_category(Code category, uint32_t ch) {
  switch (category) {
    case CATEGORY_DIGIT: return ascii_digit(ch);
    case CATEGORY_NOT_DIGIT: return !ascii_digit(ch);
    case CATEGORY_SPACE: return ascii_space(ch);
    case CATEGORY_NOT_SPACE: return !ascii_space(ch);
    case CATEGORY_WORD: return is_ascii_word(ch);
    case CATEGORY_NOT_WORD: return !is_ascii_word(ch);
    case CATEGORY_LINEBREAK: return ch == '\n';
    case CATEGORY_NOT_LINEBREAK: return ch != '\n';
    case CATEGORY_LOC_WORD: return is_locale_word(ch);
    case CATEGORY_LOC_NOT_WORD: return !is_locale_word(ch);
    case CATEGORY_UNI_DIGIT: return unicode::is_decimal(ch);
    case CATEGORY_UNI_NOT_DIGIT: return !unicode::is_decimal(ch);
    case CATEGORY_UNI_SPACE: return unicode::is_space(ch);
    case CATEGORY_UNI_NOT_SPACE: return !unicode::is_space(ch);
    case CATEGORY_UNI_WORD: return is_unicode_word(ch);
    case CATEGORY_UNI_NOT_WORD: return !is_unicode_word(ch);
    case CATEGORY_UNI_LINEBREAK: return unicode::is_linebreak(ch);
    case CATEGORY_UNI_NOT_LINEBREAK: return !unicode::is_linebreak(ch);
    default: return false;
  }
}

bool in_charset(const Code* set, uint32_t ch) {
  bool member = true;  // what a hit means; NEGATE flips it
  for (;;) {
    switch (*set++) {
      case FAILURE:
        return !member;
      case LITERAL:
        if (ch == set[0]) return member;
        set += 1;
        break;
      case CATEGORY:
        if (in_category(set[0], ch)) return member;
        set += 1;
        break;
      case CHARSET:
        // A 256-bit map in eight 32-bit words.
        if (ch < 256 && (set[ch >> 5] & (1u << (ch & 31)))) return member;
        set += 8;
        break;
      case RANGE:
        if (set[0] <= ch && ch <= set[1]) return member;
        set += 2;
        break;
      case RANGE_UNI_IGNORE: {
        // ch is already lower case; its upper case form may be in range too.
        if (set[0] <= ch && ch <= set[1]) return member;
        uint32_t upper = upper_unicode(ch);
        if (set[0] <= upper && upper <= set[1]) return member;
        set += 2;
        break;
      }
      case NEGATE:
        member = !member;
        break;
      case BIGCHARSET: {
        // <count> <256 block numbers, one byte each, in 64 words> <count 256-bit blocks>
        Code blocks = *set++;
        const auto* block_of = reinterpret_cast<const unsigned char*>(set);
        set += 64;
        if (ch < 0x10000) {
          uint32_t bit = block_of[ch >> 8] * 256u + (ch & 255);
          if (set[bit >> 5] & (1u << (bit & 31))) return member;
        }
        set += static_cast<std::size_t>(blocks) * 8;
        break;
      }
      default:
        return false;  // unreachable for validated code
    }
  }
}

bool in_charset_loc_ignore(const Code* set, uint32_t ch) {
  uint32_t lower = lower_locale(ch);
  if (in_charset(set, lower)) return true;
  uint32_t upper = upper_locale(ch);
  return upper != lower && in_charset(set, upper);
}

}  // namespace taipan::sre
