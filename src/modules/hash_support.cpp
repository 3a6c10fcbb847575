// Input and output helpers shared by the hash modules (hash_support.h).
#include "modules/hash_support.h"

#include <string>

#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan {

bool hash_input(Value data, Buffer* out) {
  if (is_str(data)) {
    raise(exc::TypeError, "Strings must be encoded before hashing");
    return false;
  }
  if (!get_buffer(data, out)) {
    raise(exc::TypeError, "object supporting the buffer API required");
    return false;
  }
  return true;
}

Ref hex_digest(std::string_view digest) {
  static const char kDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(digest.size() * 2);
  for (unsigned char c : digest) {
    hex += kDigits[c >> 4];
    hex += kDigits[c & 15];
  }
  return str_from_utf8(hex);
}

}  // namespace taipan
