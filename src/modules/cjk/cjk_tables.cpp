// Builds the CJK codecs' tables from glibc's iconv(3): each unit converted
// on its own (state reset before, flushed after), the first charset of a
// codec's list that converts it wins; then CPython's differences applied.
// tools/gen_cjk_overrides.py repeats this walk to find those differences.
#include "modules/cjk/cjk_tables.h"

#include <iconv.h>

#include <array>
#include <memory>
#include <string>

#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan::cjk {
namespace {

struct DecodeFix {
  uint32_t bytes;
  uint8_t length;
  uint32_t first, second;
};
struct EncodeFix {
  uint32_t code_point;
  uint32_t bytes;
  uint8_t length;
};

#include "modules/cjk/cjk_overrides.inc"

struct CodecTables {
  const char* name;
  std::array<const char*, 2> charsets;  // the second may be null
  bool three_byte;                      // 0x8F A1-FE A1-FE units
  bool plane2;                          // encodes U+20000..U+2FFFF too
  const uint8_t* leads;
  const DecodeFix* decode_fixes;
  const EncodeFix* encode_fixes;
};

#define CJK_CODEC(name, cs1, cs2, three, plane2) \
  {#name, {cs1, cs2}, three, plane2, kLeads_##name, kDecodeFixes_##name, kEncodeFixes_##name}

// Must match CODECS in tools/gen_cjk_overrides.py.
const CodecTables kCodecs[] = {
    CJK_CODEC(shift_jis, "SJIS", nullptr, false, false),
    CJK_CODEC(cp932, "CP932", nullptr, false, false),
    CJK_CODEC(euc_jp, "EUC-JP", nullptr, true, false),
    CJK_CODEC(euc_jis_2004, "EUC-JISX0213", "EUC-JP", true, true),
    CJK_CODEC(euc_jisx0213, "EUC-JISX0213", "EUC-JP", true, true),
    CJK_CODEC(shift_jis_2004, "SHIFT_JISX0213", nullptr, false, true),
    CJK_CODEC(shift_jisx0213, "SHIFT_JISX0213", nullptr, false, true),
    CJK_CODEC(gb2312, "EUC-CN", nullptr, false, false),
    CJK_CODEC(gbk, "GBK", nullptr, false, false),
    CJK_CODEC(gb18030, "GB18030", nullptr, false, false),
    CJK_CODEC(big5, "BIG5", nullptr, false, false),
    CJK_CODEC(cp950, "BIG5", nullptr, false, false),
    CJK_CODEC(big5hkscs, "BIG5HKSCS", nullptr, false, true),
    CJK_CODEC(euc_kr, "EUC-KR", nullptr, false, false),
    CJK_CODEC(cp949, "UHC", nullptr, false, false),
    CJK_CODEC(johab, "JOHAB", nullptr, false, false),
};

constexpr size_t kGb18030BmpUnits = 39420;

// One iconv descriptor, converting one unit at a time.
class Converter {
 public:
  Converter(const char* to, const char* from) : cd_(iconv_open(to, from)) {}
  ~Converter() {
    if (ok()) iconv_close(cd_);
  }
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;
  bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }

  // in converted whole into out; false when iconv refuses it.
  bool convert(const char* in, size_t n, char* out, size_t* out_len) {
    iconv(cd_, nullptr, nullptr, nullptr, nullptr);
    char* ip = const_cast<char*>(in);
    char* op = out;
    size_t il = n, ol = *out_len;
    if (iconv(cd_, &ip, &il, &op, &ol) == static_cast<size_t>(-1) || il != 0) return false;
    if (iconv(cd_, nullptr, nullptr, &op, &ol) == static_cast<size_t>(-1)) return false;
    *out_len = static_cast<size_t>(op - out);
    return true;
  }

 private:
  iconv_t cd_;
};

// A codec's charsets in both directions.
class Charsets {
 public:
  explicit Charsets(const CodecTables& c) {
    for (const char* cs : c.charsets) {
      if (cs == nullptr) continue;
      decoders_.push_back(std::make_unique<Converter>("UTF-32LE", cs));
      encoders_.push_back(std::make_unique<Converter>(cs, "UTF-32LE"));
      if (!decoders_.back()->ok() || !encoders_.back()->ok()) failed_ = cs;
    }
  }
  const char* failed() const { return failed_; }

