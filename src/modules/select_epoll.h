// select.epoll: the edge- and level-triggered polling object of Linux.
#pragma once

#include "objects/type.h"

namespace taipan {

// Readies the type and adds it to the select module. 0 or -1.
int add_epoll_type(Value module);

}  // namespace taipan
