// _SimpleCData and its metaclass PyCSimpleType: the fundamental C types
// chosen by a _type_ letter (c b B h H i I l L q Q f d g ? u z Z P O v),
// how each reads and stores its C value, the instances' value/repr/bool,
// and from_param, which says what a simple type accepts as an argument.
#include <cmath>
#include <cstring>
#include <cwchar>
#include <string>

#include <gmp.h>

#include "modules/ctypes/ctypes.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

CTypeObject simple_cdata_type;

namespace {

constexpr const char kSimpleCodes[] = "cbBhHiIlLdfuzZqQPXOv?g";  // CPython's order, for its message

bool is_integer_code(char c) { return std::strchr("bBhHiIlLqQ", c) != nullptr; }

// The low 64 bits of an int (CPython's ...AsUnsignedLongLongMask), through __index__.
bool int_mask(Value v, uint64_t* out) {
  Ref i = index(v);
  if (!i) return false;
  int64_t small;
  if (int_to_int64(*i, &small)) {
    *out = static_cast<uint64_t>(small);
    return true;
  }
  clear_error();
  mpz_t z;
  mpz_init(z);
  int_to_mpz(*i, z);
  mpz_fdiv_r_2exp(z, z, 64);
  *out = mpz_get_ui(z);
  mpz_clear(z);
  return true;
}

Ref wide_to_str(const wchar_t* w, size_t n) {
  return str_from_code_points(reinterpret_cast<const uint32_t*>(w), static_cast<int64_t>(n));
}

}  // namespace

namespace {

char base_code(char code) { return static_cast<char>(code & ~kSwappedCode); }
bool is_swapped(char code) { return (code & kSwappedCode) != 0; }

void reverse_copy(char* dst, const char* src, int64_t n) {
  for (int64_t i = 0; i < n; ++i) dst[i] = src[n - 1 - i];
}

}  // namespace

int64_t simple_size(char code) {
  switch (base_code(code)) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': case 'v': return 2;
    case 'i': case 'I': case 'f': case 'u': return 4;
    case 'g': return sizeof(long double);
    default: return 8;
  }
}

ffi_type* simple_ffi(char code) {
  switch (base_code(code)) {
    case 'c': case 'b': return &ffi_type_sint8;
    case 'B': case '?': return &ffi_type_uint8;
    case 'h': case 'v': return &ffi_type_sint16;
    case 'H': return &ffi_type_uint16;
    case 'i': return &ffi_type_sint32;
    case 'I': return &ffi_type_uint32;
    case 'u': return &ffi_type_sint32;
    case 'l': case 'q': return &ffi_type_sint64;
    case 'L': case 'Q': return &ffi_type_uint64;
    case 'f': return &ffi_type_float;
    case 'd': return &ffi_type_double;
    case 'g': return &ffi_type_longdouble;
    default: return &ffi_type_pointer;
  }
}

Ref simple_get(char code, const char* p, int64_t size) {
  if (is_swapped(code)) {
    char tmp[16];
    reverse_copy(tmp, p, simple_size(code));
    return simple_get(base_code(code), tmp, size);
  }
  switch (code) {
    case 'c': return bytes_from_string(std::string_view(p, 1));
    case 'b': return Ref::small_int(*reinterpret_cast<const int8_t*>(p));
    case 'B': return Ref::small_int(*reinterpret_cast<const uint8_t*>(p));
    case 'h': return Ref::small_int(*reinterpret_cast<const int16_t*>(p));
    case 'H': return Ref::small_int(*reinterpret_cast<const uint16_t*>(p));
    case 'i': return Ref::small_int(*reinterpret_cast<const int32_t*>(p));
    case 'I': return Ref::small_int(*reinterpret_cast<const uint32_t*>(p));
    case 'l': case 'q': {
      int64_t v;
      std::memcpy(&v, p, 8);
      return int_from_int64(v);
    }
    case 'L': case 'Q': {
      uint64_t v;
      std::memcpy(&v, p, 8);
      return int_from_uint64(v);
    }
    case 'f': {
      float f;
      std::memcpy(&f, p, 4);
      return Ref::from_double(f);
    }
    case 'd': {
      double d;
      std::memcpy(&d, p, 8);
      return Ref::from_double(d);
    }
    case 'g': {
      long double g;
      std::memcpy(&g, p, sizeof g);
      return Ref::from_double(static_cast<double>(g));
    }
    case '?': return Ref::boolean(*p != 0);
    case 'v': return Ref::boolean(*reinterpret_cast<const int16_t*>(p) != 0);
    case 'u': {
      uint32_t c;
      std::memcpy(&c, p, 4);
      if (c > 0x10FFFF) return raise(exc::ValueError, "character U+" + std::to_string(c) + " is not in range");
      return str_from_char(c);
    }
    case 'z': {
      const char* s;
      std::memcpy(&s, p, 8);
      if (s == nullptr) return Ref::none();
      return bytes_from_string(s);
    }
    case 'Z': {
      const wchar_t* w;
      std::memcpy(&w, p, 8);
      if (w == nullptr) return Ref::none();
      return wide_to_str(w, std::wcslen(w));
    }
    case 'P': {
      uint64_t a;
      std::memcpy(&a, p, 8);
      if (a == 0) return Ref::none();
      return int_from_uint64(a);
    }
    case 'O': {
      uint64_t bits;
      std::memcpy(&bits, p, 8);
      if (bits == 0) return raise(exc::ValueError, "PyObject is NULL");
      return Ref::borrow(Value::from_bits(bits));
    }
    default: (void)size; return raise(exc::SystemError, "bad simple type code");
  }
}

