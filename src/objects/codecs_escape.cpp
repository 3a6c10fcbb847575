// The escape codecs: unicode_escape and raw_unicode_escape (str <-> bytes of
// Python escapes) and escape_encode / escape_decode (bytes <-> bytes, the
// escapes of a bytes literal), with CPython's error messages.
#include "objects/codecs_escape.h"

#include "objects/bytes.h"
#include "objects/codec_errors.h"
#include "parser/utf8.h"
#include "modules/warnings.h"
#include "parser/unicode_tables.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void put_hex(std::string& out, char kind, uint32_t c, int digits) {
  out.push_back('\\');
  out.push_back(kind);
  for (int k = digits - 1; k >= 0; --k) out.push_back(kHex[(c >> (4 * k)) & 15]);
}

int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

unsigned char byte_at(std::string_view s, int64_t i) { return static_cast<unsigned char>(s[static_cast<size_t>(i)]); }

// Reads `digits` hex digits at in[i]; *end is where reading stopped. Returns
// 1 when all were there, 0 when the input ended first, -1 on a non-hex byte.
int read_hex(std::string_view in, int64_t i, int digits, uint32_t* value, int64_t* end) {
  int64_t n = static_cast<int64_t>(in.size());
  *value = 0;
  for (int k = 0; k < digits; ++k, ++i) {
    if (i >= n) {
      *end = i;
      return 0;
    }
    int d = hex_value(byte_at(in, i));
    if (d < 0) {
      *end = i;
      return -1;
    }
    *value = *value * 16 + static_cast<uint32_t>(d);
  }
  *end = i;
  return 1;
}

// The first escape a decoder kept as it was ("\\q") or read as an octal
// escape beyond 0o377: CPython warns about it, once per call, after decoding.
class InvalidEscape {
 public:
  void unknown(uint32_t c) {
    if (!message_.empty()) return;
    std::string ch;
    parser::utf8_append(ch, c);
    message_ = "invalid escape sequence '\\" + ch + "'";
  }
  void octal(std::string_view digits) {
    if (message_.empty()) message_ = "invalid octal escape sequence '\\" + std::string(digits) + "'";
  }
  // 0, or -1 when the warning became an error.
  int warn() const { return message_.empty() ? 0 : taipan::warn(exc::DeprecationWarning, message_, 1); }

 private:
  std::string message_;
};

}  // namespace

Ref unicode_escape_encode(Str* s, bool raw) {
  std::string out;
  out.reserve(static_cast<size_t>(s->length) + 8);
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    if (c >= 0x10000) {
      put_hex(out, 'U', c, 8);
    } else if (c >= 0x100) {
      put_hex(out, 'u', c, 4);
    } else if (raw) {
      out.push_back(static_cast<char>(c));
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      put_hex(out, 'x', c, 2);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return bytes_from_string(out);
}

Ref unicode_escape_decode(std::string_view in, std::string_view errors, bool final, int64_t* consumed) {
  const char* encoding = "unicodeescape";
  ErrorHandler handler(errors);
  InvalidEscape invalid;
  StrBuilder out;
  int64_t n = static_cast<int64_t>(in.size()), i = 0;
  while (i < n) {
    unsigned char c = byte_at(in, i);
    if (c != '\\') {
      out.append(c);
      ++i;
      continue;
    }
    int64_t start = i;
    if (i + 1 >= n) {
      if (!final) break;
      if ((i = handler.on_decode(encoding, in, start, n, "\\ at end of string", out)) < 0) return nullptr;
      continue;
    }
    unsigned char e = byte_at(in, i + 1);
    i += 2;
    switch (e) {
      case '\n': continue;
      case '\\': out.append('\\'); continue;
      case '\'': out.append('\''); continue;
      case '"': out.append('"'); continue;
      case 'a': out.append(7u); continue;
      case 'b': out.append(8u); continue;
      case 'f': out.append(12u); continue;
      case 'n': out.append('\n'); continue;
      case 'r': out.append('\r'); continue;
      case 't': out.append('\t'); continue;
      case 'v': out.append(11u); continue;
      default: break;
    }
    if (e >= '0' && e <= '7') {
      uint32_t v = e - '0';
      for (int k = 0; k < 2 && i < n && byte_at(in, i) >= '0' && byte_at(in, i) <= '7'; ++k, ++i) {
        v = v * 8 + (byte_at(in, i) - '0');
      }
      if (v > 0377) invalid.octal(in.substr(static_cast<size_t>(start + 1), 3));
      out.append(v);
      continue;
    }
    if (e == 'x' || e == 'u' || e == 'U') {
      int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      const char* truncated = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                                             : "truncated \\UXXXXXXXX escape";
      uint32_t v;
      int64_t end;
      int got = read_hex(in, i, digits, &v, &end);
      if (got == 0 && !final) {
        i = start;
        break;
      }
      if (got <= 0) {
        if ((i = handler.on_decode(encoding, in, start, end, truncated, out)) < 0) return nullptr;
        continue;
      }
      if (v > 0x10FFFF) {
        if ((i = handler.on_decode(encoding, in, start, end, "illegal Unicode character", out)) < 0) return nullptr;
        continue;
      }
      out.append(v);
      i = end;
      continue;
    }
    if (e == 'N') {
      int64_t close = -1;
      if (i < n && byte_at(in, i) == '{') {
        for (int64_t k = i + 1; k < n; ++k) {
          if (byte_at(in, k) == '}') {
            close = k;
            break;
          }
        }
      }
      if (close < 0) {
        if (!final && (i >= n || byte_at(in, i) == '{')) {
          i = start;
          break;
        }
        // The error spans an unclosed "{name", or just "\\N" when no brace follows.
        int64_t end = i < n && byte_at(in, i) == '{' ? n : i;
        if ((i = handler.on_decode(encoding, in, start, end, "malformed \\N character escape", out)) < 0) return nullptr;
        continue;
      }
      uint32_t cp;
      std::string_view name = in.substr(static_cast<size_t>(i + 1), static_cast<size_t>(close - i - 1));
      if (name.empty()) {
        if ((i = handler.on_decode(encoding, in, start, close, "malformed \\N character escape", out)) < 0) return nullptr;
        continue;
      }
      if (!parser::lookup_unicode_name(name, &cp)) {
        if ((i = handler.on_decode(encoding, in, start, close + 1, "unknown Unicode character name", out)) < 0) return nullptr;
        continue;
      }
      out.append(cp);
      i = close + 1;
      continue;
    }
    // An unknown escape stays as it is.
    invalid.unknown(e);
    out.append('\\');
    out.append(e);
  }
  if (consumed != nullptr) *consumed = i;
  Ref text = out.finish();
  if (!text || invalid.warn() < 0) return nullptr;
  return text;
}

Ref raw_unicode_escape_decode(std::string_view in, std::string_view errors, bool final, int64_t* consumed) {
  const char* encoding = "rawunicodeescape";
  ErrorHandler handler(errors);
  StrBuilder out;
  int64_t n = static_cast<int64_t>(in.size()), i = 0;
  while (i < n) {
    unsigned char c = byte_at(in, i);
    if (c != '\\') {
      out.append(c);
      ++i;
      continue;
    }
    // A run of backslashes: only an odd one before u/U starts an escape.
    int64_t run = i;
    while (run < n && byte_at(in, run) == '\\') ++run;
    int64_t count = run - i;
    if (run >= n && !final && count % 2 == 1) {
      for (int64_t k = 0; k + 1 < count; ++k) out.append('\\');
      i = run - 1;
      break;
    }
    bool escape = count % 2 == 1 && run < n && (byte_at(in, run) == 'u' || byte_at(in, run) == 'U');
    for (int64_t k = 0; k < count - (escape ? 1 : 0); ++k) out.append('\\');
    i = run;
    if (!escape) continue;
    int64_t start = run - 1;
    int digits = byte_at(in, run) == 'u' ? 4 : 8;
    uint32_t v;
    int64_t end;
    int got = read_hex(in, run + 1, digits, &v, &end);
    if (got == 0 && !final) {
      i = start;
      break;
    }
    if (got <= 0) {
      const char* why = digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
      if ((i = handler.on_decode(encoding, in, start, end, why, out)) < 0) return nullptr;
      continue;
    }
    if (v > 0x10FFFF) {
      if ((i = handler.on_decode(encoding, in, start, end, "\\Uxxxxxxxx out of range", out)) < 0) return nullptr;
      continue;
    }
    out.append(v);
    i = end;
  }
  if (consumed != nullptr) *consumed = i;
  return out.finish();
}

Ref bytes_escape_encode(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (char ch : in) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\'': out += "\\'"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c >= 0x7F) put_hex(out, 'x', c, 2);
        else out.push_back(ch);
    }
  }
  return bytes_from_string(out);
}

