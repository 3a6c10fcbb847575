// The format-spec mini-language: parsing, field padding, digit grouping and
// the rendering of ints and floats for int/bool/float/complex __format__.
#include "objects/format_spec.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "objects/int.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan {

namespace {

bool is_align_char(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

// Decodes one UTF-8 code point at text[*pos], advancing *pos.
uint32_t decode_utf8_at(std::string_view text, size_t* pos) {
  unsigned char c = static_cast<unsigned char>(text[*pos]);
  int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  uint32_t cp = extra == 0 ? c : c & (0x3F >> extra);
  ++*pos;
  for (int i = 0; i < extra && *pos < text.size(); ++i, ++*pos) {
    cp = (cp << 6) | (static_cast<unsigned char>(text[*pos]) & 0x3F);
  }
  return cp;
}

// Reads a run of decimal digits as a count; -1 when there are none, -2 on overflow.
int64_t read_count(std::string_view spec, size_t* pos) {
  int64_t value = -1;
  while (*pos < spec.size() && spec[*pos] >= '0' && spec[*pos] <= '9') {
    int digit = spec[*pos] - '0';
    if (value < 0) value = 0;
    if (value > (INT64_MAX - digit) / 10) return -2;
    value = value * 10 + digit;
    ++*pos;
  }
  return value;
}

bool grouping_allowed(char grouping, uint32_t type) {
  switch (type) {
    case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
      return true;
    case 'b': case 'o': case 'x': case 'X':
      return grouping == '_';
    default:
      return false;
  }
}

std::string type_code_text(uint32_t type) {
  std::string s;
  append_utf8(s, type);
  return s;
}

}  // namespace

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool parse_format_spec(std::string_view spec, const char* type_name, FormatSpec* out) {
  *out = FormatSpec();
  size_t pos = 0;
  if (!spec.empty()) {
    size_t after_first = 0;
    uint32_t first = decode_utf8_at(spec, &after_first);
    if (after_first < spec.size() && is_align_char(static_cast<unsigned char>(spec[after_first]))) {
      out->fill = first;
      out->fill_given = true;
      out->align = spec[after_first];
      pos = after_first + 1;
    } else if (is_align_char(first)) {
      out->align = static_cast<char>(first);
      pos = 1;
    }
  }
  if (pos < spec.size() && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) {
    out->sign = spec[pos++];
  }
  if (pos < spec.size() && spec[pos] == 'z') {
    out->no_neg_zero = true;
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == '#') {
    out->alternate = true;
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == '0') {
    out->zero_pad = true;
    if (!out->fill_given) out->fill = '0';
    ++pos;
  }
  out->width = read_count(spec, &pos);
  if (out->width == -2) return fail(exc::ValueError, "Too many decimal digits in format string") == 0;
  if (pos < spec.size() && (spec[pos] == ',' || spec[pos] == '_')) {
    out->grouping = spec[pos++];
    if (pos < spec.size() && (spec[pos] == ',' || spec[pos] == '_') && spec[pos] != out->grouping) {
      return fail(exc::ValueError, "Cannot specify both ',' and '_'.") == 0;
    }
  }
  if (pos < spec.size() && spec[pos] == '.') {
    ++pos;
    out->precision = read_count(spec, &pos);
    if (out->precision == -2) {
      return fail(exc::ValueError, "Too many decimal digits in format string") == 0;
    }
    if (out->precision == -1) return fail(exc::ValueError, "Format specifier missing precision") == 0;
  }
  if (pos < spec.size()) {
    size_t type_end = pos;
    uint32_t type = decode_utf8_at(spec, &type_end);
    if (type_end != spec.size()) {
      return fail(exc::ValueError, "Invalid format specifier '" + std::string(spec) +
                                       "' for object of type '" + type_name + "'") == 0;
    }
    out->type = type;
  }
  // str's default presentation type is 's', which takes no grouping.
  uint32_t type = out->type ? out->type : (std::strcmp(type_name, "str") == 0 ? 's' : 0);
  if (out->grouping && !grouping_allowed(out->grouping, type)) {
    return fail(exc::ValueError, std::string("Cannot specify '") + out->grouping + "' with '" +
                                     type_code_text(type) + "'.") == 0;
  }
  return true;
}

Ref raise_unknown_format_code(uint32_t type, const char* type_name) {
  char hex[16];
  std::snprintf(hex, sizeof hex, "\\x%x", type);
  std::string shown = type > 32 && type < 128 ? type_code_text(type) : hex;
  return raise(exc::ValueError, "Unknown format code '" + shown + "' for object of type '" + type_name + "'");
}

std::string pad_to_width(std::string_view text, int64_t text_length, const FormatSpec& spec,
                         char default_align, size_t sign_prefix_bytes) {
  if (spec.width <= text_length) return std::string(text);
  int64_t padding = spec.width - text_length;
  char align = spec.align ? spec.align : default_align;
  std::string fill;
  append_utf8(fill, spec.fill);
  int64_t left = 0;
  if (align == '>' || align == '=') left = padding;
  else if (align == '^') left = padding / 2;
  int64_t right = padding - left;
  std::string out;
  out.reserve(text.size() + padding * fill.size());
  if (align == '=') out.append(text.substr(0, sign_prefix_bytes));
  for (int64_t i = 0; i < left; ++i) out += fill;
  out.append(align == '=' ? text.substr(sign_prefix_bytes) : text);
  for (int64_t i = 0; i < right; ++i) out += fill;
  return out;
}

namespace {

// Groups `digits` (all digits) right to left, zero-extending them until the
// result is at least `min_width` characters, never starting with a separator.
std::string group_with_min_width(std::string_view digits, char separator, int interval,
                                 int64_t min_width) {
  std::string reversed;
  int64_t remaining = static_cast<int64_t>(digits.size());
  int in_group = 0;
  while (true) {
    if (remaining == 0 && static_cast<int64_t>(reversed.size()) >= min_width) break;
    if (in_group == interval) {
      reversed += separator;
      in_group = 0;
    }
    reversed += remaining > 0 ? digits[--remaining] : '0';
    ++in_group;
  }
  return std::string(reversed.rbegin(), reversed.rend());
}

// Length of the run of digits (hex digits when `hex`) that starts s.
size_t leading_digit_count(std::string_view s, bool hex) {
  size_t n = 0;
  while (n < s.size() && ((s[n] >= '0' && s[n] <= '9') ||
                          (hex && ((s[n] >= 'a' && s[n] <= 'f') || (s[n] >= 'A' && s[n] <= 'F'))))) {
    ++n;
  }
  return n;
}

// The integer digits zero-extended to min_width, grouped when asked.
std::string widen_digits(std::string_view digits, char grouping, int interval, int64_t min_width) {
  if (grouping) return group_with_min_width(digits, grouping, interval, min_width);
  std::string out(digits);
  if (static_cast<int64_t>(out.size()) < min_width) out.insert(0, min_width - out.size(), '0');
  return out;
}

// Assembles sign + prefix + number (digits possibly followed by a fraction or
// exponent), applying grouping, the zero-padded '=' form and field padding.
Ref finish_number(std::string_view sign, std::string_view prefix, std::string_view number,
                  int interval, const FormatSpec& spec) {
  FormatSpec effective = spec;
  if (effective.zero_pad && !effective.align) effective.align = '=';
  size_t int_digits = leading_digit_count(number, interval == 4);
  std::string head = std::string(sign) + std::string(prefix);
  std::string_view rest = number.substr(int_digits);
  if (effective.align == '=' && effective.fill == '0' && spec.width > 0) {
    // Zero padding belongs to the digits: it is grouped like them.
    int64_t min_width = spec.width - static_cast<int64_t>(head.size() + rest.size());
    return str_from_utf8(head + widen_digits(number.substr(0, int_digits), effective.grouping, interval, min_width) +
                         std::string(rest));
  }
  std::string body =
      head + widen_digits(number.substr(0, int_digits), effective.grouping, interval, 0) + std::string(rest);
  // Every character of a rendered number is ASCII.
  return str_from_utf8(pad_to_width(body, static_cast<int64_t>(body.size()), effective, '>', head.size()));
}

std::string sign_text(bool negative, char sign_flag) {
  if (negative) return "-";
  if (sign_flag == '+') return "+";
  if (sign_flag == ' ') return " ";
  return "";
}

// Digits and decimal exponent of d (> 0, finite): with significant < 0 the
// shortest round-trip digits, else exactly `significant` correctly rounded.
void decimal_digits(double d, int significant, std::string* digits, int* exponent) {
  char buf[800];
  std::to_chars_result r = significant < 0
                               ? std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific)
                               : std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific,
                                               significant - 1);
  std::string_view s(buf, r.ptr - buf);
  size_t e = s.find('e');
  digits->clear();
  for (size_t i = 0; i < e; ++i) {
    if (s[i] != '.') *digits += s[i];
  }
  *exponent = std::atoi(std::string(s.substr(e + 1)).c_str());
}

