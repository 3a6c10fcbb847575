// The parsing of str.format's mini-language, shared by str.format and
// `_string` (string.Formatter): a format string splits into literal text and
// replacement fields {name!conversion:spec}, and a field name into its first
// part and .attr / [key] steps, with CPython's errors.
#pragma once

#include "objects/str.h"

namespace taipan {

// Literal text, then maybe a field. Ranges index the parsed string.
struct MarkupItem {
  int64_t literal_begin = 0, literal_end = 0;
  bool has_field = false;
  int64_t name_begin = 0, name_end = 0;
  uint32_t conversion = 0;  // 0: none
  int64_t spec_begin = 0, spec_end = 0;
  bool spec_needs_expanding = false;  // the spec holds nested fields
};

class MarkupIterator {
 public:
  MarkupIterator(Str* s, int64_t begin, int64_t end) : s_(s), pos_(begin), end_(end) {}
  // 1 with *out filled, 0 at the end, -1 with ValueError set.
  int next(MarkupItem* out);

 private:
  bool parse_field(MarkupItem* out);
  Str* s_;
  int64_t pos_, end_;
};

// One step after a field name's first part: .attr or [key].
struct FieldNameStep {
  bool is_attribute = false;
  int64_t begin = 0, end = 0;
};

class FieldNameIterator {
 public:
  // The first part is s[begin, first_end()).
  FieldNameIterator(Str* s, int64_t begin, int64_t end);
  int64_t first_end() const { return first_end_; }
  // 1 with *out filled, 0 at the end, -1 with ValueError set.
  int next(FieldNameStep* out);

 private:
  Str* s_;
  int64_t first_end_, pos_, end_;
};

// A field name part as a value: an int when it is all decimal digits, else
// the str (ValueError "Too many decimal digits in format string" on overflow).
Ref field_name_part(Str* s, int64_t begin, int64_t end);

}  // namespace taipan
