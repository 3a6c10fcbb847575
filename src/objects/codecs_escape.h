// The escape codecs of `_codecs`: unicode_escape, raw_unicode_escape (raw
// true) and the bytes-to-bytes escape_encode / escape_decode.
#pragma once

#include <string_view>

#include "objects/str.h"

namespace taipan {

Ref unicode_escape_encode(Str* s, bool raw);
// *consumed gets the bytes used; unless final, an incomplete escape at the
// end is left for the next call.
Ref unicode_escape_decode(std::string_view in, std::string_view errors, bool final, int64_t* consumed);
Ref raw_unicode_escape_decode(std::string_view in, std::string_view errors, bool final, int64_t* consumed);
Ref bytes_escape_encode(std::string_view in);
Ref bytes_escape_decode(std::string_view in, std::string_view errors);

}  // namespace taipan
