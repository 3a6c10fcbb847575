// printf-style formatting: str % args and bytes % args. One engine walks the
// format as code points (bytes are code points 0..255) and writes code
// points; the two modes differ only in how %s %r %a %c turn a value into text.
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/format_spec.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

struct Conversion {
  bool left = false, plus = false, space = false, alternate = false, zero = false;
  // 'z' (PEP 682): a float that rounds to zero loses its minus sign. CPython
  // 3.11.2 accepts it as a flag in bytes formatting only.
  bool no_negative_zero = false;
  int64_t width = -1, precision = -1;
  uint32_t type = 0;
};

class PercentFormatter {
 public:
  PercentFormatter(std::u32string format, Value args, bool bytes_mode)
      : fmt_(std::move(format)), args_(args), bytes_(bytes_mode) {
    if (is_tuple(args)) {
      tuple_ = args.as<Tuple>();
    } else if (args.is_object() && !is_str(args) && !is_bytes(args) && !is_bytearray(args) &&
               type_of(args)->getitem != nullptr) {
      mapping_ = args;
    }
  }

  // Formats into out; false with an exception set.
  bool run(std::u32string* out) {
    size_t n = fmt_.size();
    for (size_t i = 0; i < n;) {
      if (fmt_[i] != '%') {
        out->push_back(fmt_[i++]);
        continue;
      }
      if (!conversion(&i, out)) return false;
    }
    if (!mapping_.is_null() || used_key_) return true;
    if (next_arg_ < arg_count()) {
      raise(exc::TypeError, std::string("not all arguments converted during ") + (bytes_ ? "bytes" : "string") +
                                " formatting");
      return false;
    }
    return true;
  }

 private:
  int64_t arg_count() const { return tuple_ != nullptr ? tuple_->size : 1; }

  // After a %(key) conversion no positional argument is left (as CPython).
  bool next_arg(Value* out) {
    if (used_key_ || next_arg_ >= arg_count()) {
      raise(exc::TypeError, "not enough arguments for format string");
      return false;
    }
    *out = tuple_ != nullptr ? tuple_->items[next_arg_] : args_;
    ++next_arg_;
    return true;
  }

  bool star_value(int64_t* out) {
    Value v;
    if (!next_arg(&v)) return false;
    if (!is_int(v)) {
      raise(exc::TypeError, "* wants int");
      return false;
    }
    if (!int_to_int64(v, out)) {
      raise(exc::ValueError, "width too big");
      return false;
    }
    return true;
  }

  bool read_number(size_t* i, int64_t* out) {
    *out = 0;
    while (*i < fmt_.size() && fmt_[*i] >= '0' && fmt_[*i] <= '9') {
      *out = *out * 10 + (fmt_[*i] - '0');
      if (*out > INT32_MAX) {
        raise(exc::ValueError, "width too big");
        return false;
      }
      ++*i;
    }
    return true;
  }

  bool incomplete() {
    raise(exc::ValueError, "incomplete format");
    return false;
  }

