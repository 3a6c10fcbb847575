// The charmap codec of `_codecs`: decoding through a table string or a
// mapping of byte -> character, encoding through a mapping of code point ->
// byte (charmap_build makes one from a decoding table). A null or None
// mapping means latin-1, handled by the caller.
#pragma once

#include <string_view>

#include "objects/str.h"

namespace taipan {

Ref charmap_decode(std::string_view in, std::string_view errors, Value mapping);
Ref charmap_encode(Str* s, std::string_view errors, Value mapping);
Ref charmap_build(Str* decoding_table);

}  // namespace taipan