int simple_set(char code, char* p, Value v, Ref* keep) {
  if (is_swapped(code)) {
    char tmp[16];
    if (simple_set(base_code(code), tmp, v, keep) < 0) return -1;
    reverse_copy(p, tmp, simple_size(code));
    return 0;
  }
  if (is_integer_code(code)) {
    uint64_t bits;
    if (!int_mask(v, &bits)) return -1;
    std::memcpy(p, &bits, static_cast<size_t>(simple_size(code)));  // little-endian: the low bytes
    return 0;
  }
  switch (code) {
    case 'c': {
      Buffer b;
      if ((is_bytes(v) || is_bytearray(v)) && get_buffer(v, &b) && b.data.size() == 1) {
        *p = b.data[0];
        return 0;
      }
      if (is_int(v)) {
        int64_t i;
        if (int_to_int64(v, &i) && i >= 0 && i < 256) {
          *p = static_cast<char>(i);
          return 0;
        }
        clear_error();
      }
      return fail(exc::TypeError, "one character bytes, bytearray or integer expected");
    }
    case 'f': case 'd': case 'g': {
      double d;
      if (!is_int(v) && !is_float(v) && type_of(v)->number.float_ == nullptr) {
        return fail(exc::TypeError, std::string("must be real number, not ") + type_name_of(v));
      }
      if (number_to_double(v, &d) < 0) return -1;
      if (code == 'f') {
        float f = static_cast<float>(d);
        std::memcpy(p, &f, 4);
      } else if (code == 'd') {
        std::memcpy(p, &d, 8);
      } else {
        long double g = d;
        std::memcpy(p, &g, sizeof g);
      }
      return 0;
    }
    case '?': case 'v': {
      int t = is_true(v);
      if (t < 0) return -1;
      if (code == '?') {
        *p = static_cast<char>(t);
      } else {
        int16_t s = t ? -1 : 0;
        std::memcpy(p, &s, 2);
      }
      return 0;
    }
    case 'u': {
      if (!is_str(v) || v.as<Str>()->length != 1) return fail(exc::TypeError, "one character unicode string expected");
      uint32_t c = str_char_at(v.as<Str>(), 0);
      std::memcpy(p, &c, 4);
      return 0;
    }
    case 'z': case 'Z': case 'P': {
      uint64_t addr = 0;
      if (v.is_none()) {
        addr = 0;
      } else if (is_int(v)) {
        if (!int_mask(v, &addr)) return -1;
      } else if (code == 'z' && is_bytes(v)) {
        addr = reinterpret_cast<uint64_t>(bytes_view(v.as<Bytes>()).data());
        *keep = Ref::borrow(v);
      } else if (code == 'Z' && is_str(v)) {
        Str* s = v.as<Str>();
        std::string wide(static_cast<size_t>(s->length + 1) * 4, '\0');
        for (int64_t i = 0; i < s->length; ++i) {
          uint32_t c = str_char_at(s, i);
          std::memcpy(wide.data() + i * 4, &c, 4);
        }
        Ref holder = bytes_from_string(wide);
        if (!holder) return -1;
        addr = reinterpret_cast<uint64_t>(bytes_view(holder.as<Bytes>()).data());
        *keep = holder;
      } else if (code == 'z') {
        return fail(exc::TypeError,
                    std::string("bytes or integer address expected instead of ") + type_name_of(v) + " instance");
      } else if (code == 'Z') {
        return fail(exc::TypeError, std::string("unicode string or integer address expected instead of ") +
                                        type_name_of(v) + " instance");
      } else {
        return fail(exc::TypeError, "cannot be converted to pointer");
      }
      std::memcpy(p, &addr, 8);
      return 0;
    }
    case 'O': {
      uint64_t bits = v.bits();
      std::memcpy(p, &bits, 8);
      *keep = Ref::borrow(v);
      return 0;
    }
    default: return fail(exc::SystemError, "bad simple type code");
  }
}

