// Binding native-function arguments to named parameters (args.h), with
// CPython's messages for too many, missing, duplicate and unknown arguments.
#include "runtime/args.h"

#include <string>

#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan {

namespace {

std::string plural(int64_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

int find_parameter(const ArgSpec& spec, std::string_view name) {
  for (int i = spec.positional_only; i < spec.count; i++) {
    if (name == spec.names[i]) return i;
  }
  return -1;
}

}  // namespace

bool bind_args(const ArgSpec& spec, const Value* args, size_t nargs, Tuple* kwnames, Value* out) {
  std::string fn = std::string(spec.function) + "()";
  for (int i = 0; i < spec.count; i++) out[i] = Value();
  int max_positional = spec.keyword_only_from >= 0 ? spec.keyword_only_from : spec.count;
  int64_t nkw = kwnames ? kwnames->size : 0;
  size_t given = nargs + static_cast<size_t>(nkw);
  if (given > static_cast<size_t>(spec.count)) {
    // CPython counts positional and keyword arguments together first.
    raise(exc::TypeError, fn + " takes at most " + std::to_string(spec.count) + " " + (nargs == 0 ? "keyword " : "") +
                              (spec.count == 1 ? "argument" : "arguments") + " (" + std::to_string(given) + " given)");
    return false;
  }
  if (nargs > static_cast<size_t>(max_positional)) {
    if (max_positional == 0) {
      raise(exc::TypeError, fn + " takes no positional arguments");
    } else {
      int min_positional = spec.required < max_positional ? spec.required : max_positional;
      raise(exc::TypeError, fn + " takes " + (min_positional == max_positional ? "exactly " : "at most ") +
                                plural(max_positional, "positional argument") + " (" + std::to_string(nargs) +
                                " given)");
    }
    return false;
  }
  for (size_t i = 0; i < nargs; i++) out[i] = args[i];
  for (int64_t k = 0; k < nkw; k++) {
    std::string_view key = str_utf8(kwnames->items[k].as<Str>());
    int i = find_parameter(spec, key);
    if (i < 0) {
      raise(exc::TypeError, "'" + std::string(key) + "' is an invalid keyword argument for " + fn);
      return false;
    }
    if (!out[i].is_null()) {
      raise(exc::TypeError, "argument for " + fn + " given by name ('" + std::string(key) + "') and position (" +
                                std::to_string(i + 1) + ")");
      return false;
    }
    out[i] = args[nargs + static_cast<size_t>(k)];
  }
  for (int i = 0; i < spec.required; i++) {
    if (!out[i].is_null()) continue;
    if (i < spec.positional_only || spec.names[i][0] == '\0') {
      raise(exc::TypeError, fn + " takes at least " + plural(spec.required < max_positional ? spec.required : max_positional, "positional argument") +
                                " (" + std::to_string(nargs) + " given)");
    } else if (spec.keyword_only_from >= 0 && i >= spec.keyword_only_from) {
      raise(exc::TypeError, fn + " missing required keyword-only argument '" + spec.names[i] + "'");
    } else {
      raise(exc::TypeError, fn + " missing required argument '" + spec.names[i] + "' (pos " +
                                std::to_string(i + 1) + ")");
    }
    return false;
  }
  return true;
}

bool no_keywords(const char* function, Tuple* kwnames) {
  if (kwnames == nullptr || kwnames->size == 0) return true;
  raise(exc::TypeError, std::string(function) + "() takes no keyword arguments");
  return false;
}

bool check_arg_count(const char* function, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return true;
  std::string qualifier;
  size_t n = min;
  if (min == max) {
    n = min;
  } else if (nargs < min) {
    qualifier = "at least ";
    n = min;
  } else {
    qualifier = "at most ";
    n = max;
  }
  raise(exc::TypeError, std::string(function) + " expected " + qualifier + plural(static_cast<int64_t>(n), "argument") +
                            ", got " + std::to_string(nargs));
  return false;
}

}  // namespace taipan

namespace taipan {

bool parse_tuple(const char* name, size_t min, size_t max, const Value* args, size_t nargs, Tuple* kwnames,
                 Value* out) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
    return false;
  }
  if (nargs < min || nargs > max) {
    const char* qualifier = min == max ? "exactly " : nargs < min ? "at least " : "at most ";
    raise(exc::TypeError, std::string(name) + "() takes " + qualifier +
                              plural(static_cast<int64_t>(nargs < min ? min : max), "argument") + " (" +
                              std::to_string(nargs) + " given)");
    return false;
  }
  for (size_t i = 0; i < max; ++i) out[i] = i < nargs ? args[i] : Value();
  return true;
}

}  // namespace taipan
