// UTF-7 for `_codecs`' utf_7_encode / utf_7_decode.
#pragma once

#include <string_view>

#include "objects/str.h"

namespace taipan {

Ref utf7_encode(Str* s);
// *consumed gets the bytes used; unless final, an open shift sequence at the
// end is left for the next call.
Ref utf7_decode(std::string_view in, std::string_view errors, bool final, int64_t* consumed);

}  // namespace taipan
