// ast_base.cpp — ast.AST, the base of every node class: instances keep
// their fields in a __dict__; __init__ fills the fields named by the class's
// _fields from positional and keyword arguments, as CPython 3.11's does (no
// defaults: a field not given is simply absent); __reduce__ makes nodes
// picklable and copyable.
#include <cstddef>
#include <string>

#include "modules/ast/node_classes.h"
#include "objects/dict.h"
#include "objects/tuple.h"
#include "objects/type_slots.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::ast_module {

namespace {

struct AstObject : Object {
  Dict* dict;
};

void ast_clear(Object* self) {
  AstObject* o = static_cast<AstObject*>(self);
  if (o->dict != nullptr) {
    Dict* d = o->dict;
    o->dict = nullptr;
    decref(Value::object(d));
  }
}

void ast_traverse(Object* self, VisitFn visit, void* arg) {
  AstObject* o = static_cast<AstObject*>(self);
  if (o->dict != nullptr) visit(Value::object(o->dict), arg);
}

void ast_dealloc(Object* self) {
  gc_untrack(self);
  ast_clear(self);
  free_object(self);
}

Ref ast_new(Type* type, const Value*, size_t, Tuple*) {
  Object* o = alloc_object(type, static_cast<size_t>(type->basic_size));
  if (o == nullptr) return nullptr;
  return Ref::steal(o);
}

// The class name without the "ast." of the base type's tp_name.
std::string short_name(Type* t) {
  std::string name = t->name;
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(dot + 1);
}

int ast_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* type = type_of(self);
  Ref fields = getattr_optional(Value::object(type), intern("_fields"));
  if (!fields && error_occurred()) return -1;
  int64_t field_count = 0;
  if (fields) {
    field_count = length(fields.get());
    if (field_count < 0) return -1;
  }
  if (static_cast<int64_t>(nargs) > field_count) {
    return fail(exc::TypeError, short_name(type) + " constructor takes at most " + std::to_string(field_count) +
                                    " positional argument" + (field_count == 1 ? "" : "s"));
  }
  for (size_t i = 0; i < nargs; i++) {
    Ref name = getitem(fields.get(), Value::small_int(static_cast<int64_t>(i)));
    if (!name) return -1;
    if (!is_str(name.get())) return fail(exc::TypeError, "attribute name must be string");
    if (setattr(self, name.as<Str>(), args[i]) < 0) return -1;
  }
  int64_t keyword_count = kwnames == nullptr ? 0 : kwnames->size;
  for (int64_t k = 0; k < keyword_count; k++) {
    Value key = kwnames->items[k];
    if (fields && nargs > 0) {
      for (size_t i = 0; i < nargs; i++) {
        Ref name = getitem(fields.get(), Value::small_int(static_cast<int64_t>(i)));
        if (!name) return -1;
        int same = equal(name.get(), key);
        if (same < 0) return -1;
        if (same) {
          return fail(exc::TypeError, short_name(type) + " got multiple values for argument '" +
                                          str_to_std(key.as<Str>()) + "'");
        }
      }
    }
    if (setattr(self, key.as<Str>(), args[nargs + static_cast<size_t>(k)]) < 0) return -1;
  }
  return 0;
}

Ref ast_get_dict(Value self) {
  AstObject* o = self.as<AstObject>();
  if (o->dict == nullptr) {
    o->dict = dict_new();
    if (o->dict == nullptr) return nullptr;
  }
  return Ref::borrow(Value::object(o->dict));
}

int ast_set_dict(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "cannot delete __dict__");
  if (!is_dict(v)) {
    return fail(exc::TypeError, std::string("__dict__ must be set to a dictionary, not a '") + type_name_of(v) + "'");
  }
  AstObject* o = self.as<AstObject>();
  incref(v);
  Dict* old = o->dict;
  o->dict = v.as<Dict>();
  if (old != nullptr) decref(Value::object(old));
  return 0;
}

// (type(self), (), self.__dict__): unpickling calls the class with no
// arguments and restores the fields from the dict.
Ref ast_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__reduce__", kwnames) || !check_arg_count("__reduce__", nargs, 0, 0)) return nullptr;
  Ref dict = ast_get_dict(self);
  if (!dict) return nullptr;
  return tuple_pack({Value::object(type_of(self)), Value::object(empty_tuple()), dict.get()});
}

const MethodDef kAstMethods[] = {
    {"__reduce__", ast_reduce, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kAstGetSets[] = {
    {"__dict__", ast_get_dict, ast_set_dict, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Type ast_type;

int init_ast_type() {
  Type* t = &ast_type;
  if (type_has_flag(t, kTypeReady)) return 0;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = "ast.AST";
  t->basic_size = sizeof(AstObject);
  t->flags = kTypeBaseType | kTypeGC;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  t->dict_offset = offsetof(AstObject, dict);
#pragma GCC diagnostic pop
  t->dealloc = ast_dealloc;
  t->traverse = ast_traverse;
  t->clear = ast_clear;
  t->getattr = generic_getattr;
  t->setattr = generic_setattr;
  t->new_ = ast_new;
  t->init = ast_init;
  t->methods = kAstMethods;
  t->getsets = kAstGetSets;
  if (type_ready(t) < 0) return -1;
  Value empty = Value::object(empty_tuple());
  if (dict_set_str(t->dict, "_fields", empty) < 0 || dict_set_str(t->dict, "__match_args__", empty) < 0 ||
      dict_set_str(t->dict, "_attributes", empty) < 0) {
    return -1;
  }
  type_modified(t);
  return 0;
}

}  // namespace taipan::ast_module
