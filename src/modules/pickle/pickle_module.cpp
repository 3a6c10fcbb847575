// The `_pickle` module object: its exception classes, the state it borrows
// from copyreg, _compat_pickle, codecs and functools at import (as CPython's
// does), and the name resolution shared by the Pickler and the Unpickler.
#include "modules/modules.h"
#include "modules/module_exception.h"
#include "modules/pickle/pickle.h"
#include "modules/sys.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/protocol.h"

namespace taipan {

namespace pickle {

State& state() {
  static State s;
  return s;
}

Ref raise_pickling(std::string_view message) { return raise(state().PicklingError, message); }
Ref raise_unpickling(std::string_view message) { return raise(state().UnpicklingError, message); }

Ref dotted_path(Value obj, Value name) {
  Ref parts = call_method(name, "split", {Value::object(INTERNED("."))});
  if (!parts) return nullptr;
  List* list = parts.as<List>();
  for (int64_t i = 0; i < list->size; ++i) {
    Value part = list->items[i];
    if (!is_str(part) || str_utf8(part.as<Str>()) != "<locals>") continue;
    Ref name_repr = repr(name);
    if (!name_repr) return nullptr;
    if (obj.is_null()) {
      return raise(exc::AttributeError, "Can't pickle local object " + str_to_std(name_repr.as<Str>()));
    }
    Ref obj_repr = repr(obj);
    if (!obj_repr) return nullptr;
    return raise(exc::AttributeError, "Can't pickle local attribute " + str_to_std(name_repr.as<Str>()) + " on " +
                                          str_to_std(obj_repr.as<Str>()));
  }
  return parts;
}

Ref deep_attribute(Value obj, Value path, Ref* parent) {
  List* names = path.as<List>();
  Ref current = Ref::borrow(obj);
  Ref previous;
  for (int64_t i = 0; i < names->size; ++i) {
    if (!is_str(names->items[i])) return raise(exc::TypeError, "attribute name must be string");
    Ref next_obj = getattr_optional(current.get(), names->items[i].as<Str>());
    if (!next_obj) return nullptr;
    previous = std::move(current);
    current = std::move(next_obj);
  }
  if (parent != nullptr) *parent = std::move(previous);
  return current;
}

Ref import_by_name(Value name) {
  if (!is_str(name)) return raise(exc::TypeError, "module name must be str, not " + std::string(type_name_of(name)));
  Value modules = sys_modules();
  if (modules.is_object() && is_dict(modules)) {
    Value found = dict_get(modules.as<Dict>(), name);
    if (!found.is_null() && !found.is_none()) return Ref::borrow(found);
    if (error_occurred()) return nullptr;
  }
  Ref imported = import_module(str_utf8(name.as<Str>()));
  if (!imported) return nullptr;
  return imported;
}

namespace {

// Takes module.attribute (a new reference kept for the module's life).
bool keep_attribute(Ref& module, const char* attribute, Value* out) {
  Ref v = getattr(module.get(), attribute);
  if (!v) return false;
  *out = v.release();
  return true;
}

bool init_state() {
  State& s = state();
  if (s.PickleError != nullptr) return true;
  Ref copyreg = import_module("copyreg");
  if (!copyreg || !keep_attribute(copyreg, "dispatch_table", &s.dispatch_table) ||
      !keep_attribute(copyreg, "_extension_registry", &s.extension_registry) ||
      !keep_attribute(copyreg, "_inverted_registry", &s.inverted_registry) ||
      !keep_attribute(copyreg, "_extension_cache", &s.extension_cache)) {
    return false;
  }
  Ref compat = import_module("_compat_pickle");
  if (!compat || !keep_attribute(compat, "NAME_MAPPING", &s.name_mapping_2to3) ||
      !keep_attribute(compat, "IMPORT_MAPPING", &s.import_mapping_2to3) ||
      !keep_attribute(compat, "REVERSE_NAME_MAPPING", &s.name_mapping_3to2) ||
      !keep_attribute(compat, "REVERSE_IMPORT_MAPPING", &s.import_mapping_3to2)) {
    return false;
  }
  Ref codecs = import_module("codecs");
  Ref builtins = codecs ? import_module("builtins") : nullptr;
  Ref functools = builtins ? import_module("functools") : nullptr;
  if (!functools || !keep_attribute(codecs, "encode", &s.codecs_encode) ||
      !keep_attribute(builtins, "getattr", &s.getattr) || !keep_attribute(functools, "partial", &s.partial)) {
    return false;
  }
  Type* base = new_exception_class("_pickle", "PickleError", {exc::Exception});
  Type* pickling = base ? new_exception_class("_pickle", "PicklingError", {base}) : nullptr;
  Type* unpickling = pickling ? new_exception_class("_pickle", "UnpicklingError", {base}) : nullptr;
  if (unpickling == nullptr) return false;
  s.PickleError = base;
  s.PicklingError = pickling;
  s.UnpicklingError = unpickling;
  return true;
}

const MethodDef kFunctions[] = {
    {"dump", py_dump, kMethodInstance,
     "Write a pickled representation of obj to the open file object file."},
    {"dumps", py_dumps, kMethodInstance, "Return the pickled representation of the object as a bytes object."},
    {"load", py_load, kMethodInstance, "Read and return an object from the pickle data stored in a file."},
    {"loads", py_loads, kMethodInstance, "Read and return an object from the given pickle data."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

}  // namespace pickle

Ref make_pickle_module() {
  using namespace pickle;
  if (!init_state() || init_pickler_type() < 0 || init_unpickler_type() < 0 || init_pickle_buffer_type() < 0) {
    return nullptr;
  }
  State& s = state();
  Ref module = module_new("_pickle", true);
  Ref doc = str_from_utf8("Optimized C implementation for the Python pickle module.");
  if (!module || !doc || module_add_functions(*module, kFunctions) < 0 || module_add(*module, "__doc__", *doc) < 0 ||
      module_add(*module, "Pickler", Value::object(&pickler_type)) < 0 ||
      module_add(*module, "Unpickler", Value::object(&unpickler_type)) < 0 ||
      module_add(*module, "PickleBuffer", Value::object(&pickle_buffer_type)) < 0 ||
      module_add(*module, "PickleError", Value::object(s.PickleError)) < 0 ||
      module_add(*module, "PicklingError", Value::object(s.PicklingError)) < 0 ||
      module_add(*module, "UnpicklingError", Value::object(s.UnpicklingError)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
