// The stateful CJK codecs: the ISO-2022 family (iso2022_jp, _jp_1, _jp_2,
// _jp_2004, _jp_3, _jp_ext, iso2022_kr) and HZ, over the character sets of
// the table codecs (JIS X 0208 and 0212 from euc_jp, JIS X 0213 from
// euc_jis_2004, KS X 1001 from euc_kr, GB 2312 from gb2312).
#pragma once

#include <string_view>

#include "modules/cjk/cjk_codec.h"

namespace taipan::cjk {

// The ISO-2022 codec of that name, or null.
const Codec* iso2022_codec(std::string_view name);
const Codec& hz_codec();

}  // namespace taipan::cjk
