// The ISO-2022 codecs and HZ. A character set is designated by an escape
// sequence (ESC ( B, ESC $ B, ESC $ ( D ...) into G0 (or, for iso2022_kr,
// KS X 1001 into G1, reached by SO / SI; for iso2022_jp_2, Latin-1 into G2,
// reached by ESC N); its 94- or 94x94-character sets use seven-bit bytes.
// HZ switches between ASCII and GB 2312 with ~{ and ~}. The encoder tries a
// codec's sets in order and designates the first that has the character.
// State: c[0] G0, c[1] G1, c[2] G2, c[3] shifted out.
#include "modules/cjk/cjk_iso2022.h"

#include <vector>

#include "modules/cjk/cjk_table_codecs.h"
#include "modules/cjk/cjk_tables.h"

namespace taipan::cjk {
namespace {

constexpr uint8_t kEsc = 0x1B, kShiftOut = 0x0E, kShiftIn = 0x0F;

enum Set : uint8_t {
  kAscii, kJisRoman, kJisKana, kJis0208Old, kJis0208, kJis0212, kGb2312, kKsc, kJis0213Plane1Old,
  kJis0213Plane1, kJis0213Plane2, kLatin1High, kSetCount
};

struct SetInfo {
  const char* escape;  // after ESC
  bool double_byte;
  const char* tables;  // the table codec holding it
};

const SetInfo kSets[kSetCount] = {
    {"(B", false, nullptr},        {"(J", false, nullptr},         {"(I", false, nullptr},
    {"$@", true, "euc_jp"},        {"$B", true, "euc_jp"},         {"$(D", true, "euc_jp"},
    {"$A", true, "gb2312"},        {"$(C", true, "euc_kr"},        {"$(O", true, "euc_jisx0213"},
    {"$(Q", true, "euc_jis_2004"}, {"$(P", true, "euc_jis_2004"},  {".A", false, nullptr},
};

const Tables* tables_of(Set s) { return tables_for(kSets[s].tables); }

// JIS X 0213 plane 2 has rows 1, 3-5, 8, 12-15 and 78-94 (the rest of
// euc_jis_2004's 0x8F units are JIS X 0212's).
bool plane2_row(uint8_t b1) {
  int row = (b1 & 0x7F) - 0x20;
  return row == 1 || (row >= 3 && row <= 5) || row == 8 || (row >= 12 && row <= 15) || row >= 78;
}

// Appends set s's character at seven-bit bytes b1 (b2); false when none.
bool decode_in(Set s, uint8_t b1, uint8_t b2, StrBuilder& out) {
  switch (s) {
    case kAscii: out.append(b1); return true;
    case kJisRoman: out.append(b1 == 0x5C ? 0xA5u : b1 == 0x7E ? 0x203Eu : b1); return true;
    case kJisKana:
      if (b1 < 0x21 || b1 > 0x5F) return false;
      out.append(0xFF61u + b1 - 0x21);
      return true;
    case kLatin1High: out.append(b1 | 0x80u); return true;
    case kJis0212: case kJis0213Plane2: {
      if (b2 < 0x21 || b2 > 0x7E || (s == kJis0213Plane2 && !plane2_row(b1))) return false;
      const Tables* t = tables_of(s);
      auto it = t->three.find(0x8F0000u | static_cast<uint32_t>(b1 | 0x80) << 8 | (b2 | 0x80));
      if (it == t->three.end()) return false;
      out.append(it->second);
      return true;
    }
    default: {
      if (b2 < 0x21 || b2 > 0x7E) return false;
      const Tables* t = tables_of(s);
      uint32_t v = t->two_byte(static_cast<uint8_t>(b1 | 0x80), static_cast<uint8_t>(b2 | 0x80));
      if (v == kNone) return false;
      append_unit(*t, v, out);
      return true;
    }
  }
}

// Appends set s's seven-bit bytes for c; false when it has none.
bool encode_in(Set s, char32_t c, std::string& out) {
  switch (s) {
    case kAscii: return false;  // the encoder's own first case
    case kJisRoman:
      if (c == 0xA5 || c == 0x203E) {
        out.push_back(c == 0xA5 ? 0x5C : 0x7E);
        return true;
      }
      return false;
    case kJisKana:
      if (c < 0xFF61 || c > 0xFF9F) return false;
      out.push_back(static_cast<char>(c - 0xFF61 + 0x21));
      return true;
    case kLatin1High:
      if (c < 0xA0 || c > 0xFF) return false;
      out.push_back(static_cast<char>(c & 0x7F));
      return true;
    default: {
      const Encoded* e = tables_of(s)->find(c);
      bool three = s == kJis0212 || s == kJis0213Plane2;
      if (e == nullptr || e->length != (three ? 3 : 2) || (three && e->bytes >> 16 != 0x8F)) return false;
      uint8_t b1 = static_cast<uint8_t>(e->bytes >> 8), b2 = static_cast<uint8_t>(e->bytes);
      if (s == kJis0213Plane2 && !plane2_row(b1)) return false;
      // CPython's ISO-2022 JIS X 0213 leaves out U+FF5E, which its EUC has at A2 B2.
      if ((s == kJis0213Plane1 || s == kJis0213Plane1Old) && c == 0xFF5E) return false;
      if (b1 < 0xA1 || b1 > 0xFE || b2 < 0xA1 || b2 > 0xFE) return false;
      out.push_back(static_cast<char>(b1 & 0x7F));
      out.push_back(static_cast<char>(b2 & 0x7F));
      return true;
    }
  }
}

void designate(Set s, std::string& out) {
  out.push_back(static_cast<char>(kEsc));
  out += kSets[s].escape;
}

class Iso2022Codec : public Codec {
 public:
  Iso2022Codec(const char* name, std::vector<Set> sets, bool korean)
      : Codec(name), sets_(std::move(sets)), korean_(korean) {}

