// types.SimpleNamespace (the type of sys.implementation).
#pragma once

#include "objects/type.h"

namespace taipan {

struct Dict;

extern Type namespace_type;
int init_namespace_type();
// A new SimpleNamespace with a copy of `attributes`.
Ref namespace_from_dict(Dict* attributes);

}  // namespace taipan
