// string_literal.cpp — string prefixes and escape decoding.
//
// Error positions mimic CPython's unicode-escape decoder, which sees the
// body with every non-ASCII character replaced by a 10-byte "\UXXXXXXXX"
// (and a backslash before one by the 6-byte "\u005c").
#include "parser/string_literal.h"

#include <cstdint>
#include <cstdio>
#include <vector>

#include "parser/unicode_tables.h"
#include "parser/utf8.h"

namespace taipan::parser {

StringToken classify_string_token(std::string_view token) {
  StringToken st;
  std::size_t i = 0;
  while (i < token.size() && token[i] != '"' && token[i] != '\'') {
    switch (token[i]) {
      case 'b': case 'B': st.bytes = true; break;
      case 'r': case 'R': st.raw = true; break;
      case 'f': case 'F': st.fstring = true; break;
      case 'u': st.u = i == 0; break;
      default: break;
    }
    ++i;
  }
  std::size_t quote = (i + 2 < token.size() && token[i + 1] == token[i] && token[i + 2] == token[i] &&
                       token.size() - i >= 6)
                          ? 3
                          : 1;
  st.body_offset = i + quote;
  st.body = token.substr(i + quote, token.size() - i - 2 * quote);
  return st;
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string unicode_error(std::size_t start, std::size_t end, const char* what) {
  char buf[200];
  if (end == start + 1) {
    std::snprintf(buf, sizeof buf,
                  "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %zu: %s",
                  start, what);
  } else {
    std::snprintf(buf, sizeof buf,
                  "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                  start, end - 1, what);
  }
  return buf;
}

}  // namespace

std::string decode_string_body(std::string_view body, bool bytes, bool raw, std::string* out) {
  if (raw || body.find('\\') == std::string_view::npos) {
    out->append(body);
    return {};
  }
  std::size_t i = 0;
  std::size_t vpos = 0;  // position as CPython's decoder counts it
  const std::size_t n = body.size();
  while (i < n) {
    char c = body[i];
    if (c != '\\') {
      std::size_t len = 1;
      if (static_cast<unsigned char>(c) >= 0x80) {
        std::size_t j = i;
        utf8_decode(body, j);
        len = j - i;
        vpos += 10;
      } else {
        vpos += 1;
      }
      out->append(body.substr(i, len));
      i += len;
      continue;
    }
    std::size_t start = vpos;
    if (i + 1 >= n) {
      if (bytes) return "(value error) Trailing \\ in string";
      out->push_back('\\');
      return {};
    }
    char d = body[i + 1];
    if (!bytes && static_cast<unsigned char>(d) >= 0x80) {
      // A backslash before a non-ASCII character stays a backslash.
      out->push_back('\\');
      vpos += 6;
      i += 1;
      continue;
    }
    i += 2;
    vpos += 2;
    switch (d) {
      case '\n': break;
      case '\\': out->push_back('\\'); break;
      case '\'': out->push_back('\''); break;
      case '"': out->push_back('"'); break;
      case 'a': out->push_back('\a'); break;
      case 'b': out->push_back('\b'); break;
      case 'f': out->push_back('\f'); break;
      case 'n': out->push_back('\n'); break;
      case 'r': out->push_back('\r'); break;
      case 't': out->push_back('\t'); break;
      case 'v': out->push_back('\v'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        std::uint32_t v = static_cast<std::uint32_t>(d - '0');
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; ++k) {
          v = v * 8 + static_cast<std::uint32_t>(body[i] - '0');
          ++i;
          ++vpos;
        }
        if (bytes) {
          out->push_back(static_cast<char>(v & 0xFF));
        } else {
          utf8_append(*out, v);
        }
        break;
      }
      case 'x': case 'u': case 'U': {
        if (bytes && d != 'x') {
          out->push_back('\\');
          out->push_back(d);
          break;
        }
        int digits = d == 'x' ? 2 : d == 'u' ? 4 : 8;
        std::uint32_t v = 0;
        int k = 0;
        for (; k < digits && i < n; ++k) {
          int h = hex_value(body[i]);
          if (h < 0) break;
          v = v * 16 + static_cast<std::uint32_t>(h);
          ++i;
          ++vpos;
        }
        if (k < digits) {
          if (bytes) {
            char buf[80];
            std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %zu", start);
            return buf;
          }
          return unicode_error(start, vpos, d == 'x'   ? "truncated \\xXX escape"
                                            : d == 'u' ? "truncated \\uXXXX escape"
                                                       : "truncated \\UXXXXXXXX escape");
        }
        if (bytes) {
          out->push_back(static_cast<char>(v));
        } else {
          if (v > 0x10FFFF) return unicode_error(start, vpos, "illegal Unicode character");
          utf8_append(*out, v);
        }
        break;
      }
      case 'N': {
        if (bytes) {
          out->push_back('\\');
          out->push_back('N');
          break;
        }
        if (i < n && body[i] == '{') {
          std::size_t name_start = i + 1;
          std::size_t j = name_start;
          while (j < n && body[j] != '}') ++j;
          if (j < n && j > name_start) {
            std::string_view name = body.substr(name_start, j - name_start);
            std::size_t name_vlen = 0;
            for (std::size_t q = 0; q < name.size();) {
              if (static_cast<unsigned char>(name[q]) >= 0x80) {
                utf8_decode(name, q);
                name_vlen += 10;
              } else {
                ++q;
                ++name_vlen;
              }
            }
            vpos += 2 + name_vlen;
            i = j + 1;
            std::uint32_t cp;
            if (!lookup_unicode_name(name, &cp)) {
              return unicode_error(start, vpos, "unknown Unicode character name");
            }
            utf8_append(*out, cp);
            break;
          }
          // Malformed (no closing brace, or an empty name).
          vpos += j - i;
          return unicode_error(start, vpos, "malformed \\N character escape");
        }
        return unicode_error(start, vpos, "malformed \\N character escape");
      }
      default:
        // Unknown escape: kept as is (CPython warns).
        out->push_back('\\');
        out->push_back(d);
        break;
    }
  }
  return {};
}

}  // namespace taipan::parser