bool simple_instance_type(Value type) {
  if (!is_type(type)) return false;
  Type* t = type.as<Type>();
  if (!type_is_subtype(t, &simple_cdata_type)) return false;
  return t->base != &simple_cdata_type && t != &simple_cdata_type;
}

namespace {

char code_of(Value self) { return cdata_info(self)->code; }

int set_value(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "can't delete attribute");
  CDataObject* c = self.as<CDataObject>();
  Ref keep;
  if (simple_set(code_of(self), c->ptr, v, &keep) < 0) return -1;
  return cdata_keep(self, Value::small_int(0), *keep);
}

Ref get_value(Value self) {
  CDataObject* c = self.as<CDataObject>();
  return simple_get(code_of(self), c->ptr, c->size);
}

Ref simple_new(Type* type, const Value*, size_t, Tuple*) {
  CTypeInfo* info = ctype_info(Value::object(type));
  if (info == nullptr) return raise(exc::TypeError, "abstract class");
  CDataObject* o = cdata_new_owned(type, info->size);
  return o == nullptr ? nullptr : Ref::steal(o);
}

int simple_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) return fail(exc::TypeError, "unexpected keyword argument");
  if (nargs > 1) return fail(exc::TypeError, "__init__ expected at most 1 argument, got " + std::to_string(nargs));
  if (nargs == 1) return set_value(self, args[0]);
  return 0;
}

Ref simple_repr(Value self) {
  if (type_of(self)->base != &simple_cdata_type) return cdata_object_repr(self);
  Ref v = get_value(self);
  if (!v) return nullptr;
  Ref r = repr(*v);
  if (!r) return nullptr;
  return str_from_utf8(ctype_name(Value::object(type_of(self))) + "(" + str_to_std(r.as<Str>()) + ")");
}

int simple_bool(Value self) {
  CDataObject* c = self.as<CDataObject>();
  for (int64_t i = 0; i < c->size; ++i) {
    if (c->ptr[i] != 0) return 1;
  }
  return 0;
}

Ref from_outparam(Value self, const Value*, size_t, Tuple*) {
  if (type_of(self)->base != &simple_cdata_type) return Ref::borrow(self);
  return get_value(self);
}

