// The `pyexpat` module object: ParserCreate, ErrorString, ExpatError, the
// version and feature facts of the linked libexpat, and the `errors`
// (message constants with codes/messages maps) and `model` submodules,
// registered in sys.modules as pyexpat.errors and pyexpat.model.
#include <expat.h>

#include <string>

#include "modules/module_exception.h"
#include "modules/modules.h"
#include "modules/pyexpat/pyexpat.h"
#include "modules/sys.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

// expat's XML_Error names, in code order from 1.
const char* const kErrorNames[] = {
    "XML_ERROR_NO_MEMORY", "XML_ERROR_SYNTAX", "XML_ERROR_NO_ELEMENTS", "XML_ERROR_INVALID_TOKEN",
    "XML_ERROR_UNCLOSED_TOKEN", "XML_ERROR_PARTIAL_CHAR", "XML_ERROR_TAG_MISMATCH", "XML_ERROR_DUPLICATE_ATTRIBUTE",
    "XML_ERROR_JUNK_AFTER_DOC_ELEMENT", "XML_ERROR_PARAM_ENTITY_REF", "XML_ERROR_UNDEFINED_ENTITY",
    "XML_ERROR_RECURSIVE_ENTITY_REF", "XML_ERROR_ASYNC_ENTITY", "XML_ERROR_BAD_CHAR_REF",
    "XML_ERROR_BINARY_ENTITY_REF", "XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF", "XML_ERROR_MISPLACED_XML_PI",
    "XML_ERROR_UNKNOWN_ENCODING", "XML_ERROR_INCORRECT_ENCODING", "XML_ERROR_UNCLOSED_CDATA_SECTION",
    "XML_ERROR_EXTERNAL_ENTITY_HANDLING", "XML_ERROR_NOT_STANDALONE", "XML_ERROR_UNEXPECTED_STATE",
    "XML_ERROR_ENTITY_DECLARED_IN_PE", "XML_ERROR_FEATURE_REQUIRES_XML_DTD",
    "XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING", "XML_ERROR_UNBOUND_PREFIX", "XML_ERROR_UNDECLARING_PREFIX",
    "XML_ERROR_INCOMPLETE_PE", "XML_ERROR_XML_DECL", "XML_ERROR_TEXT_DECL", "XML_ERROR_PUBLICID",
    "XML_ERROR_SUSPENDED", "XML_ERROR_NOT_SUSPENDED", "XML_ERROR_ABORTED", "XML_ERROR_FINISHED",
    "XML_ERROR_SUSPEND_PE", "XML_ERROR_RESERVED_PREFIX_XML", "XML_ERROR_RESERVED_PREFIX_XMLNS",
    "XML_ERROR_RESERVED_NAMESPACE_URI", "XML_ERROR_INVALID_ARGUMENT", "XML_ERROR_NO_BUFFER",
    "XML_ERROR_AMPLIFICATION_LIMIT_BREACH",
};

Ref error_string(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("ErrorString", nargs, 1, 1) || !no_keywords("ErrorString", kwnames)) return nullptr;
  int64_t code = as_int64(args[0]);
  if (code == -1 && error_occurred()) return nullptr;
  const XML_LChar* message = XML_ErrorString(static_cast<XML_Error>(code));
  return message == nullptr ? Ref::none() : str_from_utf8(message);
}

