// The per-thread set of objects whose repr is in progress; see repr_guard.h.
#include "objects/repr_guard.h"

#include <algorithm>
#include <vector>

namespace taipan {

// Reprs nest only as deep as the containers do, so a small vector searched
// from the end beats a hash set.
static thread_local std::vector<Object*> t_in_repr;

ReprGuard::ReprGuard(Object* o) : object_(o) {
  active_ = std::find(t_in_repr.begin(), t_in_repr.end(), o) == t_in_repr.end();
  if (active_) t_in_repr.push_back(o);
}

ReprGuard::~ReprGuard() {
  if (!active_) return;
  auto it = std::find(t_in_repr.rbegin(), t_in_repr.rend(), object_);
  if (it != t_in_repr.rend()) t_in_repr.erase(std::next(it).base());
}

}  // namespace taipan
