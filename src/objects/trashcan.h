// Tearing down deeply nested objects without deep native recursion.
// Releasing [[[...]]] 100000 levels deep, a chain of instances linked through
// __slots__, of exceptions linked by __context__ or of unstarted generators
// would otherwise recurse through one dealloc per level and overflow the C
// stack. dealloc_object() (runtime/memory.cpp), the one way every object is
// released, brackets each dealloc slot with trashcan_begin()/trashcan_end():
// past a nesting depth the object is queued instead (its fields untouched)
// and torn down when the outermost dealloc ends. No dealloc slot needs to
// know about it.
#pragma once

#include "objects/type.h"

namespace taipan {

struct TrashcanState {
  int depth;
  bool draining;
  bool pending;  // objects are queued
};
extern constinit thread_local TrashcanState t_trashcan;

constexpr int kTrashcanMaxNesting = 50;

void trashcan_defer(Object* self, DeallocFn release);
void trashcan_drain();

// True when `self` was queued (to be released later by `release(self)`): the
// caller must return at once. Otherwise it releases `self` and must call
// trashcan_end() when done.
inline bool trashcan_begin(Object* self, DeallocFn release) {
  TrashcanState& t = t_trashcan;
  if (t.depth >= kTrashcanMaxNesting) {
    trashcan_defer(self, release);
    return true;
  }
  ++t.depth;
  return false;
}

inline void trashcan_end() {
  TrashcanState& t = t_trashcan;
  if (--t.depth == 0 && t.pending && !t.draining) trashcan_drain();
}

}  // namespace taipan
