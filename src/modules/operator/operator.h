// Internal to the _operator module (src/modules/operator/): the callable
// getter types of getters.cpp.
#pragma once

#include "objects/type.h"

namespace taipan {

extern Type itemgetter_type;    // operator.itemgetter
extern Type attrgetter_type;    // operator.attrgetter
extern Type methodcaller_type;  // operator.methodcaller

int init_operator_getter_types();

}  // namespace taipan