  bool prepare() const override {
    for (int s = 0; s < kSetCount; ++s) {
      if (kSets[s].tables != nullptr && tables_for(kSets[s].tables) == nullptr) return false;
    }
    return true;
  }

  int encode(CodecState& st, const char32_t* text, size_t, bool, std::string& out) const override {
    char32_t c = text[0];
    if (c < 0x80) {
      encode_reset(st, out);
      out.push_back(static_cast<char>(c));
      return 1;
    }
    for (Set s : sets_) {
      std::string bytes;
      if (!encode_in(s, c, bytes)) continue;
      if (korean_) {
        if (st.c[1] != kKsc) {  // designated before its first use
          out += "\x1b$)C";
          st.c[1] = kKsc;
        }
        if (!st.c[3]) out.push_back(static_cast<char>(kShiftOut));
        st.c[3] = 1;
      } else if (s == kLatin1High) {
        if (st.c[2] != s) {
          out += "\x1b.A";
          st.c[2] = s;
        }
        out += "\x1bN";
      } else if (st.c[0] != s) {
        designate(s, out);
        st.c[0] = s;
      }
      out += bytes;
      return 1;
    }
    return -1;
  }

  void encode_reset(CodecState& st, std::string& out) const override {
    if (st.c[3]) out.push_back(static_cast<char>(kShiftIn));
    st.c[3] = 0;
    if (st.c[0] != kAscii) designate(kAscii, out);
    st.c[0] = kAscii;
  }

  int decode(CodecState& st, const uint8_t* in, size_t n, StrBuilder& out) const override {
    uint8_t b = in[0];
    if (b == kEsc) return escape(st, in, n, out);
    if (korean_ && (b == kShiftOut || b == kShiftIn)) {
      st.c[3] = b == kShiftOut && st.c[1] == kKsc;  // no shift before the designation
      return 1;
    }
    if (b >= 0x80) return -1;
    Set s = static_cast<Set>(st.c[3] ? st.c[1] : st.c[0]);
    if (b < 0x20 || (!kSets[s].double_byte && s != kJisKana && s != kJisRoman)) {
      out.append(b);
      return 1;
    }
    if (!kSets[s].double_byte) return decode_in(s, b, 0, out) ? 1 : -1;
    if (n < 2) return 0;
    return decode_in(s, b, in[1], out) ? 2 : -2;  // CPython reports both bytes
  }

