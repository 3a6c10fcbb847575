// Checks a compiled pattern before the engine may run it: every opcode is
// known, every operand and skip stays inside the code (and inside its
// enclosing construct), group numbers are below the pattern's group count,
// and each construct ends with the opcode the compiler puts there. Code that
// re/_compiler.py produces always passes; anything else gets RuntimeError
// "invalid SRE code" from _sre.compile instead of a crash in the engine.
#include "modules/sre/sre_engine.h"

namespace taipan::sre {
namespace {

// Deeper nesting than this is refused (the Python-level parser cannot
// produce it without exceeding its own recursion limit first).
constexpr int kMaxNesting = 10000;

class Validator {
 public:
  explicit Validator(int64_t groups) : groups_(groups) {}

  // Checks [code, end). Returns 0 if valid, -1 if not, 1 if the code is
  // valid and ends with a JUMP (how a conditional's "then" part ends when
  // there is an "else" part).
  int block(const Code* code, const Code* end, int depth) {
    if (code > end || depth > kMaxNesting) return -1;
    while (code < end) {
      Code op = *code++;
      switch (op) {
        case MARK:
          if (code >= end || *code > 2 * static_cast<uint64_t>(groups_) + 1) return -1;
          code++;
          break;
        case LITERAL: case NOT_LITERAL: case LITERAL_IGNORE: case NOT_LITERAL_IGNORE:
        case LITERAL_UNI_IGNORE: case NOT_LITERAL_UNI_IGNORE: case LITERAL_LOC_IGNORE:
        case NOT_LITERAL_LOC_IGNORE:
          if (code >= end) return -1;
          code++;
          break;
        case SUCCESS: case FAILURE: case ANY: case ANY_ALL:
          break;
        case AT:
          if (code >= end || *code >= kAtCount) return -1;
          code++;
          break;
        case IN: case IN_IGNORE: case IN_UNI_IGNORE: case IN_LOC_IGNORE: {
          Code skip;
          if (!read_skip(code, end, 0, &skip) || skip < 2) return -1;
          // The set runs to the FAILURE just before the skip target.
          if (!charset(code + 1, code + skip - 1) || code[skip - 1] != FAILURE) return -1;
          code += skip;
          break;
        }
        case INFO:
          if (!info(code, end)) return -1;
          code += *code;
          break;
        case BRANCH: {
          const Code* target = nullptr;
          for (;;) {
            Code skip;
            if (!read_skip(code, end, 0, &skip)) return -1;
            if (skip == 0) {
              code++;
              break;
            }
            // An alternative: code, then JUMP <skip to the common target>.
            if (skip < 3) return -1;
            const Code* jump = code + skip - 2;
            if (block(code + 1, jump, depth + 1) != 0 || *jump != JUMP) return -1;
            Code jump_skip;
            const Code* at = jump + 1;
            if (!read_skip(at, end, 0, &jump_skip) || jump_skip == 0) return -1;
            const Code* to = at + jump_skip;
            if (target == nullptr) {
              target = to;
            } else if (to != target) {
              return -1;
            }
            code += skip;
          }
          if (code != target) return -1;
          break;
        }
        case REPEAT_ONE: case MIN_REPEAT_ONE: case POSSESSIVE_REPEAT_ONE:
        case REPEAT: case POSSESSIVE_REPEAT: {
          // <op> <skip> <min> <max> body <end op> tail. The skip of the one-character
          // repeats reaches past the end op (to the tail), the others' reach it.
          bool one = op == REPEAT_ONE || op == MIN_REPEAT_ONE || op == POSSESSIVE_REPEAT_ONE;
          Code skip;
          if (!read_skip(code, end, 0, &skip) || skip < (one ? 4u : 3u) || end - code < 3) return -1;
          Code min = code[1], max = code[2];
          if (min > max) return -1;
          const Code* last = code + skip - (one ? 1 : 0);  // the end op
          if (last >= end || block(code + 3, last, depth + 1) != 0) return -1;
          Code closing = *last;
          if (op == REPEAT ? closing != MAX_UNTIL && closing != MIN_UNTIL : closing != SUCCESS) return -1;
          code = last + 1;
          break;
        }
        case ATOMIC_GROUP: {
          Code skip;
          if (!read_skip(code, end, 0, &skip) || skip < 2) return -1;
          const Code* last = code + skip - 1;
          if (last >= end || block(code + 1, last, depth + 1) != 0 || *last != SUCCESS) return -1;
          code = last + 1;
          break;
        }
        case GROUPREF: case GROUPREF_IGNORE: case GROUPREF_UNI_IGNORE: case GROUPREF_LOC_IGNORE:
          if (code >= end || *code >= static_cast<uint64_t>(groups_)) return -1;
          code++;
          break;
        case GROUPREF_EXISTS: {
          // <op> <group> <skip from the group word> then-part [JUMP <skip> else-part]
          if (end - code < 2 || code[0] >= static_cast<uint64_t>(groups_)) return -1;
          Code skip = code[1];
          if (skip < 2 || skip > static_cast<uint64_t>(end - code)) return -1;
          const Code* no = code + skip;
          int then = block(code + 2, no, depth + 1);
          if (then < 0) return -1;
          if (then == 1) {
            // The "then" part ended with JUMP <skip>; its target ends the else part.
            Code else_skip = no[-1];
            if (else_skip == 0 || else_skip > static_cast<uint64_t>(end - no) + 1) return -1;
            const Code* after = no - 1 + else_skip;
            if (block(no, after, depth + 1) != 0) return -1;
            no = after;
          }
          code = no;
          break;
        }
        case ASSERT: case ASSERT_NOT: {
          // <op> <skip> <back> body SUCCESS
          Code skip;
          if (!read_skip(code, end, 0, &skip) || skip < 3 || end - code < 2) return -1;
          const Code* last = code + skip - 1;
          if (last >= end || block(code + 2, last, depth + 1) != 0 || *last != SUCCESS) return -1;
          code = last + 1;
          break;
        }
        case JUMP:
          // Only the last opcode of a conditional's "then" part.
          if (code + 1 != end || *code == 0) return -1;
          return 1;
        default:
          return -1;
      }
    }
    return 0;
  }

