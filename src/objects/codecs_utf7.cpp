// UTF-7 (RFC 2152) as CPython writes and reads it: direct characters pass,
// '+' is "+-", everything else goes in a modified-base64 shift sequence of
// UTF-16 units, closed by '-' when the next character could be misread.
#include "objects/codecs_utf7.h"

#include "objects/bytes.h"
#include "objects/codec_errors.h"

namespace taipan {
namespace {

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int from_base64(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

bool is_base64(uint32_t c) { return c < 128 && from_base64(static_cast<unsigned char>(c)) >= 0; }

// Characters the encoder writes as they are: RFC 2152's sets D and O and
// whitespace; not '+', '\\', '~', controls or anything beyond ASCII.
bool encode_direct(uint32_t c) {
  if (c == 0 || c >= 127) return false;
  if (c == '\t' || c == '\n' || c == '\r' || c == ' ') return true;
  if (c < 0x20) return false;
  return c != '+' && c != '\\' && c != '~';
}

}  // namespace

Ref utf7_encode(Str* s) {
  std::string out;
  bool in_shift = false;
  uint32_t buffer = 0;
  int bits = 0;
  auto push_unit = [&](uint32_t unit) {
    buffer = (buffer << 16) | unit;
    bits += 16;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(kBase64[(buffer >> bits) & 0x3F]);
    }
    buffer &= (1u << bits) - 1;
  };
  auto flush_bits = [&]() {
    if (bits > 0) out.push_back(kBase64[(buffer << (6 - bits)) & 0x3F]);
    buffer = 0;
    bits = 0;
  };
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    if (in_shift && encode_direct(c)) {
      flush_bits();
      in_shift = false;
      if (is_base64(c) || c == '-') out.push_back('-');
      out.push_back(static_cast<char>(c));
      continue;
    }
    if (!in_shift) {
      if (c == '+') {
        out += "+-";
        continue;
      }
      if (encode_direct(c)) {
        out.push_back(static_cast<char>(c));
        continue;
      }
      out.push_back('+');
      in_shift = true;
    }
    if (c >= 0x10000) {
      push_unit(0xD800 | ((c - 0x10000) >> 10));
      push_unit(0xDC00 | ((c - 0x10000) & 0x3FF));
    } else {
      push_unit(c);
    }
  }
  if (in_shift) {
    flush_bits();
    out.push_back('-');
  }
  return bytes_from_string(out);
}

Ref utf7_decode(std::string_view in, std::string_view errors, bool final, int64_t* consumed) {
  const char* encoding = "utf7";
  ErrorHandler handler(errors);
  StrBuilder out;
  int64_t n = static_cast<int64_t>(in.size()), i = 0;
  bool in_shift = false;
  uint32_t buffer = 0, surrogate = 0;
  int bits = 0;
  int64_t shift_start = 0;  // the '+' of the open shift sequence
  int64_t out_at_shift = 0;  // output length when it opened (a non-final call ending
                             // inside the sequence hands back only what came before)
  auto fail = [&](int64_t start, int64_t end, const char* reason) {
    return handler.on_decode(encoding, in, start, end, reason, out);
  };
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(in[static_cast<size_t>(i)]);
    if (in_shift) {
      int v = from_base64(c);
      if (v >= 0) {
        buffer = (buffer << 6) | static_cast<uint32_t>(v);
        bits += 6;
        ++i;
        if (bits >= 16) {
          uint32_t unit = (buffer >> (bits - 16)) & 0xFFFF;
          bits -= 16;
          buffer &= (1u << bits) - 1;
          if (surrogate != 0) {
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
              out.append(0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00));
              surrogate = 0;
              continue;
            }
            out.append(surrogate);
            surrogate = 0;
          }
          if (unit >= 0xD800 && unit <= 0xDBFF) surrogate = unit;
          else out.append(unit);
        }
        continue;
      }
      in_shift = false;
      if (bits >= 6 || (bits > 0 && buffer != 0)) {
        ++i;
        const char* why = bits >= 6 ? "partial character in shift sequence" : "non-zero padding bits in shift sequence";
        if ((i = fail(shift_start, i, why)) < 0) return nullptr;
        continue;
      }
      if (surrogate != 0) {
        out.append(surrogate);
        surrogate = 0;
      }
      if (c == '-') ++i;
      continue;
    }
    if (c == '+') {
      int64_t start = i++;
      if (i < n && in[static_cast<size_t>(i)] == '-') {
        ++i;
        out.append('+');
      } else if (i < n && !is_base64(static_cast<unsigned char>(in[static_cast<size_t>(i)]))) {
        ++i;
        if ((i = fail(start, i, "ill-formed sequence")) < 0) return nullptr;
      } else {
        in_shift = true;
        shift_start = start;
        out_at_shift = out.size();
        surrogate = 0;
        bits = 0;
        buffer = 0;
      }
      continue;
    }
    if (c < 128) {
      out.append(c);
      ++i;
      continue;
    }
    int64_t start = i++;
    if ((i = fail(start, i, "unexpected special character")) < 0) return nullptr;
  }
  if (in_shift && final && (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0))) {
    if (fail(shift_start, n, "unterminated shift sequence") < 0) return nullptr;
  }
  Ref text = out.finish();
  if (!text) return nullptr;
  if (in_shift && !final) {
    if (consumed != nullptr) *consumed = shift_start;
    return str_substring(text.as<Str>(), 0, out_at_shift);
  }
  if (consumed != nullptr) *consumed = n;
  return text;
}

}  // namespace taipan
