// The recursion guard for reprs of containers: a per-thread record of the
// objects whose repr is being built, so that a list containing itself prints
// as [[...]] instead of recursing forever. Shared by list, dict, set, deque.
#pragma once

#include "objects/object.h"

namespace taipan {

// Marks o as being repr'd for its lifetime. `active()` is false when o was
// already being repr'd further up the stack: the caller then prints the
// placeholder ("[...]", "{...}") instead.
class ReprGuard {
 public:
  explicit ReprGuard(Object* o);
  ~ReprGuard();
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool active() const { return active_; }

 private:
  Object* object_;
  bool active_;
};

}  // namespace taipan
