// Compiling struct formats and packing / unpacking values by them
// (struct_format.h). The rules follow CPython 3.11 on x86-64 Linux:
//  - '@' (or no prefix) uses native sizes and aligns each item to its size;
//    '=', '<', '>' and '!' use standard sizes and no alignment.
//  - CPython packs '@' items, and the '<'/'=' items whose standard size is
//    the native one (all but l, L, ?, e, f, d), with its native functions,
//    whose range messages differ from the standard ones ("short format
//    requires ..." against "'h' format requires ..."); native_rule records it.
#include "modules/struct/struct_format.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

Type* struct_error = nullptr;

namespace {

// The size of a format character with native ('@') or standard sizes; 0 if
// the character is not a format there.
int item_size(char c, bool native) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
  }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

bool struct_fail(const std::string& message) {
  raise(struct_error, message);
  return false;
}

}  // namespace

bool compile_struct_format(std::string_view format, StructLayout* out) {
  if (format.find('\0') != std::string_view::npos) return struct_fail("embedded null character");
  bool native = true;
  bool little = true;
  size_t pos = 0;
  if (!format.empty()) {
    switch (format[0]) {
      case '@': pos = 1; break;
      case '=': case '<': native = false; pos = 1; break;
      case '>': case '!': native = false; little = false; pos = 1; break;
      default: break;
    }
  }
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  out->codes.clear();
  out->size = 0;
  out->items = 0;
  int64_t size = 0;
  while (pos < format.size()) {
    char c = format[pos++];
    if (is_space(c)) continue;
    int64_t count = 1;
    if (c >= '0' && c <= '9') {
      count = c - '0';
      while (pos < format.size() && format[pos] >= '0' && format[pos] <= '9') {
        int digit = format[pos++] - '0';
        if (count > (kMax - digit) / 10) return struct_fail("total struct size too long");
        count = count * 10 + digit;
      }
      if (pos == format.size()) return struct_fail("repeat count given without format specifier");
      c = format[pos++];
    }
    int isize = item_size(c, native);
    if (isize == 0) return struct_fail("bad char in struct format");
    if (native && size > 0) {
      int64_t extra = (isize - 1) - (size - 1) % isize;  // every native item aligns to its size
      if (extra > kMax - size) return struct_fail("total struct size too long");
      size += extra;
    }
    if (count > (kMax - size) / isize) return struct_fail("total struct size too long");
    if (c != 'x' && (count > 0 || c == 's' || c == 'p')) {
      bool same_size = isize == item_size(c, true);
      bool native_rule = native || (little && same_size && c != '?' && c != 'e' && c != 'f' && c != 'd');
      out->codes.push_back(StructCode{c, static_cast<uint8_t>(isize), little, native_rule, size, count});
      out->items += (c == 's' || c == 'p') ? 1 : count;
    }
    size += count * isize;
  }
  out->size = size;
  return true;
}

// ---- Packing ----

