// The `builtins` module: every built-in function (from builtins_*.cpp), type,
// constant and exception class, placed under its Python name.
#include "runtime/builtins.h"

#include "objects/bytes.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/exceptions.h"

namespace taipan {

namespace {

Value g_builtins_module;

struct NamedType {
  const char* name;
  Type* type;
};

const NamedType kBuiltinTypes[] = {
    {"object", &object_type},       {"type", &type_type},
    {"int", &int_type},             {"bool", &bool_type},
    {"float", &float_type},         {"complex", &complex_type},
    {"str", &str_type},             {"bytes", &bytes_type},
    {"bytearray", &bytearray_type}, {"memoryview", &memoryview_type},
    {"list", &list_type},           {"tuple", &tuple_type},
    {"dict", &dict_type},           {"set", &set_type},
    {"frozenset", &frozenset_type}, {"range", &range_type},
    {"slice", &slice_type},         {"enumerate", &enumerate_type},
    {"zip", &zip_type},             {"map", &map_type},
    {"filter", &filter_type},       {"reversed", &reversed_type},
    {"property", &property_type},   {"classmethod", &classmethod_type},
    {"staticmethod", &staticmethod_type}, {"super", &super_type},
};

int add_exception_classes(Value module) {
#define TAIPAN_ADD_EXCEPTION(name) \
  if (module_add(module, #name, Value::object(exc::name)) < 0) return -1;
  TAIPAN_EXCEPTION_TYPES(TAIPAN_ADD_EXCEPTION)
#undef TAIPAN_ADD_EXCEPTION
  // The old names of OSError.
  if (module_add(module, "EnvironmentError", Value::object(exc::OSError)) < 0) return -1;
  return module_add(module, "IOError", Value::object(exc::OSError));
}

}  // namespace

Ref make_builtins_module() {
  Ref module = module_new("builtins", true);
  if (!module) return nullptr;
  Value m = module.get();
  for (const MethodDef* table : {kBuiltinObjectFunctions, kBuiltinNumberFunctions, kBuiltinIterFunctions,
                                 kBuiltinCodeFunctions, kBuiltinIOFunctions}) {
    if (module_add_functions(m, table) < 0) return nullptr;
  }
  for (const NamedType& t : kBuiltinTypes) {
    if (module_add(m, t.name, Value::object(t.type)) < 0) return nullptr;
  }
  if (module_add(m, "None", Value::none()) < 0 || module_add(m, "True", Value::true_()) < 0 ||
      module_add(m, "False", Value::false_()) < 0 || module_add(m, "Ellipsis", ellipsis_value()) < 0 ||
      module_add(m, "NotImplemented", not_implemented_value()) < 0 ||
      module_add(m, "__debug__", Value::true_()) < 0) {
    return nullptr;
  }
  if (add_exception_classes(m) < 0) return nullptr;
  Ref doc = str_from_utf8(
      "Built-in functions, types, exceptions, and other objects.\n\n"
      "This module provides direct access to all 'built-in'\n"
      "identifiers of Python; for example, builtins.len is\n"
      "the full name for the built-in function len().\n\n"
      "This module is not normally accessed explicitly by most\n"
      "applications, but can be useful in modules that provide\n"
      "objects with the same name as a built-in value, but in\n"
      "which the built-in value should be used instead.");
  if (!doc || module_add(m, "__doc__", doc.get()) < 0) return nullptr;
  decref(g_builtins_module);
  g_builtins_module = Ref::borrow(m).release();
  return module;
}

Value builtins_module() { return g_builtins_module; }

}  // namespace taipan
