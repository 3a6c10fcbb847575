// Exception classes that native modules define (struct.error, zlib.error,
// binascii.Error ...): heap classes made as `class` would make them.
#pragma once

#include <initializer_list>
#include <string_view>

#include "objects/type.h"

namespace taipan {

// A new exception class `name` whose __module__ is `module`, deriving from
// the given bases. The caller keeps the returned reference (owned); null
// with an exception set on failure.
Type* new_exception_class(std::string_view module, std::string_view name, std::initializer_list<Type*> bases);

}  // namespace taipan
