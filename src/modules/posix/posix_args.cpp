// Argument converters and errors shared by the posix module's files.
#include "modules/posix/posix_args.h"

#include <cstring>
#include <string>

#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::posix {

namespace {

std::string allowed_kinds(const PathArg& p) {
  if (p.allow_fd && p.nullable) return "string, bytes, os.PathLike, integer or None";
  if (p.allow_fd) return "string, bytes, os.PathLike or integer";
  if (p.nullable) return "string, bytes, os.PathLike or None";
  return "string, bytes or os.PathLike";
}

bool wrong_path_type(const PathArg& p, Value v) {
  if (*p.function == '\0') {
    raise(exc::TypeError, std::string("expected str, bytes or os.PathLike object, not ") + type_name_of(v));
    return false;
  }
  raise(exc::TypeError, std::string(p.function) + ": " + p.argname + " should be " + allowed_kinds(p) + ", not " +
                            type_name_of(v));
  return false;
}

bool has_surrogates(Str* s) {
  if (s->kind == 1) return false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    if (c >= 0xD800 && c <= 0xDFFF) return true;
  }
  return false;
}

}  // namespace

bool one_arg(const char* qualified_name, const Value* args, size_t nargs, Tuple* kwnames, Value* out) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, std::string(qualified_name) + "() takes no keyword arguments");
    return false;
  }
  if (nargs != 1) {
    raise(exc::TypeError,
          std::string(qualified_name) + "() takes exactly one argument (" + std::to_string(nargs) + " given)");
    return false;
  }
  out[0] = args[0];
  return true;
}

bool fs_encode(Value s, std::string* out) {
  Str* str = s.as<Str>();
  if (!has_surrogates(str)) {
    *out = std::string(str_utf8(str));
    return true;
  }
  Ref encoded = encode(str, "utf-8", "surrogateescape");
  if (!encoded) return false;
  *out = std::string(bytes_view(encoded.as<Bytes>()));
  return true;
}

Ref fs_name(std::string_view name, bool as_bytes) {
  if (as_bytes) return bytes_from_string(name);
  for (unsigned char c : name) {
    if (c >= 0x80) return decode(name, "utf-8", "surrogateescape");
  }
  return str_from_utf8(name);
}

bool path_arg(Value v, PathArg* out) {
  if (v.is_null()) return true;
  if (v.is_none() && out->nullable) return true;
  if (out->allow_fd && is_int(v) && !is_str(v)) {
    if (!fd_arg(v, &out->fd)) return false;
    out->object = Ref::borrow(v);
    out->given = true;
    return true;
  }
  Ref converted;
  if (!is_str(v) && !is_bytes(v)) {
    Ref fspath = getattr_optional(Value::object(type_of(v)), INTERNED("__fspath__"));
    if (!fspath) {
      if (error_occurred()) return false;
      return wrong_path_type(*out, v);
    }
    converted = call(*fspath, {v});
    if (!converted) return false;
    if (!is_str(*converted) && !is_bytes(*converted)) {
      raise(exc::TypeError, std::string("expected ") + type_name_of(v) + ".__fspath__() to return str or bytes, not " +
                                type_name_of(*converted));
      return false;
    }
    v = *converted;
  }
  if (is_str(v)) {
    if (!fs_encode(v, &out->path)) return false;
  } else {
    out->path = std::string(bytes_view(v.as<Bytes>()));
    out->as_bytes = true;
  }
  if (out->path.find('\0') != std::string::npos) {
    raise(exc::ValueError, "embedded null byte");
    return false;
  }
  out->object = Ref::borrow(v);
  out->given = true;
  return true;
}

