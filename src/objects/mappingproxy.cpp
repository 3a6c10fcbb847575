// mappingproxy: a read-only view of a mapping; what type.__dict__ returns.
// Reads are forwarded to the mapping; there is no way to write through it.
#include <string>

#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/tuple.h"
#include "objects/str.h"
#include "objects/type_slots.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type mappingproxy_type;

namespace {

struct MappingProxy : Object {
  Value mapping;  // owned
};

Value mapping_of(Value self) { return self.as<MappingProxy>()->mapping; }

Ref proxy_make(Value mapping) {
  auto* p = new_object<MappingProxy>(&mappingproxy_type);
  if (p == nullptr) return nullptr;
  p->mapping = mapping;
  incref(mapping);
  return Ref::steal(p);
}

Ref proxy_tp_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"mapping"};
  static const ArgSpec spec = {"mappingproxy", names, 1, 0, 1};
  Value out[1];
  if (!bind_args(spec, args, nargs, kwnames, out)) return nullptr;
  Type* t = type_of(out[0]);
  if (t->getitem == nullptr || is_tuple(out[0]) || is_list(out[0])) {
    return raise(exc::TypeError, std::string("mappingproxy() argument must be a mapping, not ") + t->name);
  }
  return proxy_make(out[0]);
}

void proxy_dealloc(Object* o) {
  decref(static_cast<MappingProxy*>(o)->mapping);
  free_object(o);
}

void proxy_traverse(Object* o, VisitFn visit, void* arg) { visit(static_cast<MappingProxy*>(o)->mapping, arg); }

Ref proxy_getitem(Value self, Value key) { return getitem(mapping_of(self), key); }
int64_t proxy_len(Value self) { return length(mapping_of(self)); }
int proxy_contains(Value self, Value key) { return contains(mapping_of(self), key); }
Ref proxy_iter(Value self) { return iter(mapping_of(self)); }
Ref proxy_str(Value self) { return str(mapping_of(self)); }

Ref proxy_repr(Value self) {
  Ref r = repr(mapping_of(self));
  if (!r) return nullptr;
  return str_from_utf8("mappingproxy(" + std::string(str_utf8(r.as<Str>())) + ")");
}

Ref proxy_richcompare(Value a, Value b, CompareOp op) { return rich_compare(mapping_of(a), b, op); }

Ref forward(Value self, const char* method, const Value* args, size_t nargs) {
  Ref m = getattr(mapping_of(self), method);
  if (!m) return nullptr;
  return call(m.get(), args, nargs);
}

Ref proxy_keys(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_arg_count("keys", nargs, 0, 0)) return nullptr;
  return forward(self, "keys", nullptr, 0);
}
Ref proxy_values(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_arg_count("values", nargs, 0, 0)) return nullptr;
  return forward(self, "values", nullptr, 0);
}
Ref proxy_items(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_arg_count("items", nargs, 0, 0)) return nullptr;
  return forward(self, "items", nullptr, 0);
}
Ref proxy_copy(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_arg_count("copy", nargs, 0, 0)) return nullptr;
  return forward(self, "copy", nullptr, 0);
}
Ref proxy_get(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("get", kwnames) || !check_arg_count("get", nargs, 1, 2)) return nullptr;
  return forward(self, "get", args, nargs);
}
Ref proxy_or(Value a, Value b) {
  Value l = type_of(a) == &mappingproxy_type ? mapping_of(a) : a;
  Value r = type_of(b) == &mappingproxy_type ? mapping_of(b) : b;
  return binary_op(l, r, BinaryOp::Or);
}

const MethodDef kProxyMethods[] = {
    {"keys", proxy_keys, kMethodInstance, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", proxy_values, kMethodInstance, "D.values() -> an object providing a view on D's values"},
    {"items", proxy_items, kMethodInstance, "D.items() -> a set-like object providing a view on D's items"},
    {"get", proxy_get, kMethodInstance, "Return the value for key if key is in the mapping, else default."},
    {"copy", proxy_copy, kMethodInstance, "D.copy() -> a shallow copy of D"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref mappingproxy_new(Value mapping) { return proxy_make(mapping); }

int init_mappingproxy_type() {
  Type* t = &mappingproxy_type;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = "mappingproxy";
  t->basic_size = sizeof(MappingProxy);
  t->flags = kTypeGC | kTypeMapping;
  t->dealloc = proxy_dealloc;
  t->traverse = proxy_traverse;
  t->new_ = proxy_tp_new;
  t->repr = proxy_repr;
  t->str = proxy_str;
  t->richcompare = proxy_richcompare;
  t->getitem = proxy_getitem;
  t->len = proxy_len;
  t->contains = proxy_contains;
  t->iter = proxy_iter;
  t->number.or_ = proxy_or;
  t->methods = kProxyMethods;
  return type_ready(t);
}

}  // namespace taipan
