// The awaitable that anext(iterator, default) returns.
#pragma once

#include "objects/type.h"

namespace taipan {

// Awaits `wrapped` (what iterator.__anext__() returned); where it ends with
// StopAsyncIteration, the await gives default_value instead.
Ref anext_awaitable_new(Value wrapped, Value default_value);

}  // namespace taipan
