// str.format / str.format_map: the replacement-field syntax
//   {[field_name][!conversion][:format_spec]}
// with automatic or manual numbering, .attr and [key] accessors and nested
// fields inside the spec; and format(str, spec) (str.__format__). The
// parsing (str_format.h) is shared with `_string`.
#include "objects/str_format.h"

#include <cstdio>
#include <string>

#include "objects/format_spec.h"
#include "objects/unicode.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

// The mini-language parser (str_format.h), read the way CPython reads it.

bool is_conversion_end(uint32_t c) { return c == '}' || c == ':' || c == '!'; }

}  // namespace

int MarkupIterator::next(MarkupItem* out) {
  if (pos_ >= end_) return 0;
  *out = MarkupItem{};
  int64_t start = pos_;
  uint32_t c = 0;
  bool markup_follows = false;
  while (pos_ < end_) {
    c = str_char_at(s_, pos_++);
    if (c == '{' || c == '}') {
      markup_follows = true;
      break;
    }
  }
  bool at_end = pos_ >= end_;
  int64_t length = pos_ - start;
  if (c == '}' && markup_follows && (at_end || str_char_at(s_, pos_) != '}')) {
    raise(exc::ValueError, "Single '}' encountered in format string");
    return -1;
  }
  if (at_end && c == '{' && markup_follows) {
    raise(exc::ValueError, "Single '{' encountered in format string");
    return -1;
  }
  if (!at_end && markup_follows) {
    if (str_char_at(s_, pos_) == c) {
      ++pos_;  // a doubled brace: the literal keeps one
      markup_follows = false;
    } else {
      --length;
    }
  }
  out->literal_begin = start;
  out->literal_end = start + length;
  if (!markup_follows) return 1;
  out->has_field = true;
  return parse_field(out) ? 1 : -1;
}

bool MarkupIterator::parse_field(MarkupItem* out) {
  uint32_t c = 0;
  out->name_begin = pos_;
  while (pos_ < end_) {
    c = str_char_at(s_, pos_++);
    if (c == '{') {
      raise(exc::ValueError, "unexpected '{' in field name");
      return false;
    }
    if (c == '[') {
      while (pos_ < end_ && str_char_at(s_, pos_) != ']') ++pos_;
      continue;
    }
    if (is_conversion_end(c)) break;
  }
  out->name_end = is_conversion_end(c) ? pos_ - 1 : pos_;
  if (c != '!' && c != ':') {
    if (c == '}') return true;
    raise(exc::ValueError, "expected '}' before end of string");
    return false;
  }
  if (c == '!') {
    if (pos_ >= end_) {
      raise(exc::ValueError, "end of string while looking for conversion specifier");
      return false;
    }
    out->conversion = str_char_at(s_, pos_++);
    if (pos_ < end_) {
      uint32_t after = str_char_at(s_, pos_++);
      if (after == '}') {
        out->spec_begin = out->spec_end = pos_ - 1;
        return true;
      }
      if (after != ':') {
        raise(exc::ValueError, "expected ':' after conversion specifier");
        return false;
      }
    }
  }
  out->spec_begin = pos_;
  int count = 1;
  while (pos_ < end_) {
    uint32_t k = str_char_at(s_, pos_++);
    if (k == '{') {
      out->spec_needs_expanding = true;
      ++count;
    } else if (k == '}' && --count == 0) {
      out->spec_end = pos_ - 1;
      return true;
    }
  }
  raise(exc::ValueError, "unmatched '{' in format spec");
  return false;
}

FieldNameIterator::FieldNameIterator(Str* s, int64_t begin, int64_t end) : s_(s), first_end_(begin), pos_(begin), end_(end) {
  while (first_end_ < end && str_char_at(s, first_end_) != '.' && str_char_at(s, first_end_) != '[') ++first_end_;
  pos_ = first_end_;
}

