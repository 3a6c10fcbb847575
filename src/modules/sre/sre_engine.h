// The matching engine of _sre: runs compiled pattern code (the word lists
// re/_compiler.py produces) against a string of 1-, 2- or 4-byte characters.
// It backtracks with its own stacks (frames, saved marks, repeat records),
// never with C++ recursion, so deep patterns and long subjects cannot
// overflow the machine stack. Its choices (which marks survive a failed
// alternative, how empty iterations end a repeat, lastindex) are CPython's.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "modules/sre/sre_accel.h"
#include "modules/sre/sre_constants.h"

namespace taipan::sre {

// Checks compiled code before use (sre_validate.cpp); false means "invalid SRE code".
bool validate_code(const Code* code, size_t size, int64_t groups);

// A stack in fixed chunks: pushing never moves what is already on it (no
// copying as it grows, and references to elements stay valid), and popping
// keeps the chunks for the next push.
template <class T>
class ChunkedStack {
 public:
  static constexpr size_t kChunk = 1024;

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](size_t i) { return chunks_[i / kChunk][i % kChunk]; }
  const T& operator[](size_t i) const { return chunks_[i / kChunk][i % kChunk]; }
  T& back() { return top_[-1]; }
  [[gnu::always_inline]] void push_back(const T& v) {
    if (top_ == limit_) [[unlikely]] next_chunk();
    *top_++ = v;
    ++size_;
  }
  void pop_back() {
    --size_;
    if (--top_ == begin_ && chunk_ > 0) point_at(size_);
  }
  // Drops elements from n on (n <= size()).
  void truncate(size_t n) {
    size_ = n;
    if (!chunks_.empty()) point_at(n);
  }
  void clear() { truncate(0); }
  // Empties the stack and frees all but `keep_bytes` worth of chunks.
  void trim(size_t keep_bytes) {
    size_t keep = keep_bytes / (kChunk * sizeof(T));
    if (chunks_.size() > keep) chunks_.resize(keep);
    size_ = 0;
    if (chunks_.empty()) {
      top_ = begin_ = limit_ = nullptr;
      chunk_ = 0;
    } else {
      point_at(0);
    }
  }

 private:
  // Makes top_ the end of the first n elements, in the chunk holding the
  // n-th (so back() is top_[-1] whenever n > 0).
  void point_at(size_t n) {
    chunk_ = n / kChunk;
    size_t offset = n % kChunk;
    if (offset == 0 && chunk_ > 0) {
      --chunk_;
      offset = kChunk;
    }
    begin_ = chunks_[chunk_].get();
    limit_ = begin_ + kChunk;
    top_ = begin_ + offset;
  }
  [[gnu::noinline]] void next_chunk() {
    size_t next = top_ == nullptr ? 0 : chunk_ + 1;
    if (next == chunks_.size()) chunks_.emplace_back(new T[kChunk]);
    chunk_ = next;
    begin_ = top_ = chunks_[next].get();
    limit_ = begin_ + kChunk;
  }

  std::vector<std::unique_ptr<T[]>> chunks_;
  T* top_ = nullptr;    // one past the last element
  T* begin_ = nullptr;  // the current chunk
  T* limit_ = nullptr;
  size_t chunk_ = 0;
  size_t size_ = 0;
};

// One backtracking record of the engine (a "context" in CPython's terms).
struct Frame {
  const Code* pattern;  // where this frame resumes
  int64_t ptr;          // its input position
  int64_t count;        // repeat counter of the instruction that made it
  int64_t aux;          // a literal (REPEAT_ONE) or a repeat record's index
  int32_t lastmark;
  int32_t lastindex;
  uint8_t resume;       // where the parent continues when this frame ends
  bool toplevel;        // SUCCESS here ends the whole match (fullmatch / must_advance apply)
};

// A REPEAT in progress (its count, where its last iteration began).
struct Repeat {
  int64_t count;
  const Code* pattern;  // the REPEAT instruction's skip word
  int64_t last_ptr;
  int32_t prev;         // enclosing repeat, -1 for none
};

// Everything one match or search works on. Positions are character indexes
// into the subject; a mark of -1 is unset.
struct MatchState {
  const Code* code = nullptr;    // the pattern's code
  const Accel* accel = nullptr;  // and its tables
  const void* data = nullptr;  // the subject's characters
  int charsize = 1;            // 1, 2 or 4 bytes per character
  int64_t length = 0;          // of the whole subject
  int64_t start = 0;           // where this attempt began (the match start on success)
  int64_t end = 0;             // endpos
  int64_t ptr = 0;             // current / final position
  int64_t pos = 0, endpos = 0; // the clamped arguments, for the Match object
  bool match_all = false;      // fullmatch(): SUCCESS only at end
  bool must_advance = false;   // an empty match at start is refused (after an empty match)
  int32_t lastmark = -1;
  int32_t lastindex = -1;
  int32_t repeat = -1;
  std::vector<int64_t> marks;   // 2 per group
  ChunkedStack<int64_t> saved;  // saved marks and repeat positions
  ChunkedStack<Frame> frames;
  ChunkedStack<Repeat> repeats;

  // Prepares for `groups` groups over the given characters.
  void init(const void* chars, int size, int64_t len, int64_t groups);
  // Forgets the marks and stacks of a previous attempt.
  void reset() {
    lastmark = -1;
    lastindex = -1;
    repeat = -1;
    saved.clear();
    frames.clear();
    repeats.clear();
  }
  int64_t mark(int32_t i) const { return i <= lastmark ? marks[static_cast<size_t>(i)] : -1; }
};

// Tries the pattern at state.start (state.ptr must equal it): 1 with
// state.ptr at the match end, 0 for no match, or a negative error code.
int64_t sre_match(MatchState& state, const Code* code);
// Finds the first position from state.start where the pattern matches:
// then state.start is the match start and state.ptr its end.
int64_t sre_search(MatchState& state, const Code* code);

}  // namespace taipan::sre
