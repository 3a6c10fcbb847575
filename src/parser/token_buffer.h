// token_buffer.h — the parser's growing list of tokens: appended at the end,
// indexed in O(1), and never moved (references stay valid while the lexer
// keeps filling it), stored in fixed-size chunks.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "parser/tokens.h"

namespace taipan::parser {

class TokenBuffer {
 public:
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Token& operator[](std::size_t i) const { return chunks_[i >> kShift][i & kMask]; }
  const Token& back() const { return (*this)[size_ - 1]; }
  void push_back(const Token& t) {
    if ((size_ >> kShift) == chunks_.size()) chunks_.push_back(std::make_unique<Token[]>(kChunk));
    chunks_[size_ >> kShift][size_ & kMask] = t;
    ++size_;
  }

 private:
  static constexpr std::size_t kShift = 10;
  static constexpr std::size_t kChunk = std::size_t{1} << kShift;
  static constexpr std::size_t kMask = kChunk - 1;
  std::vector<std::unique_ptr<Token[]>> chunks_;
  std::size_t size_ = 0;
};

}  // namespace taipan::parser
