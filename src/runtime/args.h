// Binding native-function arguments (vectorcall form) to named parameters,
// with CPython's error messages for missing, extra and duplicate arguments.
#pragma once

#include <cstddef>

#include "objects/type.h"

namespace taipan {

struct ArgSpec {
  const char* function;          // e.g. "sorted", "str.split" as shown in messages
  const char* const* names;      // parameter names; "" for positional-only without a name
  int count;                     // number of parameters
  int positional_only;           // the first N cannot be passed by keyword
  int required;                  // the first N must be given
  int keyword_only_from = -1;    // index of the first keyword-only parameter, or -1
};

// Fills out[0..spec.count) with borrowed values, null where not given.
// Returns false with TypeError set on a binding error.
bool bind_args(const ArgSpec& spec, const Value* args, size_t nargs, Tuple* kwnames, Value* out);

// Checks the common "takes no keyword arguments" / "expected N arguments" cases.
bool no_keywords(const char* function, Tuple* kwnames);
bool check_arg_count(const char* function, size_t nargs, size_t min, size_t max);
// PyArg_ParseTuple's binding, for CPython's METH_VARARGS functions: min..max
// positional arguments ("recv() takes at least 1 argument (0 given)") and no
// keywords ("recv() takes no keyword arguments"). Fills out[0..max), null
// where not given.
bool parse_tuple(const char* name, size_t min, size_t max, const Value* args, size_t nargs, Tuple* kwnames,
                 Value* out);

}  // namespace taipan