namespace {

// x86-64 is little-endian: little-endian items are plain copies of the
// low bytes; big-endian ones are byte-swapped first.
void store_bits(unsigned char* p, uint64_t bits, int size, bool little) {
  if (!little) bits = __builtin_bswap64(bits) >> (64 - 8 * size);
  std::memcpy(p, &bits, static_cast<size_t>(size));
}

uint64_t load_bits(const unsigned char* p, int size, bool little) {
  uint64_t bits = 0;
  std::memcpy(&bits, p, static_cast<size_t>(size));
  return little ? bits : __builtin_bswap64(bits) >> (64 - 8 * size);
}

// The integer an item packs: ints as they are, others through __index__;
// "required argument is not an integer" for the rest.
Ref integer_argument(Value v) {
  if (is_int(v)) return Ref::borrow(v);
  if (type_of(v)->number.index == nullptr) return raise(struct_error, "required argument is not an integer");
  return index(v);
}

bool to_int64(Value v, int64_t* out) { return int_to_int64(v, out); }

bool to_uint64(Value v, uint64_t* out) {
  int64_t small;
  if (int_to_int64(v, &small)) {
    if (small < 0) return false;
    *out = static_cast<uint64_t>(small);
    return true;
  }
  mpz_t m;
  mpz_init(m);
  int_to_mpz(v, m);
  bool fits = mpz_sgn(m) >= 0 && mpz_sizeinbase(m, 2) <= 64;
  if (fits) {
    uint64_t bits = 0;
    mpz_export(&bits, nullptr, -1, sizeof bits, 0, 0, m);
    *out = bits;
  }
  mpz_clear(m);
  return fits;
}

std::string range_message(const StructCode& code, bool is_signed) {
  if (code.format == 'b') return "byte format requires -128 <= number <= 127";
  if (code.format == 'B') return "ubyte format requires 0 <= number <= 255";
  if (code.native_rule && code.format == 'h') return "short format requires -32768 <= number <= 32767";
  if (code.native_rule && code.format == 'H') return "ushort format requires 0 <= number <= 65535";
  uint64_t largest = code.size == 8 ? ~uint64_t{0} : (uint64_t{1} << (code.size * 8)) - 1;
  std::string head = std::string("'") + code.format + "' format requires ";
  if (!is_signed) return head + "0 <= number <= " + std::to_string(largest);
  int64_t top = static_cast<int64_t>(largest >> 1);
  return head + std::to_string(-top - 1) + " <= number <= " + std::to_string(top);
}

// The bits of an integer item, with the range rules of its format.
int integer_bits(const StructCode& code, Value arg, uint64_t* bits) {
  if (arg.is_small_int() && code.size < 8 && code.format != 'P') {
    // The common case: a small int for a byte, short or int field.
    int64_t value = arg.as_small_int();
    int width = code.size * 8;
    bool is_signed = code.format == 'b' || code.format == 'h' || code.format == 'i' || code.format == 'l';
    int64_t lo = is_signed ? -(int64_t{1} << (width - 1)) : 0;
    int64_t hi = is_signed ? (int64_t{1} << (width - 1)) - 1 : (int64_t{1} << width) - 1;
    if (value >= lo && value <= hi) {
      *bits = static_cast<uint64_t>(value);
      return 0;
    }
  }
  Ref v = integer_argument(arg);
  if (!v) return -1;
  char f = code.format;
  int size = code.size;
  bool is_signed = f == 'b' || f == 'h' || f == 'i' || f == 'l' || f == 'q' || f == 'n';
  // 'P' and the standard big-endian 8-byte formats go through a byte-array
  // conversion that only says "int too large to convert".
  if (f == 'P' || (size == 8 && !code.native_rule)) {
    int64_t s;
    uint64_t u;
    if (f != 'Q' && to_int64(*v, &s)) {
      *bits = static_cast<uint64_t>(s);
      return 0;
    }
    if (f != 'q' && to_uint64(*v, &u)) {
      *bits = u;
      return 0;
    }
    return fail(struct_error, "int too large to convert");
  }
  if (size == 8) {
    if (is_signed) {
      int64_t s;
      if (!to_int64(*v, &s)) return fail(struct_error, "argument out of range");
      *bits = static_cast<uint64_t>(s);
    } else if (!to_uint64(*v, bits)) {
      return fail(struct_error, "argument out of range");
    }
    return 0;
  }
  // Bytes, shorts and (unsigned) ints are read as a C long first, unsigned
  // ones wider than a byte or short as a C unsigned long (negatives refused).
  bool via_unsigned_long = !is_signed && (size == 4 || (size == 2 && !code.native_rule));
  int64_t value;
  if (via_unsigned_long) {
    uint64_t u;
    if (!to_uint64(*v, &u)) return fail(struct_error, "argument out of range");
    if (u >> (size * 8)) return fail(struct_error, range_message(code, false));
    *bits = u;
    return 0;
  }
  if (!to_int64(*v, &value)) return fail(struct_error, "argument out of range");
  int64_t lo = is_signed ? -(int64_t{1} << (size * 8 - 1)) : 0;
  int64_t hi = is_signed ? (int64_t{1} << (size * 8 - 1)) - 1 : (int64_t{1} << (size * 8)) - 1;
  if (value < lo || value > hi) return fail(struct_error, range_message(code, is_signed));
  *bits = static_cast<uint64_t>(value);
  return 0;
}

// The double a float item packs: float(x) semantics, any failure reported as
// "required argument is not a float".
int float_argument(Value v, double* out) {
  int ok = number_to_double(v, out);
  if (ok > 0) return 0;
  if (ok == 0) {
    Type* t = type_of(v);
    Ref r;
    if (t->number.float_) {
      r = t->number.float_(v);
      if (r && !is_float(*r)) r = nullptr;
    } else if (t->number.index) {
      r = index(v);
    }
    if (r && number_to_double(*r, out) > 0) return 0;
  }
  if (error_occurred()) clear_error();
  return fail(struct_error, "required argument is not a float");
}

// IEEE 754 binary16 bits of x, rounded to nearest even; -1 with
// OverflowError when x is finite but beyond the largest half float.
int half_bits(double x, uint16_t* out) {
  uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  if (std::isnan(x)) {
    *out = sign | 0x7e00;
    return 0;
  }
  if (std::isinf(x)) {
    *out = sign | 0x7c00;
    return 0;
  }
  double a = std::fabs(x);
  if (a == 0) {
    *out = sign;
    return 0;
  }
  int exp;
  double mant = std::frexp(a, &exp);  // a = mant * 2^exp, 0.5 <= mant < 1
  int e = exp - 1;                    // a = (2 * mant) * 2^e
  int biased;
  double scaled;  // the significand in units of the last place
  if (e < -14) {
    biased = 0;
    scaled = std::ldexp(a, 24);  // subnormals: units of 2^-24
  } else {
    biased = e + 15;
    scaled = std::ldexp(2 * mant - 1, 10);
  }
  double whole = std::floor(scaled);
  double rest = scaled - whole;
  uint32_t bits = static_cast<uint32_t>(whole);
  if (rest > 0.5 || (rest == 0.5 && (bits & 1))) ++bits;
  uint32_t value = (static_cast<uint32_t>(biased) << 10) + bits;  // a carry moves into the exponent
  if (value >= 0x7c00) return fail(exc::OverflowError, "float too large to pack with e format");
  *out = static_cast<uint16_t>(sign | value);
  return 0;
}

double half_value(uint16_t bits) {
  int e = (bits >> 10) & 0x1f;
  int frac = bits & 0x3ff;
  double v;
  if (e == 0x1f) {
    v = frac ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
  } else if (e == 0) {
    v = std::ldexp(frac, -24);
  } else {
    v = std::ldexp(frac + 1024, e - 25);
  }
  return (bits & 0x8000) ? -v : v;
}

int pack_item(const StructCode& code, Value v, unsigned char* p) {
  switch (code.format) {
    case 'c':
      if (!is_bytes(v) || v.as<Bytes>()->size != 1) {
        return fail(struct_error, "char format requires a bytes object of length 1");
      }
      *p = v.as<Bytes>()->data[0];
      return 0;
    case '?': {
      int truth = is_true(v);
      if (truth < 0) return -1;
      *p = static_cast<unsigned char>(truth);
      return 0;
    }
    case 'e': {
      double d;
      uint16_t bits;
      if (float_argument(v, &d) < 0 || half_bits(d, &bits) < 0) return -1;
      store_bits(p, bits, 2, code.little);
      return 0;
    }
    case 'f': {
      double d;
      if (float_argument(v, &d) < 0) return -1;
      float f = static_cast<float>(d);
      if (!code.native_rule && std::isinf(f) && !std::isinf(d)) {
        return fail(exc::OverflowError, "float too large to pack with f format");
      }
      store_bits(p, std::bit_cast<uint32_t>(f), 4, code.little);
      return 0;
    }
    case 'd': {
      double d;
      if (float_argument(v, &d) < 0) return -1;
      store_bits(p, std::bit_cast<uint64_t>(d), 8, code.little);
      return 0;
    }
    default: {
      uint64_t bits;
      if (integer_bits(code, v, &bits) < 0) return -1;
      store_bits(p, bits, code.size, code.little);
      return 0;
    }
  }
}

// An 's' or 'p' field: the bytes, cut or zero-padded to the field; a 'p'
// field starts with the length it holds (at most 255).
int pack_string(const StructCode& code, Value v, unsigned char* p) {
  std::string_view data;
  if (is_bytes(v)) {
    data = bytes_view(v.as<Bytes>());
  } else if (is_bytearray(v)) {
    data = bytearray_view(v.as<ByteArray>());
  } else {
    return fail(struct_error, std::string("argument for '") + code.format + "' must be a bytes object");
  }
  int64_t n = static_cast<int64_t>(data.size());
  if (code.format == 's') {
    if (n > code.count) n = code.count;
    std::memcpy(p, data.data(), static_cast<size_t>(n));
    return 0;
  }
  if (code.count == 0) return 0;
  if (n > code.count - 1) n = code.count - 1;
  std::memcpy(p + 1, data.data(), static_cast<size_t>(n));
  p[0] = static_cast<unsigned char>(n > 255 ? 255 : n);
  return 0;
}

}  // namespace

