// The interface every CJK codec gives `_multibytecodec`: one step of
// encoding or decoding at a time, over a small state (the iso2022 shift
// states, HZ's mode). The framework (multibytecodec.cpp) owns error
// handling, incremental buffers and streams; a codec only says how long a
// unit is, what it stands for, and where it is illegal or incomplete.
#pragma once

#include <cstdint>
#include <string>

#include "objects/str.h"

namespace taipan::cjk {

// A codec's state between steps; all zero is the initial state.
struct CodecState {
  uint8_t c[8];
};

class Codec {
 public:
  explicit Codec(const char* name) : name_(name) {}
  virtual ~Codec() = default;
  const char* name() const { return name_; }
  // Readies the codec (its tables) at getcodec(); false with an exception set.
  virtual bool prepare() const { return true; }

  // Encodes text[0, n) from its start: appends the bytes of one unit and
  // returns the characters it used (> 0); returns 0 when the unit may go on
  // past n and `final` is false (wait for more); -k when the first k
  // characters cannot be encoded.
  virtual int encode(CodecState& st, const char32_t* text, size_t n, bool final, std::string& out) const = 0;
  // Appends what returns the encoder to its initial state (iso2022's final
  // escape); true when the state needed it.
  virtual void encode_reset(CodecState&, std::string&) const {}
  // Decodes in[0, n) from its start: appends one unit's characters and
  // returns the bytes it used (> 0); 0 when the unit is incomplete at n;
  // -k when the first k bytes are illegal.
  virtual int decode(CodecState& st, const uint8_t* in, size_t n, StrBuilder& out) const = 0;

 private:
  const char* name_;
};

// The codec of that name (as encodings/*.py ask for it), or null.
const Codec* find_codec(std::string_view module, std::string_view name);

}  // namespace taipan::cjk
