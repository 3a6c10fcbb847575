// BufferPin: holds an exporter's bytes in place (its count of live exports
// raised, so a bytearray, array or mmap refuses to resize or close) while
// native code reads or writes them with the GIL released, as a Py_buffer
// held by a CPython builtin does. Made and destroyed with the GIL held.
#pragma once

#include <cstdint>

#include "objects/bytes.h"

namespace taipan {

class BufferPin {
 public:
  BufferPin() = default;
  explicit BufferPin(const Buffer& b) : exports_(b.exports) {
    if (exports_ != nullptr) ++*exports_;
  }
  BufferPin(BufferPin&& other) noexcept : exports_(other.exports_) { other.exports_ = nullptr; }
  BufferPin& operator=(BufferPin&& other) noexcept {
    if (this != &other) {
      release();
      exports_ = other.exports_;
      other.exports_ = nullptr;
    }
    return *this;
  }
  BufferPin(const BufferPin&) = delete;
  BufferPin& operator=(const BufferPin&) = delete;
  ~BufferPin() { release(); }

 private:
  void release() {
    if (exports_ != nullptr) --*exports_;
    exports_ = nullptr;
  }
  int64_t* exports_ = nullptr;
};

}  // namespace taipan