std::string exponent_text(int exponent) {
  std::string out = exponent < 0 ? "e-" : "e+";
  int magnitude = exponent < 0 ? -exponent : exponent;
  if (magnitude < 10) out += '0';
  out += std::to_string(magnitude);
  return out;
}

// Lays out digits d1 d2 ... (value 0.d1d2... * 10^(exponent+1)) either in
// positional or in exponent notation.
std::string lay_out(const std::string& digits, int exponent, bool use_exponent) {
  if (use_exponent) {
    std::string out(1, digits[0]);
    if (digits.size() > 1) out += "." + digits.substr(1);
    return out + exponent_text(exponent);
  }
  if (exponent < 0) return "0." + std::string(-exponent - 1, '0') + digits;
  size_t int_len = static_cast<size_t>(exponent) + 1;
  if (digits.size() <= int_len) return digits + std::string(int_len - digits.size(), '0');
  return digits.substr(0, int_len) + "." + digits.substr(int_len);
}

std::string strip_trailing_zeros(std::string digits) {
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  return digits;
}

// Makes sure a mantissa shows a decimal point ('#' form, repr's ".0").
std::string ensure_point(std::string s, bool add_zero) {
  size_t e = s.find('e');
  std::string mantissa = s.substr(0, e == std::string::npos ? s.size() : e);
  std::string tail = e == std::string::npos ? "" : s.substr(e);
  if (mantissa.find('.') == std::string::npos) mantissa += add_zero ? ".0" : ".";
  return mantissa + tail;
}

}  // namespace

