// What the hash modules (_hashlib, _blake2, _md5 ...) share: reading the data
// given to a constructor or update() with CPython's messages, and hex output.
#pragma once

#include <string_view>

#include "objects/bytes.h"
#include "objects/value.h"

namespace taipan {

// The bytes of a bytes-like object; str is refused with "Strings must be
// encoded before hashing", anything else with "object supporting the buffer
// API required". False with TypeError set.
bool hash_input(Value data, Buffer* out);

// digest as lowercase hexadecimal str.
Ref hex_digest(std::string_view digest);

}  // namespace taipan
