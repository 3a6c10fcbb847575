// The `array` module: the array type (and its ArrayType alias), typecodes,
// and _array_reconstructor, which rebuilds a pickled array from its machine
// format code and bytes, converting when the format is not the native one.
#include <bit>
#include <cstring>
#include <string>

#include "modules/array/array.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

// How the bytes of a machine format code read.
struct MachineFormat {
  int size;  // bytes per item
  bool is_signed;
  bool big_endian;
  enum Kind { Integer, Float, Utf16, Utf32 } kind;
};

constexpr int kMachineFormatCount = 22;

MachineFormat machine_format(int code) {
  if (code < 14) {
    // 0/1: 8-bit unsigned/signed; then (unsigned, signed) x (LE, BE) per width.
    if (code < 2) return {1, code == 1, false, MachineFormat::Integer};
    int width = 2 << ((code - 2) / 4);
    int within = (code - 2) % 4;
    return {width, within >= 2, (within & 1) != 0, MachineFormat::Integer};
  }
  if (code < 18) return {code < 16 ? 4 : 8, true, (code & 1) != 0, MachineFormat::Float};
  if (code < 20) return {2, false, (code & 1) != 0, MachineFormat::Utf16};
  return {4, false, (code & 1) != 0, MachineFormat::Utf32};
}

uint64_t read_bits(const unsigned char* p, int size, bool big_endian) {
  uint64_t bits = 0;
  for (int i = 0; i < size; ++i) bits = (bits << 8) | p[big_endian ? i : size - 1 - i];
  return bits;
}

// The typecode whose items have the given width and signedness ('q' over 'l').
char integer_typecode(int size, bool is_signed) {
  switch (size) {
    case 1: return is_signed ? 'b' : 'B';
    case 2: return is_signed ? 'h' : 'H';
    case 4: return is_signed ? 'i' : 'I';
    default: return is_signed ? 'q' : 'Q';
  }
}

Ref build(Type* type, const ArrayDescr* d, Value items) {
  ArrayObject* a = array_new_empty(type, d);
  if (a == nullptr) return nullptr;
  Ref result = Ref::steal(a);
  if (array_extend_iterable(a, items) < 0) return nullptr;
  return result;
}

// Items packed in a foreign machine format, as the Python values they hold.
Ref decode_items(const MachineFormat& f, std::string_view bytes) {
  int64_t n = static_cast<int64_t>(bytes.size()) / f.size;
  List* l = list_new(n);
  if (l == nullptr) return nullptr;
  Ref result = Ref::steal(l);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  for (int64_t i = 0; i < n; ++i, p += f.size) {
    uint64_t bits = read_bits(p, f.size, f.big_endian);
    Ref item;
    if (f.kind == MachineFormat::Float) {
      item = Ref::from_double(f.size == 4 ? static_cast<double>(std::bit_cast<float>(static_cast<uint32_t>(bits)))
                                          : std::bit_cast<double>(bits));
    } else if (f.kind == MachineFormat::Integer) {
      int shift = 64 - 8 * f.size;
      item = f.is_signed ? int_from_int64(static_cast<int64_t>(bits << shift) >> shift) : int_from_uint64(bits);
    } else {
      item = str_from_char(static_cast<uint32_t>(bits));
    }
    if (!item) return nullptr;
    l->items[i] = item.release();
  }
  return result;
}

}  // namespace

Ref array_reconstructor(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_array_reconstructor", kwnames) || !check_arg_count("_array_reconstructor", nargs, 4, 4)) {
    return nullptr;
  }
  Value cls = args[0];
  if (!is_type(cls)) {
    return raise(exc::TypeError, std::string("first argument must be a type object, not ") + type_name_of(cls));
  }
  Type* type = cls.as<Type>();
  if (!type_is_subtype(type, &array_type)) {
    return raise(exc::TypeError, std::string(type->name) + " is not a subtype of array.array");
  }
  Value code = args[1];
  if (!is_str(code) || code.as<Str>()->length != 1) {
    return raise(exc::TypeError, std::string("_array_reconstructor() argument 2 must be a unicode character, not ") +
                                     type_name_of(code));
  }
  uint32_t c = str_char_at(code.as<Str>(), 0);
  const ArrayDescr* d = c < 128 ? array_descr(static_cast<char>(c)) : nullptr;
  if (d == nullptr) return raise(exc::ValueError, "second argument must be a valid type code");
  int64_t mformat;
  if (!arg_to_index(args[2], &mformat)) return nullptr;
  if (mformat < 0 || mformat >= kMachineFormatCount) {
    return raise(exc::ValueError, "third argument must be a valid machine format code.");
  }
  if (!is_bytes(args[3])) {
    return raise(exc::TypeError, std::string("fourth argument should be bytes, not ") + type_name_of(args[3]));
  }
  std::string_view bytes = bytes_view(args[3].as<Bytes>());
  if (mformat == d->machine_format) {
    ArrayObject* a = array_new_empty(type, d);
    if (a == nullptr) return nullptr;
    Ref result = Ref::steal(a);
    if (array_append_bytes(a, bytes) < 0) return nullptr;
    return result;
  }
  MachineFormat f = machine_format(static_cast<int>(mformat));
  if (bytes.size() % static_cast<size_t>(f.size) != 0) {
    return raise(exc::ValueError, "string length not a multiple of item size");
  }
  Ref items = decode_items(f, bytes);
  if (!items) return nullptr;
  // CPython rebuilds a 'u' array from foreign UTF-16/32 through a path that
  // refuses an odd number of characters.
  if (f.kind != MachineFormat::Integer && f.kind != MachineFormat::Float && items.as<List>()->size % 2 != 0) {
    return raise(exc::ValueError, "string length not a multiple of item size");
  }
  if (f.kind == MachineFormat::Integer) d = array_descr(integer_typecode(f.size, f.is_signed));
  return build(type, d, *items);
}

namespace {

const MethodDef kFunctions[] = {
    {"_array_reconstructor", array_reconstructor, kMethodInstance, "Internal. Used for pickling support."},
    {nullptr, nullptr, 0, nullptr},
};

constexpr const char* kModuleDoc =
    "This module defines an object type which can efficiently represent\n"
    "an array of basic values: characters, integers, floating point\n"
    "numbers.  Arrays are sequence types and behave very much like lists,\n"
    "except that the type of objects stored in them is constrained.\n";

}  // namespace

Ref make_array_module() {
  if (init_array_types() < 0) return nullptr;
  Ref module = module_new("array", true);
  Ref typecodes = str_from_utf8(kArrayTypecodes);
  Ref doc = str_from_utf8(kModuleDoc);
  if (!module || !typecodes || !doc || module_add_functions(*module, kFunctions) < 0 ||
      module_add(*module, "array", Value::object(&array_type)) < 0 ||
      module_add(*module, "ArrayType", Value::object(&array_type)) < 0 ||
      module_add(*module, "typecodes", *typecodes) < 0 || module_add(*module, "__doc__", *doc) < 0) {
    return nullptr;
  }
  Ref reconstructor = getattr(*module, "_array_reconstructor");
  if (!reconstructor) return nullptr;
  if (array_reconstructor_function.is_null()) array_reconstructor_function = reconstructor.release();
  return module;
}

}  // namespace taipan