const MethodDef kFunctions[] = {
    {"ParserCreate", pyexpat::parser_create, kMethodInstance, nullptr},
    {"ErrorString", error_string, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// A submodule added to the module and to sys.modules under its full name.
Ref add_submodule(Value module, const char* short_name, const char* doc) {
  std::string full = std::string("pyexpat.") + short_name;
  Ref sub = module_new(full, true);
  Ref doc_text = str_from_utf8(doc);
  if (!sub || !doc_text || module_add(*sub, "__doc__", *doc_text) < 0 || module_add(module, short_name, *sub) < 0 ||
      dict_set_str(sys_modules().as<Dict>(), full, *sub) < 0) {
    return nullptr;
  }
  return sub;
}

bool add_errors(Value module) {
  Ref errors = add_submodule(module, "errors", "Constants used to describe error conditions.");
  Ref codes = Ref::steal(dict_new());
  Ref messages = Ref::steal(dict_new());
  if (!errors || !codes || !messages) return false;
  int code = 1;
  for (const char* error_name : kErrorNames) {
    Ref message = str_from_utf8(XML_ErrorString(static_cast<XML_Error>(code)));
    if (!message || module_add(*errors, error_name, *message) < 0 ||
        dict_set(codes.get().as<Dict>(), *message, Value::small_int(code)) < 0 ||
        dict_set(messages.get().as<Dict>(), Value::small_int(code), *message) < 0) {
      return false;
    }
    ++code;
  }
  return module_add(*errors, "codes", *codes) == 0 && module_add(*errors, "messages", *messages) == 0;
}

bool add_model(Value module) {
  Ref model = add_submodule(module, "model", "Constants used to interpret content model information.");
  if (!model) return false;
  static const std::pair<const char*, int> kModel[] = {
      {"XML_CTYPE_EMPTY", XML_CTYPE_EMPTY}, {"XML_CTYPE_ANY", XML_CTYPE_ANY}, {"XML_CTYPE_MIXED", XML_CTYPE_MIXED},
      {"XML_CTYPE_NAME", XML_CTYPE_NAME},   {"XML_CTYPE_CHOICE", XML_CTYPE_CHOICE}, {"XML_CTYPE_SEQ", XML_CTYPE_SEQ},
      {"XML_CQUANT_NONE", XML_CQUANT_NONE}, {"XML_CQUANT_OPT", XML_CQUANT_OPT}, {"XML_CQUANT_REP", XML_CQUANT_REP},
      {"XML_CQUANT_PLUS", XML_CQUANT_PLUS}};
  for (const auto& [constant, value] : kModel) {
    if (module_add(*model, constant, Value::small_int(value)) < 0) return false;
  }
  return true;
}

// features: [(name, value)] as libexpat reports them.
Ref feature_list() {
  List* list = list_new(0);
  if (list == nullptr) return nullptr;
  Ref owned = Ref::steal(list);
  for (const XML_Feature* f = XML_GetFeatureList(); f->feature != XML_FEATURE_END; ++f) {
    Ref feature_name = str_from_utf8(f->name);
    if (!feature_name) return nullptr;
    Ref item = tuple_pack({feature_name.get(), Value::small_int(f->value)});
    if (!item || list_append(list, item.get()) < 0) return nullptr;
  }
  return owned;
}

}  // namespace

Ref make_pyexpat_module() {
  using pyexpat::expat_error;
  if (pyexpat::init_parser_type() < 0) return nullptr;
  if (expat_error == nullptr) {
    expat_error = new_exception_class("xml.parsers.expat", "ExpatError", {exc::Exception});
    if (expat_error == nullptr) return nullptr;
  }
  Ref module = module_new("pyexpat", true);
  if (!module || module_add_functions(*module, kFunctions) < 0) return nullptr;
  XML_Expat_Version v = XML_ExpatVersionInfo();
  Ref version_info = tuple_pack({Value::small_int(v.major), Value::small_int(v.minor), Value::small_int(v.micro)});
  Ref version = str_from_utf8(XML_ExpatVersion());
  Ref encoding = str_from_utf8("UTF-8");
  Ref features = feature_list();
  if (!version_info || !version || !encoding || !features ||
      module_add(*module, "ExpatError", Value::object(expat_error)) < 0 ||
      module_add(*module, "error", Value::object(expat_error)) < 0 ||
      module_add(*module, "XMLParserType", Value::object(&pyexpat::parser_type)) < 0 ||
      module_add(*module, "version_info", *version_info) < 0 || module_add(*module, "EXPAT_VERSION", *version) < 0 ||
      module_add(*module, "native_encoding", *encoding) < 0 || module_add(*module, "features", *features) < 0 ||
      module_add(*module, "XML_PARAM_ENTITY_PARSING_NEVER", Value::small_int(XML_PARAM_ENTITY_PARSING_NEVER)) < 0 ||
      module_add(*module, "XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE",
                 Value::small_int(XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)) < 0 ||
      module_add(*module, "XML_PARAM_ENTITY_PARSING_ALWAYS", Value::small_int(XML_PARAM_ENTITY_PARSING_ALWAYS)) < 0 ||
      !add_errors(*module) || !add_model(*module)) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