 private:
  // Reads the skip at *code (relative to its own word); it must stay within end.
  static bool read_skip(const Code* code, const Code* end, int slack, Code* skip) {
    if (code >= end) return false;
    *skip = *code;
    return *skip <= static_cast<uint64_t>(end - code) + slack;
  }

  static bool charset(const Code* code, const Code* end) {
    while (code < end) {
      switch (*code++) {
        case NEGATE:
          break;
        case LITERAL:
          if (end - code < 1) return false;
          code += 1;
          break;
        case RANGE: case RANGE_UNI_IGNORE:
          if (end - code < 2) return false;
          code += 2;
          break;
        case CHARSET:
          if (end - code < 8) return false;
          code += 8;
          break;
        case BIGCHARSET: {
          if (end - code < 1 + 64) return false;
          Code blocks = *code++;
          const auto* block_of = reinterpret_cast<const unsigned char*>(code);
          for (int i = 0; i < 256; ++i) {
            if (block_of[i] >= blocks) return false;
          }
          code += 64;
          if (static_cast<uint64_t>(end - code) / 8 < blocks) return false;
          code += static_cast<size_t>(blocks) * 8;
          break;
        }
        case CATEGORY:
          if (end - code < 1 || *code >= kCategoryCount) return false;
          code += 1;
          break;
        default:
          return false;
      }
    }
    return true;
  }

  // <INFO> <skip> <flags> <min> <max> [<prefix length> <prefix skip> prefix overlap | charset]
  static bool info(const Code* code, const Code* end) {
    Code skip;
    if (!read_skip(code, end, 0, &skip) || skip < 4) return false;
    const Code* stop = code + skip;
    Code flags = code[1];
    const Code* p = code + 4;
    if (flags & ~(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) return false;
    if ((flags & INFO_PREFIX) && (flags & INFO_CHARSET)) return false;
    if ((flags & INFO_LITERAL) && !(flags & INFO_PREFIX)) return false;
    if (flags & INFO_PREFIX) {
      if (stop - p < 2) return false;
      Code length = p[0];
      Code prefix_skip = p[1];
      p += 2;
      if (length == 0 || prefix_skip > length) return false;
      if (static_cast<uint64_t>(stop - p) / 2 < length) return false;
      const Code* overlap = p + length;
      for (Code i = 0; i < length; ++i) {
        if (overlap[i] >= length) return false;
      }
      p = overlap + length;
      return p == stop;
    }
    if (flags & INFO_CHARSET) {
      if (stop - p < 1 || !charset(p, stop - 1)) return false;
      return stop[-1] == FAILURE;
    }
    return p == stop;
  }

  int64_t groups_;
};

}  // namespace

// A search skips the first prefix_skip literals of the pattern once it has
// found the prefix, so those must really be there, as LITERAL instructions.
bool prefix_skip_is_sound(const Code* code, const Code* end) {
  if (code[0] != INFO || !(code[2] & INFO_PREFIX)) return true;
  const Code* prefix = code + 7;
  Code skip = code[6];
  const Code* body = code + 1 + code[1];
  if (static_cast<uint64_t>(end - body) / 2 < skip) return false;
  for (Code i = 0; i < skip; ++i) {
    if (body[2 * i] != LITERAL || body[2 * i + 1] != prefix[i]) return false;
  }
  return true;
}

bool validate_code(const Code* code, size_t size, int64_t groups) {
  if (groups < 0 || groups > kMaxGroups || size == 0 || code[size - 1] != SUCCESS) return false;
  const Code* end = code + size - 1;
  return Validator(groups).block(code, end, 0) == 0 && prefix_skip_is_sound(code, end);
}

}  // namespace taipan::sre
