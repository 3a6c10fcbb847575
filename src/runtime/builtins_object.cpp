// Built-in functions about any object: attribute access (getattr, setattr,
// delattr, hasattr), identity and hashing (id, hash, callable), type checks
// (isinstance, issubclass), text (repr, ascii, format, chr, ord) and len.
#include <string>

#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

// The attribute name argument: a str, or TypeError as CPython words it.
Str* attribute_name(Value name) {
  if (!is_str(name)) {
    raise(exc::TypeError, std::string("attribute name must be string, not '") + type_name_of(name) + "'");
    return nullptr;
  }
  return name.as<Str>();
}

// The attribute, or null with no exception set when it is missing (an
// AttributeError from a property or __getattr__ counts as missing).
Ref getattr_or_missing(Value obj, Str* name) {
  Ref v = getattr_optional(obj, name);
  if (!v && error_matches(exc::AttributeError)) clear_error();
  return v;
}

Ref builtin_getattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("getattr", kwnames) || !check_arg_count("getattr", nargs, 2, 3)) return nullptr;
  Str* name = attribute_name(args[1]);
  if (name == nullptr) return nullptr;
  if (nargs == 2) return getattr(args[0], name);
  Ref v = getattr_or_missing(args[0], name);
  if (v || error_occurred()) return v;
  return Ref::borrow(args[2]);
}

Ref builtin_setattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("setattr", kwnames) || !check_arg_count("setattr", nargs, 3, 3)) return nullptr;
  Str* name = attribute_name(args[1]);
  if (name == nullptr || setattr(args[0], name, args[2]) < 0) return nullptr;
  return Ref::none();
}

Ref builtin_delattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("delattr", kwnames) || !check_arg_count("delattr", nargs, 2, 2)) return nullptr;
  Str* name = attribute_name(args[1]);
  if (name == nullptr || delattr(args[0], name) < 0) return nullptr;
  return Ref::none();
}

Ref builtin_hasattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("hasattr", kwnames) || !check_arg_count("hasattr", nargs, 2, 2)) return nullptr;
  Str* name = attribute_name(args[1]);
  if (name == nullptr) return nullptr;
  Ref v = getattr_or_missing(args[0], name);
  if (!v && error_occurred()) return nullptr;
  return Ref::boolean(static_cast<bool>(v));
}

// The "f() takes exactly one argument (N given)" check of one-argument builtins.
bool exactly_one(const char* function, size_t nargs, Tuple* kwnames) {
  if (!no_keywords(function, kwnames)) return false;
  if (nargs == 1) return true;
  raise(exc::TypeError, std::string(function) + "() takes exactly one argument (" + std::to_string(nargs) +
                            " given)");
  return false;
}

Ref builtin_callable(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one("callable", nargs, kwnames)) return nullptr;
  return Ref::boolean(type_of(args[0])->call != nullptr);
}

Ref builtin_id(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one("id", nargs, kwnames)) return nullptr;
  // An object's address; an immediate's bits (whose top bits are never those
  // of an address), so ids stay distinct.
  return int_from_uint64(args[0].bits());
}

Ref builtin_hash(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one("hash", nargs, kwnames)) return nullptr;
  int64_t h = hash(args[0]);
  if (h == -1) return nullptr;
  return int_from_int64(h);
}

Ref builtin_repr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one("repr", nargs, kwnames)) return nullptr;
  return repr(args[0]);
}

Ref builtin_ascii(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one("ascii", nargs, kwnames)) return nullptr;
  return ascii(args[0]);
}

Ref builtin_len(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one("len", nargs, kwnames)) return nullptr;
  int64_t n = length(args[0]);
  if (n < 0) return nullptr;
  return int_from_int64(n);
}

Ref builtin_format(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"value", "format_spec"};
  static const ArgSpec spec = {"format", names, 2, 2, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  if (a[1].is_null()) {
    Ref empty = str_from_utf8("");
    if (!empty) return nullptr;
    return format(a[0], empty.get());
  }
  if (!is_str(a[1])) {
    return raise(exc::TypeError, std::string("format() argument 2 must be str, not ") + type_name_of(a[1]));
  }
  return format(a[0], a[1]);
}

