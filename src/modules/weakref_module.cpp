// The `_weakref` module: ref and proxy constructors, the three weak reference
// types, getweakrefcount / getweakrefs and _remove_dead_weakref (used by
// lib/weakref.py's WeakValueDictionary).
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan {

namespace {

bool exactly_one(const char* name, size_t nargs, Tuple* kwnames) {
  if (!no_keywords(name, kwnames)) return false;
  if (nargs == 1) return true;
  raise(exc::TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(nargs) + " given)");
  return false;
}

// The head of ob's list, or null when ob has none (or cannot have one).
WeakRef* weakrefs_of(Value ob) {
  WeakRef** list = ob.is_object() ? weaklist_of(ob.as_object()) : nullptr;
  return list == nullptr ? nullptr : *list;
}

Ref weakref_getweakrefcount(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one("_weakref.getweakrefcount", nargs, kwnames)) return nullptr;
  int64_t count = 0;
  for (WeakRef* r = weakrefs_of(args[0]); r != nullptr; r = r->next) ++count;
  return Ref::small_int(count);
}

Ref weakref_getweakrefs(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one("_weakref.getweakrefs", nargs, kwnames)) return nullptr;
  Ref result = Ref::steal(static_cast<Object*>(list_new(0)));
  if (!result) return nullptr;
  for (WeakRef* r = weakrefs_of(args[0]); r != nullptr; r = r->next) {
    if (list_append(result.as<List>(), Value::object(r)) < 0) return nullptr;
  }
  return result;
}

Ref weakref_proxy(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_weakref.proxy", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 2) {
    return raise(exc::TypeError, std::string("proxy expected ") + (nargs < 1 ? "at least 1 argument" : "at most 2 arguments") +
                                     ", got " + std::to_string(nargs));
  }
  return weakref_new_proxy(args[0], nargs > 1 ? args[1] : Value());
}

// _remove_dead_weakref(dict, key): deletes dict[key] if it is a dead weak reference.
Ref weakref_remove_dead(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_remove_dead_weakref", kwnames) || !check_arg_count("_remove_dead_weakref", nargs, 2, 2)) {
    return nullptr;
  }
  if (!is_dict(args[0])) {
    return raise(exc::TypeError, std::string("_remove_dead_weakref() argument 1 must be dict, not ") +
                                     type_name_of(args[0]));
  }
  Dict* d = args[0].as<Dict>();
  Value v = dict_get(d, args[1]);
  if (v.is_null()) {
    if (error_occurred()) return nullptr;
    return Ref::none();
  }
  if (is_weakref(v) && v.as<WeakRef>()->referent == nullptr && dict_del(d, args[1]) < 0) return nullptr;
  return Ref::none();
}

const MethodDef kWeakrefFunctions[] = {
    {"getweakrefcount", weakref_getweakrefcount, kMethodInstance,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", weakref_getweakrefs, kMethodInstance,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", weakref_proxy, kMethodInstance,
     "Create a proxy object that weakly references 'object'."},
    {"_remove_dead_weakref", weakref_remove_dead, kMethodInstance,
     "Atomically remove key from dict if it points to a dead weakref."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_weakref_module() {
  if (!type_has_flag(&weakref_type, kTypeReady) && init_weakref_types() < 0) return nullptr;
  Ref module = module_new("_weakref", true);
  if (!module || module_add_functions(*module, kWeakrefFunctions) < 0) return nullptr;
  if (module_add(*module, "ref", Value::object(&weakref_type)) < 0 ||
      module_add(*module, "ReferenceType", Value::object(&weakref_type)) < 0 ||
      module_add(*module, "ProxyType", Value::object(&weakproxy_type)) < 0 ||
      module_add(*module, "CallableProxyType", Value::object(&weakcallableproxy_type)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
