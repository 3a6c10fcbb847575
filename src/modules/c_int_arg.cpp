// Integer arguments as CPython's C converters take them (c_int_arg.h).
#include "modules/c_int_arg.h"

#include <climits>

#include "objects/int.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

bool ranged(Value v, int64_t min, int64_t max, const char* c_type, int64_t* out) {
  Ref i = index(v);
  if (!i) return false;
  if (!int_to_int64(*i, out) || *out > max || *out < min) {
    clear_error();
    raise(exc::OverflowError, std::string("Python int too large to convert to C ") + c_type);
    return false;
  }
  return true;
}

}  // namespace

bool c_int_arg(Value v, int* out) {
  int64_t n;
  if (!ranged(v, INT_MIN, INT_MAX, "int", &n)) return false;
  *out = static_cast<int>(n);
  return true;
}

bool c_long_arg(Value v, long* out) {
  int64_t n;
  if (!ranged(v, LONG_MIN, LONG_MAX, "long", &n)) return false;
  *out = static_cast<long>(n);
  return true;
}

}  // namespace taipan
