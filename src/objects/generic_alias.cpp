// types.GenericAlias and types.UnionType. A GenericAlias records an origin
// class and its arguments (list[int]); calling it calls the origin, and other
// attributes come from the origin. A UnionType is the flattened, de-duplicated
// argument tuple of `int | str | None`.
#include "objects/generic_alias.h"

#include <string>
#include <vector>

#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_slots.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type generic_alias_type;
Type union_type;

namespace {

struct GenericAlias : Object {
  Value origin;  // owned
  Value args;    // owned tuple
};

struct Union : Object {
  Value args;  // owned tuple
};

GenericAlias* as_alias(Value v) { return v.as<GenericAlias>(); }
Tuple* union_args(Value v) { return v.as<Union>()->args.as<Tuple>(); }
bool is_alias(Value v) { return type_of(v) == &generic_alias_type; }
bool is_union(Value v) { return type_of(v) == &union_type; }

// How an argument prints inside list[...] and in unions.
bool append_item_repr(std::string& out, Value v) {
  if (v == ellipsis_value()) {
    out += "...";
    return true;
  }
  if (v == Value::object(&none_type)) {
    out += "None";
    return true;
  }
  if (is_type(v)) {
    Ref name = type_qualified_name(v.as<Type>());
    if (!name) return false;
    out += str_utf8(name.as<Str>());
    return true;
  }
  Ref r = repr(v);
  if (!r) return false;
  out += str_utf8(r.as<Str>());
  return true;
}

// ---- GenericAlias ----

Ref alias_make(Type* type, Value origin, Value args) {
  Ref tuple = is_tuple(args) ? Ref::borrow(args) : tuple_pack({args});
  if (!tuple) return nullptr;
  auto* a = new_object<GenericAlias>(type);
  if (a == nullptr) return nullptr;
  a->origin = origin;
  incref(origin);
  a->args = tuple.release();
  return Ref::steal(a);
}

Ref alias_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("GenericAlias", kwnames) || !check_arg_count("GenericAlias", nargs, 2, 2)) return nullptr;
  return alias_make(type, args[0], args[1]);
}

void alias_dealloc(Object* o) {
  auto* a = static_cast<GenericAlias*>(o);
  decref(a->origin);
  decref(a->args);
  free_object(o);
}

void alias_traverse(Object* o, VisitFn visit, void* arg) {
  auto* a = static_cast<GenericAlias*>(o);
  visit(a->origin, arg);
  visit(a->args, arg);
}

Ref alias_repr(Value self) {
  GenericAlias* a = as_alias(self);
  std::string out;
  if (!append_item_repr(out, a->origin)) return nullptr;
  out += "[";
  Tuple* args = a->args.as<Tuple>();
  if (args->size == 0) out += "()";
  for (int64_t i = 0; i < args->size; i++) {
    if (i) out += ", ";
    if (!append_item_repr(out, args->items[i])) return nullptr;
  }
  out += "]";
  return str_from_utf8(out);
}

Ref alias_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref r = call(as_alias(self)->origin, args, nargs, kwnames);
  if (!r) return nullptr;
  if (setattr(r.get(), intern("__orig_class__"), self) < 0) {
    if (!error_matches(exc::AttributeError) && !error_matches(exc::TypeError)) return nullptr;
    clear_error();
  }
  return r;
}

bool is_own_attribute(std::string_view name) {
  for (const char* own : {"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                          "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
                          "__copy__", "__deepcopy__"}) {
    if (name == own) return true;
  }
  return false;
}

Ref alias_getattr(Value self, Str* name) {
  if (is_own_attribute(str_utf8(name))) return generic_getattr(self, name);
  return getattr(as_alias(self)->origin, name);
}

Ref alias_richcompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_alias(b)) return ref_not_implemented();
  int eq = equal(as_alias(a)->origin, as_alias(b)->origin);
  if (eq > 0) eq = equal(as_alias(a)->args, as_alias(b)->args);
  if (eq < 0) return nullptr;
  return Ref::boolean(op == CompareOp::Eq ? eq != 0 : eq == 0);
}

int64_t alias_hash(Value self) {
  int64_t h1 = hash(as_alias(self)->origin);
  if (h1 == -1) return -1;
  int64_t h2 = hash(as_alias(self)->args);
  if (h2 == -1) return -1;
  int64_t h = h1 ^ h2;
  return h == -1 ? -2 : h;
}

// The type variables among the arguments (anything with __typing_subst__),
// nested aliases included, without duplicates.
Ref alias_parameters(Value self) {
  std::vector<Value> params;
  auto add = [&](Value p) {
    for (Value q : params) {
      if (q == p) return;
    }
    params.push_back(p);
  };
  Tuple* args = as_alias(self)->args.as<Tuple>();
  for (int64_t i = 0; i < args->size; i++) {
    Value a = args->items[i];
    if (!type_lookup(type_of(a), "__typing_subst__").is_null()) {
      add(a);
    } else if (is_alias(a) || is_union(a)) {
      Ref inner = getattr(a, "__parameters__");
      if (!inner) return nullptr;
      Tuple* t = inner.as<Tuple>();
      for (int64_t j = 0; j < t->size; j++) add(t->items[j]);
    }
  }
  return tuple_from_array(params.data(), static_cast<int64_t>(params.size()));
}

