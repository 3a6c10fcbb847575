// The per-pattern tables of sre_accel.h.
#include "modules/sre/sre_accel.h"

#include "modules/sre/sre_chars.h"

namespace taipan::sre {
namespace {

// Whether a one-character instruction at `op` accepts ch (ch < 256), or
// false with *known false when the instruction is not one of those.
bool one_char_accepts(const Code* op, uint32_t ch, bool* known) {
  *known = true;
  Code arg = op[1];
  switch (op[0]) {
    case LITERAL: return ch == arg;
    case NOT_LITERAL: return ch != arg;
    case LITERAL_IGNORE: return lower_ascii(ch) == arg;
    case NOT_LITERAL_IGNORE: return lower_ascii(ch) != arg;
    case LITERAL_UNI_IGNORE: return lower_unicode(ch) == arg;
    case NOT_LITERAL_UNI_IGNORE: return lower_unicode(ch) != arg;
    case ANY: return ch != '\n';
    case ANY_ALL: return true;
    case CATEGORY: return in_category(arg, ch);
    case IN: return in_charset(op + 2, ch);
    case IN_IGNORE: return in_charset(op + 2, lower_ascii(ch));
    case IN_UNI_IGNORE: return in_charset(op + 2, lower_unicode(ch));
    default:
      *known = false;  // locale-dependent or not a one-character instruction
      return false;
  }
}

// Adds to `out` the characters a match of the code at `op` can start with.
// False when that is not known (the code may match empty, or begins with
// something this analysis does not follow).
bool first_chars(const Code* op, CharTable* out, int depth) {
  if (depth > 50) return false;
  while (op[0] == MARK) op += 2;
  switch (op[0]) {
    case BRANCH: {
      for (const Code* alt = op + 1; alt[0]; alt += alt[0]) {
        if (!first_chars(alt + 1, out, depth + 1)) return false;
      }
      return true;
    }
    case REPEAT_ONE: case MIN_REPEAT_ONE: case POSSESSIVE_REPEAT_ONE:
      return op[2] >= 1 && first_chars(op + 4, out, depth + 1);
    case REPEAT: case POSSESSIVE_REPEAT:
      return op[2] >= 1 && first_chars(op + 4, out, depth + 1);
    case ATOMIC_GROUP:
      return first_chars(op + 2, out, depth + 1);
    default: {
      bool known;
      one_char_accepts(op, 0, &known);
      if (!known) return false;
      for (uint32_t ch = 0; ch < 256; ++ch) {
        if (one_char_accepts(op, ch, &known)) out->add(ch);
      }
      return true;
    }
  }
}

// Gives every IN, IN_IGNORE and IN_UNI_IGNORE instruction of the block
// [op, end) its table, entering nested bodies (validated code).
void add_tables(const Code* code, const Code* op, const Code* end, Accel* accel) {
  while (op < end) {
    switch (op[0]) {
      case IN: case IN_IGNORE: case IN_UNI_IGNORE: {
        CharTable t;
        bool known;
        for (uint32_t ch = 0; ch < 256; ++ch) {
          if (one_char_accepts(op, ch, &known)) t.add(ch);
        }
        accel->table_at[static_cast<size_t>(op - code)] = static_cast<int32_t>(accel->tables.size());
        accel->tables.push_back(t);
        op += 1 + op[1];
        break;
      }
      case IN_LOC_IGNORE: case INFO:
        op += 1 + op[1];
        break;
      case BRANCH: {
        const Code* alt = op + 1;
        for (; alt[0]; alt += alt[0]) add_tables(code, alt + 1, alt + alt[0] - 1, accel);
        op = alt + 1;
        break;
      }
      case REPEAT_ONE: case MIN_REPEAT_ONE: case POSSESSIVE_REPEAT_ONE: case ATOMIC_GROUP:
        add_tables(code, op + (op[0] == ATOMIC_GROUP ? 2 : 4), op + op[1], accel);
        op += 1 + op[1];
        break;
      case REPEAT: case POSSESSIVE_REPEAT:
        add_tables(code, op + 4, op + 1 + op[1], accel);
        op += 2 + op[1];
        break;
      case ASSERT: case ASSERT_NOT:
        add_tables(code, op + 3, op + op[1], accel);
        op += 1 + op[1];
        break;
      case GROUPREF_EXISTS:
        op += 3;  // the yes part (and a JUMP and the no part) follow in line
        break;
      case FAILURE: case SUCCESS: case ANY: case ANY_ALL: case MAX_UNTIL: case MIN_UNTIL:
        op += 1;
        break;
      default:
        op += 2;  // one operand (JUMP included: what follows it is the no part)
        break;
    }
  }
}

}  // namespace

Accel build_accel(const Code* code, size_t size) {
  Accel accel;
  accel.table_at.assign(size, -1);
  const Code* body = code;
  if (size > 0 && code[0] == INFO) {
    if (code[2] & INFO_CHARSET) {
      // INFO's charset acts as the set of an IN at position 0.
      CharTable t;
      for (uint32_t ch = 0; ch < 256; ++ch) {
        if (in_charset(code + 5, ch)) t.add(ch);
      }
      accel.table_at[0] = 0;
      accel.tables.push_back(t);
    }
    body = code + 1 + code[1];
  }
  add_tables(code, body, code + size, &accel);
  CharTable first;
  if (first_chars(body, &first, 0)) {
    accel.has_first = true;
    accel.first = first;
  }
  return accel;
}

}  // namespace taipan::sre
