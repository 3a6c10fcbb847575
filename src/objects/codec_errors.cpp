// Codec error handlers: the built-in ones computed natively (for the codecs'
// loops and, wrapped, for lookup_error's callables), the registry of
// handlers, and the calling of registered Python handlers with CPython's
// checks of what they return.
#include "objects/codec_errors.h"

#include <algorithm>

#include "objects/bytes.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/tuple.h"
#include "objects/unicode.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void append_hex(std::u32string& out, uint32_t c) {
  int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
  out += '\\';
  out += digits == 2 ? U'x' : digits == 4 ? U'u' : U'U';
  for (int k = digits - 1; k >= 0; --k) out += static_cast<char32_t>(kHex[(c >> (4 * k)) & 15]);
}

// The UTF flavour surrogatepass writes for an encoding name, by its width and
// byte order: 8 for utf-8, 16/32 with little/big; 0 when it is none of them.
struct UtfForm {
  int width = 0;  // 1 (utf-8), 2 or 4 bytes per unit
  bool little = true;
};

UtfForm utf_form(std::string_view encoding) {
  std::string n;
  for (char c : encoding) n.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c == '_' ? '-' : c);
  if (n == "utf-8" || n == "utf8") return {1, true};
  if (n == "utf-16" || n == "utf-16-le" || n == "utf-16le") return {2, true};
  if (n == "utf-16-be" || n == "utf-16be") return {2, false};
  if (n == "utf-32" || n == "utf-32-le" || n == "utf-32le") return {4, true};
  if (n == "utf-32-be" || n == "utf-32be") return {4, false};
  return {};
}

bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

unsigned char byte_at(std::string_view s, int64_t i) { return static_cast<unsigned char>(s[static_cast<size_t>(i)]); }

Dict* handler_registry() {
  static Dict* registry = dict_new();
  return registry;
}

// The built-in handlers as Python functions (lookup_error's answers).
Ref strict_errors(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "strict_errors() takes exactly one argument (" + std::to_string(nargs) + " given)");
  return call_builtin_handler(BuiltinHandler::Strict, args[0]);
}

template <BuiltinHandler H>
Ref handler_function(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "function takes exactly one argument (" + std::to_string(nargs) + " given)");
  return call_builtin_handler(H, args[0]);
}

