// The native codecs: name lookup, one decoder loop per encoding family
// (utf-8, utf-16, utf-32, single-byte ascii/latin-1 and the cp1252 and
// iso8859-15 code pages) and one encoder loop; errors go to codec_errors.
// Other encodings go through the codec registry (codec_registry.cpp).
#include "objects/codecs.h"

#include <cstring>

#include "objects/bytes.h"
#include "objects/codec_errors.h"
#include "objects/codec_registry.h"
#include "parser/utf8.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

// Code pages that keep ASCII and differ from latin-1 only in some upper bytes.
bool is_code_page(NativeCodec c) { return c == NativeCodec::Cp1252 || c == NativeCodec::Latin9; }

constexpr uint32_t kUndefined = 0xFFFE;

// The character of byte b (>= 0x80) in a code page; kUndefined for a byte
// the code page leaves unassigned.
uint32_t code_page_char(NativeCodec c, unsigned char b) {
  if (c == NativeCodec::Cp1252 && b < 0xA0) {
    static const uint16_t kCp1252[32] = {
        0x20AC, kUndefined, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, kUndefined, 0x017D, kUndefined, kUndefined, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, kUndefined, 0x017E, 0x0178};
    return kCp1252[b - 0x80];
  }
  if (c == NativeCodec::Latin9) {
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
int code_page_byte(NativeCodec c, uint32_t cp) {
  if (cp < 0x80) return static_cast<int>(cp);
  for (int b = 0x80; b < 0x100; ++b) {
    if (code_page_char(c, static_cast<unsigned char>(b)) == cp) return b;
  }
  return -1;
}

struct CodecName {
  const char* alias;
  NativeCodec codec;
};

// Aliases after normalisation: lower case, each run of punctuation or spaces
// turned into one '_', none at either end.
const CodecName kCodecNames[] = {
    {"utf_8", NativeCodec::Utf8},        {"utf8", NativeCodec::Utf8},          {"u8", NativeCodec::Utf8},
    {"utf", NativeCodec::Utf8},          {"cp65001", NativeCodec::Utf8},       {"utf8_ucs2", NativeCodec::Utf8},
    {"utf8_ucs4", NativeCodec::Utf8},    {"utf_8_sig", NativeCodec::Utf8Sig},  {"utf8_sig", NativeCodec::Utf8Sig},
    {"utf_16", NativeCodec::Utf16},      {"utf16", NativeCodec::Utf16},        {"u16", NativeCodec::Utf16},
    {"utf_16_le", NativeCodec::Utf16LE}, {"utf_16le", NativeCodec::Utf16LE},   {"utf_16_be", NativeCodec::Utf16BE},
    {"utf_16be", NativeCodec::Utf16BE},  {"utf_32", NativeCodec::Utf32},       {"utf32", NativeCodec::Utf32},
    {"u32", NativeCodec::Utf32},         {"utf_32_le", NativeCodec::Utf32LE},  {"utf_32le", NativeCodec::Utf32LE},
    {"utf_32_be", NativeCodec::Utf32BE}, {"utf_32be", NativeCodec::Utf32BE},   {"latin_1", NativeCodec::Latin1},
    {"latin1", NativeCodec::Latin1},     {"latin", NativeCodec::Latin1},       {"l1", NativeCodec::Latin1},
    {"iso_8859_1", NativeCodec::Latin1}, {"iso8859_1", NativeCodec::Latin1},   {"8859", NativeCodec::Latin1},
    {"cp819", NativeCodec::Latin1},      {"iso_ir_100", NativeCodec::Latin1},  {"iso_8859_1_1987", NativeCodec::Latin1},
    {"ascii", NativeCodec::Ascii},       {"us_ascii", NativeCodec::Ascii},     {"646", NativeCodec::Ascii},
    {"us", NativeCodec::Ascii},          {"ansi_x3.4_1968", NativeCodec::Ascii}, {"iso646_us", NativeCodec::Ascii},
    {"cp1252", NativeCodec::Cp1252},     {"windows_1252", NativeCodec::Cp1252}, {"1252", NativeCodec::Cp1252},
    {"iso8859_15", NativeCodec::Latin9}, {"iso_8859_15", NativeCodec::Latin9}, {"latin9", NativeCodec::Latin9},
    {"l9", NativeCodec::Latin9},
};

const char* codec_name(NativeCodec c) {
  switch (c) {
    case NativeCodec::Utf8: case NativeCodec::Utf8Sig: return "utf-8";
    case NativeCodec::Utf16: return "utf-16";
    case NativeCodec::Utf16LE: return "utf-16-le";
    case NativeCodec::Utf16BE: return "utf-16-be";
    case NativeCodec::Utf32: return "utf-32";
    case NativeCodec::Utf32LE: return "utf-32-le";
    case NativeCodec::Utf32BE: return "utf-32-be";
    case NativeCodec::Latin1: return "latin-1";
    case NativeCodec::Cp1252: case NativeCodec::Latin9: return "charmap";  // as error messages name them
    default: return "ascii";
  }
}

bool find_codec(std::string_view name, NativeCodec* out) {
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

bool lookup_codec(std::string_view name, NativeCodec* out) {
  if (find_codec(name, out)) return true;
  raise(exc::LookupError, "unknown encoding: " + std::string(name));
  return false;
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
  int64_t begin;  // where decoding starts (after a byte-order mark)
  const char* encoding;
  ErrorHandler& handler;
  StrBuilder out;

  // Hands bytes [start, end) to the error handler: the position to go on
  // from, or -1 with an exception set.
  int64_t error(int64_t start, int64_t end, const char* reason) {
    return handler.on_decode(encoding, in, start, end, reason, out);
  }
  bool surrogatepass() const { return handler.kind() == BuiltinHandler::SurrogatePass; }
};

unsigned char byte_at(std::string_view s, int64_t i) { return static_cast<unsigned char>(s[static_cast<size_t>(i)]); }

// Decodes UTF-8 from d.in[0..); stops before an incomplete final sequence
// unless final. Returns the bytes consumed, or -1 on error.
int64_t decode_utf8(Decoder& d, bool final) {
  std::string_view in = d.in;
  int64_t n = static_cast<int64_t>(in.size()), i = d.begin;
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
      if (c == 0xED && !d.surrogatepass()) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      cp = c & 0x07;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      if ((i = d.error(i, i + 1, "invalid start byte")) < 0) return -1;
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
      if ((i = d.error(i, j, "invalid continuation byte")) < 0) return -1;
      continue;
    }
    if (j - i < need + 1) {
      if (!final) return i;
      if ((i = d.error(i, n, "unexpected end of data")) < 0) return -1;
      continue;
    }
    d.out.append(cp);
    i = j;
  }
  return n;
}

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
  int64_t n = static_cast<int64_t>(in.size()), i = d.begin;
  while (i < n) {
    if (i + 2 > n) {
      if (!final) return i;
      if ((i = d.error(i, n, "truncated data")) < 0) return -1;
      continue;
    }
    uint32_t u = read_unit(in, i, 2, little);
    if (u < 0xD800 || u > 0xDFFF) {
      d.out.append(u);
      i += 2;
      continue;
    }
    if (u >= 0xDC00) {
      if (d.surrogatepass()) {
        d.out.append(u);
        i += 2;
      } else if ((i = d.error(i, i + 2, "illegal encoding")) < 0) {
        return -1;
      }
      continue;
    }
    if (i + 4 > n) {
      if (!final) return i;
      if (d.surrogatepass() && i + 2 == n) {
        d.out.append(u);
        return n;
      }
      if ((i = d.error(i, n, "unexpected end of data")) < 0) return -1;
      continue;
    }
    uint32_t u2 = read_unit(in, i + 2, 2, little);
    if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
      d.out.append(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
      i += 4;
    } else if (d.surrogatepass()) {
      d.out.append(u);
      i += 2;
    } else if ((i = d.error(i, i + 2, "illegal UTF-16 surrogate")) < 0) {
      return -1;
    }
  }
  return n;
}

