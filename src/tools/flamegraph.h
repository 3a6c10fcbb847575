// The sampling profiler's flame graph: one self-contained HTML page (its
// data as JSON, its script and style inline; nothing fetched) drawing the
// call tree with zoom on click, a search box and a tooltip of counts.
#pragma once

#include <string>

#include "tools/profile_tree.h"

namespace taipan {

// Writes the page for `tree` to `path`; false with errno set on failure.
bool write_flamegraph(const ProfileTree& tree, const std::string& title, const std::string& path);

}  // namespace taipan
