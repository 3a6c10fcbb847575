// Argument binding for _datetime with the messages of CPython's
// PyArg_ParseTupleAndKeywords, which the C datetime module uses: "function
// takes at most 3 arguments (4 given)", "replace() missing required argument
// 'month' (pos 2)", "'foo' is an invalid keyword argument for __new__()".
#include <climits>
#include <cstring>
#include <string>

#include "modules/datetime/datetime.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::dt {

namespace {

std::string who(const ArgParse& spec) { return spec.fname == nullptr ? "function" : std::string(spec.fname) + "()"; }

std::string plural(int n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

// The type named in a converter's message ("None" for None, as PyArg's converterr says).
const char* converter_type_name(Value v) { return v.is_none() ? "None" : type_name_of(v); }

// What a converter code accepts, for "argument N must be <what>"; null: anything.
const char* converter_accepts(char code, Value v) {
  switch (code) {
    case 'U': return is_str(v) ? nullptr : "str";
    case 'C': return is_str(v) && v.as<Str>()->length == 1 ? nullptr : "a unicode character";
    case 'D': return is_date(v) ? nullptr : "datetime.date";
    case 'T': return is_time(v) ? nullptr : "datetime.time";
    case 'Z': return is_delta(v) ? nullptr : "datetime.timedelta";
    default: return nullptr;
  }
}

}  // namespace

bool parse_args(const ArgParse& spec, const Value* args, size_t nargs, Tuple* kwnames, Value* out, int* ints) {
  size_t nkw = kwnames == nullptr ? 0 : static_cast<size_t>(kwnames->size);
  if (nargs + nkw > static_cast<size_t>(spec.count)) {
    raise(exc::TypeError, who(spec) + " takes at most " + std::to_string(spec.count) + " " +
                              (nargs == 0 ? "keyword " : "") + (spec.count == 1 ? "argument" : "arguments") + " (" +
                              std::to_string(nargs + nkw) + " given)");
    return false;
  }
  if (nargs > static_cast<size_t>(spec.positional_max)) {
    raise(exc::TypeError, who(spec) + " takes at most " + plural(spec.positional_max, "positional argument") + " (" +
                              std::to_string(nargs) + " given)");
    return false;
  }
  // Each parameter in turn is bound, then converted or reported missing, as CPython does.
  size_t used = 0;
  for (int i = 0; i < spec.count; ++i) {
    out[i] = Value();
    if (static_cast<size_t>(i) < nargs) out[i] = args[i];
    for (size_t k = 0; k < nkw; ++k) {
      if (str_utf8(kwnames->items[k].as<Str>()) != spec.names[i]) continue;
      if (static_cast<size_t>(i) < nargs) {
        raise(exc::TypeError, std::string("argument for ") + who(spec) + " given by name ('" + spec.names[i] +
                                  "') and position (" + std::to_string(i + 1) + ")");
        return false;
      }
      out[i] = args[nargs + k];
      ++used;
    }
    if (out[i].is_null()) {
      if (i < spec.required) {
        raise(exc::TypeError, who(spec) + " missing required argument '" + spec.names[i] + "' (pos " +
                                  std::to_string(i + 1) + ")");
        return false;
      }
      continue;
    }
    char code = spec.codes[i];
    if (code == 'i') {
      if (!arg_int(out[i], &ints[i])) return false;
    } else if (const char* what = converter_accepts(code, out[i])) {
      raise(exc::TypeError, who(spec) + " argument " + std::to_string(i + 1) + " must be " + what + ", not " +
                                converter_type_name(out[i]));
      return false;
    }
  }
  if (used < nkw) {
    for (size_t k = 0; k < nkw; ++k) {
      std::string_view name = str_utf8(kwnames->items[k].as<Str>());
      bool known = false;
      for (int i = 0; i < spec.count; ++i) known = known || name == spec.names[i];
      if (!known) {
        raise(exc::TypeError, "'" + std::string(name) + "' is an invalid keyword argument for " +
                                  (spec.fname == nullptr ? std::string("this function") : who(spec)));
        return false;
      }
    }
  }
  return true;
}

bool exactly_one_arg(const char* qualname, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, std::string(qualname) + "() takes no keyword arguments");
    return false;
  }
  if (nargs == 1) return true;
  raise(exc::TypeError, std::string(qualname) + "() takes exactly one argument (" + std::to_string(nargs) + " given)");
  return false;
}

bool arg_int(Value v, int* out) {
  int64_t n;
  if (v.is_small_int()) {
    n = v.as_small_int();
  } else {
    Ref i = index(v);
    if (!i) return false;
    if (!int_to_int64(*i, &n)) {
      raise(exc::OverflowError, "Python int too large to convert to C long");
      return false;
    }
  }
  if (n > INT_MAX) {
    raise(exc::OverflowError, "signed integer is greater than maximum");
    return false;
  }
  if (n < INT_MIN) {
    raise(exc::OverflowError, "signed integer is less than minimum");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

bool arg_str(const char* fname, int pos, Value v) {
  if (is_str(v)) return true;
  raise(exc::TypeError, std::string(fname) + "() argument " + std::to_string(pos) + " must be str, not " +
                            converter_type_name(v));
  return false;
}

bool check_tzinfo(Value v) {
  if (v.is_none() || is_tzinfo(v)) return true;
  raise(exc::TypeError, std::string("tzinfo argument must be None or of a tzinfo subclass, not type '") +
                            type_name_of(v) + "'");
  return false;
}

}  // namespace taipan::dt
