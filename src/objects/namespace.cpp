// types.SimpleNamespace: an object whose attributes are its keyword
// arguments. CPython writes it in C and types.py finds it as
// type(sys.implementation), so it is a built-in type here too.
#include "objects/namespace.h"

#include <string>

#include "objects/dict.h"
#include "objects/repr_guard.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type namespace_type;

namespace {

struct Namespace : Object {
  Dict* dict;
};

Ref namespace_new(Type* type, const Value*, size_t, Tuple*) {
  auto* ns = new_object<Namespace>(type, static_cast<size_t>(type->basic_size));
  if (ns == nullptr) return nullptr;
  Ref result = Ref::steal(ns);
  ns->dict = dict_new();
  return ns->dict == nullptr ? nullptr : result;
}

int namespace_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs > 0) return fail(exc::TypeError, "no positional arguments expected");
  Dict* d = self.as<Namespace>()->dict;
  int64_t count = kwnames == nullptr ? 0 : kwnames->size;
  for (int64_t i = 0; i < count; ++i) {
    if (dict_set(d, kwnames->items[i], args[static_cast<int64_t>(nargs) + i]) < 0) return -1;
  }
  return 0;
}

void namespace_traverse(Object* self, VisitFn visit, void* arg) {
  Dict* d = static_cast<Namespace*>(self)->dict;
  if (d != nullptr) visit(Value::object(d), arg);
}

void namespace_clear(Object* self) {
  auto* ns = static_cast<Namespace*>(self);
  Dict* d = ns->dict;
  ns->dict = nullptr;
  if (d != nullptr) decref(static_cast<Object*>(d));
}

void namespace_dealloc(Object* self) {
  namespace_clear(self);
  free_object(self);
}

// namespace(a=1, b=2); a subclass shows its own name; a namespace reached
// again while its repr is built shows as namespace(...).
Ref namespace_repr(Value self) {
  Type* t = type_of(self);
  std::string name = t == &namespace_type ? "namespace" : t->name;
  ReprGuard guard(self.as_object());
  if (!guard.active()) return str_from_utf8(name + "(...)");
  std::string out = name + "(";
  Dict* d = self.as<Namespace>()->dict;
  int64_t pos = 0;
  Value key, value;
  bool first = true;
  while (dict_next(d, &pos, &key, &value)) {
    if (!is_str(key)) continue;
    Ref r = repr(value);
    if (!r) return nullptr;
    out += (first ? "" : ", ") + str_to_std(key.as<Str>()) + "=" + str_to_std(r.as<Str>());
    first = false;
  }
  return str_from_utf8(out + ")");
}

Ref namespace_richcompare(Value a, Value b, CompareOp op) {
  bool both = type_is_subtype(type_of(a), &namespace_type) && type_is_subtype(type_of(b), &namespace_type);
  if (!both || (op != CompareOp::Eq && op != CompareOp::Ne)) return ref_not_implemented();
  int same = equal(Value::object(a.as<Namespace>()->dict), Value::object(b.as<Namespace>()->dict));
  if (same < 0) return nullptr;
  return Ref::boolean((same == 1) == (op == CompareOp::Eq));
}

// (type, (), __dict__): copy and pickle rebuild it through __setstate__'s
// default, the instance dictionary update.
Ref namespace_reduce(Value self, const Value*, size_t, Tuple*) {
  Ref args = tuple_pack({});
  if (!args) return nullptr;
  return tuple_pack({Value::object(type_of(self)), args.get(), Value::object(self.as<Namespace>()->dict)});
}

const MethodDef kNamespaceMethods[] = {
    {"__reduce__", namespace_reduce, kMethodInstance, "Return state information for pickling"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kNamespaceGetSets[] = {
    {"__dict__", instance_dict_get, instance_dict_set, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref namespace_from_dict(Dict* attributes) {
  Ref ns = namespace_new(&namespace_type, nullptr, 0, nullptr);
  if (!ns || dict_update(ns.as<Namespace>()->dict, Value::object(attributes)) < 0) return nullptr;
  return ns;
}

int init_namespace_type() {
  Type& t = namespace_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "types.SimpleNamespace";
  t.basic_size = sizeof(Namespace);
  t.flags = kTypeGC | kTypeBaseType;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  t.dict_offset = offsetof(Namespace, dict);
#pragma GCC diagnostic pop
  t.new_ = namespace_new;
  t.init = namespace_init;
  t.dealloc = namespace_dealloc;
  t.traverse = namespace_traverse;
  t.clear = namespace_clear;
  t.repr = namespace_repr;
  t.hash = hash_not_implemented;
  t.richcompare = namespace_richcompare;
  t.getattr = generic_getattr;
  t.setattr = generic_setattr;
  t.methods = kNamespaceMethods;
  t.getsets = kNamespaceGetSets;
  t.doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)";
  return type_ready(&t);
}

}  // namespace taipan