  // Parses and applies one conversion starting at fmt_[*i] == '%'.
  bool conversion(size_t* i, std::u32string* out) {
    size_t n = fmt_.size();
    ++*i;
    if (*i < n && fmt_[*i] == '%') {  // "%%" is a literal; a '%' after flags is not
      ++*i;
      out->push_back('%');
      return true;
    }
    Value arg;
    bool have_arg = false;
    if (*i < n && fmt_[*i] == '(') {
      if (mapping_.is_null()) {
        raise(exc::TypeError, "format requires a mapping");
        return false;
      }
      size_t depth = 1, key_start = ++*i;
      while (*i < n && depth > 0) {
        if (fmt_[*i] == '(') ++depth;
        else if (fmt_[*i] == ')') --depth;
        ++*i;
      }
      if (depth > 0) {
        raise(exc::ValueError, "incomplete format key");
        return false;
      }
      std::u32string key_cps = fmt_.substr(key_start, *i - 1 - key_start);
      Ref key = bytes_ ? bytes_from_string(narrow(key_cps))
                       : str_from_code_points(reinterpret_cast<const uint32_t*>(key_cps.data()),
                                              static_cast<int64_t>(key_cps.size()));
      if (!key) return false;
      Ref value = getitem(mapping_, *key);
      if (!value) return false;
      held_ = std::move(value);
      arg = *held_;
      have_arg = true;
      used_key_ = true;
    }
    Conversion c;
    for (; *i < n; ++*i) {
      uint32_t f = fmt_[*i];
      if (f == '-') c.left = true;
      else if (f == '+') c.plus = true;
      else if (f == ' ') c.space = true;
      else if (f == '#') c.alternate = true;
      else if (f == '0') c.zero = true;
      else if (f == 'z' && bytes_) c.no_negative_zero = true;
      else break;
    }
    if (*i < n && fmt_[*i] == '*') {
      ++*i;
      if (!star_value(&c.width)) return false;
      if (c.width < 0) {
        c.left = true;
        c.width = -c.width;
      }
    } else if (*i < n && fmt_[*i] >= '0' && fmt_[*i] <= '9') {
      if (!read_number(i, &c.width)) return false;
    }
    if (*i < n && fmt_[*i] == '.') {
      ++*i;
      if (*i < n && fmt_[*i] == '*') {
        ++*i;
        if (!star_value(&c.precision)) return false;
        if (c.precision < 0) c.precision = 0;
      } else if (!read_number(i, &c.precision)) {
        return false;
      }
    }
    while (*i < n && (fmt_[*i] == 'h' || fmt_[*i] == 'l' || fmt_[*i] == 'L')) ++*i;
    if (*i >= n) return incomplete();
    c.type = fmt_[(*i)++];
    if (!have_arg && !next_arg(&arg)) return false;
    std::u32string body;
    std::string sign, prefix;
    bool numeric = false;
    switch (c.type) {
      case 's': case 'r': case 'a': case 'b':
        if (c.type == 'b' && !bytes_) return unsupported(c.type, *i - 1);
        if (!text_conversion(arg, c.type, &body)) return false;
        if (c.precision >= 0 && static_cast<int64_t>(body.size()) > c.precision) body.resize(static_cast<size_t>(c.precision));
        break;
      case 'c':
        if (!char_conversion(arg, &body)) return false;
        break;
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        numeric = true;
        if (!integer_conversion(arg, c, &sign, &prefix, &body)) return false;
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        numeric = true;
        if (!float_conversion(arg, c, &sign, &body)) return false;
        break;
      default:
        return unsupported(c.type, *i - 1);
    }
    int64_t len = static_cast<int64_t>(sign.size() + prefix.size() + body.size());
    int64_t pad = c.width > len ? c.width - len : 0;
    if (c.left) {
      append_ascii(out, sign + prefix);
      out->append(body);
      out->append(static_cast<size_t>(pad), ' ');
    } else if (c.zero && numeric) {
      append_ascii(out, sign + prefix);
      out->append(static_cast<size_t>(pad), '0');
      out->append(body);
    } else {
      out->append(static_cast<size_t>(pad), ' ');
      append_ascii(out, sign + prefix);
      out->append(body);
    }
    return true;
  }

  bool unsupported(uint32_t type, size_t index) {
    char buf[96];
    char shown = type >= 0x20 && type < 0x7F ? static_cast<char>(type) : '?';
    std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu", shown, type, index);
    raise(exc::ValueError, buf);
    return false;
  }

  static void append_ascii(std::u32string* out, const std::string& text) {
    for (char ch : text) out->push_back(static_cast<unsigned char>(ch));
  }
  static void append_str(std::u32string* out, Str* s) {
    for (int64_t k = 0; k < s->length; ++k) out->push_back(str_char_at(s, k));
  }
  static std::string narrow(const std::u32string& cps) {
    std::string out;
    for (char32_t c : cps) out.push_back(static_cast<char>(c));
    return out;
  }

  bool text_conversion(Value arg, uint32_t type, std::u32string* body) {
    if (bytes_ && (type == 's' || type == 'b')) {
      Buffer b;
      if (get_buffer(arg, &b)) {
        for (char ch : b.data) body->push_back(static_cast<unsigned char>(ch));
        return true;
      }
      Value method = type_lookup(type_of(arg), "__bytes__");
      if (method.is_null()) {
        raise(exc::TypeError, std::string("%b requires a bytes-like object, or an object that implements __bytes__, not '") +
                                  type_name_of(arg) + "'");
        return false;
      }
      Ref r = call(method, {arg});
      if (!r) return false;
      if (!is_bytes(*r)) {
        raise(exc::TypeError, std::string("__bytes__ returned non-bytes (type ") + type_name_of(*r) + ")");
        return false;
      }
      for (char ch : bytes_view(r.as<Bytes>())) body->push_back(static_cast<unsigned char>(ch));
      return true;
    }
    Ref text = type == 's' ? str(arg) : (type == 'r' && !bytes_) ? repr(arg) : ascii(arg);
    if (!text) return false;
    append_str(body, text.as<Str>());
    return true;
  }

  bool char_conversion(Value arg, std::u32string* body) {
    if (is_int(arg)) {
      int64_t v;
      bool fits = int_to_int64(arg, &v);
      int64_t limit = bytes_ ? 256 : 0x110000;
      if (!fits || v < 0 || v >= limit) {
        raise(exc::OverflowError, bytes_ ? "%c arg not in range(256)" : "%c arg not in range(0x110000)");
        return false;
      }
      body->push_back(static_cast<char32_t>(v));
      return true;
    }
    if (bytes_) {
      Buffer b;
      if ((is_bytes(arg) || is_bytearray(arg)) && get_buffer(arg, &b) && b.data.size() == 1) {
        body->push_back(static_cast<unsigned char>(b.data[0]));
        return true;
      }
      raise(exc::TypeError, "%c requires an integer in range(256) or a single byte");
      return false;
    }
    if (is_str(arg) && arg.as<Str>()->length == 1) {
      body->push_back(str_char_at(arg.as<Str>(), 0));
      return true;
    }
    raise(exc::TypeError, "%c requires int or char");
    return false;
  }