const GetSetDef kSimpleGetSets[] = {
    {"value", get_value, set_value, "current value"},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kSimpleMethods[] = {
    {"__ctypes_from_outparam__", from_outparam, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- The metaclass ----

void set_simple_info(Type* t, char code) {
  auto* info = new CTypeInfo;
  info->kind = CKind::Simple;
  info->code = code;
  info->size = simple_size(code);
  info->align = info->size;
  info->ffi = simple_ffi(code);
  static_cast<CTypeObject*>(t)->info = info;
}

// The byte-swapped twin of a numeric type (named NAME_be, same bases and
// namespace), reached as __ctype_be__ (this machine is little-endian); both types name
// themselves as __ctype_le__ and each other as __ctype_be__, as CPython's do.
int add_swapped_type(Type* meta, const Value* args, Value native) {
  Ref name = str_from_utf8(str_to_std(args[0].as<Str>()) + "_be");
  if (!name) return -1;
  Value swapped_args[3] = {*name, args[1], args[2]};
  Ref swapped = type_type.new_(meta, swapped_args, 3, nullptr);
  if (!swapped) return -1;
  set_simple_info(swapped.as<Type>(), static_cast<char>(ctype_info(native)->code | kSwappedCode));
  Str* le = intern("__ctype_le__");
  Str* be = intern("__ctype_be__");
  if (setattr(native, le, native) < 0 || setattr(native, be, *swapped) < 0 || setattr(*swapped, le, native) < 0 ||
      setattr(*swapped, be, *swapped) < 0) {
    return -1;
  }
  return 0;
}

Ref simple_meta_new(Type* meta, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref t = type_type.new_(meta, args, nargs, kwnames);
  if (!t) return nullptr;
  Ref code = getattr_optional(*t, intern("_type_"));
  if (!code) {
    if (error_occurred()) return nullptr;
    return raise(exc::AttributeError, "class must define a '_type_' attribute");
  }
  if (!is_str(*code)) return raise(exc::TypeError, "class must define a '_type_' string attribute");
  Str* s = code.as<Str>();
  if (s->length != 1) {
    return raise(exc::ValueError, "class must define a '_type_' attribute which must be a string of length 1");
  }
  uint32_t c = str_char_at(s, 0);
  if (c >= 128 || std::strchr(kSimpleCodes, static_cast<int>(c)) == nullptr || c == 0) {
    return raise(exc::AttributeError, "class must define a '_type_' attribute which must be\n"
                                      "a single character string containing one of '" +
                                          std::string(kSimpleCodes) + "'.");
  }
  if (c == 'X') return raise(exc::ValueError, "_type_ 'X' not supported");  // BSTR: Windows only
  set_simple_info(t.as<Type>(), static_cast<char>(c));
  // A class body using super() (a __classcell__) is not run into a second class.
  bool has_cell = nargs == 3 && is_dict(args[2]) && !dict_get_str(args[2].as<Dict>(), intern("__classcell__")).is_null();
  if (std::strchr("hHiIlLqQfd", static_cast<int>(c)) != nullptr && !has_cell &&
      add_swapped_type(meta, args, *t) < 0) {
    return nullptr;
  }
  return t;
}

// The instance an argument of a pointer-like simple type (c_char_p, c_wchar_p, c_void_p) may be.
bool pointer_like_arg(char code, Value v) {
  if (!v.is_object()) return false;
  if (type_of(v) == &carg_type) return true;
  CTypeInfo* info = cdata_info(v);
  if (info == nullptr) return false;
  if (code == 'P') {
    return info->kind == CKind::Array || info->kind == CKind::Pointer || info->kind == CKind::Function ||
           (info->kind == CKind::Simple && std::strchr("zZP", info->code) != nullptr);
  }
  char item = code == 'z' ? 'c' : 'u';
  if (info->kind == CKind::Array || info->kind == CKind::Pointer) {
    CTypeInfo* pi = ctype_info(info->proto);
    return pi != nullptr && pi->kind == CKind::Simple && pi->code == item;
  }
  return false;
}

Ref simple_from_param(Value cls, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "from_param() takes exactly one argument");
  Value v = args[0];
  int inst = isinstance(v, cls);
  if (inst < 0) return nullptr;
  if (inst) return Ref::borrow(v);
  CTypeInfo* info = ctype_info(cls);
  if (info == nullptr) return raise(exc::TypeError, "abstract class");
  if (std::strchr("zZP", info->code) != nullptr && pointer_like_arg(info->code, v)) return Ref::borrow(v);
  if (v.is_none() && std::strchr("zZP", info->code) != nullptr) return Ref::borrow(v);  // NULL
  // Passed as pointers to their data by the call's default conversion.
  if ((info->code == 'P' && (is_bytes(v) || is_str(v))) || (info->code == 'z' && is_bytes(v)) ||
      (info->code == 'Z' && is_str(v))) {
    return Ref::borrow(v);
  }
  Ref as_param = getattr_optional(v, intern("_as_parameter_"));
  if (as_param) {
    Value a[1] = {*as_param};
    return simple_from_param(cls, a, 1, nullptr);
  }
  if (error_occurred()) return nullptr;
  Ref r = call(cls, {v});
  if (!r) {
    if (error_matches(exc::TypeError)) {
      clear_error();
      return raise(exc::TypeError, "wrong type");
    }
    return nullptr;
  }
  return carg_wrap(*r, info->code);
}

const MethodDef kSimpleMetaMethods[] = {
    {"from_param", simple_from_param, kMethodInstance, "Convert a Python object into a function call parameter."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int init_simple_types() {
  init_ctype_meta(simple_meta, "_ctypes.PyCSimpleType");
  simple_meta.new_ = simple_meta_new;
  simple_meta.methods = kSimpleMetaMethods;
  if (finish_ctype_meta(simple_meta) < 0) return -1;
  init_cdata_base(simple_cdata_type, &simple_meta, "_ctypes._SimpleCData");
  simple_cdata_type.new_ = simple_new;
  simple_cdata_type.init = simple_init;
  simple_cdata_type.repr = simple_repr;
  simple_cdata_type.number.bool_ = simple_bool;
  simple_cdata_type.getsets = kSimpleGetSets;
  simple_cdata_type.methods = kSimpleMethods;
  return finish_cdata_base(simple_cdata_type);
}

}  // namespace taipan