int pack_struct(const StructLayout& layout, const Value* values, unsigned char* out) {
  for (const StructCode& code : layout.codes) {
    unsigned char* p = out + code.offset;
    if (code.format == 's' || code.format == 'p') {
      if (pack_string(code, *values++, p) < 0) return -1;
      continue;
    }
    for (int64_t i = 0; i < code.count; ++i, p += code.size) {
      if (pack_item(code, *values++, p) < 0) return -1;
    }
  }
  return 0;
}

// ---- Unpacking ----

namespace {

Ref unpack_item(const StructCode& code, const unsigned char* p) {
  switch (code.format) {
    case 'c': return bytes_from_string(std::string_view(reinterpret_cast<const char*>(p), 1));
    case '?': return Ref::boolean(*p != 0);
    case 'e': return Ref::from_double(half_value(static_cast<uint16_t>(load_bits(p, 2, code.little))));
    case 'f': return Ref::from_double(std::bit_cast<float>(static_cast<uint32_t>(load_bits(p, 4, code.little))));
    case 'd': return Ref::from_double(std::bit_cast<double>(load_bits(p, 8, code.little)));
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
      int shift = 64 - code.size * 8;
      int64_t v = static_cast<int64_t>(load_bits(p, code.size, code.little) << shift) >> shift;
      return Value::fits_small_int(v) ? Ref::small_int(v) : int_from_int64(v);
    }
    default: {
      uint64_t v = load_bits(p, code.size, code.little);
      return v <= static_cast<uint64_t>(Value::kSmallIntMax) ? Ref::small_int(static_cast<int64_t>(v))
                                                              : int_from_uint64(v);
    }
  }
}

Ref unpack_string(const StructCode& code, const unsigned char* p) {
  int64_t n = code.count;
  if (code.format == 'p' && n > 0) {
    int64_t held = p[0];
    n = held >= code.count ? code.count - 1 : held;
    ++p;
  }
  return bytes_from_string(std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(n)));
}

}  // namespace

Ref unpack_struct(const StructLayout& layout, const unsigned char* data) {
  Tuple* t = tuple_new(layout.items);
  if (t == nullptr) return nullptr;
  Ref result = Ref::steal(t);
  int64_t k = 0;
  for (const StructCode& code : layout.codes) {
    const unsigned char* p = data + code.offset;
    if (code.format == 's' || code.format == 'p') {
      Ref item = unpack_string(code, p);
      if (!item) return nullptr;
      t->items[k++] = item.release();
      continue;
    }
    for (int64_t i = 0; i < code.count; ++i, p += code.size) {
      Ref item = unpack_item(code, p);
      if (!item) return nullptr;
      t->items[k++] = item.release();
    }
  }
  return result;
}

}  // namespace taipan
