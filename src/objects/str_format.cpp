// str.format / str.format_map: the replacement-field syntax
//   {[field_name][!conversion][:format_spec]}
// with automatic or manual numbering, .attr and [key] accessors and nested
// fields inside the spec; and format(str, spec) (str.__format__).
#include <string>

#include "objects/format_spec.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

class FieldFormatter {
 public:
  FieldFormatter(const Value* args, size_t nargs, Tuple* kwnames, Value mapping)
      : args_(args), nargs_(nargs), kwnames_(kwnames), mapping_(mapping) {}

  // Renders s[begin, end) into out; fields may nest `depth` levels deep.
  bool render(Str* s, int64_t begin, int64_t end, int depth, StrBuilder& out) {
    int64_t i = begin;
    while (i < end) {
      uint32_t c = str_char_at(s, i);
      if (c == '}') {
        if (i + 1 < end && str_char_at(s, i + 1) == '}') {
          out.append('}');
          i += 2;
          continue;
        }
        return value_error("Single '}' encountered in format string");
      }
      if (c != '{') {
        out.append(c);
        ++i;
        continue;
      }
      if (i + 1 < end && str_char_at(s, i + 1) == '{') {
        out.append('{');
        i += 2;
        continue;
      }
      if (i + 1 >= end) return value_error("Single '{' encountered in format string");
      if (depth <= 0) return value_error("Max string recursion exceeded");
      int64_t field_end;
      if (!find_field_end(s, i + 1, end, &field_end)) return false;
      if (!field(s, i + 1, field_end, depth, out)) return false;
      i = field_end + 1;
    }
    return true;
  }

 private:
  static bool value_error(const char* message) {
    raise(exc::ValueError, message);
    return false;
  }

  // Finds the '}' closing the field that starts at `start`.
  static bool find_field_end(Str* s, int64_t start, int64_t end, int64_t* out) {
    int count = 1;
    bool in_spec = false;
    for (int64_t i = start; i < end; ++i) {
      uint32_t c = str_char_at(s, i);
      if (!in_spec && c == '[') {
        while (i < end && str_char_at(s, i) != ']') ++i;
        if (i == end) break;
        continue;
      }
      if (!in_spec && (c == ':' || c == '!')) in_spec = true;
      if (c == '{') {
        ++count;
      } else if (c == '}' && --count == 0) {
        *out = i;
        return true;
      }
    }
    return value_error(in_spec ? "unmatched '{' in format spec" : "expected '}' before end of string");
  }

  bool field(Str* s, int64_t begin, int64_t end, int depth, StrBuilder& out) {
    int64_t name_end = begin;
    while (name_end < end) {
      uint32_t c = str_char_at(s, name_end);
      if (c == '[') {
        while (name_end < end && str_char_at(s, name_end) != ']') ++name_end;
        if (name_end < end) ++name_end;
        continue;
      }
      if (c == ':' || c == '!') break;
      ++name_end;
    }
    uint32_t conversion = 0;
    int64_t spec_begin = end;
    if (name_end < end && str_char_at(s, name_end) == '!') {
      if (name_end + 1 >= end) return value_error("unmatched '{' in format spec");
      conversion = str_char_at(s, name_end + 1);
      if (name_end + 2 < end) {
        if (str_char_at(s, name_end + 2) != ':') return value_error("expected ':' after conversion specifier");
        spec_begin = name_end + 3;
      }
    } else if (name_end < end) {
      spec_begin = name_end + 1;
    }
    Ref value = resolve(s, begin, name_end);
    if (!value) return false;
    if (conversion != 0) {
      switch (conversion) {
        case 'r': value = repr(*value); break;
        case 's': value = str(*value); break;
        case 'a': value = ascii(*value); break;
        default: {
          std::string ch;
          append_utf8(ch, conversion);
          raise(exc::ValueError, "Unknown conversion specifier " + ch);
          return false;
        }
      }
      if (!value) return false;
    }
    StrBuilder spec;
    if (!render(s, spec_begin, end, depth - 1, spec)) return false;
    Ref spec_str = spec.finish();
    if (!spec_str) return false;
    Ref text;
    if (is_exact_str(*value) && spec_str.as<Str>()->length == 0) {
      text = std::move(value);
    } else {
      text = format(*value, *spec_str);
    }
    if (!text) return false;
    out.append(text.as<Str>());
    return true;
  }