const MethodDef kBuiltinHandlers[] = {
    {"strict_errors", strict_errors, kMethodStatic, "Implements the 'strict' error handling, which raises a UnicodeError on coding errors."},
    {"ignore_errors", handler_function<BuiltinHandler::Ignore>, kMethodStatic, "Implements the 'ignore' error handling, which ignores malformed data and continues."},
    {"replace_errors", handler_function<BuiltinHandler::Replace>, kMethodStatic, "Implements the 'replace' error handling, which replaces malformed data with a replacement marker."},
    {"backslashreplace_errors", handler_function<BuiltinHandler::BackslashReplace>, kMethodStatic, "Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence."},
    {"namereplace_errors", handler_function<BuiltinHandler::NameReplace>, kMethodStatic, "Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence."},
    {"xmlcharrefreplace_errors", handler_function<BuiltinHandler::XmlCharRef>, kMethodStatic, "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference."},
    {"surrogateescape", handler_function<BuiltinHandler::SurrogateEscape>, kMethodStatic, nullptr},
    {"surrogatepass", handler_function<BuiltinHandler::SurrogatePass>, kMethodStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const char* const kBuiltinHandlerNames[] = {"strict", "ignore", "replace", "backslashreplace", "namereplace",
                                            "xmlcharrefreplace", "surrogateescape", "surrogatepass"};

bool registry_ready() {
  static bool ready = false;
  if (ready) return true;
  for (size_t i = 0; kBuiltinHandlers[i].name != nullptr; ++i) {
    Ref fn = builtin_function_new(&kBuiltinHandlers[i], Value());
    if (!fn || dict_set_str(handler_registry(), kBuiltinHandlerNames[i], fn.get()) < 0) return false;
  }
  ready = true;
  return true;
}

Ref dont_know(Value exc) {
  return raise(exc::TypeError,
               std::string("don't know how to handle ") + type_name_of(exc) + " in error callback");
}

bool unicode_error_range(UnicodeErrorObject* e, int64_t* start, int64_t* end) {
  return int_to_int64(e->start, start) && int_to_int64(e->end, end);
}

}  // namespace

BuiltinHandler builtin_handler(std::string_view name) {
  if (name == "strict") return BuiltinHandler::Strict;
  if (name == "ignore") return BuiltinHandler::Ignore;
  if (name == "replace") return BuiltinHandler::Replace;
  if (name == "backslashreplace") return BuiltinHandler::BackslashReplace;
  if (name == "namereplace") return BuiltinHandler::NameReplace;
  if (name == "xmlcharrefreplace") return BuiltinHandler::XmlCharRef;
  if (name == "surrogateescape") return BuiltinHandler::SurrogateEscape;
  if (name == "surrogatepass") return BuiltinHandler::SurrogatePass;
  return BuiltinHandler::Registered;
}

int builtin_encode_replacement(BuiltinHandler h, std::string_view encoding, Str* s, int64_t start, int64_t end,
                               EncodeReplacement* out, int64_t* unhandled_from) {
  if (unhandled_from != nullptr) *unhandled_from = start;
  switch (h) {
    case BuiltinHandler::Ignore:
      return 1;
    case BuiltinHandler::Replace:
      out->text.append(static_cast<size_t>(end - start), U'?');
      return 1;
    case BuiltinHandler::BackslashReplace:
      for (int64_t i = start; i < end; ++i) append_hex(out->text, str_char_at(s, i));
      return 1;
    case BuiltinHandler::NameReplace:
      for (int64_t i = start; i < end; ++i) {
        uint32_t c = str_char_at(s, i);
        std::string name;
        if (!unicode::char_name(c, &name)) {
          append_hex(out->text, c);
          continue;
        }
        out->text += U"\\N{";
        for (char ch : name) out->text += static_cast<char32_t>(ch);
        out->text += U'}';
      }
      return 1;
    case BuiltinHandler::XmlCharRef:
      for (int64_t i = start; i < end; ++i) {
        out->text += U"&#";
        for (char ch : std::to_string(str_char_at(s, i))) out->text += static_cast<char32_t>(ch);
        out->text += U';';
      }
      return 1;
    case BuiltinHandler::SurrogateEscape:
      for (int64_t i = start; i < end; ++i) {
        uint32_t c = str_char_at(s, i);
        if (c < 0xDC80 || c > 0xDCFF) {
          if (unhandled_from != nullptr) *unhandled_from = i;
          return 0;
        }
        out->bytes.push_back(static_cast<char>(c - 0xDC00));
      }
      out->is_bytes = true;
      return 1;
    case BuiltinHandler::SurrogatePass: {
      UtfForm form = utf_form(encoding);
      if (form.width == 0) return 0;
      for (int64_t i = start; i < end; ++i) {
        uint32_t c = str_char_at(s, i);
        if (!is_surrogate(c)) return 0;
        if (form.width == 1) {
          out->bytes.push_back(static_cast<char>(0xE0 | (c >> 12)));
          out->bytes.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
          out->bytes.push_back(static_cast<char>(0x80 | (c & 0x3F)));
          continue;
        }
        for (int k = 0; k < form.width; ++k) {
          int shift = form.little ? 8 * k : 8 * (form.width - 1 - k);
          out->bytes.push_back(static_cast<char>((c >> shift) & 0xFF));
        }
      }
      out->is_bytes = true;
      return 1;
    }
    default:
      return 0;
  }
}

int builtin_decode_replacement(BuiltinHandler h, std::string_view encoding, std::string_view in, int64_t start,
                               int64_t end, StrBuilder& out, int64_t* resume) {
  *resume = end;
  switch (h) {
    case BuiltinHandler::Ignore:
      return 1;
    case BuiltinHandler::Replace:
      out.append(0xFFFDu);
      return 1;
    case BuiltinHandler::BackslashReplace:
      for (int64_t i = start; i < end; ++i) {
        unsigned char b = byte_at(in, i);
        out.append('\\');
        out.append('x');
        out.append(static_cast<uint32_t>(kHex[b >> 4]));
        out.append(static_cast<uint32_t>(kHex[b & 15]));
      }
      return 1;
    case BuiltinHandler::SurrogateEscape: {
      int64_t stop = std::min<int64_t>(end, start + 4);
      int64_t i = start;
      for (; i < stop && byte_at(in, i) >= 128; ++i) {}
      if (i == start) return 0;
      for (int64_t k = start; k < i; ++k) out.append(0xDC00u + byte_at(in, k));
      *resume = i;
      return 1;
    }
    case BuiltinHandler::SurrogatePass: {
      UtfForm form = utf_form(encoding);
      int64_t n = static_cast<int64_t>(in.size());
      int64_t size = form.width == 1 ? 3 : form.width;
      if (form.width == 0 || start + size > n) return 0;
      uint32_t c = 0;
      if (form.width == 1) {
        unsigned char b0 = byte_at(in, start), b1 = byte_at(in, start + 1), b2 = byte_at(in, start + 2);
        if ((b0 & 0xF0) != 0xE0 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return 0;
        c = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
      } else {
        for (int k = 0; k < form.width; ++k) {
          int shift = form.little ? 8 * k : 8 * (form.width - 1 - k);
          c |= static_cast<uint32_t>(byte_at(in, start + k)) << shift;
        }
      }
      if (!is_surrogate(c)) return 0;
      out.append(c);
      *resume = start + size;
      return 1;
    }
    case BuiltinHandler::NameReplace: case BuiltinHandler::XmlCharRef:
      raise(exc::TypeError, "don't know how to handle UnicodeDecodeError in error callback");
      return -1;
    default:
      return 0;
  }
}

void raise_encode_error(const char* encoding, Str* s, int64_t start, int64_t end, const char* reason) {
  Ref enc = str_from_utf8(encoding);
  Ref why = str_from_utf8(reason);
  if (!enc || !why) return;
  Ref e = call(Value::object(exc::UnicodeEncodeError),
               {*enc, Value::object(s), Value::small_int(start), Value::small_int(end), *why});
  if (e) raise_value(*e);
}

void raise_decode_error(const char* encoding, std::string_view in, int64_t start, int64_t end, const char* reason) {
  Ref obj = bytes_from_string(in);
  if (!obj) return;
  Ref enc = str_from_utf8(encoding);
  Ref why = str_from_utf8(reason);
  if (!enc || !why) return;
  Ref e = call(Value::object(exc::UnicodeDecodeError),
               {*enc, *obj, Value::small_int(start), Value::small_int(end), *why});
  if (e) raise_value(*e);
}

bool ErrorHandler::ensure_callable() {
  if (callable_) return true;
  callable_ = lookup_error_handler(name_);
  return static_cast<bool>(callable_);
}

namespace {

// Checks a registered handler's answer: a 2-tuple of (str [or bytes], int);
// returns the resume position made absolute and checked against length.
int64_t handler_answer(Value answer, bool encoding, bool bytes_allowed, int64_t length, Value* replacement) {
  bool ok = is_tuple(answer) && answer.as<Tuple>()->size == 2;
  if (ok) {
    Value r = answer.as<Tuple>()->items[0];
    ok = (is_str(r) || (bytes_allowed && is_bytes(r))) && is_int(answer.as<Tuple>()->items[1]);
  }
  if (!ok) {
    raise(exc::TypeError, !encoding      ? "decoding error handler must return (str, int) tuple"
                          : bytes_allowed ? "encoding error handler must return (str/bytes, int) tuple"
                                          : "encoding error handler must return (str, int) tuple");
    return -1;
  }
  *replacement = answer.as<Tuple>()->items[0];
  int64_t pos;
  if (!int_to_int64(answer.as<Tuple>()->items[1], &pos)) return -1;
  int64_t absolute = pos < 0 ? length + pos : pos;
  if (absolute < 0 || absolute > length) {
    raise(exc::IndexError, "position " + std::to_string(pos) + " from error handler out of bounds");
    return -1;
  }
  return absolute;
}

}  // namespace

int64_t ErrorHandler::on_encode(const char* encoding, Str* s, int64_t start, int64_t end, const char* reason,
                                EncodeReplacement* out, bool whole_run) {
  out->text.clear();
  out->bytes.clear();
  out->is_bytes = false;
  if (kind_ != BuiltinHandler::Registered) {
    int64_t unhandled_from = start;
    int done = kind_ == BuiltinHandler::Strict
                   ? 0
                   : builtin_encode_replacement(kind_, encoding, s, start, end, out, &unhandled_from);
    if (done < 0) return -1;
    if (done == 0) {
      raise_encode_error(encoding, s, whole_run ? start : unhandled_from, end, reason);
      return -1;
    }
    return end;
  }
  if (!ensure_callable()) return -1;
  Ref enc = str_from_utf8(encoding);
  Ref why = str_from_utf8(reason);
  if (!enc || !why) return -1;
  Ref e = call(Value::object(exc::UnicodeEncodeError),
               {*enc, Value::object(s), Value::small_int(start), Value::small_int(end), *why});
  if (!e) return -1;
  Ref answer = call(callable_.get(), {e.get()});
  if (!answer) return -1;
  Value replacement;
  int64_t resume = handler_answer(answer.get(), true, bytes_allowed_, s->length, &replacement);
  if (resume < 0) return -1;
  if (is_bytes(replacement)) {
    out->bytes = std::string(bytes_view(replacement.as<Bytes>()));
    out->is_bytes = true;
  } else {
    Str* r = replacement.as<Str>();
    for (int64_t i = 0; i < r->length; ++i) out->text += static_cast<char32_t>(str_char_at(r, i));
  }
  return resume;
}

int64_t ErrorHandler::on_decode(const char* encoding, std::string_view in, int64_t start, int64_t end,
                                const char* reason, StrBuilder& out) {
  if (kind_ != BuiltinHandler::Registered) {
    int64_t resume = end;
    int done = kind_ == BuiltinHandler::Strict
                   ? 0
                   : builtin_decode_replacement(kind_, encoding, in, start, end, out, &resume);
    if (done < 0) return -1;
    if (done == 0) {
      raise_decode_error(encoding, in, start, end, reason);
      return -1;
    }
    return resume;
  }
  if (!ensure_callable()) return -1;
  if (!input_) {
    input_ = bytes_from_string(in);
    if (!input_) return -1;
  }
  Ref enc = str_from_utf8(encoding);
  Ref why = str_from_utf8(reason);
  if (!enc || !why) return -1;
  Ref e = call(Value::object(exc::UnicodeDecodeError),
               {*enc, input_.get(), Value::small_int(start), Value::small_int(end), *why});
  if (!e) return -1;
  Ref answer = call(callable_.get(), {e.get()});
  if (!answer) return -1;
  Value replacement;
  int64_t resume = handler_answer(answer.get(), false, false, static_cast<int64_t>(in.size()), &replacement);
  if (resume < 0) return -1;
  out.append(replacement.as<Str>());
  return resume;
}

Ref lookup_error_handler(std::string_view name) {
  if (!registry_ready()) return nullptr;
  Ref key = str_from_utf8(name);
  if (!key) return nullptr;
  Value found = dict_get(handler_registry(), key.get());
  if (!found.is_null()) return Ref::borrow(found);
  if (error_occurred()) return nullptr;
  return raise(exc::LookupError, "unknown error handler name '" + std::string(name) + "'");
}

bool register_error_handler(std::string_view name, Value handler) {
  if (!registry_ready()) return false;
  return dict_set_str(handler_registry(), name, handler) == 0;
}

Ref call_builtin_handler(BuiltinHandler h, Value exc) {
  if (!is_exception_instance(exc)) {
    if (h == BuiltinHandler::Strict) return raise(exc::TypeError, "codec must pass exception instance");
    return dont_know(exc);
  }
  if (h == BuiltinHandler::Strict) return raise_value(exc);
  Type* t = type_of(exc);
  bool encode = type_is_subtype(t, exc::UnicodeEncodeError);
  bool decode = type_is_subtype(t, exc::UnicodeDecodeError);
  bool translate = type_is_subtype(t, exc::UnicodeTranslateError);
  if (!encode && !decode && !translate) return dont_know(exc);
  UnicodeErrorObject* e = exc.as<UnicodeErrorObject>();
  int64_t start, end;
  if (!unicode_error_range(e, &start, &end)) return nullptr;
  std::string encoding;
  if (!translate && is_str(e->encoding)) encoding = str_to_std(e->encoding.as<Str>());
  if (decode) {
    Buffer buf;
    if (!require_buffer(e->object, &buf)) return nullptr;
    int64_t n = static_cast<int64_t>(buf.data.size());
    start = std::clamp<int64_t>(start, 0, n);
    end = std::clamp<int64_t>(end, start, n);
    StrBuilder out;
    int64_t resume = end;
    int done = builtin_decode_replacement(h, encoding, buf.data, start, end, out, &resume);
    if (done < 0) return nullptr;
    if (done == 0) return raise_value(exc);
    Ref text = out.finish();
    if (!text) return nullptr;
    return tuple_pack({text.get(), Value::small_int(resume)});
  }
  if (!is_str(e->object)) return raise(exc::TypeError, "object attribute must be unicode");
  Str* s = e->object.as<Str>();
  start = std::clamp<int64_t>(start, 0, s->length);
  end = std::clamp<int64_t>(end, start, s->length);
  if (translate && h != BuiltinHandler::Ignore && h != BuiltinHandler::Replace &&
      h != BuiltinHandler::BackslashReplace) {
    return dont_know(exc);
  }
  EncodeReplacement out;
  if (translate && h == BuiltinHandler::Replace) {
    out.text.append(static_cast<size_t>(end - start), U'\uFFFD');
  } else {
    int done = builtin_encode_replacement(h, encoding, s, start, end, &out);
    if (done < 0) return nullptr;
    if (done == 0) return raise_value(exc);
  }
  Ref replacement = out.is_bytes ? bytes_from_string(out.bytes)
                                 : str_from_code_points(reinterpret_cast<const uint32_t*>(out.text.data()),
                                                        static_cast<int64_t>(out.text.size()));
  if (!replacement) return nullptr;
  return tuple_pack({replacement.get(), Value::small_int(end)});
}

}  // namespace taipan
