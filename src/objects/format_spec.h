// The format-spec mini-language shared by every __format__:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// parse_format_spec() reads a spec into FormatSpec; pad_to_width() aligns any
// UTF-8 text in a field; format_int_spec() / format_float_spec() render
// numbers (used by int, bool, float and complex __format__).
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/value.h"

namespace taipan {

struct FormatSpec {
  uint32_t fill = ' ';       // fill code point
  bool fill_given = false;   // an explicit fill character preceded the align
  char align = 0;            // '<', '>', '^', '=' or 0 when not given
  char sign = 0;             // '+', '-', ' ' or 0 when not given
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  bool zero_pad = false;     // '0' before the width
  int64_t width = -1;        // -1 when not given
  char grouping = 0;         // ',' or '_' or 0
  int64_t precision = -1;    // -1 when not given
  uint32_t type = 0;         // presentation type code point, 0 when not given
};

// Parses `spec`; `type_name` names the formatted object's type in messages
// ("Invalid format specifier '...' for object of type 'int'"); for "str" the
// default type is 's', which takes no grouping. On error raises
// ValueError and returns false.
bool parse_format_spec(std::string_view spec, const char* type_name, FormatSpec* out);

// Raises "Unknown format code 'q' for object of type 'int'"; returns null.
Ref raise_unknown_format_code(uint32_t type, const char* type_name);

// Pads `text` (UTF-8 holding `text_length` code points) to spec.width with the
// spec's fill and align; `default_align` applies when the spec names none.
// '=' (sign-aware) alignment pads after the first `sign_prefix_bytes` bytes.
std::string pad_to_width(std::string_view text, int64_t text_length, const FormatSpec& spec,
                         char default_align, size_t sign_prefix_bytes = 0);

// Appends the UTF-8 encoding of code point cp.
void append_utf8(std::string& out, uint32_t cp);

// Formats an integer held in an mpz (any int, bools included) by spec; spec
// types e E f F g G % are delegated to format_float_spec after conversion.
// Returns null with an exception set on error.
Ref format_int_spec(const mpz_t value, const FormatSpec& spec);
// Formats a double by spec: types e E f F g G n % and none (repr-like).
Ref format_float_spec(double value, const FormatSpec& spec);

// The body of a float rendered without sign, padding or grouping, shared with
// complex: `type` is e E f F g G % or 0 for the repr-like form (`repr_style`
// adds ".0" to integral values as repr() does). `precision` -1 uses the default.
std::string format_double_body(double magnitude, uint32_t type, int64_t precision, bool alternate,
                               bool repr_style);

// Inserts the grouping separator every `interval` digits into the leading
// digit run of `digits` (which may continue with '.', 'e', ...).
std::string group_digits(std::string_view digits, char separator, int interval);

}  // namespace taipan
