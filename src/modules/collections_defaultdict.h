// collections.defaultdict (native, part of _collections).
#pragma once

#include "objects/type.h"

namespace taipan {

extern Type defaultdict_type;
int init_defaultdict_type();

}  // namespace taipan
