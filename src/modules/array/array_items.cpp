// The type codes of array.array and the conversion of single items between
// Python values and their machine representation, with the messages CPython
// gives for each code ("signed char is greater than maximum", "unsigned
// byte integer is less than minimum", "int too big to convert" ...).
#include <climits>
#include <cstring>
#include <string>

#include "modules/array/array.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

const char kArrayTypecodes[] = "bBuhHiIlLqQfd";

namespace {

// Machine format codes of pickles (CPython's enum; x86-64 is little-endian).
enum MachineFormat {
  kUInt8 = 0, kInt8 = 1, kUInt16Le = 2, kInt16Le = 4, kUInt32Le = 6, kInt32Le = 8, kUInt64Le = 10, kInt64Le = 12,
  kFloatLe = 14, kDoubleLe = 16, kUtf32Le = 20,
};

const ArrayDescr kDescrs[] = {
    {'b', 1, true, kInt8},      {'B', 1, false, kUInt8},    {'u', 4, false, kUtf32Le},
    {'h', 2, true, kInt16Le},   {'H', 2, false, kUInt16Le}, {'i', 4, true, kInt32Le},
    {'I', 4, false, kUInt32Le}, {'l', 8, true, kInt64Le},   {'L', 8, false, kUInt64Le},
    {'q', 8, true, kInt64Le},   {'Q', 8, false, kUInt64Le}, {'f', 4, true, kFloatLe},
    {'d', 8, true, kDoubleLe},
};

template <class T>
T load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

template <class T>
void save(char* p, T v) {
  std::memcpy(p, &v, sizeof v);
}

int overflow(const char* message) { return fail(exc::OverflowError, message); }

// The int an integer item is made from: ints as they are, others by __index__.
Ref integer_item(Value v) {
  if (is_int(v)) return Ref::borrow(v);
  return index(v);
}

bool fits_uint64(Value i, uint64_t* out) {
  int64_t small;
  if (int_to_int64(i, &small)) {
    *out = static_cast<uint64_t>(small);
    return small >= 0;
  }
  mpz_t m;
  mpz_init(m);
  int_to_mpz(i, m);
  bool fits = mpz_sgn(m) >= 0 && mpz_sizeinbase(m, 2) <= 64;
  if (fits) {
    uint64_t bits = 0;
    mpz_export(&bits, nullptr, -1, sizeof bits, 0, 0, m);
    *out = bits;
  }
  mpz_clear(m);
  return fits;
}

// b B h H i l: read as a C long, then range-checked with the code's names.
int store_via_long(const ArrayDescr* d, Value i, char* p) {
  int64_t x;
  if (!int_to_int64(i, &x)) return overflow("Python int too large to convert to C long");
  switch (d->code) {
    case 'b':
      if (x < -128) return overflow("signed char is less than minimum");
      if (x > 127) return overflow("signed char is greater than maximum");
      save<int8_t>(p, static_cast<int8_t>(x));
      return 0;
    case 'B':
      if (x < 0) return overflow("unsigned byte integer is less than minimum");
      if (x > 255) return overflow("unsigned byte integer is greater than maximum");
      save<uint8_t>(p, static_cast<uint8_t>(x));
      return 0;
    case 'h':
      if (x < SHRT_MIN) return overflow("signed short integer is less than minimum");
      if (x > SHRT_MAX) return overflow("signed short integer is greater than maximum");
      save<int16_t>(p, static_cast<int16_t>(x));
      return 0;
    case 'H':
      if (x < 0) return overflow("unsigned short is less than minimum");
      if (x > USHRT_MAX) return overflow("unsigned short is greater than maximum");
      save<uint16_t>(p, static_cast<uint16_t>(x));
      return 0;
    case 'i':
      if (x < INT_MIN) return overflow("signed integer is less than minimum");
      if (x > INT_MAX) return overflow("signed integer is greater than maximum");
      save<int32_t>(p, static_cast<int32_t>(x));
      return 0;
    default:  // 'l'
      save<int64_t>(p, x);
      return 0;
  }
}

int store_integer(const ArrayDescr* d, Value v, char* p) {
  if (v.is_small_int() && d->code == 'l') {  // the common case first
    save<int64_t>(p, v.as_small_int());
    return 0;
  }
  Ref i = integer_item(v);
  if (!i) return -1;
  switch (d->code) {
    case 'I':
    case 'L': {
      if (int_sign(*i) < 0) return overflow("can't convert negative value to unsigned int");
      uint64_t x;
      if (!fits_uint64(*i, &x)) return overflow("Python int too large to convert to C unsigned long");
      if (d->code == 'I') {
        if (x > UINT_MAX) return overflow("unsigned int is greater than maximum");
        save<uint32_t>(p, static_cast<uint32_t>(x));
      } else {
        save<uint64_t>(p, x);
      }
      return 0;
    }
    case 'q': {
      int64_t x;
      if (!int_to_int64(*i, &x)) return overflow("int too big to convert");
      save<int64_t>(p, x);
      return 0;
    }
    case 'Q': {
      if (int_sign(*i) < 0) return overflow("can't convert negative int to unsigned");
      uint64_t x;
      if (!fits_uint64(*i, &x)) return overflow("int too big to convert");
      save<uint64_t>(p, x);
      return 0;
    }
    default:
      return store_via_long(d, *i, p);
  }
}

// float(v) for 'f' and 'd' items: "must be real number, not str".
int real_item(Value v, double* out) {
  int ok = number_to_double(v, out);
  if (ok != 0) return ok < 0 ? -1 : 0;
  Type* t = type_of(v);
  if (t->number.float_) {
    Ref r = t->number.float_(v);
    if (!r) return -1;
    if (!is_float(*r)) {
      return fail(exc::TypeError, std::string(t->name) + ".__float__ returned non-float (type " + type_name_of(*r) + ")");
    }
    *out = float_value(*r);
    return 0;
  }
  if (t->number.index) {
    Ref i = index(v);
    if (!i) return -1;
    return number_to_double(*i, out) < 0 ? -1 : 0;
  }
  return fail(exc::TypeError, std::string("must be real number, not ") + type_name_of(v));
}

}  // namespace