 private:
  // An escape sequence at in: designates a set, or (ESC N) decodes a G2 character.
  // As CPython: ESC and a byte that starts no escape are two characters;
  // an escape runs to its final byte (@ to Z) and must be one the codec knows.
  int escape(CodecState& st, const uint8_t* in, size_t n, StrBuilder& out) const {
    if (n < 2) return 0;
    if (in[1] == 'N' && uses_g2()) {
      if (st.c[2] != kLatin1High) return 2;  // no G2 yet: the shift is ignored
      if (n < 3) return 0;
      return decode_in(kLatin1High, in[2], 0, out) ? 3 : -1;
    }
    if (in[1] != '$' && in[1] != '(' && in[1] != ')' && in[1] != '.') {
      out.append(kEsc);
      out.append(in[1]);
      return 2;
    }
    size_t len = 2;
    while (len < n && (in[len] < 0x40 || in[len] > 0x5A)) ++len;
    if (len >= n) return 0;
    std::string_view seq(reinterpret_cast<const char*>(in + 1), len);
    if (korean_ && seq == "$)C") {
      st.c[1] = kKsc;
      return static_cast<int>(len + 1);
    }
    for (Set s : sets_) {
      if (s == kAscii || s == kJisRoman || !korean_) {
        if (seq != kSets[s].escape) continue;
        st.c[s == kLatin1High ? 2 : 0] = s;
        return static_cast<int>(len + 1);
      }
    }
    return -static_cast<int>(len + 1);
  }

  bool uses_g2() const {
    for (Set s : sets_) {
      if (s == kLatin1High) return true;
    }
    return false;
  }

  std::vector<Set> sets_;  // ASCII first; the encoder tries them in order
  bool korean_;
};

class HzCodec : public Codec {
 public:
  HzCodec() : Codec("hz") {}
  bool prepare() const override { return tables_for("gb2312") != nullptr; }

  int encode(CodecState& st, const char32_t* text, size_t, bool, std::string& out) const override {
    char32_t c = text[0];
    if (c < 0x80) {
      encode_reset(st, out);
      out += c == '~' ? "~~" : std::string(1, static_cast<char>(c));
      return 1;
    }
    std::string bytes;
    if (!encode_in(kGb2312, c, bytes)) return -1;
    if (!st.c[0]) out += "~{";
    st.c[0] = 1;
    out += bytes;
    return 1;
  }

  void encode_reset(CodecState& st, std::string& out) const override {
    if (st.c[0]) out += "~}";
    st.c[0] = 0;
  }

  int decode(CodecState& st, const uint8_t* in, size_t n, StrBuilder& out) const override {
    uint8_t b = in[0];
    if (b >= 0x80) return -1;
    if (b == '~') {
      // ~~ and ~{ in ASCII mode, ~} in GB mode, ~ and a newline in both.
      if (n < 2) return 0;
      uint8_t next = in[1];
      if (next == '\n') return 2;
      if (!st.c[0] && next == '~') {
        out.append('~');
        return 2;
      }
      if (next == (st.c[0] ? '}' : '{')) {
        st.c[0] = !st.c[0];
        return 2;
      }
      return -1;
    }
    if (!st.c[0]) {
      out.append(b);
      return 1;
    }
    if (n < 2) return 0;
    return decode_in(kGb2312, b, in[1], out) ? 2 : -1;
  }
};

}  // namespace

const Codec* iso2022_codec(std::string_view name) {
  static const Iso2022Codec codecs[] = {
      {"iso2022_jp", {kAscii, kJis0208, kJisRoman, kJis0208Old}, false},
      {"iso2022_jp_1", {kAscii, kJis0208, kJis0212, kJisRoman, kJis0208Old}, false},
      {"iso2022_jp_2",
       {kAscii, kJis0208, kJis0212, kKsc, kGb2312, kJisRoman, kJis0208Old, kLatin1High},
       false},
      {"iso2022_jp_2004",
       {kAscii, kJis0208, kJis0213Plane1, kJis0213Plane2, kJis0208Old},
       false},
      {"iso2022_jp_3", {kAscii, kJis0208, kJis0213Plane1Old, kJis0213Plane2, kJis0208Old}, false},
      {"iso2022_jp_ext", {kAscii, kJis0208, kJis0212, kJisRoman, kJisKana, kJis0208Old}, false},
      {"iso2022_kr", {kAscii, kKsc}, true},
  };
  for (const Iso2022Codec& c : codecs) {
    if (name == c.name()) return &c;
  }
  return nullptr;
}

const Codec& hz_codec() {
  static const HzCodec codec;
  return codec;
}

}  // namespace taipan::cjk
