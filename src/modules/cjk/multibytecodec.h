// `_multibytecodec` (multibytecodec.cpp): the object getcodec() returns.
#pragma once

#include "modules/cjk/cjk_codec.h"
#include "objects/object.h"

namespace taipan {

// A MultibyteCodec over `codec` (readied first); null with an exception set.
Ref make_codec_object(const cjk::Codec* codec);

}  // namespace taipan
