// The `_json` module object: the scanner and encoder types under
// json's names for them, and the string helpers.
#include "modules/json/json.h"
#include "modules/modules.h"
#include "objects/module.h"
#include "objects/str.h"

namespace taipan {

namespace {

const MethodDef kFunctions[] = {
    {"scanstring", json::py_scanstring, kMethodInstance, nullptr},
    {"encode_basestring", json::py_encode_basestring, kMethodInstance, nullptr},
    {"encode_basestring_ascii", json::py_encode_basestring_ascii, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_json_module() {
  if (json::init_scanner_type() < 0 || json::init_encoder_type() < 0) return nullptr;
  Ref module = module_new("_json", true);
  Ref doc = str_from_utf8("json speedups\n");
  if (!module || !doc || module_add_functions(*module, kFunctions) < 0 || module_add(*module, "__doc__", *doc) < 0 ||
      module_add(*module, "make_scanner", Value::object(&json::scanner_type)) < 0 ||
      module_add(*module, "make_encoder", Value::object(&json::encoder_type)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
