// The deferred-dealloc queue for deeply nested containers; see trashcan.h.
#include "objects/trashcan.h"

#include <utility>
#include <vector>

#include "runtime/memory.h"

namespace taipan {

namespace {

constexpr int kMaxNesting = 50;

struct Trashcan {
  int depth = 0;
  bool draining = false;
  std::vector<std::pair<Object*, DeallocFn>> queued;
};

thread_local Trashcan t_trashcan;

}  // namespace

bool trashcan_begin(Object* self, DeallocFn dealloc) {
  Trashcan& t = t_trashcan;
  if (t.depth < kMaxNesting) {
    ++t.depth;
    return false;
  }
  // Out of the collector's sight while it waits: it is already dead.
  if (type_has_flag(self->type, kTypeGC) && gc_is_tracked(self)) gc_untrack(self);
  t.queued.emplace_back(self, dealloc);
  return true;
}

void trashcan_end() {
  Trashcan& t = t_trashcan;
  --t.depth;
  if (t.depth > 0 || t.draining || t.queued.empty()) return;
  t.draining = true;
  while (!t.queued.empty()) {
    auto [object, dealloc] = t.queued.back();
    t.queued.pop_back();
    dealloc(object);
  }
  t.draining = false;
}

}  // namespace taipan
