// Tearing down deeply nested containers without deep native recursion.
// Releasing [[[...]]] 100000 levels deep would otherwise recurse through one
// dealloc per level and overflow the C stack. A container's dealloc starts
// with trashcan_begin(): past a nesting depth the object is queued instead
// (its fields untouched) and torn down later, when the outermost dealloc
// ends, by calling the same dealloc function again.
#pragma once

#include "objects/type.h"

namespace taipan {

// True when `self` was queued: the dealloc must return at once. Otherwise
// the dealloc proceeds and must call trashcan_end() when done.
bool trashcan_begin(Object* self, DeallocFn dealloc);
void trashcan_end();

}  // namespace taipan
