// string_literal.h — one string token: its prefix (b, r, u, f in any case
// and order Python allows), its quotes, and the decoding of backslash
// escapes into generalized UTF-8 (str) or raw bytes (bytes).
#pragma once

#include <string>
#include <string_view>

namespace taipan::parser {

struct StringToken {
  bool bytes = false;
  bool raw = false;
  bool fstring = false;
  bool u = false;            // a lower-case 'u' prefix (CPython's Constant.kind)
  std::size_t body_offset = 0;  // where the body starts in the token text
  std::string_view body;        // the text between the quotes
};

StringToken classify_string_token(std::string_view token);

// Decodes the escapes of a (non-raw) literal body and appends the result to
// *out. Returns "" on success, else CPython's message, e.g. "(unicode error)
// 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX
// escape". A raw body is copied unchanged. For str, the body must be UTF-8;
// for bytes, ASCII.
std::string decode_string_body(std::string_view body, bool bytes, bool raw, std::string* out);

}  // namespace taipan::parser
