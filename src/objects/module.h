// module: the namespace object made by import (and by types.ModuleType).
// Its attributes live in its __dict__; native modules add their functions
// from a MethodDef table as builtin functions whose self is the module.
#pragma once

#include <string_view>

#include "objects/type.h"

namespace taipan {

struct Module : Object {
  Dict* dict;    // __dict__ (owned)
  bool builtin;  // a native module: repr says "(built-in)" when there is no __file__
  Value weakrefs;  // managed by the weakref machinery (objects/weakref.h)
};

extern Type module_type;

inline bool is_module(Value v) {
  return v.is_object() && (v.as_object()->type == &module_type ||
                           type_is_subtype(v.as_object()->type, &module_type));
}

// A new module with __name__ set and __doc__, __package__, __loader__ and
// __spec__ set to None.
Ref module_new(std::string_view name, bool builtin = false);
inline Dict* module_dict(Value module) { return module.as<Module>()->dict; }
// module.name = v (increfs v). 0 or -1.
int module_add(Value module, std::string_view name, Value v);
// Adds each function of the table (null name ends it) as a builtin function
// bound to the module. 0 or -1.
int module_add_functions(Value module, const MethodDef* functions);
// The module's __name__ as UTF-8 ("?" when it is not a str).
std::string_view module_name(Value module);

// The getattr slot of modules: the generic lookup (type, then __dict__),
// then the module's __getattr__.
Ref module_getattr(Value self, Str* name);

int init_module_type();

}  // namespace taipan
