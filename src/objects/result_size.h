// Sizes of str and bytes results computed before they are built (join,
// replace), as CPython computes them: a size beyond ssize_t is OverflowError
// in CPython's words, and the caller then reserves the whole result at once,
// so that a size beyond memory is a MemoryError at once rather than after
// filling memory piece by piece.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan {

// *total += add, or OverflowError `message` (false).
inline bool add_result_size(int64_t* total, int64_t add, const char* message) {
  if (__builtin_add_overflow(*total, add, total)) {
    raise(exc::OverflowError, message);
    return false;
  }
  return true;
}

// The length of `length` units with `matches` occurrences of old_len units
// replaced by new_len units each, or OverflowError `message` (false).
inline bool replaced_size(int64_t length, int64_t matches, int64_t old_len, int64_t new_len, const char* message,
                          int64_t* out) {
  int64_t growth;
  *out = length;
  if (__builtin_mul_overflow(matches, new_len - old_len, &growth)) {
    raise(exc::OverflowError, message);
    return false;
  }
  return add_result_size(out, growth, message);
}

}  // namespace taipan
