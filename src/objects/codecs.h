// Text encodings: encode str to bytes and decode bytes to str. The codecs
// CPython has built in (utf-8, utf-8-sig, utf-16/32 with BOM or -le/-be,
// latin-1, ascii, and the cp1252 / iso8859-15 code pages) run natively; any
// other encoding goes through the codec registry and CPython's `encodings`
// package (codec_registry.h). Errors are UnicodeEncodeError /
// UnicodeDecodeError with CPython's messages, handled as codec_errors.h says;
// an unknown encoding is LookupError "unknown encoding: x".
#pragma once

#include <string>
#include <string_view>

#include "objects/str.h"

namespace taipan {

// bytes -> str (a new Str), or null with an exception set.
Ref decode(std::string_view bytes, std::string_view encoding, std::string_view errors);
// str -> bytes (a new Bytes), or null with an exception set.
Ref encode(Str* s, std::string_view encoding, std::string_view errors);

// Incremental decoding for text streams: decodes as much of `bytes` as forms
// whole characters and stores how many bytes were used in *consumed; with
// final true it behaves like decode(). A BOM is honoured only at the start
// (when at_start is true).
Ref decode_incremental(std::string_view bytes, std::string_view encoding, std::string_view errors, bool final,
                       bool at_start, int64_t* consumed);

// The canonical name of a native encoding ("utf-8", "latin-1", "utf-16-le",
// ...), or an empty string when it is not one (no exception set).
std::string normalize_encoding(std::string_view encoding);

// The native codecs, for `_codecs`' functions.
enum class NativeCodec { Utf8, Utf8Sig, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE, Latin1, Ascii, Cp1252, Latin9 };
bool find_native_codec(std::string_view name, NativeCodec* out);
// Decodes with a native codec. *consumed (may be null) gets the bytes used;
// unless final, an incomplete sequence at the end is left for later. For
// utf-16 / utf-32 *byteorder (may be null) is 0 to read a BOM (then set to
// the order it names), -1 for little-endian or 1 for big-endian.
Ref native_decode(NativeCodec c, std::string_view bytes, std::string_view errors, bool final, int64_t* consumed,
                  int* byteorder);
// For utf-16 / utf-32, byteorder 0 writes a BOM and native order, -1 / 1
// little / big-endian without one.
Ref native_encode(NativeCodec c, Str* s, std::string_view errors, int byteorder);

}  // namespace taipan
