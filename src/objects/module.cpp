// The module type: a namespace whose attributes live in its __dict__, with
// PEP 562's module-level __getattr__, CPython's reprs and error messages,
// and types.ModuleType(name, doc=None).
#include "objects/module.h"

#include <string>

#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/type_slots.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type module_type;

namespace {

Value dict_entry(Value module, const char* name) {
  Dict* d = module.as<Module>()->dict;
  return d == nullptr ? Value() : dict_get_str(d, intern(name));
}

int init_module_dict(Module* m, Value name, Value doc) {
  Dict* d = m->dict;
  if (dict_set_str(d, "__name__", name) < 0 || dict_set_str(d, "__doc__", doc) < 0 ||
      dict_set_str(d, "__package__", Value::none()) < 0 || dict_set_str(d, "__loader__", Value::none()) < 0 ||
      dict_set_str(d, "__spec__", Value::none()) < 0) {
    return -1;
  }
  return 0;
}

Ref module_alloc(Type* type) {
  Object* o = alloc_object(type, static_cast<size_t>(type->basic_size));
  if (o == nullptr) return nullptr;
  Ref ref = Ref::steal(o);
  Module* m = static_cast<Module*>(o);
  m->dict = dict_new();
  if (m->dict == nullptr) return nullptr;
  return ref;
}

Ref module_tp_new(Type* type, const Value*, size_t, Tuple*) { return module_alloc(type); }

int module_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"name", "doc"};
  static const ArgSpec spec = {"module", names, 2, 0, 1};
  Value out[2];
  if (!bind_args(spec, args, nargs, kwnames, out)) return -1;
  if (!is_str(out[0])) {
    return fail(exc::TypeError, std::string("module() argument 'name' must be str, not ") +
                                    type_name_of(out[0]));
  }
  return init_module_dict(self.as<Module>(), out[0], out[1].is_null() ? Value::none() : out[1]);
}

void module_dealloc(Object* o) {
  Module* m = static_cast<Module*>(o);
  Dict* d = m->dict;
  m->dict = nullptr;
  if (d != nullptr) decref(Value::object(d));
  free_object(o);
}

void module_traverse(Object* o, VisitFn visit, void* arg) {
  Module* m = static_cast<Module*>(o);
  if (m->dict != nullptr) visit(Value::object(m->dict), arg);
}

void module_clear(Object* o) {
  Module* m = static_cast<Module*>(o);
  Dict* d = m->dict;
  m->dict = nullptr;
  if (d != nullptr) decref(Value::object(d));
}

Ref module_repr(Value self) {
  Value name = dict_entry(self, "__name__");
  std::string n = is_str(name) ? std::string(str_utf8(name.as<Str>())) : "?";
  Value file = dict_entry(self, "__file__");
  if (is_str(file)) {
    return str_from_utf8("<module '" + n + "' from '" + std::string(str_utf8(file.as<Str>())) + "'>");
  }
  if (self.as<Module>()->builtin) return str_from_utf8("<module '" + n + "' (built-in)>");
  return str_from_utf8("<module '" + n + "'>");
}


Ref module_get_dict(Value self) {
  Dict* d = self.as<Module>()->dict;
  if (d == nullptr) return Ref::none();
  return Ref::borrow(Value::object(d));
}

Ref module_dir(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_arg_count("__dir__", nargs, 0, 0)) return nullptr;
  Value d = module_get_dict(self).release();
  Ref dict = Ref::steal(d);
  if (!is_dict(dict.get())) return raise(exc::TypeError, "<module>.__dict__ is not a dictionary");
  Value custom = dict_get_str(dict.as<Dict>(), intern("__dir__"));
  if (!custom.is_null()) return call(custom, nullptr, 0);
  return list_from_iterable(dict.get());
}

const GetSetDef kModuleGetSets[] = {
    {"__dict__", module_get_dict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kModuleMethods[] = {
    {"__dir__", module_dir, kMethodInstance, "Return a list of the module's attributes."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref module_getattr(Value self, Str* name) {
  Ref r = generic_getattr_impl(self, name, true);
  if (r || error_occurred()) return r;
  Value hook = dict_entry(self, "__getattr__");
  if (!hook.is_null()) return call(hook, {Value::object(name)});
  Value mod_name = dict_entry(self, "__name__");
  if (is_str(mod_name)) {
    return raise(exc::AttributeError, "module '" + std::string(str_utf8(mod_name.as<Str>())) +
                                          "' has no attribute '" + std::string(str_utf8(name)) + "'");
  }
  return raise(exc::AttributeError, "module has no attribute '" + std::string(str_utf8(name)) + "'");
}

Ref module_new(std::string_view name, bool builtin) {
  Ref m = module_alloc(&module_type);
  if (!m) return nullptr;
  m.as<Module>()->builtin = builtin;
  Ref n = str_from_utf8(name);
  if (!n || init_module_dict(m.as<Module>(), n.get(), Value::none()) < 0) return nullptr;
  return m;
}

int module_add(Value module, std::string_view name, Value v) {
  return dict_set_str(module.as<Module>()->dict, name, v);
}

int module_add_functions(Value module, const MethodDef* functions) {
  Value name = dict_entry(module, "__name__");
  for (const MethodDef* f = functions; f->name != nullptr; f++) {
    Ref fn = builtin_function_new(f, module, name);
    if (!fn || module_add(module, f->name, fn.get()) < 0) return -1;
  }
  return 0;
}

std::string_view module_name(Value module) {
  Value name = dict_entry(module, "__name__");
  return is_str(name) ? str_utf8(name.as<Str>()) : std::string_view("?");
}

int init_module_type() {
  Type* t = &module_type;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = "module";
  t->basic_size = sizeof(Module);
  t->flags = kTypeBaseType | kTypeGC;
  t->doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.";
  Module probe{};
  t->dict_offset = reinterpret_cast<char*>(&probe.dict) - reinterpret_cast<char*>(&probe);
  t->weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  t->dealloc = module_dealloc;
  t->traverse = module_traverse;
  t->clear = module_clear;
  t->repr = module_repr;
  t->getattr = module_getattr;
  t->setattr = generic_setattr;
  t->new_ = module_tp_new;
  t->init = module_init;
  t->getsets = kModuleGetSets;
  t->methods = kModuleMethods;
  if (type_ready(t) < 0) return -1;
  // Runs here because it needs list, dict, tuple and the set types readied,
  // which the interpreter initialises before modules.
  return init_generic_alias_types();
}

}  // namespace taipan