bool int_arg(Value v, int* out) {
  Ref i = index(v);
  if (!i) return false;
  int64_t n;
  if (!int_to_int64(*i, &n) || n > INT32_MAX || n < INT32_MIN) {
    clear_error();
    raise(exc::OverflowError, int_sign(*i) > 0 ? "signed integer is greater than maximum"
                                                : "signed integer is less than minimum");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

bool int64_arg(Value v, int64_t* out) {
  Ref i = index(v);
  if (!i) return false;
  if (!int_to_int64(*i, out)) {
    clear_error();
    raise(exc::OverflowError, "Python int too large to convert to C long");
    return false;
  }
  return true;
}

bool fd_arg(Value v, int* out) {
  if (is_float(v)) {
    raise(exc::TypeError, "argument must be an int, or have a fileno() method.");
    return false;
  }
  return int_arg(v, out);
}

bool object_fd(Value v, int* out) {
  Ref fileno;
  if (!is_int(v)) {
    Ref method = getattr_optional(v, INTERNED("fileno"));
    if (!method) {
      if (!error_occurred()) raise(exc::TypeError, "argument must be an int, or have a fileno() method.");
      return false;
    }
    fileno = call(*method, {});
    if (!fileno) return false;
    if (!is_int(*fileno)) {
      raise(exc::TypeError, "fileno() returned a non-integer");
      return false;
    }
    v = *fileno;
  }
  if (!int_arg(v, out)) return false;
  if (*out < 0) {
    raise(exc::ValueError, "file descriptor cannot be a negative integer (" + std::to_string(*out) + ")");
    return false;
  }
  return true;
}

bool dir_fd_arg(Value v, int* out) {
  if (v.is_null() || v.is_none()) {
    *out = AT_FDCWD;
    return true;
  }
  if (!is_int(v)) {
    raise(exc::TypeError, std::string("argument should be integer or None, not ") + type_name_of(v));
    return false;
  }
  return int_arg(v, out);
}

bool id_arg(Value v, uint32_t* out, const char* what) {
  if (!is_int(v)) {
    Ref i = index(v);
    if (!i) {
      clear_error();
      raise(exc::TypeError, std::string(what) + " should be integer, not " + type_name_of(v));
      return false;
    }
    return id_arg(*i, out, what);
  }
  // CPython's messages: past the int64 range by sign, else "less than minimum"
  // for anything a 32-bit id cannot hold.
  int64_t n;
  bool fits = int_to_int64(v, &n);
  if (!fits) clear_error();
  if (!fits || n < -1 || n > UINT32_MAX) {
    bool greater = !fits && int_sign(v) > 0;
    raise(exc::OverflowError, std::string(what) + (greater ? " is greater than maximum" : " is less than minimum"));
    return false;
  }
  *out = static_cast<uint32_t>(n);
  return true;
}

Ref id_result(uint32_t id) {
  return id == static_cast<uint32_t>(-1) ? Ref::small_int(-1) : int_from_uint64(id);
}

bool bool_arg(Value v, bool* out) {
  if (v.is_null()) return true;
  int t = is_true(v);
  if (t < 0) return false;
  *out = t != 0;
  return true;
}

bool check_fd_and_follow(const char* function, const PathArg& path, bool follow_symlinks) {
  if (path.fd >= 0 && !follow_symlinks) {
    raise(exc::ValueError, std::string(function) + ": cannot use fd and follow_symlinks together");
    return false;
  }
  return true;
}

bool check_dir_fd_and_fd(const char* function, const PathArg& path, int dir_fd) {
  if (path.fd >= 0 && dir_fd != AT_FDCWD) {
    raise(exc::ValueError, std::string(function) + ": can't specify both dir_fd and fd");
    return false;
  }
  return true;
}

Ref path_error(const PathArg& path) {
  int err = errno;
  return raise_os_error(err, path.object ? *path.object : Value());
}

Ref path_error2(const PathArg& a, const PathArg& b) {
  int err = errno;
  return raise_os_error(err, a.object ? *a.object : Value(), b.object ? *b.object : Value());
}

Ref errno_error() { return raise_os_error(errno); }

}  // namespace taipan::posix
