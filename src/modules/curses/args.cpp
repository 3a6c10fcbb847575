// The argument conversions of _curses (curses.h): characters, strings,
// integers and the optional [y, x] groups of window methods, with
// CPython's messages.
#include <climits>
#include <cwchar>
#include <string>

#include "modules/c_int_arg.h"
#include "modules/posix/posix_args.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "modules/curses/curses.h"

namespace taipan::curses {

bool int_arg(Value v, int* out) { return posix::int_arg(v, out); }
bool long_arg(Value v, long* out) { return c_long_arg(v, out); }

namespace {

bool wrong_char(Value v) {
  if (is_str(v)) {
    raise(exc::TypeError, "expect bytes or str of length 1, or int, got a str of length " +
                              std::to_string(v.as<Str>()->length));
  } else {
    raise(exc::TypeError, std::string("expect bytes or str of length 1, or int, got ") + type_name_of(v));
  }
  return false;
}

// An exact int as a chtype. Past a C long, a chtype argument says "byte
// doesn't fit in chtype" and a character to draw "int doesn't fit in long".
bool int_chtype(Value v, const char* too_long, chtype* out) {
  int64_t n;
  if (!int_to_int64(v, &n)) {
    raise(exc::OverflowError, too_long);
    return false;
  }
  if (static_cast<int64_t>(static_cast<chtype>(n)) != n) {
    raise(exc::OverflowError, "byte doesn't fit in chtype");
    return false;
  }
  *out = static_cast<chtype>(n);
  return true;
}

}  // namespace

bool chtype_arg(Value v, chtype* out) {
  if (is_str(v)) {
    Str* s = v.as<Str>();
    if (s->length != 1) return wrong_char(v);
    uint32_t c = str_char_at(s, 0);
    if (c > 128) {
      // One byte in the locale's encoding, as CPython asks of a chtype.
      char buf[MB_LEN_MAX];
      std::mbstate_t state{};
      size_t n = std::wcrtomb(buf, static_cast<wchar_t>(c), &state);
      if (n != 1) {
        raise(exc::OverflowError, "byte doesn't fit in chtype");
        return false;
      }
      c = static_cast<unsigned char>(buf[0]);
    }
    *out = c;
    return true;
  }
  if (is_bytes(v) && v.as<Bytes>()->size == 1) {
    *out = static_cast<unsigned char>(bytes_view(v.as<Bytes>())[0]);
    return true;
  }
  if (is_exact_int(v)) return int_chtype(v, "byte doesn't fit in chtype", out);
  return wrong_char(v);
}

bool cchar_arg(Value v, chtype* ch, wchar_t* wch, bool* is_wide) {
  *is_wide = false;
  if (is_str(v)) {
    Str* s = v.as<Str>();
    if (s->length != 1) return wrong_char(v);
    *wch = static_cast<wchar_t>(str_char_at(s, 0));
    *is_wide = true;
    return true;
  }
  if (is_bytes(v) && v.as<Bytes>()->size == 1) {
    *ch = static_cast<unsigned char>(bytes_view(v.as<Bytes>())[0]);
    return true;
  }
  if (is_exact_int(v)) return int_chtype(v, "int doesn't fit in long", ch);
  return wrong_char(v);
}

bool text_arg(Value v, std::string* narrow, std::wstring* wide, bool* is_wide) {
  if (is_str(v)) {
    Str* s = v.as<Str>();
    wide->clear();
    for (int64_t i = 0; i < s->length; ++i) {
      uint32_t c = str_char_at(s, i);
      if (c == 0) {
        raise(exc::ValueError, "embedded null character");
        return false;
      }
      wide->push_back(static_cast<wchar_t>(c));
    }
    *is_wide = true;
    return true;
  }
  if (is_bytes(v)) {
    *narrow = std::string(bytes_view(v.as<Bytes>()));
    if (narrow->find('\0') != std::string::npos) {
      raise(exc::ValueError, "embedded null byte");
      return false;
    }
    *is_wide = false;
    return true;
  }
  raise(exc::TypeError, std::string("expect bytes or str, got ") + type_name_of(v));
  return false;
}

bool group_args(const char* name, const Value* args, size_t nargs, Tuple* kwnames, size_t min, size_t max,
                GroupArgs* out) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, std::string("window.") + name + "() takes no keyword arguments");
    return false;
  }
  bool plain = nargs >= min && nargs <= max;
  bool with_yx = nargs >= min + 2 && nargs <= max + 2;
  if (!plain && !with_yx) {
    raise(exc::TypeError, std::string("_curses.window.") + name + " requires " + std::to_string(min) + " to " +
                              std::to_string(max + 2) + " arguments");
    return false;
  }
  out->has_yx = !plain;
  if (out->has_yx && (!int_arg(args[0], &out->y) || !int_arg(args[1], &out->x))) return false;
  out->rest = out->has_yx ? args + 2 : args;
  out->count = out->has_yx ? nargs - 2 : nargs;
  return true;
}

}  // namespace taipan::curses
