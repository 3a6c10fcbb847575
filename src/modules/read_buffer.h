// ReadBuffer: room for one read() or recv() of up to n bytes, left
// uninitialised (a std::string of n bytes would zero them first, which for
// asyncio's 256 KiB reads costs more than the read). Reads of up to 256 KiB
// use one buffer kept per thread, unless it is already in use further up the
// stack (a signal handler or finaliser reading while a read is in progress);
// larger reads allocate.
#pragma once

#include <cstddef>
#include <memory>

namespace taipan {

class ReadBuffer {
 public:
  explicit ReadBuffer(size_t n) {
    constexpr size_t kShared = 256 * 1024;
    thread_local std::unique_ptr<char[]> shared;
    thread_local bool shared_busy = false;
    if (n <= kShared && !shared_busy) {
      if (!shared) shared = std::make_unique_for_overwrite<char[]>(kShared);
      shared_busy = true;
      busy_ = &shared_busy;
      data_ = shared.get();
    } else {
      owned_ = std::make_unique_for_overwrite<char[]>(n > 0 ? n : 1);
      data_ = owned_.get();
    }
  }
  ~ReadBuffer() {
    if (busy_ != nullptr) *busy_ = false;
  }
  ReadBuffer(const ReadBuffer&) = delete;
  ReadBuffer& operator=(const ReadBuffer&) = delete;

  char* data() { return data_; }

 private:
  std::unique_ptr<char[]> owned_;
  bool* busy_ = nullptr;
  char* data_;
};

}  // namespace taipan
