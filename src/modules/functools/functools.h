// Internal to the _functools module (src/modules/functools/): the types each
// file defines, readied by make_functools_module.
#pragma once

#include "objects/type.h"

namespace taipan {

extern Type partial_type;          // functools.partial
extern Type key_wrapper_type;      // functools.KeyWrapper (what cmp_to_key returns)
extern Type lru_cache_wrapper_type;  // functools._lru_cache_wrapper

int init_partial_type();
int init_key_wrapper_type();
int init_lru_cache_wrapper_type();

// cmp_to_key(mycmp): a KeyWrapper with no object yet.
Ref cmp_to_key(Value, const Value* args, size_t nargs, Tuple* kwnames);
// _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type).
Ref lru_cache_wrapper_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames);

// The setter of attributes that may not be assigned: "readonly attribute".
int readonly_attribute(Value self, Value v);

}  // namespace taipan