Ref alias_get_origin(Value self) { return Ref::borrow(as_alias(self)->origin); }
Ref alias_get_args(Value self) { return Ref::borrow(as_alias(self)->args); }
Ref alias_get_unpacked(Value) { return Ref::boolean(false); }

const GetSetDef kAliasGetSets[] = {
    {"__origin__", alias_get_origin, nullptr, nullptr},
    {"__args__", alias_get_args, nullptr, nullptr},
    {"__parameters__", alias_parameters, nullptr, "Type variables in the GenericAlias."},
    {"__unpacked__", alias_get_unpacked, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// alias[x, ...]: substitutes the type variables by the given arguments.
Ref substitute(Value item, const std::vector<Value>& params, const Value* values) {
  for (size_t i = 0; i < params.size(); i++) {
    if (item == params[i]) return Ref::borrow(values[i]);
  }
  if (!is_alias(item)) return Ref::borrow(item);
  Tuple* args = as_alias(item)->args.as<Tuple>();
  Tuple* out = tuple_new(args->size);
  if (out == nullptr) return nullptr;
  Ref out_ref = Ref::steal(out);
  for (int64_t i = 0; i < args->size; i++) {
    Ref s = substitute(args->items[i], params, values);
    if (!s) return nullptr;
    out->items[i] = s.release();
  }
  return alias_make(type_of(item), as_alias(item)->origin, out_ref.get());
}

Ref alias_getitem(Value self, Value key) {
  Ref params = alias_parameters(self);
  if (!params) return nullptr;
  Tuple* p = params.as<Tuple>();
  if (p->size == 0) {
    Ref r = repr(self);
    if (!r) return nullptr;
    return raise(exc::TypeError, std::string(str_utf8(r.as<Str>())) + " is not a generic class");
  }
  Ref items = is_tuple(key) ? Ref::borrow(key) : tuple_pack({key});
  if (!items) return nullptr;
  Tuple* given = items.as<Tuple>();
  if (given->size != p->size) {
    Ref r = repr(self);
    if (!r) return nullptr;
    return raise(exc::TypeError, std::string("Too ") + (given->size > p->size ? "many" : "few") +
                                     " arguments for " + std::string(str_utf8(r.as<Str>())));
  }
  std::vector<Value> plist(p->items, p->items + p->size);
  return substitute(self, plist, given->items);
}

Ref alias_mro_entries(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_arg_count("__mro_entries__", nargs, 1, 1)) return nullptr;
  return tuple_pack({as_alias(self)->origin});
}

Ref parameterized_check(Value, const Value*, size_t, Tuple*) {
  return raise(exc::TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}
Ref parameterized_subcheck(Value, const Value*, size_t, Tuple*) {
  return raise(exc::TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

const MethodDef kAliasMethods[] = {
    {"__mro_entries__", alias_mro_entries, kMethodInstance, nullptr},
    {"__instancecheck__", parameterized_check, kMethodInstance, nullptr},
    {"__subclasscheck__", parameterized_subcheck, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- UnionType ----

bool is_unionable(Value v) { return v.is_none() || is_type(v) || is_alias(v) || is_union(v); }

void collect_union_args(Value v, std::vector<Value>* out) {
  if (is_union(v)) {
    Tuple* t = union_args(v);
    for (int64_t i = 0; i < t->size; i++) collect_union_args(t->items[i], out);
    return;
  }
  Value item = v.is_none() ? Value::object(&none_type) : v;
  for (Value seen : *out) {
    if (seen == item) return;
  }
  out->push_back(item);
}

void union_dealloc(Object* o) {
  decref(static_cast<Union*>(o)->args);
  free_object(o);
}

void union_traverse(Object* o, VisitFn visit, void* arg) { visit(static_cast<Union*>(o)->args, arg); }

Ref union_repr(Value self) {
  Tuple* t = union_args(self);
  std::string out;
  for (int64_t i = 0; i < t->size; i++) {
    if (i) out += " | ";
    if (!append_item_repr(out, t->items[i])) return nullptr;
  }
  return str_from_utf8(out);
}

bool union_contains_all(Tuple* a, Tuple* b) {
  for (int64_t i = 0; i < a->size; i++) {
    bool found = false;
    for (int64_t j = 0; j < b->size && !found; j++) found = a->items[i] == b->items[j];
    if (!found) return false;
  }
  return true;
}

Ref union_richcompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_union(b)) return ref_not_implemented();
  bool eq = union_contains_all(union_args(a), union_args(b)) && union_contains_all(union_args(b), union_args(a));
  return Ref::boolean(op == CompareOp::Eq ? eq : !eq);
}

int64_t union_hash(Value self) {
  Tuple* t = union_args(self);
  uint64_t h = 0x5EED;
  for (int64_t i = 0; i < t->size; i++) {
    int64_t x = hash(t->items[i]);
    if (x == -1) return -1;
    h ^= static_cast<uint64_t>(x);
  }
  int64_t r = static_cast<int64_t>(h >> 1);
  return r == -1 ? -2 : r;
}

Ref union_get_args(Value self) { return Ref::borrow(self.as<Union>()->args); }

Ref union_parameters(Value self) {
  Tuple* t = union_args(self);
  std::vector<Value> params;
  for (int64_t i = 0; i < t->size; i++) {
    Value a = t->items[i];
    if (!type_lookup(type_of(a), "__typing_subst__").is_null()) params.push_back(a);
  }
  return tuple_from_array(params.data(), static_cast<int64_t>(params.size()));
}

const GetSetDef kUnionGetSets[] = {
    {"__args__", union_get_args, nullptr, nullptr},
    {"__parameters__", union_parameters, nullptr, "Type variables in the types.UnionType."},
    {nullptr, nullptr, nullptr, nullptr},
};

Ref union_instancecheck(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_arg_count("__instancecheck__", nargs, 1, 1)) return nullptr;
  int r = isinstance(args[0], self.as<Union>()->args);
  if (r < 0) return nullptr;
  return Ref::boolean(r != 0);
}

Ref union_subclasscheck(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_arg_count("__subclasscheck__", nargs, 1, 1)) return nullptr;
  int r = issubclass(args[0], self.as<Union>()->args);
  if (r < 0) return nullptr;
  return Ref::boolean(r != 0);
}

const MethodDef kUnionMethods[] = {
    {"__instancecheck__", union_instancecheck, kMethodInstance, nullptr},
    {"__subclasscheck__", union_subclasscheck, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// The built-in classes that are generic at run time (list[int] ...).
const MethodDef kClassGetItem = {"__class_getitem__", generic_alias_class_getitem, kMethodClass,
                                 "See PEP 585"};

int init_one(Type* t, const char* name, int64_t size, DeallocFn dealloc, TraverseFn traverse) {
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = name;
  t->basic_size = size;
  t->flags = kTypeGC;
  t->dealloc = dealloc;
  t->traverse = traverse;
  return 0;
}

}  // namespace

Ref generic_alias_new(Value origin, Value args) { return alias_make(&generic_alias_type, origin, args); }

Ref generic_alias_class_getitem(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__class_getitem__", kwnames) || !check_arg_count("__class_getitem__", nargs, 1, 1)) {
    return nullptr;
  }
  return generic_alias_new(cls, args[0]);
}

Ref union_or(Value a, Value b) {
  if (!is_unionable(a) || !is_unionable(b)) return ref_not_implemented();
  std::vector<Value> items;
  collect_union_args(a, &items);
  collect_union_args(b, &items);
  if (items.size() == 1) return Ref::borrow(items[0]);
  Ref args = tuple_from_array(items.data(), static_cast<int64_t>(items.size()));
  if (!args) return nullptr;
  auto* u = new_object<Union>(&union_type);
  if (u == nullptr) return nullptr;
  u->args = args.release();
  return Ref::steal(u);
}

int init_generic_alias_types() {
  Type* t = &generic_alias_type;
  init_one(t, "types.GenericAlias", sizeof(GenericAlias), alias_dealloc, alias_traverse);
  t->flags |= kTypeBaseType;
  t->doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).";
  t->new_ = alias_tp_new;
  t->repr = alias_repr;
  t->call = alias_call;
  t->getattr = alias_getattr;
  t->richcompare = alias_richcompare;
  t->hash = alias_hash;
  t->getitem = alias_getitem;
  t->number.or_ = union_or;
  t->getsets = kAliasGetSets;
  t->methods = kAliasMethods;
  if (type_ready(t) < 0) return -1;

  t = &union_type;
  init_one(t, "types.UnionType", sizeof(Union), union_dealloc, union_traverse);
  t->doc = "Represent a PEP 604 union type\n\nE.g. for int | str";
  t->repr = union_repr;
  t->richcompare = union_richcompare;
  t->hash = union_hash;
  t->number.or_ = union_or;
  t->getsets = kUnionGetSets;
  t->methods = kUnionMethods;
  if (type_ready(t) < 0) return -1;

  for (Type* generic : {&list_type, &dict_type, &tuple_type, &set_type, &frozenset_type}) {
    if (generic->dict == nullptr || !dict_get_str(generic->dict, intern("__class_getitem__")).is_null()) continue;
    Ref d = classmethod_descriptor_new(generic, &kClassGetItem);
    if (!d || dict_set_str(generic->dict, "__class_getitem__", d.get()) < 0) return -1;
    type_modified(generic);
  }
  return 0;
}

}  // namespace taipan
