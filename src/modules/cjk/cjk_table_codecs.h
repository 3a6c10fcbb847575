// The table-driven CJK codecs: one class, told by its Kind what it
// computes besides the tables (see cjk_table_codecs.cpp).
#pragma once

#include "modules/cjk/cjk_codec.h"
#include "modules/cjk/cjk_tables.h"

namespace taipan::cjk {

class TableCodec : public Codec {
 public:
  enum class Kind { Plain, ThreeByte, Gb18030, EucKr };
  // newer: for the JIS X 0213:2000 codecs, their 2004 sibling (see decode()).
  TableCodec(const char* name, Kind kind, const char* newer = nullptr) : Codec(name), kind_(kind), newer_(newer) {}
  bool prepare() const override;
  int encode(CodecState& st, const char32_t* text, size_t n, bool final, std::string& out) const override;
  int decode(CodecState& st, const uint8_t* in, size_t n, StrBuilder& out) const override;
  const Tables& tables() const { return *tables_; }

 private:
  Kind kind_;
  const char* newer_;
  mutable const Tables* tables_ = nullptr;
};

// Appends the characters of a decoded table unit (a character or a pair).
void append_unit(const Tables& t, uint32_t v, StrBuilder& out);

}  // namespace taipan::cjk
