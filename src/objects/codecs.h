// Text encodings: encode str to bytes and decode bytes to str with the codecs
// CPython has built in (utf-8, utf-8-sig, utf-16/32 with BOM or -le/-be,
// latin-1, ascii) and the standard error handlers (strict, ignore, replace,
// backslashreplace, surrogateescape, surrogatepass, xmlcharrefreplace).
// Errors are UnicodeEncodeError / UnicodeDecodeError with CPython's messages;
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

// The canonical name of an encoding ("utf-8", "latin-1", "utf-16-le", ...),
// or an empty string when unknown (no exception set).
std::string normalize_encoding(std::string_view encoding);

}  // namespace taipan
