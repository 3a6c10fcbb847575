// The native modules' entry points. Every native module (src/modules/*.cpp)
// adds its make_ function here; the import system reads this list.
#pragma once

#include "objects/value.h"

namespace taipan {

Ref make_math_module();
Ref make_random_module();  // _random
Ref make_posix_module();   // posix
Ref make_time_module();    // _time

}  // namespace taipan
