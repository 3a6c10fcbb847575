// The built-in codecs: name lookup, one decoder loop per encoding family
// (utf-8, utf-16, utf-32, single-byte ascii/latin-1 and the cp1252 and
// iso8859-15 code pages), one encoder loop, and
// the error handlers they share.
#include "objects/codecs.h"

#include <cstring>

#include "objects/bytes.h"
#include "parser/utf8.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

enum class Codec { Utf8, Utf8Sig, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE, Latin1, Ascii, Cp1252, Latin9 };

// Code pages that keep ASCII and differ from latin-1 only in some upper bytes.
bool is_code_page(Codec c) { return c == Codec::Cp1252 || c == Codec::Latin9; }

constexpr uint32_t kUndefined = 0xFFFE;

// The character of byte b (>= 0x80) in a code page; kUndefined for a byte
// the code page leaves unassigned.
uint32_t code_page_char(Codec c, unsigned char b) {
  if (c == Codec::Cp1252 && b < 0xA0) {
    static const uint16_t kCp1252[32] = {
        0x20AC, kUndefined, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, kUndefined, 0x017D, kUndefined, kUndefined, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, kUndefined, 0x017E, 0x0178};
    return kCp1252[b - 0x80];
  }
  if (c == Codec::Latin9) {
    switch (b) {
      case 0xA4: return 0x20AC;
      case 0xA6: return 0x0160;
      case 0xA8: return 0x0161;
      case 0xB4: return 0x017D;
      case 0xB8: return 0x017E;
      case 0xBC: return 0x0152;
      case 0xBD: return 0x0153;
      case 0xBE: return 0x0178;
      default: break;
    }
  }
  return b;
}

// The byte for code point cp in a code page, or -1 when it has none.
int code_page_byte(Codec c, uint32_t cp) {
  if (cp < 0x80) return static_cast<int>(cp);
  for (int b = 0x80; b < 0x100; ++b) {
    if (code_page_char(c, static_cast<unsigned char>(b)) == cp) return b;
  }
  return -1;
}

struct CodecName {
  const char* alias;
  Codec codec;
};

// Aliases after normalisation: lower case, each run of punctuation or spaces
// turned into one '_', none at either end.
const CodecName kCodecNames[] = {
    {"utf_8", Codec::Utf8},        {"utf8", Codec::Utf8},          {"u8", Codec::Utf8},
    {"utf", Codec::Utf8},          {"cp65001", Codec::Utf8},       {"utf8_ucs2", Codec::Utf8},
    {"utf8_ucs4", Codec::Utf8},    {"utf_8_sig", Codec::Utf8Sig},  {"utf8_sig", Codec::Utf8Sig},
    {"utf_16", Codec::Utf16},      {"utf16", Codec::Utf16},        {"u16", Codec::Utf16},
    {"utf_16_le", Codec::Utf16LE}, {"utf_16le", Codec::Utf16LE},   {"utf_16_be", Codec::Utf16BE},
    {"utf_16be", Codec::Utf16BE},  {"utf_32", Codec::Utf32},       {"utf32", Codec::Utf32},
    {"u32", Codec::Utf32},         {"utf_32_le", Codec::Utf32LE},  {"utf_32le", Codec::Utf32LE},
    {"utf_32_be", Codec::Utf32BE}, {"utf_32be", Codec::Utf32BE},   {"latin_1", Codec::Latin1},
    {"latin1", Codec::Latin1},     {"latin", Codec::Latin1},       {"l1", Codec::Latin1},
    {"iso_8859_1", Codec::Latin1}, {"iso8859_1", Codec::Latin1},   {"8859", Codec::Latin1},
    {"cp819", Codec::Latin1},      {"iso_ir_100", Codec::Latin1},  {"iso_8859_1_1987", Codec::Latin1},
    {"ascii", Codec::Ascii},       {"us_ascii", Codec::Ascii},     {"646", Codec::Ascii},
    {"us", Codec::Ascii},          {"ansi_x3.4_1968", Codec::Ascii}, {"iso646_us", Codec::Ascii},
    {"cp1252", Codec::Cp1252},     {"windows_1252", Codec::Cp1252}, {"1252", Codec::Cp1252},
    {"iso8859_15", Codec::Latin9}, {"iso_8859_15", Codec::Latin9}, {"latin9", Codec::Latin9},
    {"l9", Codec::Latin9},
};

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8: case Codec::Utf8Sig: return "utf-8";
    case Codec::Utf16: return "utf-16";
    case Codec::Utf16LE: return "utf-16-le";
    case Codec::Utf16BE: return "utf-16-be";
    case Codec::Utf32: return "utf-32";
    case Codec::Utf32LE: return "utf-32-le";
    case Codec::Utf32BE: return "utf-32-be";
    case Codec::Latin1: return "latin-1";
    case Codec::Cp1252: case Codec::Latin9: return "charmap";  // as error messages name them
    default: return "ascii";
  }
}

