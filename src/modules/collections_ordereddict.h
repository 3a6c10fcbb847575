// collections.OrderedDict (native, part of _collections).
#pragma once

#include "objects/type.h"

namespace taipan {

extern Type ordered_dict_type;
int init_ordered_dict_type();

}  // namespace taipan
