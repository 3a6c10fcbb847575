// Observers of heap object allocation (tracemalloc): called by
// alloc_object, grow_object and free_object while set, under the GIL. While
// none is set, allocation pays one test of a pointer.
#pragma once

#include <cstddef>

#include "objects/object.h"

namespace taipan {

struct AllocHooks {
  void (*allocated)(Object* o, size_t size);            // a new object of `size` bytes
  void (*resized)(Object* old, Object* now, size_t size);  // grow_object moved or grew it
  void (*freed)(Object* o);                              // just before its memory goes
};

// Installs the hooks (null: none).
void set_alloc_hooks(const AllocHooks* hooks);

}  // namespace taipan
