// The charmap codec behind the code pages of CPython's `encodings` package
// (cp437, koi8_r, mac_roman, iso8859_* ...): decoding through a table string
// or a mapping, encoding through a mapping, and charmap_build, which turns a
// decoding table into the mapping the encoder reads.
#include "objects/codecs_charmap.h"

#include "objects/bytes.h"
#include "objects/codec_errors.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

constexpr const char* kUndefinedReason = "character maps to <undefined>";

// mapping[key] for the generic mapping path: the value, or null with no
// exception set when the key is absent (LookupError).
Ref map_lookup(Value mapping, uint32_t key) {
  if (is_dict(mapping) && type_of(mapping) == &dict_type) {
    Value v = dict_get(mapping.as<Dict>(), Value::small_int(key));
    if (!v.is_null()) return Ref::borrow(v);
    return nullptr;
  }
  Ref v = getitem(mapping, Value::small_int(key));
  if (!v && error_matches(exc::LookupError)) clear_error();
  return v;
}

// Appends what a decoding mapping gives for byte b: 1 done, 0 undefined, -1 error.
int decode_byte(Value mapping, unsigned char b, StrBuilder& out) {
  if (is_str(mapping)) {
    Str* table = mapping.as<Str>();
    if (b >= table->length) return 0;
    uint32_t c = str_char_at(table, b);
    if (c == 0xFFFE) return 0;
    out.append(c);
    return 1;
  }
  Ref v = map_lookup(mapping, b);
  if (!v) return error_occurred() ? -1 : 0;
  if (v.get().is_none()) return 0;
  if (is_int(v.get())) {
    int64_t c;
    if (!int_to_int64(v.get(), &c)) return -1;
    if (c < 0 || c > 0x10FFFF) {
      raise(exc::TypeError, "character mapping must be in range(0x110000)");
      return -1;
    }
    out.append(static_cast<uint32_t>(c));
    return 1;
  }
  if (is_str(v.get())) {
    Str* s = v.as<Str>();
    if (s->length == 1 && str_char_at(s, 0) == 0xFFFE) return 0;
    out.append(s);
    return 1;
  }
  raise(exc::TypeError, "character mapping must return integer, None or str");
  return -1;
}

// Appends the bytes a mapping gives for c: 1 done, 0 unmapped, -1 error.
int encode_char(Value mapping, uint32_t c, std::string& out) {
  Ref v = map_lookup(mapping, c);
  if (!v) return error_occurred() ? -1 : 0;
  if (v.get().is_none()) return 0;
  if (is_int(v.get())) {
    int64_t b;
    if (!int_to_int64(v.get(), &b)) return -1;
    if (b < 0 || b > 255) {
      raise(exc::TypeError, "character mapping must be in range(256)");
      return -1;
    }
    out.push_back(static_cast<char>(b));
    return 1;
  }
  if (is_bytes(v.get())) {
    out += bytes_view(v.as<Bytes>());
    return 1;
  }
  raise(exc::TypeError, std::string("character mapping must return integer, bytes or None, not ") +
                            type_name_of(v.get()));
  return -1;
}

}  // namespace

Ref charmap_decode(std::string_view in, std::string_view errors, Value mapping) {
  ErrorHandler handler(errors);
  StrBuilder out;
  int64_t n = static_cast<int64_t>(in.size());
  for (int64_t i = 0; i < n;) {
    int done = decode_byte(mapping, static_cast<unsigned char>(in[static_cast<size_t>(i)]), out);
    if (done < 0) return nullptr;
    if (done > 0) {
      ++i;
      continue;
    }
    if ((i = handler.on_decode("charmap", in, i, i + 1, kUndefinedReason, out)) < 0) return nullptr;
  }
  return out.finish();
}

Ref charmap_encode(Str* s, std::string_view errors, Value mapping) {
  ErrorHandler handler(errors);
  std::string out;
  out.reserve(static_cast<size_t>(s->length));
  for (int64_t i = 0; i < s->length;) {
    int done = encode_char(mapping, str_char_at(s, i), out);
    if (done < 0) return nullptr;
    if (done > 0) {
      ++i;
      continue;
    }
    // The run of unmappable characters goes to the handler at once.
    int64_t j = i + 1;
    for (; j < s->length; ++j) {
      std::string probe;
      int mapped = encode_char(mapping, str_char_at(s, j), probe);
      if (mapped < 0) return nullptr;
      if (mapped > 0) break;
    }
    EncodeReplacement r;
    int64_t resume = handler.on_encode("charmap", s, i, j, kUndefinedReason, &r, true);
    if (resume < 0) return nullptr;
    if (r.is_bytes) {
      out += r.bytes;
    } else {
      for (char32_t c : r.text) {
        int mapped = encode_char(mapping, c, out);
        if (mapped < 0) return nullptr;
        if (mapped == 0) {
          raise_encode_error("charmap", s, i, j, kUndefinedReason);
          return nullptr;
        }
      }
    }
    i = resume;
  }
  return bytes_from_string(out);
}

Ref charmap_build(Str* table) {
  Dict* map = dict_new();
  if (map == nullptr) return nullptr;
  Ref result = Ref::steal(Value::object(map));
  for (int64_t i = 0; i < table->length && i < 256; ++i) {
    uint32_t c = str_char_at(table, i);
    if (c == 0xFFFE) continue;
    if (dict_set(map, Value::small_int(c), Value::small_int(i)) < 0) return nullptr;
  }
  return result;
}

}  // namespace taipan
