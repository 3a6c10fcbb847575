// Unicode character properties and case mappings for str's methods, from
// utf8proc plus the small generated tables of unicode_data.inc (full case
// mappings and the derived properties utf8proc does not carry).
#pragma once

#include <cstdint>
#include <string>

namespace taipan::unicode {

bool is_alpha(uint32_t cp);      // categories L*
bool is_decimal(uint32_t cp);    // Nd
bool is_digit(uint32_t cp);      // Numeric_Type Decimal or Digit
bool is_numeric(uint32_t cp);    // any Numeric_Type
bool is_alnum(uint32_t cp);
bool is_space(uint32_t cp);      // str.isspace()
bool is_linebreak(uint32_t cp);  // a line boundary for str.splitlines()
bool is_lower(uint32_t cp);      // the Lowercase property
bool is_upper(uint32_t cp);      // the Uppercase property
bool is_title(uint32_t cp);      // category Lt
bool is_cased(uint32_t cp);
bool is_case_ignorable(uint32_t cp);
bool is_printable(uint32_t cp);
bool is_xid_start(uint32_t cp);
bool is_xid_continue(uint32_t cp);
// The name of a character (unicodedata.name); false if it has none.
bool char_name(uint32_t cp, std::string* out);
// The value of a decimal digit (0..9), or -1.
int decimal_value(uint32_t cp);

// Full case mappings: write up to 3 code points to out and return how many.
int to_lower(uint32_t cp, uint32_t out[3]);
int to_upper(uint32_t cp, uint32_t out[3]);
int to_title(uint32_t cp, uint32_t out[3]);
int to_casefold(uint32_t cp, uint32_t out[3]);

}  // namespace taipan::unicode