  // The characters `in` decodes to (at most two), or 0 when none convert.
  int decode(const uint8_t* in, size_t n, char32_t* out) {
    for (auto& d : decoders_) {
      char buf[16];
      size_t len = sizeof buf;
      if (d->convert(reinterpret_cast<const char*>(in), n, buf, &len) && len >= 4 && len <= 8) {
        for (size_t i = 0; i < len / 4; ++i) {
          const auto* p = reinterpret_cast<const uint8_t*>(buf + 4 * i);
          out[i] = static_cast<char32_t>(p[0] | p[1] << 8 | p[2] << 16 | static_cast<uint32_t>(p[3]) << 24);
        }
        return static_cast<int>(len / 4);
      }
    }
    return 0;
  }

  bool encode(char32_t c, Encoded* out) {
    const uint8_t in[4] = {static_cast<uint8_t>(c), static_cast<uint8_t>(c >> 8), static_cast<uint8_t>(c >> 16), 0};
    for (auto& e : encoders_) {
      char buf[16];
      size_t len = sizeof buf;
      if (e->convert(reinterpret_cast<const char*>(in), 4, buf, &len) && len >= 1 && len <= 4) {
        out->bytes = 0;
        for (size_t i = 0; i < len; ++i) out->bytes = out->bytes << 8 | static_cast<uint8_t>(buf[i]);
        out->length = static_cast<uint8_t>(len);
        return true;
      }
    }
    return false;
  }

