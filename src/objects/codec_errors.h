// Codec error handling shared by every native codec and by `_codecs`: the
// built-in handlers (strict, ignore, replace, backslashreplace, namereplace,
// xmlcharrefreplace, surrogateescape, surrogatepass) computed natively, and
// handlers registered with codecs.register_error, called with a
// UnicodeEncodeError / UnicodeDecodeError and answering (replacement, newpos).
#pragma once

#include <string>
#include <string_view>

#include "objects/str.h"

namespace taipan {

enum class BuiltinHandler {
  Strict, Ignore, Replace, BackslashReplace, NameReplace, XmlCharRef, SurrogateEscape, SurrogatePass, Registered
};

// The built-in handler of that name, or Registered for any other name.
BuiltinHandler builtin_handler(std::string_view name);

// What a handler gave for characters a codec cannot encode: text the codec
// must encode in turn, or bytes copied to the output as they are.
struct EncodeReplacement {
  std::u32string text;
  std::string bytes;
  bool is_bytes = false;
};

// The built-in handlers' answers. 1 when handled, 0 when the handler does not
// apply (the caller raises the original error), -1 with an exception set.
// On 0, *unhandled_from (may be null) is the first character surrogateescape
// could not take: CPython's codecs report the error from there.
int builtin_encode_replacement(BuiltinHandler h, std::string_view encoding, Str* s, int64_t start, int64_t end,
                               EncodeReplacement* out, int64_t* unhandled_from = nullptr);
// On success *resume is where decoding goes on.
int builtin_decode_replacement(BuiltinHandler h, std::string_view encoding, std::string_view in, int64_t start,
                               int64_t end, StrBuilder& out, int64_t* resume);

// The handler named by a codec's `errors` argument, for one encode or decode
// call. A registered handler is looked up at its first use.
class ErrorHandler {
 public:
  explicit ErrorHandler(std::string_view name) : name_(name), kind_(builtin_handler(name)) {}
  BuiltinHandler kind() const { return kind_; }
  // A registered encode handler may then answer text only (as for
  // CPython's multibyte codecs), not bytes.
  void refuse_bytes() { bytes_allowed_ = false; }

  // s[start, end) cannot be encoded: fills *out and returns the position to
  // go on from, or -1 with an exception set. When surrogateescape fails part
  // way, the error starts where it failed unless whole_run (charmap's way).
  int64_t on_encode(const char* encoding, Str* s, int64_t start, int64_t end, const char* reason,
                    EncodeReplacement* out, bool whole_run = false);
  // in[start, end) cannot be decoded: appends the replacement to out and
  // returns the position to go on from, or -1 with an exception set.
  int64_t on_decode(const char* encoding, std::string_view in, int64_t start, int64_t end, const char* reason,
                    StrBuilder& out);

 private:
  bool ensure_callable();
  std::string_view name_;
  BuiltinHandler kind_;
  bool bytes_allowed_ = true;
  Ref callable_;  // the registered handler
  Ref input_;     // the bytes object handed to a registered decode handler
};

// Raises UnicodeEncodeError(encoding, s, start, end, reason).
void raise_encode_error(const char* encoding, Str* s, int64_t start, int64_t end, const char* reason);
// Raises UnicodeDecodeError(encoding, in, start, end, reason).
void raise_decode_error(const char* encoding, std::string_view in, int64_t start, int64_t end, const char* reason);

// The registry of error handlers (codecs.register_error / lookup_error).
// lookup returns a new reference, or null with LookupError set.
Ref lookup_error_handler(std::string_view name);
bool register_error_handler(std::string_view name, Value handler);
// The built-in handlers as Python callables (lookup_error("strict") ...):
// exc is a UnicodeEncodeError, UnicodeDecodeError or UnicodeTranslateError.
Ref call_builtin_handler(BuiltinHandler h, Value exc);

}  // namespace taipan
