// The codec registry (codecs.register / lookup): search functions in the
// order they were registered, their answers cached by normalised name, and
// coding through a looked-up codec. CPython's `encodings` package registers
// its search function on import; Taipan imports it on the registry's first
// use instead of at start-up, so `taipan -c pass` stays fast.
#pragma once

#include <string_view>

#include "objects/str.h"

namespace taipan {

// The CodecInfo for an encoding (a new reference), or null with LookupError.
Ref codec_lookup(std::string_view encoding);
bool codec_register(Value search_function);
bool codec_unregister(Value search_function);

// The CodecInfo of a text encoding: LookupError "'x' is not a text encoding;
// use ALTERNATIVE() to handle arbitrary codecs" for the others.
Ref codec_lookup_text(std::string_view encoding, const char* alternative);

// codecs.encode / codecs.decode: any object through the named codec.
Ref codec_encode_object(Value obj, std::string_view encoding, std::string_view errors);
Ref codec_decode_object(Value obj, std::string_view encoding, std::string_view errors);

// str.encode / bytes.decode with an encoding that is not native: refuses
// codecs that are not text encodings and checks the result's type.
Ref registry_encode_text(Str* s, std::string_view encoding, std::string_view errors);
Ref registry_decode_text(std::string_view bytes, std::string_view encoding, std::string_view errors);

}  // namespace taipan