  bool integer_conversion(Value arg, const Conversion& c, std::string* sign, std::string* prefix, std::u32string* body) {
    Ref number;
    bool decimal = c.type == 'd' || c.type == 'i' || c.type == 'u';
    if (is_int(arg)) {
      number = Ref::borrow(arg);
    } else if (decimal && is_float(arg)) {
      number = int_from_double(float_value(arg));
    } else if (decimal && (type_of(arg)->number.int_ != nullptr || type_of(arg)->number.index != nullptr) &&
               !is_str(arg)) {
      number = type_of(arg)->number.int_ != nullptr ? type_of(arg)->number.int_(arg) : index(arg);
    } else if (!decimal && type_of(arg)->number.index != nullptr) {
      number = index(arg);
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%%%c format: ", static_cast<char>(c.type));
      raise(exc::TypeError, std::string(buf) + (decimal ? "a real number" : "an integer") + " is required, not " +
                                type_name_of(arg));
      return false;
    }
    if (!number) return false;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(*number, z);
    bool negative = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    int base = decimal ? 10 : c.type == 'o' ? 8 : 16;
    std::string digits(mpz_sizeinbase(z, base) + 2, '\0');
    mpz_get_str(digits.data(), base, z);
    digits.resize(std::strlen(digits.c_str()));
    mpz_clear(z);
    if (c.type == 'X')
      for (char& ch : digits) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (c.precision > static_cast<int64_t>(digits.size())) digits.insert(0, static_cast<size_t>(c.precision) - digits.size(), '0');
    *sign = negative ? "-" : c.plus ? "+" : c.space ? " " : "";
    if (c.alternate && !decimal) *prefix = c.type == 'o' ? "0o" : c.type == 'x' ? "0x" : "0X";
    append_ascii(body, digits);
    return true;
  }

  bool float_conversion(Value arg, const Conversion& c, std::string* sign, std::u32string* body) {
    double d;
    if (is_float(arg)) {
      d = float_value(arg);
    } else if (is_int(arg)) {
      bool overflow = false;
      d = int_to_double(arg, &overflow);
      if (overflow) {
        raise(exc::OverflowError, "int too large to convert to float");
        return false;
      }
    } else if (type_of(arg)->number.float_ != nullptr) {
      Ref f = type_of(arg)->number.float_(arg);
      if (!f) return false;
      d = float_value(*f);
    } else {
      raise(exc::TypeError, std::string("must be real number, not ") + type_name_of(arg));
      return false;
    }
    bool negative = std::signbit(d) && !std::isnan(d);
    std::string digits = format_double_body(std::fabs(d), c.type, c.precision < 0 ? 6 : c.precision, c.alternate, false);
    if (negative && c.no_negative_zero && digits.find_first_of("123456789") == std::string::npos &&
        !std::isinf(d)) {
      negative = false;
    }
    *sign = negative ? "-" : c.plus ? "+" : c.space ? " " : "";
    append_ascii(body, digits);
    return true;
  }

  std::u32string fmt_;
  Value args_;
  bool bytes_;
  Tuple* tuple_ = nullptr;
  Value mapping_;
  Ref held_;
  int64_t next_arg_ = 0;
  bool used_key_ = false;
};

}  // namespace

Ref str_percent_format(Str* format, Value args) {
  std::u32string fmt;
  fmt.reserve(static_cast<size_t>(format->length));
  for (int64_t i = 0; i < format->length; ++i) fmt.push_back(str_char_at(format, i));
  PercentFormatter f(std::move(fmt), args, false);
  std::u32string out;
  if (!f.run(&out)) return nullptr;
  return str_from_code_points(reinterpret_cast<const uint32_t*>(out.data()), static_cast<int64_t>(out.size()));
}

Ref bytes_percent_format(std::string_view format, Value args, bool as_bytearray) {
  std::u32string fmt;
  for (char ch : format) fmt.push_back(static_cast<unsigned char>(ch));
  PercentFormatter f(std::move(fmt), args, true);
  std::u32string out;
  if (!f.run(&out)) return nullptr;
  std::string bytes;
  bytes.reserve(out.size());
  for (char32_t c : out) bytes.push_back(static_cast<char>(c));
  return as_bytearray ? bytearray_from_string(bytes) : bytes_from_string(bytes);
}

}  // namespace taipan