  // The value a field name designates: an argument, then .attr / [key] steps.
  Ref resolve(Str* s, int64_t begin, int64_t end) {
    int64_t first_end = begin;
    while (first_end < end && str_char_at(s, first_end) != '.' && str_char_at(s, first_end) != '[') ++first_end;
    Ref value = argument(s, begin, first_end);
    if (!value) return nullptr;
    int64_t i = first_end;
    while (i < end) {
      uint32_t c = str_char_at(s, i);
      if (c == '.') {
        int64_t j = i + 1;
        while (j < end && str_char_at(s, j) != '.' && str_char_at(s, j) != '[') ++j;
        if (j == i + 1) return raise(exc::ValueError, "Empty attribute in format string");
        Ref name = str_substring(s, i + 1, j);
        if (!name) return nullptr;
        value = getattr(*value, intern_str(name.as<Str>()));
        i = j;
      } else if (c == '[') {
        int64_t j = i + 1;
        while (j < end && str_char_at(s, j) != ']') ++j;
        if (j == end) return raise(exc::ValueError, "expected '}' before end of string");
        if (j == i + 1) return raise(exc::ValueError, "Empty attribute in format string");
        Ref key = key_value(s, i + 1, j);
        if (!key) return nullptr;
        value = getitem(*value, *key);
        i = j + 1;
        if (i < end && str_char_at(s, i) != '.' && str_char_at(s, i) != '[') {
          return raise(exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
      } else {
        return raise(exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
      if (!value) return nullptr;
    }
    return value;
  }

  // A digits-only key is an int, anything else a str.
  static Ref key_value(Str* s, int64_t begin, int64_t end) {
    int64_t n = 0;
    for (int64_t i = begin; i < end; ++i) {
      uint32_t c = str_char_at(s, i);
      if (c < '0' || c > '9' || n > (int64_t{1} << 40)) return str_substring(s, begin, end);
      n = n * 10 + (c - '0');
    }
    return Ref::small_int(n);
  }

  Ref argument(Str* s, int64_t begin, int64_t end) {
    int64_t index = -1;
    if (begin == end) {
      if (numbering_ == Numbering::Manual) {
        return raise(exc::ValueError, "cannot switch from manual field specification to automatic field numbering");
      }
      numbering_ = Numbering::Auto;
      index = next_auto_++;
    } else {
      Ref key = key_value(s, begin, end);
      if (!key) return nullptr;
      if (key.get().is_small_int()) {
        if (numbering_ == Numbering::Auto) {
          return raise(exc::ValueError, "cannot switch from automatic field numbering to manual field specification");
        }
        numbering_ = Numbering::Manual;
        index = key.get().as_small_int();
      } else {
        return keyword(key.as<Str>());
      }
    }
    if (!mapping_.is_null()) return raise(exc::ValueError, "Format string contains positional fields");
    if (index >= static_cast<int64_t>(nargs_)) {
      return raise(exc::IndexError, "Replacement index " + std::to_string(index) +
                                        " out of range for positional args tuple");
    }
    return Ref::borrow(args_[index]);
  }

  Ref keyword(Str* name) {
    if (!mapping_.is_null()) return getitem(mapping_, Value::object(name));
    int64_t nkw = kwnames_ == nullptr ? 0 : kwnames_->size;
    for (int64_t k = 0; k < nkw; ++k) {
      if (str_equal(kwnames_->items[k].as<Str>(), name)) return Ref::borrow(args_[nargs_ + static_cast<size_t>(k)]);
    }
    return raise_with_arg(exc::KeyError, Value::object(name));
  }

  enum class Numbering { Unknown, Auto, Manual };

  const Value* args_;
  size_t nargs_;
  Tuple* kwnames_;
  Value mapping_;
  Numbering numbering_ = Numbering::Unknown;
  int64_t next_auto_ = 0;
};

}  // namespace

Ref str_format_call(Str* format, const Value* args, size_t nargs, Tuple* kwnames, Value mapping) {
  FieldFormatter f(args, nargs, kwnames, mapping);
  StrBuilder out;
  if (!f.render(format, 0, format->length, 2, out)) return nullptr;
  return out.finish();
}

Ref str_format_spec(Str* s, Str* spec_str) {
  if (spec_str->length == 0) return s->type == &str_type ? Ref::borrow(s) : str(Value::object(s));
  FormatSpec spec;
  if (!parse_format_spec(str_utf8(spec_str), "str", &spec)) return nullptr;
  if (spec.type != 0 && spec.type != 's') return raise_unknown_format_code(spec.type, "str");
  if (spec.sign == ' ') return raise(exc::ValueError, "Space not allowed in string format specifier");
  if (spec.sign != 0) return raise(exc::ValueError, "Sign not allowed in string format specifier");
  if (spec.no_neg_zero) {
    return raise(exc::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (spec.alternate) return raise(exc::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (spec.align == '=') return raise(exc::ValueError, "'=' alignment not allowed in string format specifier");
  int64_t length = s->length;
  if (spec.precision >= 0 && spec.precision < length) length = spec.precision;
  Ref text = str_substring(s, 0, length);
  if (!text) return nullptr;
  if (spec.width <= length) return text;
  return str_from_utf8(pad_to_width(str_utf8(text.as<Str>()), length, spec, '<'));
}

}  // namespace taipan