std::string group_digits(std::string_view digits, char separator, int interval) {
  size_t n = leading_digit_count(digits, false);
  return group_with_min_width(digits.substr(0, n), separator, interval, 0) +
         std::string(digits.substr(n));
}

std::string format_double_body(double m, uint32_t type, int64_t precision, bool alternate,
                               bool repr_style) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (!std::isfinite(m)) {
    std::string word = std::isinf(m) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
    return type == '%' ? word + "%" : word;
  }
  char buf[1200];
  std::string out;
  switch (type) {
    case 'e': case 'E': {
      int p = precision < 0 ? 6 : static_cast<int>(precision);
      auto r = std::to_chars(buf, buf + sizeof buf, m, std::chars_format::scientific, p);
      out.assign(buf, r.ptr);
      if (alternate && p == 0) out = ensure_point(out, false);
      break;
    }
    case 'f': case 'F': case '%': {
      int p = precision < 0 ? 6 : static_cast<int>(precision);
      if (type == '%') m *= 100;
      if (std::isinf(m)) return "inf%";  // only '%' can overflow here
      std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, m, std::chars_format::fixed, p);
      if (r.ec != std::errc()) {
        // Only very long fixed forms overflow the buffer: fall back to a string.
        std::string big(400 + p, '\0');
        r = std::to_chars(big.data(), big.data() + big.size(), m, std::chars_format::fixed, p);
        big.resize(r.ptr - big.data());
        out = big;
      } else {
        out.assign(buf, r.ptr);
      }
      if (alternate && p == 0) out += '.';
      if (type == '%') out += '%';
      break;
    }
    default: {  // g, G, n, and the repr-like form (type 0)
      std::string digits;
      int exponent = 0;
      bool shortest = type == 0 && precision < 0;
      int p = shortest ? -1 : precision < 0 ? 6 : precision == 0 ? 1 : static_cast<int>(precision);
      if (m == 0) {
        digits = "0";
        exponent = 0;
      } else {
        decimal_digits(m, p, &digits, &exponent);
      }
      bool use_exponent;
      if (shortest) {
        use_exponent = exponent < -4 || exponent >= 16;
      } else {
        int threshold = (type == 0 && repr_style) ? p - 1 : p;
        use_exponent = exponent < -4 || exponent >= threshold;
      }
      if (alternate && !shortest) {
        if (digits.size() < static_cast<size_t>(p)) digits.append(p - digits.size(), '0');
      } else {
        digits = strip_trailing_zeros(digits);
      }
      out = lay_out(digits, exponent, use_exponent);
      if (alternate || (repr_style && !use_exponent)) out = ensure_point(out, repr_style && !use_exponent);
      break;
    }
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

