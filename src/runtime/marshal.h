// Values to bytes and back: CPython's marshal format for data (so Taipan
// reads what CPython's marshal.dumps writes, and the reverse), and Taipan's
// own layout for code objects, tagged with kCodeFormatVersion. The `marshal`
// module and the code cache (runtime/code_cache.h) are built on it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/object.h"

namespace taipan {

// The newest marshal format version (marshal.version).
inline constexpr int kMarshalVersion = 4;
// The layout of serialised code objects; bump it whenever Code, the
// instruction set or the compiler's output changes meaning.
inline constexpr int32_t kCodeFormatVersion = 3;  // 3: positions packed behind a size

// Appends v's serialisation to *out. False with ValueError set for an
// unmarshallable object or one nested too deeply.
bool marshal_dump(Value v, int version, std::string* out);
// Reads one value from the front of `data`, setting *consumed to the bytes
// it took. Null with EOFError, ValueError or TypeError on data that is
// short, malformed or not a valid object: bad input never crashes.
Ref marshal_load(std::string_view data, size_t* consumed);

}  // namespace taipan