Ref bytes_escape_decode(std::string_view in, std::string_view errors) {
  InvalidEscape invalid;
  std::string out;
  int64_t n = static_cast<int64_t>(in.size()), i = 0;
  while (i < n) {
    char c = in[static_cast<size_t>(i)];
    if (c != '\\') {
      out.push_back(c);
      ++i;
      continue;
    }
    if (i + 1 >= n) return raise(exc::ValueError, "Trailing \\ in string");
    unsigned char e = byte_at(in, i + 1);
    int64_t start = i;
    i += 2;
    switch (e) {
      case '\n': continue;
      case '\\': out.push_back('\\'); continue;
      case '\'': out.push_back('\''); continue;
      case '"': out.push_back('"'); continue;
      case 'a': out.push_back('\a'); continue;
      case 'b': out.push_back('\b'); continue;
      case 'f': out.push_back('\f'); continue;
      case 'n': out.push_back('\n'); continue;
      case 'r': out.push_back('\r'); continue;
      case 't': out.push_back('\t'); continue;
      case 'v': out.push_back('\v'); continue;
      default: break;
    }
    if (e >= '0' && e <= '7') {
      unsigned v = e - '0';
      for (int k = 0; k < 2 && i < n && byte_at(in, i) >= '0' && byte_at(in, i) <= '7'; ++k, ++i) {
        v = v * 8 + (byte_at(in, i) - '0');
      }
      if (v > 0377) invalid.octal(in.substr(static_cast<size_t>(start + 1), 3));
      out.push_back(static_cast<char>(v & 0xFF));
      continue;
    }
    if (e == 'x') {
      uint32_t v;
      int64_t end;
      if (read_hex(in, i, 2, &v, &end) > 0) {
        out.push_back(static_cast<char>(v));
        i = end;
        continue;
      }
      if (errors == "strict") {
        return raise(exc::ValueError, "invalid \\x escape at position " + std::to_string(start));
      }
      if (errors == "replace") out.push_back('?');
      else if (errors != "ignore") {
        return raise(exc::ValueError, "decoding error; unknown error handling code: " + std::string(errors));
      }
      i = end;
      continue;
    }
    invalid.unknown(e);
    out.push_back('\\');
    out.push_back(static_cast<char>(e));
  }
  if (invalid.warn() < 0) return nullptr;
  return bytes_from_string(out);
}

}  // namespace taipan
