// The packed form of a code object's source positions, as the code cache and
// marshal store them, and its lazy decoding. Per code unit, four zigzag
// varints: the line's change from the unit before, the end line's distance
// from the line, the column and the end column. Most positions loaded from
// the cache are never read, so they stay packed (about 4 bytes a unit
// instead of 16) until a traceback, a trace function or co_positions asks.
#include <cstring>
#include <string>

#include "compiler/code.h"

namespace taipan {

namespace {

void put_zigzag(std::string* out, int64_t v) {
  uint64_t u = (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63);
  while (u >= 0x80) {
    out->push_back(static_cast<char>((u & 0x7F) | 0x80));
    u >>= 7;
  }
  out->push_back(static_cast<char>(u));
}

// One zigzag varint from [*p, end); false when the data runs out or is
// longer than 64 bits.
bool get_zigzag(const uint8_t** p, const uint8_t* end, int64_t* out) {
  uint64_t u = 0;
  for (int shift = 0; shift < 64 && *p < end; shift += 7) {
    uint8_t b = *(*p)++;
    u |= static_cast<uint64_t>(b & 0x7F) << shift;
    if ((b & 0x80) == 0) {
      *out = static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1);
      return true;
    }
  }
  return false;
}

}  // namespace

void pack_positions(const SourcePosition* positions, int32_t count, std::string* out) {
  SourcePosition previous{0, 0, 0, 0};
  for (int32_t i = 0; i < count; ++i) {
    const SourcePosition& p = positions[i];
    put_zigzag(out, static_cast<int64_t>(p.line) - previous.line);
    put_zigzag(out, static_cast<int64_t>(p.end_line) - p.line);
    put_zigzag(out, p.col);
    put_zigzag(out, p.end_col);
    previous = p;
  }
}

// Decodes `packed_positions` into `positions` and drops the packed form.
// Packed data that is short or malformed (marshal.loads of forged bytes)
// leaves the rest of the units with an unknown position.
SourcePosition* unpack_positions(const Code* c) {
  SourcePosition* positions = new SourcePosition[c->code_size > 0 ? static_cast<size_t>(c->code_size) : 1];
  const uint8_t* p = c->packed_positions;
  const uint8_t* end = p + c->packed_positions_size;
  SourcePosition previous{0, 0, 0, 0};
  int32_t i = 0;
  for (; i < c->code_size; ++i) {
    int64_t line_delta, span, col, end_col;
    if (!get_zigzag(&p, end, &line_delta) || !get_zigzag(&p, end, &span) || !get_zigzag(&p, end, &col) ||
        !get_zigzag(&p, end, &end_col)) {
      break;
    }
    SourcePosition& q = positions[i];
    q.line = static_cast<int32_t>(previous.line + line_delta);
    q.end_line = static_cast<int32_t>(q.line + span);
    q.col = static_cast<int32_t>(col);
    q.end_col = static_cast<int32_t>(end_col);
    previous = q;
  }
  for (; i < c->code_size; ++i) positions[i] = SourcePosition{0, 0, -1, -1};
  delete[] c->packed_positions;
  c->packed_positions = nullptr;
  c->packed_positions_size = 0;
  c->positions = positions;
  return positions;
}

}  // namespace taipan
