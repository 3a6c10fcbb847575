// The deferred-release queue for deeply nested objects; see trashcan.h.
#include "objects/trashcan.h"

#include <utility>
#include <vector>

namespace taipan {

constinit thread_local TrashcanState t_trashcan{};

namespace {

thread_local std::vector<std::pair<Object*, DeallocFn>> t_queued;

}  // namespace

void trashcan_defer(Object* self, DeallocFn release) {
  t_queued.emplace_back(self, release);
  t_trashcan.pending = true;
}

void trashcan_drain() {
  TrashcanState& t = t_trashcan;
  t.draining = true;
  while (!t_queued.empty()) {
    auto [object, release] = t_queued.back();
    t_queued.pop_back();
    release(object);
  }
  t.pending = false;
  t.draining = false;
}

}  // namespace taipan
