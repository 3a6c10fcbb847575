// float and complex: doubles are Value immediates; instances of float
// subclasses are FloatObject heap objects. complex values are always heap objects.
#pragma once

#include <string>
#include <string_view>

#include "objects/type.h"

namespace taipan {

struct FloatObject : Object {
  double value;
};

struct Complex : Object {
  double real;
  double imag;
};

extern Type complex_type;

inline bool is_float(Value v) {
  return v.is_double() || (v.is_object() && type_has_flag(v.as_object()->type, kTypeFloatSubclass));
}
inline double float_value(Value v) {
  return v.is_double() ? v.as_double() : static_cast<FloatObject*>(v.as_object())->value;
}
// repr(float): the shortest string that round-trips, in CPython's style.
std::string float_repr(double d);
// CPython's numeric hash (the value mod 2**61 - 1); NaN gives 0 here, since
// the hash slot hashes NaNs by identity.
int64_t float_hash(double d);
Ref complex_new(double real, double imag);
// Parses a float literal as float() accepts it (white space, sign, digits with
// underscores, exponent, inf/infinity/nan in any case); false if it is not one.
bool parse_float_literal(std::string_view text, double* out);
// The double value of an int or float operand: 1 done, 0 if v is neither,
// -1 with OverflowError for an int too large for a double.
int number_to_double(Value v, double* out);

int init_float_type();
int init_complex_type();

}  // namespace taipan
