// int: arbitrary-precision integers. Values in the 48-bit small range are
// Value immediates; larger ones are BigInt objects holding a GMP mpz_t.
// Invariant: a BigInt never holds a value that fits a small int (except as an
// instance of an int subclass, which is always a heap IntObject).
#pragma once

#include <gmp.h>

#include <string>
#include <string_view>

#include "objects/type.h"

namespace taipan {

struct Str;
struct Tuple;

struct BigInt : Object {
  mpz_t value;
};

inline bool is_int(Value v) {
  return v.is_small_int() || v.is_bool() ||
         (v.is_object() && type_has_flag(v.as_object()->type, kTypeIntSubclass));
}
inline bool is_exact_int(Value v) {
  return v.is_small_int() || (v.is_object() && v.as_object()->type == &int_type);
}

Ref int_from_int64(int64_t v);
Ref int_from_uint64(uint64_t v);
Ref int_from_double(double d);  // truncates; OverflowError/ValueError for inf/nan
Ref int_from_mpz(const mpz_t v);  // normalises to a small int when it fits
// Parses like int(s, base): whitespace, sign, underscores, prefixes for base 0.
Ref int_from_string(std::string_view text, int base);
// Sets `out` to the value of any int (bools and subclasses included).
void int_to_mpz(Value v, mpz_t out);
// False if v does not fit in int64_t.
bool int_to_int64(Value v, int64_t* out);
double int_to_double(Value v, bool* overflow);
std::string int_to_decimal(Value v);
int int_sign(Value v);
int64_t int_hash(Value v);

// The text of s for int()/float() parsing, as ASCII: Unicode white space
// becomes ' ', Unicode decimal digits their ASCII digit, and any other
// non-ASCII character a byte no literal accepts.
std::string numeric_ascii(Str* s);
// num / den correctly rounded to a double (den != 0); *overflow when too large.
double mpz_ratio_to_double(const mpz_t num, const mpz_t den, bool* overflow);

// The argument check of the numeric types' argument-less methods:
// "int.bit_length() takes no arguments (1 given)". False with TypeError set.
bool check_no_args(const char* qualified_name, size_t nargs, Tuple* kwnames);
// The "int() takes at most 2 arguments (3 given)" check of int() and complex(),
// which count keyword arguments too. False with TypeError set.
bool check_total_args(const char* function, size_t nargs, Tuple* kwnames, size_t max);

// Readies int, then bool (its subclass).
int init_int_type();
int init_bool_type();

}  // namespace taipan
