// Integer arguments as CPython's C converters take them: any object with
// __index__, range-checked against the C type with CPython's messages.
#pragma once

#include "objects/object.h"

namespace taipan {

// A C int (_PyLong_AsInt): "Python int too large to convert to C int".
bool c_int_arg(Value v, int* out);
// A C long: "Python int too large to convert to C long".
bool c_long_arg(Value v, long* out);

}  // namespace taipan