namespace {

bool body_is_zero(std::string_view body) {
  if (body.empty() || body[0] < '0' || body[0] > '9') return false;  // inf, nan
  for (char c : body) {
    if (c == 'e' || c == 'E') break;
    if (c >= '1' && c <= '9') return false;
  }
  return true;
}

}  // namespace

Ref format_float_spec(double value, const FormatSpec& spec) {
  uint32_t type = spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': break;
    case 'n': type = 'g'; break;
    default: return raise_unknown_format_code(type, "float");
  }
  bool negative = std::signbit(value) && !std::isnan(value);
  std::string body = format_double_body(std::fabs(value), type, spec.precision, spec.alternate,
                                        type == 0);
  if (negative && spec.no_neg_zero && body_is_zero(body)) negative = false;
  if (!std::isfinite(value) && spec.grouping) {
    // inf and nan have no digits to group.
    FormatSpec ungrouped = spec;
    ungrouped.grouping = 0;
    return finish_number(sign_text(negative, spec.sign), "", body, 3, ungrouped);
  }
  return finish_number(sign_text(negative, spec.sign), "", body, 3, spec);
}

Ref format_int_spec(const mpz_t value, const FormatSpec& spec) {
  uint32_t type = spec.type;
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      mpz_t one;
      mpz_init_set_ui(one, 1);
      bool overflow;
      double d = mpz_ratio_to_double(value, one, &overflow);
      mpz_clear(one);
      if (overflow) return raise(exc::OverflowError, "int too large to convert to float");
      return format_float_spec(d, spec);
    }
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c': break;
    default: return raise_unknown_format_code(type, "int");
  }
  if (spec.precision >= 0) {
    return raise(exc::ValueError, "Precision not allowed in integer format specifier");
  }
  if (spec.no_neg_zero) {
    return raise(exc::ValueError,
                 "Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (type == 'c') {
    if (spec.sign) return raise(exc::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) {
      return raise(exc::ValueError,
                   "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (!mpz_fits_slong_p(value)) return raise(exc::OverflowError, "Python int too large to convert to C long");
    if (mpz_sgn(value) < 0 || mpz_cmp_ui(value, 0x10FFFF) > 0) {
      return raise(exc::OverflowError, "%c arg not in range(0x110000)");
    }
    std::string text;
    append_utf8(text, static_cast<uint32_t>(mpz_get_ui(value)));
    FormatSpec effective = spec;
    if (effective.zero_pad && !effective.align) effective.align = '=';
    return str_from_utf8(pad_to_width(text, 1, effective, '>'));
  }
  int base = 10;
  const char* prefix = "";
  int interval = 3;
  switch (type) {
    case 'b': base = 2; prefix = "0b"; interval = 4; break;
    case 'o': base = 8; prefix = "0o"; interval = 4; break;
    case 'x': base = 16; prefix = "0x"; interval = 4; break;
    case 'X': base = -16; prefix = "0X"; interval = 4; break;
    default: break;
  }
  std::string digits(mpz_sizeinbase(value, base < 0 ? -base : base) + 2, '\0');
  mpz_get_str(digits.data(), base, value);
  digits.resize(std::strlen(digits.c_str()));
  bool negative = digits[0] == '-';
  if (negative) digits.erase(0, 1);
  return finish_number(sign_text(negative, spec.sign), spec.alternate ? prefix : "", digits,
                       interval, spec);
}

}  // namespace taipan