bool find_codec(std::string_view name, Codec* out) {
  std::string key;
  bool pending_underscore = false;
  for (char c : name) {
    bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.';
    if (!alnum) {
      pending_underscore = !key.empty();
      continue;
    }
    if (pending_underscore) key.push_back('_');
    pending_underscore = false;
    key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  for (const CodecName& n : kCodecNames) {
    if (key == n.alias) {
      *out = n.codec;
      return true;
    }
  }
  return false;
}

bool lookup_codec(std::string_view name, Codec* out) {
  if (find_codec(name, out)) return true;
  raise(exc::LookupError, "unknown encoding: " + std::string(name));
  return false;
}

enum class Handler { Strict, Ignore, Replace, BackslashReplace, SurrogateEscape, SurrogatePass, XmlCharRef, Unknown };

Handler parse_handler(std::string_view name) {
  if (name == "strict") return Handler::Strict;
  if (name == "ignore") return Handler::Ignore;
  if (name == "replace") return Handler::Replace;
  if (name == "backslashreplace") return Handler::BackslashReplace;
  if (name == "surrogateescape") return Handler::SurrogateEscape;
  if (name == "surrogatepass") return Handler::SurrogatePass;
  if (name == "xmlcharrefreplace") return Handler::XmlCharRef;
  return Handler::Unknown;
}

Ref raise_unknown_handler(std::string_view name) {
  return raise(exc::LookupError, "unknown error handler name '" + std::string(name) + "'");
}

bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

bool has_surrogates(Str* s) {
  if (s->kind == 1) return false;
  for (int64_t i = 0; i < s->length; ++i)
    if (is_surrogate(str_char_at(s, i))) return true;
  return false;
}

// ---- Decoding ----

struct Decoder {
  std::string_view in;
  const char* encoding;
  std::string_view errors_name;
  Handler handler;
  StrBuilder out;

  // Applies the error handler to bytes [start, end); false with an exception set.
  bool error(int64_t start, int64_t end, const char* reason) {
    switch (handler) {
      case Handler::Ignore: return true;
      case Handler::Replace: out.append(0xFFFDu); return true;
      case Handler::BackslashReplace: {
        static const char hex[] = "0123456789abcdef";
        for (int64_t i = start; i < end; ++i) {
          unsigned char b = static_cast<unsigned char>(in[static_cast<size_t>(i)]);
          out.append('\\');
          out.append('x');
          out.append(static_cast<uint32_t>(hex[b >> 4]));
          out.append(static_cast<uint32_t>(hex[b & 15]));
        }
        return true;
      }
      case Handler::SurrogateEscape: {
        bool all_high = true;
        for (int64_t i = start; i < end; ++i)
          if (static_cast<unsigned char>(in[static_cast<size_t>(i)]) < 128) all_high = false;
        if (!all_high) break;
        for (int64_t i = start; i < end; ++i) out.append(0xDC00u + static_cast<unsigned char>(in[static_cast<size_t>(i)]));
        return true;
      }
      case Handler::XmlCharRef:
        raise(exc::TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return false;
      case Handler::Unknown:
        raise_unknown_handler(errors_name);
        return false;
      default:
        break;
    }
    raise_decode_error(start, end, reason);
    return false;
  }

  void raise_decode_error(int64_t start, int64_t end, const char* reason) {
    Ref enc = str_from_utf8(encoding);
    Ref obj = bytes_from_string(in);
    Ref why = str_from_utf8(reason);
    if (!enc || !obj || !why) return;
    Ref e = call(Value::object(exc::UnicodeDecodeError),
                 {*enc, *obj, Value::small_int(start), Value::small_int(end), *why});
    if (e) raise_value(*e);
  }
};

unsigned char byte_at(std::string_view s, int64_t i) { return static_cast<unsigned char>(s[static_cast<size_t>(i)]); }

// Decodes UTF-8 from d.in[0..); stops before an incomplete final sequence
// unless final. Returns the bytes consumed, or -1 on error.
int64_t decode_utf8(Decoder& d, bool final) {
  std::string_view in = d.in;
  int64_t n = static_cast<int64_t>(in.size()), i = 0;
  while (i < n) {
    unsigned char c = byte_at(in, i);
    if (c < 0x80) {
      d.out.append(c);
      ++i;
      continue;
    }
    int need;
    uint32_t cp;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      cp = c & 0x0F;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED && d.handler != Handler::SurrogatePass) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      cp = c & 0x07;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      if (!d.error(i, i + 1, "invalid start byte")) return -1;
      ++i;
      continue;
    }
    int64_t j = i + 1;
    bool bad = false;
    for (int k = 0; k < need; ++k, ++j) {
      if (j >= n) break;
      unsigned char b = byte_at(in, j);
      unsigned char min = k == 0 ? lo : 0x80, max = k == 0 ? hi : 0xBF;
      if (b < min || b > max) {
        bad = true;
        break;
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    if (bad) {
      if (!d.error(i, j, "invalid continuation byte")) return -1;
      i = j;
      continue;
    }
    if (j - i < need + 1) {
      if (!final) return i;
      if (!d.error(i, n, "unexpected end of data")) return -1;
      i = n;
      continue;
    }
    d.out.append(cp);
    i = j;
  }
  return n;
}

bool read_little_endian(Codec c) { return c == Codec::Utf16LE || c == Codec::Utf32LE; }

uint32_t read_unit(std::string_view in, int64_t i, int width, bool little) {
  uint32_t v = 0;
  for (int k = 0; k < width; ++k) {
    uint32_t b = byte_at(in, i + k);
    v |= little ? b << (8 * k) : b << (8 * (width - 1 - k));
  }
  return v;
}

int64_t decode_utf16(Decoder& d, bool little, bool final) {
  std::string_view in = d.in;
  int64_t n = static_cast<int64_t>(in.size()), i = 0;
  while (i < n) {
    if (i + 2 > n) {
      if (!final) return i;
      if (!d.error(i, n, "truncated data")) return -1;
      return n;
    }
    uint32_t u = read_unit(in, i, 2, little);
    if (u < 0xD800 || u > 0xDFFF) {
      d.out.append(u);
      i += 2;
      continue;
    }
    if (u >= 0xDC00) {
      if (d.handler == Handler::SurrogatePass) d.out.append(u);
      else if (!d.error(i, i + 2, "illegal encoding")) return -1;
      i += 2;
      continue;
    }
    if (i + 4 > n) {
      if (!final) return i;
      if (d.handler == Handler::SurrogatePass && i + 2 == n) {
        d.out.append(u);
        return n;
      }
      if (!d.error(i, n, "unexpected end of data")) return -1;
      return n;
    }
    uint32_t u2 = read_unit(in, i + 2, 2, little);
    if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
      d.out.append(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
      i += 4;
    } else {
      if (d.handler == Handler::SurrogatePass) d.out.append(u);
      else if (!d.error(i, i + 2, "illegal UTF-16 surrogate")) return -1;
      i += 2;
    }
  }
  return n;
}

int64_t decode_utf32(Decoder& d, bool little, bool final) {
  std::string_view in = d.in;
  int64_t n = static_cast<int64_t>(in.size()), i = 0;
  while (i < n) {
    if (i + 4 > n) {
      if (!final) return i;
      if (!d.error(i, n, "truncated data")) return -1;
      return n;
    }
    uint32_t u = read_unit(in, i, 4, little);
    if (u > 0x10FFFF) {
      if (!d.error(i, i + 4, "code point not in range(0x110000)")) return -1;
    } else if (is_surrogate(u) && d.handler != Handler::SurrogatePass) {
      if (!d.error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)")) return -1;
    } else {
      d.out.append(u);
    }
    i += 4;
  }
  return n;
}

int64_t decode_single_byte(Decoder& d, Codec codec) {
  std::string_view in = d.in;
  int64_t n = static_cast<int64_t>(in.size());
  for (int64_t i = 0; i < n; ++i) {
    unsigned char c = byte_at(in, i);
    uint32_t cp = c < 0x80 || codec == Codec::Latin1 ? c : codec == Codec::Ascii ? kUndefined : code_page_char(codec, c);
    if (cp != kUndefined) {
      d.out.append(cp);
    } else if (!d.error(i, i + 1, codec == Codec::Ascii ? "ordinal not in range(128)" : "character maps to <undefined>")) {
      return -1;
    }
  }
  return n;
}

bool all_ascii_bytes(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Strips a byte-order mark for utf-16/utf-32 (or utf-8-sig) and picks the
// endianness it names; *bom_size is the number of bytes it took.
Codec resolve_bom(Codec c, std::string_view in, int64_t* bom_size) {
  *bom_size = 0;
  auto starts = [&](const char* bom, size_t len) { return in.size() >= len && std::memcmp(in.data(), bom, len) == 0; };
  switch (c) {
    case Codec::Utf8Sig:
      if (starts("\xEF\xBB\xBF", 3)) *bom_size = 3;
      return Codec::Utf8;
    case Codec::Utf16:
      if (starts("\xFF\xFE", 2)) { *bom_size = 2; return Codec::Utf16LE; }
      if (starts("\xFE\xFF", 2)) { *bom_size = 2; return Codec::Utf16BE; }
      return Codec::Utf16LE;
    case Codec::Utf32:
      if (starts("\xFF\xFE\x00\x00", 4)) { *bom_size = 4; return Codec::Utf32LE; }
      if (starts("\x00\x00\xFE\xFF", 4)) { *bom_size = 4; return Codec::Utf32BE; }
      return Codec::Utf32LE;
    default:
      return c;
  }
}

Ref decode_with(std::string_view bytes, std::string_view encoding, std::string_view errors, bool final,
                bool at_start, int64_t* consumed) {
  Codec codec;
  if (!lookup_codec(encoding, &codec)) return nullptr;
  if ((codec == Codec::Utf8 || codec == Codec::Ascii || codec == Codec::Latin1 || is_code_page(codec)) &&
      all_ascii_bytes(bytes)) {
    if (consumed != nullptr) *consumed = static_cast<int64_t>(bytes.size());
    return str_from_latin1(bytes);
  }
  int64_t bom = 0;
  if (at_start) {
    codec = resolve_bom(codec, bytes, &bom);
  } else if (codec == Codec::Utf8Sig) {
    codec = Codec::Utf8;
  } else if (codec == Codec::Utf16 || codec == Codec::Utf32) {
    codec = codec == Codec::Utf16 ? Codec::Utf16LE : Codec::Utf32LE;
  }
  Decoder d{bytes.substr(static_cast<size_t>(bom)), codec_name(codec), errors, parse_handler(errors), {}};
  int64_t used;
  switch (codec) {
    case Codec::Utf8: used = decode_utf8(d, final); break;
    case Codec::Utf16LE: case Codec::Utf16BE: used = decode_utf16(d, read_little_endian(codec), final); break;
    case Codec::Utf32LE: case Codec::Utf32BE: used = decode_utf32(d, read_little_endian(codec), final); break;
    default: used = decode_single_byte(d, codec); break;
  }
  if (used < 0) return nullptr;
  if (consumed != nullptr) *consumed = used + bom;
  return d.out.finish();
}

// ---- Encoding ----

struct Encoder {
  Str* s;
  Codec codec;
  const char* encoding;
  std::string_view errors_name;
  Handler handler;
  std::string out;

  bool can_encode(uint32_t cp) const {
    switch (codec) {
      case Codec::Ascii: return cp < 0x80;
      case Codec::Latin1: return cp < 0x100;
      case Codec::Cp1252: case Codec::Latin9: return code_page_byte(codec, cp) >= 0;
      default: return !is_surrogate(cp);
    }
  }

  const char* reason() const {
    switch (codec) {
      case Codec::Ascii: return "ordinal not in range(128)";
      case Codec::Latin1: return "ordinal not in range(256)";
      case Codec::Cp1252: case Codec::Latin9: return "character maps to <undefined>";
      default: return "surrogates not allowed";
    }
  }

  void emit(uint32_t cp) {
    switch (codec) {
      case Codec::Ascii: case Codec::Latin1: out.push_back(static_cast<char>(cp)); break;
      case Codec::Cp1252: case Codec::Latin9: out.push_back(static_cast<char>(code_page_byte(codec, cp))); break;
      case Codec::Utf16LE: case Codec::Utf16BE:
        if (cp >= 0x10000) {
          emit_unit(0xD800 + ((cp - 0x10000) >> 10), 2);
          emit_unit(0xDC00 + ((cp - 0x10000) & 0x3FF), 2);
        } else {
          emit_unit(cp, 2);
        }
        break;
      case Codec::Utf32LE: case Codec::Utf32BE: emit_unit(cp, 4); break;
      default: parser::utf8_append(out, cp); break;
    }
  }

  void emit_unit(uint32_t v, int width) {
    bool little = codec == Codec::Utf16LE || codec == Codec::Utf32LE;
    for (int k = 0; k < width; ++k) {
      int shift = little ? 8 * k : 8 * (width - 1 - k);
      out.push_back(static_cast<char>((v >> shift) & 0xFF));
    }
  }

  void emit_ascii(std::string_view text) {
    for (char c : text) emit(static_cast<unsigned char>(c));
  }

  void raise_encode_error(int64_t start, int64_t end) {
    Ref enc = str_from_utf8(encoding);
    Ref why = str_from_utf8(reason());
    if (!enc || !why) return;
    Ref e = call(Value::object(exc::UnicodeEncodeError),
                 {*enc, Value::object(s), Value::small_int(start), Value::small_int(end), *why});
    if (e) raise_value(*e);
  }

  // Applies the error handler to characters [start, end) that cannot be encoded.
  bool error(int64_t start, int64_t end) {
    static const char hex[] = "0123456789abcdef";
    switch (handler) {
      case Handler::Ignore: return true;
      case Handler::Replace:
        for (int64_t i = start; i < end; ++i) emit('?');
        return true;
      case Handler::BackslashReplace:
        for (int64_t i = start; i < end; ++i) {
          uint32_t c = str_char_at(s, i);
          int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
          std::string esc = digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U";
          for (int k = digits - 1; k >= 0; --k) esc.push_back(hex[(c >> (4 * k)) & 15]);
          emit_ascii(esc);
        }
        return true;
      case Handler::XmlCharRef:
        for (int64_t i = start; i < end; ++i) emit_ascii("&#" + std::to_string(str_char_at(s, i)) + ";");
        return true;
      case Handler::SurrogateEscape: {
        bool byte_oriented = codec == Codec::Ascii || codec == Codec::Latin1 || codec == Codec::Utf8 ||
                             codec == Codec::Utf8Sig || is_code_page(codec);
        bool ok = byte_oriented;
        for (int64_t i = start; i < end && ok; ++i) {
          uint32_t c = str_char_at(s, i);
          ok = c >= 0xDC80 && c <= 0xDCFF;
        }
        if (!ok) break;
        for (int64_t i = start; i < end; ++i) out.push_back(static_cast<char>(str_char_at(s, i) - 0xDC00));
        return true;
      }
      case Handler::SurrogatePass: {
        if (codec == Codec::Ascii || codec == Codec::Latin1 || is_code_page(codec)) break;
        for (int64_t i = start; i < end; ++i) {
          uint32_t c = str_char_at(s, i);
          if (codec == Codec::Utf16LE || codec == Codec::Utf16BE) emit_unit(c, 2);
          else emit(c);
        }
        return true;
      }
      case Handler::Unknown:
        raise_unknown_handler(errors_name);
        return false;
      default:
        break;
    }
    raise_encode_error(start, end);
    return false;
  }
};

}  // namespace

std::string normalize_encoding(std::string_view encoding) {
  Codec c;
  if (!find_codec(encoding, &c)) return "";
  if (c == Codec::Utf8Sig) return "utf-8-sig";
  if (c == Codec::Cp1252) return "cp1252";
  if (c == Codec::Latin9) return "iso8859-15";
  return codec_name(c);
}

Ref decode(std::string_view bytes, std::string_view encoding, std::string_view errors) {
  return decode_with(bytes, encoding, errors, true, true, nullptr);
}

Ref decode_incremental(std::string_view bytes, std::string_view encoding, std::string_view errors, bool final,
                       bool at_start, int64_t* consumed) {
  return decode_with(bytes, encoding, errors, final, at_start, consumed);
}

Ref encode(Str* s, std::string_view encoding, std::string_view errors) {
  Codec codec;
  if (!lookup_codec(encoding, &codec)) return nullptr;
  if (s->ascii && (codec == Codec::Utf8 || codec == Codec::Ascii || codec == Codec::Latin1 || is_code_page(codec))) {
    return bytes_from_string(str_utf8(s));
  }
  if (codec == Codec::Utf8 && !has_surrogates(s)) return bytes_from_string(str_utf8(s));
  std::string prefix;
  switch (codec) {
    case Codec::Utf8Sig: prefix = "\xEF\xBB\xBF"; codec = Codec::Utf8; break;
    case Codec::Utf16: prefix = "\xFF\xFE"; codec = Codec::Utf16LE; break;
    case Codec::Utf32: prefix = std::string("\xFF\xFE\x00\x00", 4); codec = Codec::Utf32LE; break;
    default: break;
  }
  const char* name = codec_name(codec);
  if (prefix.size() == 2) name = "utf-16";
  else if (prefix.size() == 4) name = "utf-32";
  Encoder e{s, codec, name, errors, parse_handler(errors), prefix};
  e.out.reserve(prefix.size() + static_cast<size_t>(s->length) * 2);
  for (int64_t i = 0; i < s->length;) {
    uint32_t c = str_char_at(s, i);
    if (e.can_encode(c)) {
      e.emit(c);
      ++i;
      continue;
    }
    // Errors span a run of unencodable characters, except in UTF-16/32.
    int64_t j = i + 1;
    bool single = codec != Codec::Utf8 && codec != Codec::Ascii && codec != Codec::Latin1 && !is_code_page(codec);
    while (!single && j < s->length && !e.can_encode(str_char_at(s, j))) ++j;
    if (!e.error(i, j)) return nullptr;
    i = j;
  }
  return bytes_from_string(e.out);
}

}  // namespace taipan