Ref builtin_isinstance(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("isinstance", kwnames) || !check_arg_count("isinstance", nargs, 2, 2)) return nullptr;
  int r = isinstance(args[0], args[1]);
  if (r < 0) return nullptr;
  return Ref::boolean(r != 0);
}

Ref builtin_issubclass(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("issubclass", kwnames) || !check_arg_count("issubclass", nargs, 2, 2)) return nullptr;
  int r = issubclass(args[0], args[1]);
  if (r < 0) return nullptr;
  return Ref::boolean(r != 0);
}

Ref builtin_chr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one("chr", nargs, kwnames)) return nullptr;
  Ref i = index(args[0]);
  if (!i) return nullptr;
  int64_t cp;
  if (!int_to_int64(i.get(), &cp) || cp > INT32_MAX || cp < INT32_MIN) {
    return raise(exc::OverflowError, "Python int too large to convert to C int");
  }
  if (cp < 0 || cp > 0x10FFFF) return raise(exc::ValueError, "chr() arg not in range(0x110000)");
  return str_from_char(static_cast<uint32_t>(cp));
}

Ref builtin_ord(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one("ord", nargs, kwnames)) return nullptr;
  Value c = args[0];
  int64_t size;
  if (is_str(c)) {
    size = c.as<Str>()->length;
    if (size == 1) return Ref::small_int(str_char_at(c.as<Str>(), 0));
  } else if (is_bytes(c) || is_bytearray(c)) {
    std::string_view data = is_bytes(c) ? bytes_view(c.as<Bytes>()) : bytearray_view(c.as<ByteArray>());
    size = static_cast<int64_t>(data.size());
    if (size == 1) return Ref::small_int(static_cast<unsigned char>(data[0]));
  } else {
    return raise(exc::TypeError, std::string("ord() expected string of length 1, but ") + type_name_of(c) +
                                     " found");
  }
  return raise(exc::TypeError, "ord() expected a character, but string of length " + std::to_string(size) +
                                   " found");
}

}  // namespace

const MethodDef kBuiltinObjectFunctions[] = {
    {"getattr", builtin_getattr, kMethodInstance,
     "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object."},
    {"setattr", builtin_setattr, kMethodInstance, "setattr($module, obj, name, value, /)\n--\n\nSets the named attribute on the given object to the specified value."},
    {"delattr", builtin_delattr, kMethodInstance, "delattr($module, obj, name, /)\n--\n\nDeletes the named attribute from the given object."},
    {"hasattr", builtin_hasattr, kMethodInstance, "hasattr($module, obj, name, /)\n--\n\nReturn whether the object has an attribute with the given name."},
    {"callable", builtin_callable, kMethodInstance, "callable($module, obj, /)\n--\n\nReturn whether the object is callable (i.e., some kind of function)."},
    {"id", builtin_id, kMethodInstance, "id($module, obj, /)\n--\n\nReturn the identity of an object."},
    {"hash", builtin_hash, kMethodInstance, "hash($module, obj, /)\n--\n\nReturn the hash value for the given object."},
    {"repr", builtin_repr, kMethodInstance, "repr($module, obj, /)\n--\n\nReturn the canonical string representation of the object."},
    {"ascii", builtin_ascii, kMethodInstance, "ascii($module, obj, /)\n--\n\nReturn an ASCII-only representation of an object."},
    {"len", builtin_len, kMethodInstance, "len($module, obj, /)\n--\n\nReturn the number of items in a container."},
    {"format", builtin_format, kMethodInstance, "format($module, value, format_spec='', /)\n--\n\nReturn value.__format__(format_spec)"},
    {"isinstance", builtin_isinstance, kMethodInstance, "isinstance($module, obj, class_or_tuple, /)\n--\n\nReturn whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", builtin_issubclass, kMethodInstance, "issubclass($module, cls, class_or_tuple, /)\n--\n\nReturn whether 'cls' is derived from another class or is the same class."},
    {"chr", builtin_chr, kMethodInstance, "chr($module, i, /)\n--\n\nReturn a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"ord", builtin_ord, kMethodInstance, "ord($module, c, /)\n--\n\nReturn the Unicode code point for a one-character string."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace taipan
