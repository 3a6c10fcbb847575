// The sampling profiler's text report: the functions that ran Python the
// most, with their self and total samples (a function counted once per
// sample however often it recurses).
#pragma once

#include <cstddef>
#include <string>

#include "tools/profile_tree.h"

namespace taipan {

// The `rows` functions with the most self samples, as lines of text.
std::string profile_table(const ProfileTree& tree, size_t rows);

// `file` as the report shows it: relative to the working directory or to
// the standard library's folder when under either.
std::string profile_short_file(const std::string& file);

}  // namespace taipan
