// resource's struct_rusage, also returned by os.wait3 and os.wait4.
#pragma once

#include <sys/resource.h>

#include "objects/type.h"

namespace taipan {

// A resource.struct_rusage of `usage` (readies the type on first use).
Ref make_struct_rusage(const struct rusage& usage);

}  // namespace taipan