const ArrayDescr* array_descr(char code) {
  for (const ArrayDescr& d : kDescrs) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

Ref array_item(const ArrayObject* a, int64_t i) {
  const char* p = a->data + i * a->descr->itemsize;
  switch (a->descr->code) {
    case 'b': return Ref::small_int(load<int8_t>(p));
    case 'B': return Ref::small_int(load<uint8_t>(p));
    case 'u': {
      uint32_t cp = load<uint32_t>(p);
      if (cp > 0x10ffff) return raise(exc::ValueError, "chr() arg not in range(0x110000)");
      return str_from_char(cp);
    }
    case 'h': return Ref::small_int(load<int16_t>(p));
    case 'H': return Ref::small_int(load<uint16_t>(p));
    case 'i': return Ref::small_int(load<int32_t>(p));
    case 'I': return Ref::small_int(load<uint32_t>(p));
    case 'l': case 'q': return int_from_int64(load<int64_t>(p));
    case 'L': case 'Q': return int_from_uint64(load<uint64_t>(p));
    case 'f': return Ref::from_double(load<float>(p));
    default: return Ref::from_double(load<double>(p));
  }
}

int array_store(const ArrayDescr* d, Value v, char* p) {
  switch (d->code) {
    case 'f':
    case 'd': {
      double x;
      if (real_item(v, &x) < 0) return -1;
      if (d->code == 'f') {
        save<float>(p, static_cast<float>(x));
      } else {
        save<double>(p, x);
      }
      return 0;
    }
    case 'u':
      if (!is_str(v) || v.as<Str>()->length != 1) return fail(exc::TypeError, "array item must be unicode character");
      save<uint32_t>(p, str_char_at(v.as<Str>(), 0));
      return 0;
    default:
      return store_integer(d, v, p);
  }
}

}  // namespace taipan