int64_t decode_utf32(Decoder& d, bool little, bool final) {
  std::string_view in = d.in;
  int64_t n = static_cast<int64_t>(in.size()), i = d.begin;
  while (i < n) {
    if (i + 4 > n) {
      if (!final) return i;
      if ((i = d.error(i, n, "truncated data")) < 0) return -1;
      continue;
    }
    uint32_t u = read_unit(in, i, 4, little);
    if (u > 0x10FFFF) {
      if ((i = d.error(i, i + 4, "code point not in range(0x110000)")) < 0) return -1;
    } else if (is_surrogate(u) && !d.surrogatepass()) {
      if ((i = d.error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)")) < 0) return -1;
    } else {
      d.out.append(u);
      i += 4;
    }
  }
  return n;
}

int64_t decode_single_byte(Decoder& d, NativeCodec codec) {
  std::string_view in = d.in;
  int64_t n = static_cast<int64_t>(in.size());
  for (int64_t i = d.begin; i < n;) {
    unsigned char c = byte_at(in, i);
    uint32_t cp = c < 0x80 || codec == NativeCodec::Latin1 ? c
                  : codec == NativeCodec::Ascii            ? kUndefined
                                                           : code_page_char(codec, c);
    if (cp != kUndefined) {
      d.out.append(cp);
      ++i;
    } else if ((i = d.error(i, i + 1, codec == NativeCodec::Ascii ? "ordinal not in range(128)"
                                                                  : "character maps to <undefined>")) < 0) {
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

bool is_utf16(NativeCodec c) { return c == NativeCodec::Utf16 || c == NativeCodec::Utf16LE || c == NativeCodec::Utf16BE; }
bool is_utf32(NativeCodec c) { return c == NativeCodec::Utf32 || c == NativeCodec::Utf32LE || c == NativeCodec::Utf32BE; }

// The byte order of a utf-16/32 codec: -1 little, 1 big, 0 to be read from a BOM.
int fixed_byteorder(NativeCodec c) {
  switch (c) {
    case NativeCodec::Utf16LE: case NativeCodec::Utf32LE: return -1;
    case NativeCodec::Utf16BE: case NativeCodec::Utf32BE: return 1;
    default: return 0;
  }
}

// Reads a byte-order mark when *byteorder is 0: sets it to -1 / 1 and returns
// the mark's size; no mark leaves it 0 (native, little-endian, order).
int64_t read_bom(std::string_view in, int width, int* byteorder) {
  if (*byteorder != 0 || static_cast<int64_t>(in.size()) < width) return 0;
  uint32_t mark = read_unit(in, 0, width, true);
  if (mark == 0xFEFF) {
    *byteorder = -1;
    return width;
  }
  if ((width == 2 && mark == 0xFFFE) || (width == 4 && mark == 0xFFFE0000u)) {
    *byteorder = 1;
    return width;
  }
  return 0;
}

// ---- Encoding ----

struct Encoder {
  Str* s;
  NativeCodec codec;
  bool little;  // for utf-16/32
  const char* encoding;
  ErrorHandler& handler;
  std::string out;

  bool can_encode(uint32_t cp) const {
    switch (codec) {
      case NativeCodec::Ascii: return cp < 0x80;
      case NativeCodec::Latin1: return cp < 0x100;
      case NativeCodec::Cp1252: case NativeCodec::Latin9: return code_page_byte(codec, cp) >= 0;
      default: return !is_surrogate(cp);
    }
  }

  const char* reason() const {
    switch (codec) {
      case NativeCodec::Ascii: return "ordinal not in range(128)";
      case NativeCodec::Latin1: return "ordinal not in range(256)";
      case NativeCodec::Cp1252: case NativeCodec::Latin9: return "character maps to <undefined>";
      default: return "surrogates not allowed";
    }
  }

  int unit_width() const { return is_utf16(codec) ? 2 : is_utf32(codec) ? 4 : 1; }

  void emit(uint32_t cp) {
    switch (unit_width()) {
      case 2:
        if (cp >= 0x10000) {
          emit_unit(0xD800 + ((cp - 0x10000) >> 10), 2);
          emit_unit(0xDC00 + ((cp - 0x10000) & 0x3FF), 2);
        } else {
          emit_unit(cp, 2);
        }
        return;
      case 4: emit_unit(cp, 4); return;
      default: break;
    }
    switch (codec) {
      case NativeCodec::Ascii: case NativeCodec::Latin1: out.push_back(static_cast<char>(cp)); break;
      case NativeCodec::Cp1252: case NativeCodec::Latin9:
        out.push_back(static_cast<char>(code_page_byte(codec, cp)));
        break;
      default: parser::utf8_append(out, cp); break;
    }
  }

  void emit_unit(uint32_t v, int width) {
    for (int k = 0; k < width; ++k) {
      int shift = little ? 8 * k : 8 * (width - 1 - k);
      out.push_back(static_cast<char>((v >> shift) & 0xFF));
    }
  }

  // Characters [start, end) cannot be encoded: asks the handler and writes
  // its replacement. Returns where to go on, or -1 with an exception set.
  int64_t error(int64_t start, int64_t end) {
    EncodeReplacement r;
    int64_t resume = handler.on_encode(encoding, s, start, end, reason(), &r);
    if (resume < 0) return -1;
    if (r.is_bytes) {
      if (r.bytes.size() % static_cast<size_t>(unit_width()) != 0) return fail_replacement(start, end);
      out += r.bytes;
      return resume;
    }
    for (char32_t c : r.text) {
      // A replacement must itself be encodable (and plain ASCII for utf-8).
      bool ok = codec == NativeCodec::Utf8 ? c < 0x80 : can_encode(c);
      if (!ok) return fail_replacement(start, end);
      emit(c);
    }
    return resume;
  }

  int64_t fail_replacement(int64_t start, int64_t end) {
    raise_encode_error(encoding, s, start, end, reason());
    return -1;
  }
};

Ref encode_native(NativeCodec codec, Str* s, std::string_view errors, int byteorder) {
  if (s->ascii && (codec == NativeCodec::Utf8 || codec == NativeCodec::Ascii || codec == NativeCodec::Latin1 ||
                   is_code_page(codec))) {
    return bytes_from_string(str_utf8(s));
  }
  if (codec == NativeCodec::Utf8 && !has_surrogates(s)) return bytes_from_string(str_utf8(s));
  ErrorHandler handler(errors);
  const char* name = codec_name(codec);
  if (codec == NativeCodec::Utf16 || codec == NativeCodec::Utf32) {
    if (byteorder == 0) name = codec == NativeCodec::Utf16 ? "utf-16" : "utf-32";
  } else {
    byteorder = fixed_byteorder(codec);
  }
  bool signature = codec == NativeCodec::Utf8Sig;
  if (signature) codec = NativeCodec::Utf8;
  Encoder e{s, codec, byteorder <= 0, name, handler, {}};
  e.out.reserve(4 + static_cast<size_t>(s->length) * 2);
  if (signature) e.out = "\xEF\xBB\xBF";
  if (byteorder == 0 && (is_utf16(codec) || is_utf32(codec))) e.emit(0xFEFF);
  // Errors span a run of unencodable characters, except in UTF-16/32.
  bool single = e.unit_width() > 1;
  for (int64_t i = 0; i < s->length;) {
    uint32_t c = str_char_at(s, i);
    if (e.can_encode(c)) {
      e.emit(c);
      ++i;
      continue;
    }
    int64_t j = i + 1;
    while (!single && j < s->length && !e.can_encode(str_char_at(s, j))) ++j;
    if ((i = e.error(i, j)) < 0) return nullptr;
  }
  return bytes_from_string(e.out);
}

}  // namespace

bool find_native_codec(std::string_view name, NativeCodec* out) { return find_codec(name, out); }

Ref native_decode(NativeCodec codec, std::string_view bytes, std::string_view errors, bool final, int64_t* consumed,
                  int* byteorder) {
  if ((codec == NativeCodec::Utf8 || codec == NativeCodec::Ascii || codec == NativeCodec::Latin1 ||
       is_code_page(codec)) &&
      all_ascii_bytes(bytes)) {
    if (consumed != nullptr) *consumed = static_cast<int64_t>(bytes.size());
    return str_from_latin1(bytes);
  }
  int64_t skip = 0;
  int order = fixed_byteorder(codec);
  if (codec == NativeCodec::Utf8Sig) {
    if (bytes.size() >= 3 && std::memcmp(bytes.data(), "\xEF\xBB\xBF", 3) == 0) skip = 3;
    codec = NativeCodec::Utf8;
  } else if (codec == NativeCodec::Utf16 || codec == NativeCodec::Utf32) {
    order = byteorder != nullptr ? *byteorder : 0;
    skip = read_bom(bytes, codec == NativeCodec::Utf16 ? 2 : 4, &order);
    if (byteorder != nullptr) *byteorder = order;
  }
  bool little = order <= 0;
  const char* name = is_utf16(codec)   ? (little ? "utf-16-le" : "utf-16-be")
                     : is_utf32(codec) ? (little ? "utf-32-le" : "utf-32-be")
                                       : codec_name(codec);
  ErrorHandler handler(errors);
  Decoder d{bytes, skip, name, handler, {}};
  int64_t used;
  if (codec == NativeCodec::Utf8) used = decode_utf8(d, final);
  else if (is_utf16(codec)) used = decode_utf16(d, little, final);
  else if (is_utf32(codec)) used = decode_utf32(d, little, final);
  else used = decode_single_byte(d, codec);
  if (used < 0) return nullptr;
  if (consumed != nullptr) *consumed = used;
  return d.out.finish();
}

Ref native_encode(NativeCodec codec, Str* s, std::string_view errors, int byteorder) {
  return encode_native(codec, s, errors, byteorder);
}

std::string normalize_encoding(std::string_view encoding) {
  NativeCodec c;
  if (!find_codec(encoding, &c)) return "";
  if (c == NativeCodec::Utf8Sig) return "utf-8-sig";
  if (c == NativeCodec::Cp1252) return "cp1252";
  if (c == NativeCodec::Latin9) return "iso8859-15";
  return codec_name(c);
}

Ref decode(std::string_view bytes, std::string_view encoding, std::string_view errors) {
  NativeCodec codec;
  if (!find_codec(encoding, &codec)) return registry_decode_text(bytes, encoding, errors);
  return native_decode(codec, bytes, errors, true, nullptr, nullptr);
}

Ref decode_incremental(std::string_view bytes, std::string_view encoding, std::string_view errors, bool final,
                       bool at_start, int64_t* consumed) {
  NativeCodec codec;
  if (!lookup_codec(encoding, &codec)) return nullptr;
  if (!at_start) {
    if (codec == NativeCodec::Utf8Sig) codec = NativeCodec::Utf8;
    if (codec == NativeCodec::Utf16) codec = NativeCodec::Utf16LE;
    if (codec == NativeCodec::Utf32) codec = NativeCodec::Utf32LE;
  }
  return native_decode(codec, bytes, errors, final, consumed, nullptr);
}

Ref encode(Str* s, std::string_view encoding, std::string_view errors) {
  NativeCodec codec;
  if (!find_codec(encoding, &codec)) return registry_encode_text(s, encoding, errors);
  return encode_native(codec, s, errors, 0);
}

}  // namespace taipan