 private:
  std::vector<std::unique_ptr<Converter>> decoders_, encoders_;
  const char* failed_ = nullptr;
};

std::array<uint8_t, 4> gb18030_four_byte(size_t index) {
  return {static_cast<uint8_t>(0x81 + index / 12600), static_cast<uint8_t>(0x30 + index / 1260 % 10),
          static_cast<uint8_t>(0x81 + index / 10 % 126), static_cast<uint8_t>(0x30 + index % 10)};
}

size_t gb18030_index(uint32_t bytes) {
  size_t b1 = bytes >> 24, b2 = bytes >> 16 & 0xFF, b3 = bytes >> 8 & 0xFF, b4 = bytes & 0xFF;
  return (((b1 - 0x81) * 10 + (b2 - 0x30)) * 126 + (b3 - 0x81)) * 10 + (b4 - 0x30);
}

// A two-byte unit's entry: the character, or a new pair.
uint32_t unit_value(Tables& t, char32_t first, char32_t second) {
  if (second == 0) return first;
  t.pairs.emplace_back(first, second);
  return kPair | static_cast<uint32_t>(t.pairs.size() - 1);
}

void read_decoding(const CodecTables& c, Charsets& cs, Tables& t) {
  char32_t out[2];
  for (int b = 0; b < 256; ++b) {
    const uint8_t in[1] = {static_cast<uint8_t>(b)};
    t.single[b] = cs.decode(in, 1, out) == 1 ? out[0] : kNone;
  }
  t.two.assign(128 * 256, kNone);
  for (int b = 0x80; b < 0x100; ++b) {
    for (int trail = 0; trail < 256; ++trail) {
      const uint8_t in[2] = {static_cast<uint8_t>(b), static_cast<uint8_t>(trail)};
      int n = cs.decode(in, 2, out);
      if (n == 1 || (n == 2 && t.single[b] == kNone)) {
        t.two[static_cast<size_t>(b - 0x80) * 256 + trail] = unit_value(t, out[0], n == 2 ? out[1] : 0);
      }
    }
  }
  if (c.three_byte) {
    for (uint32_t a = 0xA1; a < 0xFF; ++a) {
      for (uint32_t b = 0xA1; b < 0xFF; ++b) {
        const uint8_t in[3] = {0x8F, static_cast<uint8_t>(a), static_cast<uint8_t>(b)};
        if (cs.decode(in, 3, out) == 1) t.three[0x8F0000 | a << 8 | b] = out[0];
      }
    }
  }
  if (std::string_view(c.name) == "gb18030") {
    t.four.assign(kGb18030BmpUnits, kNone);
    for (size_t i = 0; i < kGb18030BmpUnits; ++i) {
      auto in = gb18030_four_byte(i);
      if (cs.decode(in.data(), 4, out) == 1) t.four[i] = out[0];
    }
  }
}

void read_encoding(const CodecTables& c, Charsets& cs, Tables& t) {
  auto read = [&](char32_t from, char32_t to) {
    for (char32_t cp = from; cp < to; ++cp) {
      Encoded e;
      if (cs.encode(cp, &e)) t.encode.emplace(cp, e);
    }
  };
  read(0, 0xD800);
  read(0xE000, 0x10000);
  if (c.plane2) read(0x20000, 0x30000);
}

void apply_fixes(const CodecTables& c, Tables& t) {
  for (const DecodeFix* f = c.decode_fixes; f->length != 0; ++f) {
    uint32_t v = f->first == kNone ? kNone : unit_value(t, f->first, f->second);
    switch (f->length) {
      case 1: t.single[f->bytes] = v; break;
      case 2: t.two[((f->bytes >> 8) - 0x80) * 256 + (f->bytes & 0xFF)] = v; break;
      case 3:
        if (v == kNone) {
          t.three.erase(f->bytes);
        } else {
          t.three[f->bytes] = v;
        }
        break;
      default: t.four[gb18030_index(f->bytes)] = v; break;
    }
  }
  for (const EncodeFix* f = c.encode_fixes; f->code_point != 0; ++f) {
    if (f->length == 0) {
      t.encode.erase(f->code_point);
    } else {
      t.encode[f->code_point] = Encoded{f->bytes, f->length};
    }
  }
  for (int i = 0; i < 32; ++i) t.leads[i] = c.leads[i];
}

// Pairs encode back to the unit that decodes to them.
void read_pairs(Tables& t) {
  for (size_t i = 0; i < t.two.size(); ++i) {
    uint32_t v = t.two[i];
    if (v == kNone || !(v & kPair)) continue;
    auto pair = t.pairs[v & ~kPair];
    t.encode_pairs[pair] = Encoded{static_cast<uint32_t>((i / 256 + 0x80) << 8 | (i % 256)), 2};
    t.pair_starts.insert(pair.first);
  }
}

}  // namespace

void append_encoded(std::string& out, Encoded e) {
  for (int i = e.length - 1; i >= 0; --i) out.push_back(static_cast<char>(e.bytes >> (8 * i)));
}

const Tables* tables_for(std::string_view codec) {
  static std::unordered_map<std::string_view, std::unique_ptr<Tables>> built;
  auto it = built.find(codec);
  if (it != built.end()) return it->second.get();
  for (const CodecTables& c : kCodecs) {
    if (codec != c.name) continue;
    Charsets cs(c);
    if (cs.failed() != nullptr) {
      raise(exc::LookupError, std::string("iconv cannot open the ") + cs.failed() +
                                  " charset (glibc's gconv modules, package libc6, are missing)");
      return nullptr;
    }
    auto t = std::make_unique<Tables>();
    read_decoding(c, cs, *t);
    read_encoding(c, cs, *t);
    apply_fixes(c, *t);
    read_pairs(*t);
    return built.emplace(c.name, std::move(t)).first->second.get();
  }
  raise(exc::LookupError, std::string("no such codec is supported."));
  return nullptr;
}

}  // namespace taipan::cjk