int FieldNameIterator::next(FieldNameStep* out) {
  if (pos_ >= end_) return 0;
  uint32_t c = str_char_at(s_, pos_++);
  if (c == '.') {
    out->is_attribute = true;
    out->begin = pos_;
    while (pos_ < end_ && str_char_at(s_, pos_) != '.' && str_char_at(s_, pos_) != '[') ++pos_;
    out->end = pos_;
  } else if (c == '[') {
    out->is_attribute = false;
    out->begin = pos_;
    while (pos_ < end_ && str_char_at(s_, pos_) != ']') ++pos_;
    if (pos_ >= end_) {
      raise(exc::ValueError, "Missing ']' in format string");
      return -1;
    }
    out->end = pos_++;
  } else {
    raise(exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    return -1;
  }
  if (out->begin == out->end) {
    raise(exc::ValueError, "Empty attribute in format string");
    return -1;
  }
  return 1;
}

Ref field_name_part(Str* s, int64_t begin, int64_t end) {
  if (begin == end) return str_substring(s, begin, end);
  int64_t n = 0;
  for (int64_t i = begin; i < end; ++i) {
    int d = unicode::decimal_value(str_char_at(s, i));
    if (d < 0) return str_substring(s, begin, end);
    if (n > (INT64_MAX - d) / 10) return raise(exc::ValueError, "Too many decimal digits in format string");
    n = n * 10 + d;
  }
  return Ref::small_int(n);
}

namespace {

class FieldFormatter {
 public:
  FieldFormatter(const Value* args, size_t nargs, Tuple* kwnames, Value mapping)
      : args_(args), nargs_(nargs), kwnames_(kwnames), mapping_(mapping) {}

  // Renders s[begin, end) into out; specs may nest fields `depth` levels deep.
  bool render(Str* s, int64_t begin, int64_t end, int depth, StrBuilder& out) {
    if (depth <= 0) {
      raise(exc::ValueError, "Max string recursion exceeded");
      return false;
    }
    MarkupIterator it(s, begin, end);
    MarkupItem item;
    int got;
    while ((got = it.next(&item)) > 0) {
      out.append(s, item.literal_begin, item.literal_end);
      if (item.has_field && !field(s, item, depth, out)) return false;
    }
    return got == 0;
  }

 private:
  bool field(Str* s, const MarkupItem& item, int depth, StrBuilder& out) {
    Ref value = resolve(s, item.name_begin, item.name_end);
    if (!value) return false;
    switch (item.conversion) {
      case 0: break;
      case 'r': value = repr(*value); break;
      case 's': value = str(*value); break;
      case 'a': value = ascii(*value); break;
      default: {
        std::string ch;
        if (item.conversion > 32 && item.conversion < 127) {
          ch.push_back(static_cast<char>(item.conversion));
        } else {
          char buf[16];
          std::snprintf(buf, sizeof buf, "\\x%x", item.conversion);
          ch = buf;
        }
        raise(exc::ValueError, "Unknown conversion specifier " + ch);
        return false;
      }
    }
    if (!value) return false;
    Ref spec_str;
    if (item.spec_needs_expanding) {
      StrBuilder spec;
      if (!render(s, item.spec_begin, item.spec_end, depth - 1, spec)) return false;
      spec_str = spec.finish();
    } else {
      spec_str = str_substring(s, item.spec_begin, item.spec_end);
    }
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
    FieldNameIterator parts(s, begin, end);
    Ref value = argument(s, begin, parts.first_end());
    if (!value) return nullptr;
    FieldNameStep step;
    int got;
    while ((got = parts.next(&step)) > 0) {
      if (step.is_attribute) {
        Ref name = str_substring(s, step.begin, step.end);
        if (!name) return nullptr;
        value = getattr(*value, intern_str(name.as<Str>()));
      } else {
        Ref key = field_name_part(s, step.begin, step.end);
        if (!key) return nullptr;
        value = getitem(*value, *key);
      }
      if (!value) return nullptr;
    }
    if (got < 0) return nullptr;
    return value;
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
      Ref key = field_name_part(s, begin, end);
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
