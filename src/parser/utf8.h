// utf8.h — decoding and encoding single code points in (generalized) UTF-8.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace taipan::parser {

// Decodes the code point at s[i] and advances i. Invalid or truncated
// sequences yield the lead byte's value and advance by one.
inline std::uint32_t utf8_decode(std::string_view s, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (len == 1 || i + static_cast<std::size_t>(len) > s.size()) {
    ++i;
    return c;
  }
  std::uint32_t cp = c & (0x7F >> len);
  for (int j = 1; j < len; ++j) {
    unsigned char d = static_cast<unsigned char>(s[i + static_cast<std::size_t>(j)]);
    if ((d & 0xC0) != 0x80) {
      ++i;
      return c;
    }
    cp = (cp << 6) | (d & 0x3F);
  }
  i += static_cast<std::size_t>(len);
  return cp;
}

// Appends cp; surrogates are encoded like any other code point.
inline void utf8_append(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace taipan::parser
