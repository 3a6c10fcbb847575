// Issuing warnings from native code, through the `_warnings` machinery
// (filters, registries, warnings.showwarning), as CPython's PyErr_WarnEx.
#pragma once

#include <cstdint>
#include <string_view>

#include "objects/type.h"

namespace taipan {

// Warns with `category` at the Python frame `stacklevel` levels up (1: the
// innermost). 0, or -1 with the exception set (an "error" filter, a failing
// showwarning).
int warn(Type* category, std::string_view message, int64_t stacklevel);

}  // namespace taipan
