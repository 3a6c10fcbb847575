// The numbers shared with CPython 3.11's re/_constants.py: opcodes, position
// (AT) codes, character categories, flags and the INFO block's flags. The
// compiler in re/_compiler.py emits these values, so their order is fixed.
#pragma once

#include <cstdint>

namespace taipan::sre {

using Code = uint32_t;  // one word of compiled pattern (CODESIZE 4)

constexpr int64_t kMagic = 20220615;
constexpr Code kMaxRepeat = 0xFFFFFFFFu;       // MAXREPEAT: "no upper bound"
constexpr int64_t kMaxGroups = 0x3FFFFFFF;     // MAXGROUPS (INT32_MAX / 2)

enum Op : Code {
  FAILURE, SUCCESS,
  ANY, ANY_ALL,
  ASSERT, ASSERT_NOT,
  AT,
  BRANCH,
  CATEGORY,
  CHARSET, BIGCHARSET,
  GROUPREF, GROUPREF_EXISTS,
  IN,
  INFO,
  JUMP,
  LITERAL,
  MARK,
  MAX_UNTIL,
  MIN_UNTIL,
  NOT_LITERAL,
  NEGATE,
  RANGE,
  REPEAT,
  REPEAT_ONE,
  SUBPATTERN,
  MIN_REPEAT_ONE,
  ATOMIC_GROUP,
  POSSESSIVE_REPEAT,
  POSSESSIVE_REPEAT_ONE,
  GROUPREF_IGNORE,
  IN_IGNORE,
  LITERAL_IGNORE,
  NOT_LITERAL_IGNORE,
  GROUPREF_LOC_IGNORE,
  IN_LOC_IGNORE,
  LITERAL_LOC_IGNORE,
  NOT_LITERAL_LOC_IGNORE,
  GROUPREF_UNI_IGNORE,
  IN_UNI_IGNORE,
  LITERAL_UNI_IGNORE,
  NOT_LITERAL_UNI_IGNORE,
  RANGE_UNI_IGNORE,
  kOpCount
};

enum At : Code {
  AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING,
  AT_BOUNDARY, AT_NON_BOUNDARY,
  AT_END, AT_END_LINE, AT_END_STRING,
  AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY,
  AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY,
  kAtCount
};

enum Category : Code {
  CATEGORY_DIGIT, CATEGORY_NOT_DIGIT,
  CATEGORY_SPACE, CATEGORY_NOT_SPACE,
  CATEGORY_WORD, CATEGORY_NOT_WORD,
  CATEGORY_LINEBREAK, CATEGORY_NOT_LINEBREAK,
  CATEGORY_LOC_WORD, CATEGORY_LOC_NOT_WORD,
  CATEGORY_UNI_DIGIT, CATEGORY_UNI_NOT_DIGIT,
  CATEGORY_UNI_SPACE, CATEGORY_UNI_NOT_SPACE,
  CATEGORY_UNI_WORD, CATEGORY_UNI_NOT_WORD,
  CATEGORY_UNI_LINEBREAK, CATEGORY_UNI_NOT_LINEBREAK,
  kCategoryCount
};

enum Flag : int64_t {
  FLAG_TEMPLATE = 1,
  FLAG_IGNORECASE = 2,
  FLAG_LOCALE = 4,
  FLAG_MULTILINE = 8,
  FLAG_DOTALL = 16,
  FLAG_UNICODE = 32,
  FLAG_VERBOSE = 64,
  FLAG_DEBUG = 128,
  FLAG_ASCII = 256,
};

enum InfoFlag : Code {
  INFO_PREFIX = 1,   // a literal prefix follows
  INFO_LITERAL = 2,  // the whole pattern is that prefix
  INFO_CHARSET = 4,  // a charset of possible first characters follows
};

// Engine status codes below zero (0: no match, 1: match).
constexpr int64_t kErrorIllegal = -1;      // bad opcode
constexpr int64_t kErrorState = -2;        // an UNTIL with no REPEAT
constexpr int64_t kErrorMemory = -9;
constexpr int64_t kErrorInterrupted = -10;  // an exception is already set

}  // namespace taipan::sre
