// Where the VM enters native code (builtin functions and methods, slot
// wrappers, class calls, operators), a C++ allocation that failed inside it
// (std::bad_alloc from operator new, std::length_error from a std::string or
// std::vector asked for more than it can hold) becomes a MemoryError instead
// of terminating the process (runtime/operator_new.cpp makes operator new
// throw rather than abort).
#pragma once

#include <new>
#include <stdexcept>
#include <utility>

#include "runtime/errors.h"

namespace taipan {

// Runs native code `body` (returning Ref or int), turning a failed C++
// allocation into MemoryError (null or -1).
template <class F>
auto memory_errors_raised(F&& body) -> decltype(body()) {
  try {
    return std::forward<F>(body)();
  } catch (const std::bad_alloc&) {
  } catch (const std::length_error&) {
  }
  raise_no_memory();
  if constexpr (std::is_same_v<decltype(body()), int>) {
    return -1;
  } else {
    return nullptr;
  }
}

}  // namespace taipan
