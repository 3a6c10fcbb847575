// Weak references (weakref.ReferenceType) and weak proxies (ProxyType,
// CallableProxyType). A referent keeps its references in a doubly linked
// list at its type's weaklist_offset, laid out as CPython's: the shared
// "basic" ref (no callback, exact type) first, then the basic proxy, then the
// others newest first. Callbacks run in list order when the referent dies.
#include "objects/weakref.h"

#include <cstdio>
#include <string>
#include <vector>

#include "objects/generic_alias.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type weakref_type;
Type weakproxy_type;
Type weakcallableproxy_type;

namespace {

bool is_proxy_type(const Type* t) { return t == &weakproxy_type || t == &weakcallableproxy_type; }

// The list's basic ref and basic proxy (either may be null).
void basic_refs(WeakRef* head, WeakRef** ref, WeakRef** proxy) {
  *ref = nullptr;
  *proxy = nullptr;
  if (head != nullptr && head->callback.is_null() && head->type == &weakref_type) {
    *ref = head;
    head = head->next;
  }
  if (head != nullptr && head->callback.is_null() && is_proxy_type(head->type)) *proxy = head;
}

void insert_head(WeakRef* r, WeakRef** list) {
  r->prev = nullptr;
  r->next = *list;
  if (*list != nullptr) (*list)->prev = r;
  *list = r;
}

void insert_after(WeakRef* r, WeakRef* prev) {
  r->prev = prev;
  r->next = prev->next;
  if (prev->next != nullptr) prev->next->prev = r;
  prev->next = r;
}

// `name expected at least/most N argument(s), got M`, as PyArg_UnpackTuple says.
bool unpack_count(const char* name, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return true;
  bool few = nargs < min;
  size_t bound = few ? min : max;
  raise(exc::TypeError, std::string(name) + " expected " + (few ? "at least " : "at most ") +
                            std::to_string(bound) + " argument" + (bound == 1 ? "" : "s") + ", got " +
                            std::to_string(nargs));
  return false;
}

WeakRef** weaklist_or_raise(Value ob) {
  WeakRef** list = ob.is_object() ? weaklist_of(ob.as_object()) : nullptr;
  if (list == nullptr) {
    raise(exc::TypeError, std::string("cannot create weak reference to '") + type_name_of(ob) + "' object");
  }
  return list;
}

WeakRef* alloc_weakref(Type* type, Value ob, Value callback) {
  Object* o = alloc_object(type, static_cast<size_t>(type->basic_size));
  if (o == nullptr) return nullptr;
  auto* r = static_cast<WeakRef*>(o);
  r->referent = ob.as_object();
  if (!callback.is_null()) incref(callback);
  r->callback = callback;
  return r;
}

std::string address_of(const void* p) {
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", p);
  return addr;
}

// --- ReferenceType slots ---

void weakref_traverse(Object* o, VisitFn visit, void* arg) {
  auto* r = static_cast<WeakRef*>(o);
  if (!r->callback.is_null()) visit(r->callback, arg);
}

void weakref_clear(Object* o) {
  auto* r = static_cast<WeakRef*>(o);
  weakref_unlink(r);
  Value cb = r->callback;
  r->callback = Value();
  decref(cb);
}

void weakref_dealloc(Object* o) {
  weakref_clear(o);
  free_object(o);
}

Ref weakref_tp_new(Type* type, const Value* args, size_t nargs, Tuple*) {
  if (!unpack_count("__new__", nargs, 1, 2)) return nullptr;
  return weakref_new_ref(type, args[0], nargs > 1 ? args[1] : Value());
}

int weakref_init(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!unpack_count("__init__", nargs, 1, 2) || !no_keywords("ref", kwnames)) return -1;
  return 0;
}

Ref weakref_call(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("weakref", kwnames)) return nullptr;
  if (nargs != 0) return raise(exc::TypeError, "weakref expected 0 arguments, got " + std::to_string(nargs));
  Object* o = self.as<WeakRef>()->referent;
  return o == nullptr ? Ref::none() : Ref::borrow(Value::object(o));
}

int64_t weakref_hash(Value self) {
  WeakRef* r = self.as<WeakRef>();
  if (r->hashed) return r->hash;
  if (r->referent == nullptr) {
    raise(exc::TypeError, "weak object has gone away");
    return -1;
  }
  int64_t h = hash(Value::object(r->referent));
  if (h == -1) return -1;
  r->hash = h;
  r->hashed = true;
  return h;
}

bool is_ref_instance(Value v) {
  return v.is_object() && type_is_subtype(v.as_object()->type, &weakref_type);
}

Ref weakref_richcompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_ref_instance(a) || !is_ref_instance(b)) {
    return ref_not_implemented();
  }
  Object* x = a.as<WeakRef>()->referent;
  Object* y = b.as<WeakRef>()->referent;
  if (x == nullptr || y == nullptr) {
    bool same = a.as_object() == b.as_object();
    return Ref::boolean(op == CompareOp::Eq ? same : !same);
  }
  // The referents may die during the comparison: hold them.
  Ref hx = Ref::borrow(Value::object(x));
  Ref hy = Ref::borrow(Value::object(y));
  return rich_compare(hx.get(), hy.get(), op);
}

Ref weakref_repr(Value self) {
  WeakRef* r = self.as<WeakRef>();
  std::string head = "<weakref at " + address_of(r);
  if (r->referent == nullptr) return str_from_utf8(head + "; dead>");
  Ref obj = Ref::borrow(Value::object(r->referent));
  std::string text = head + "; to '" + type_name_of(obj.get()) + "' at " + address_of(r->referent);
  Ref name = getattr_optional(obj.get(), intern("__name__"));
  if (!name && error_occurred()) return nullptr;
  if (name && is_str(name.get())) text += " (" + std::string(str_utf8(name.as<Str>())) + ")";
  return str_from_utf8(text + ">");
}

Ref weakref_get_callback(Value self) {
  Value cb = self.as<WeakRef>()->callback;
  return cb.is_null() ? Ref::none() : Ref::borrow(cb);
}

Ref weakref_class_getitem(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__class_getitem__", kwnames) || !check_arg_count("__class_getitem__", nargs, 1, 1)) return nullptr;
  return generic_alias_new(cls, args[0]);
}

const GetSetDef kWeakrefGetSets[] = {
    {"__callback__", weakref_get_callback, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kWeakrefMethods[] = {
    {"__class_getitem__", weakref_class_getitem, kMethodClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

// --- proxies: every operation acts on the live referent ---

// A new reference to the proxy's referent; ReferenceError once it is gone.
Ref proxy_referent(Value proxy) {
  Object* o = proxy.as<WeakRef>()->referent;
  if (o == nullptr) return raise(exc::ReferenceError, "weakly-referenced object no longer exists");
  return Ref::borrow(Value::object(o));
}

// v itself, or its referent when v is a proxy.
Ref unwrap(Value v) {
  if (v.is_object() && is_proxy_type(v.as_object()->type)) return proxy_referent(v);
  return Ref::borrow(v);
}

// A binary or in-place operator (`apply` is binary_op or inplace_op) on the
// referents of whichever operands are proxies.
template <Ref (*apply)(Value, Value, BinaryOp), BinaryOp op>
Ref proxy_operator(Value a, Value b) {
  Ref x = unwrap(a);
  if (!x) return nullptr;
  Ref y = unwrap(b);
  if (!y) return nullptr;
  return apply(x.get(), y.get(), op);
}

template <BinaryOp op>
constexpr BinaryFn proxy_binary = proxy_operator<binary_op, op>;
template <BinaryOp op>
constexpr BinaryFn proxy_inplace = proxy_operator<inplace_op, op>;

Ref proxy_power(Value a, Value b, Value mod) {
  Ref x = unwrap(a);
  if (!x) return nullptr;
  Ref y = unwrap(b);
  if (!y) return nullptr;
  Ref m = unwrap(mod);
  if (!m) return nullptr;
  return power(x.get(), y.get(), m.get());
}

template <UnaryOp op>
Ref proxy_unary(Value self) {
  Ref x = proxy_referent(self);
  if (!x) return nullptr;
  return unary_op(x.get(), op);
}

// divmod and abs act as the built-in functions of those names do.
Ref call_number_builtin(const char* name, const Value* args, size_t nargs) {
  for (const MethodDef* m = kBuiltinNumberFunctions; m->name != nullptr; ++m) {
    if (std::string_view(m->name) == name) return m->fn(Value(), args, nargs, nullptr);
  }
  return raise(exc::SystemError, std::string("no built-in ") + name);
}

Ref proxy_divmod(Value a, Value b) {
  Ref x = unwrap(a);
  if (!x) return nullptr;
  Ref y = unwrap(b);
  if (!y) return nullptr;
  Value args[] = {x.get(), y.get()};
  return call_number_builtin("divmod", args, 2);
}

Ref proxy_abs(Value self) {
  Ref x = proxy_referent(self);
  if (!x) return nullptr;
  Value args[] = {x.get()};
  return call_number_builtin("abs", args, 1);
}

// Unary operations the protocol reaches through a dunder method.
template <const char* dunder>
Ref proxy_dunder(Value self) {
  Ref x = proxy_referent(self);
  if (!x) return nullptr;
  return call_method(x.get(), dunder, {});
}
constexpr char kInt[] = "__int__";
constexpr char kFloat[] = "__float__";
constexpr char kIndex[] = "__index__";
constexpr char kBytes[] = "__bytes__";
constexpr char kReversed[] = "__reversed__";

template <const char* dunder>
Ref proxy_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords(dunder, kwnames) || !check_arg_count(dunder, nargs, 0, 0)) return nullptr;
  return proxy_dunder<dunder>(self);
}

int proxy_bool(Value self) {
  Ref x = proxy_referent(self);
  if (!x) return -1;
  return is_true(x.get());
}

Ref proxy_repr(Value self) {
  WeakRef* r = self.as<WeakRef>();
  // A dead proxy describes None, as CPython's does.
  Value target = r->referent == nullptr ? Value::none() : Value::object(r->referent);
  const void* where = target.is_object() ? static_cast<const void*>(target.as_object())
                                         : reinterpret_cast<const void*>(target.bits());
  return str_from_utf8("<weakproxy at " + address_of(r) + " to " + type_name_of(target) + " at " +
                       address_of(where) + ">");
}

Ref proxy_str(Value self) {
  Ref x = proxy_referent(self);
  if (!x) return nullptr;
  return str(x.get());
}

Ref proxy_getattr(Value self, Str* name) {
  Ref x = proxy_referent(self);
  if (!x) return nullptr;
  return getattr(x.get(), name);
}

int proxy_setattr(Value self, Str* name, Value v) {
  Ref x = proxy_referent(self);
  if (!x) return -1;
  return v.is_null() ? delattr(x.get(), name) : setattr(x.get(), name, v);
}

Ref proxy_richcompare(Value a, Value b, CompareOp op) {
  Ref x = unwrap(a);
  if (!x) return nullptr;
  Ref y = unwrap(b);
  if (!y) return nullptr;
  return rich_compare(x.get(), y.get(), op);
}

Ref proxy_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref x = proxy_referent(self);
  if (!x) return nullptr;
  return call(x.get(), args, nargs, kwnames);
}

Ref proxy_iter(Value self) {
  Ref x = proxy_referent(self);
  if (!x) return nullptr;
  return iter(x.get());
}

Ref proxy_next(Value self) {
  Ref x = proxy_referent(self);
  if (!x) return nullptr;
  NextFn next_slot = type_of(x.get())->next;
  if (next_slot == nullptr) {
    return raise(exc::TypeError,
                 std::string("Weakref proxy referenced a non-iterator '") + type_name_of(x.get()) + "' object");
  }
  return next_slot(x.get());
}

int64_t proxy_len(Value self) {
  Ref x = proxy_referent(self);
  if (!x) return -1;
  return length(x.get());
}

Ref proxy_getitem(Value self, Value key) {
  Ref x = proxy_referent(self);
  if (!x) return nullptr;
  return getitem(x.get(), key);
}

int proxy_setitem(Value self, Value key, Value v) {
  Ref x = proxy_referent(self);
  if (!x) return -1;
  return v.is_null() ? delitem(x.get(), key) : setitem(x.get(), key, v);
}

int proxy_contains(Value self, Value item) {
  Ref x = proxy_referent(self);
  if (!x) return -1;
  return contains(x.get(), item);
}

const MethodDef kProxyMethods[] = {
    {"__bytes__", proxy_method<kBytes>, kMethodInstance, nullptr},
    {"__reversed__", proxy_method<kReversed>, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void init_proxy_type(Type* t, const char* name) {
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = name;
  t->basic_size = sizeof(WeakRef);
  t->flags = kTypeGC;
  t->dealloc = weakref_dealloc;
  t->traverse = weakref_traverse;
  t->clear = weakref_clear;
  t->repr = proxy_repr;
  t->str = proxy_str;
  t->getattr = proxy_getattr;
  t->setattr = proxy_setattr;
  t->richcompare = proxy_richcompare;
  t->iter = proxy_iter;
  t->next = proxy_next;
  t->len = proxy_len;
  t->getitem = proxy_getitem;
  t->setitem = proxy_setitem;
  t->contains = proxy_contains;
  NumberSlots& n = t->number;
  n.add = proxy_binary<BinaryOp::Add>;
  n.subtract = proxy_binary<BinaryOp::Subtract>;
  n.multiply = proxy_binary<BinaryOp::Multiply>;
  n.remainder = proxy_binary<BinaryOp::Remainder>;
  n.divmod = proxy_divmod;
  n.floor_divide = proxy_binary<BinaryOp::FloorDivide>;
  n.true_divide = proxy_binary<BinaryOp::TrueDivide>;
  n.matrix_multiply = proxy_binary<BinaryOp::MatrixMultiply>;
  n.power = proxy_power;
  n.lshift = proxy_binary<BinaryOp::LShift>;
  n.rshift = proxy_binary<BinaryOp::RShift>;
  n.and_ = proxy_binary<BinaryOp::And>;
  n.xor_ = proxy_binary<BinaryOp::Xor>;
  n.or_ = proxy_binary<BinaryOp::Or>;
  n.inplace_add = proxy_inplace<BinaryOp::Add>;
  n.inplace_subtract = proxy_inplace<BinaryOp::Subtract>;
  n.inplace_multiply = proxy_inplace<BinaryOp::Multiply>;
  n.inplace_remainder = proxy_inplace<BinaryOp::Remainder>;
  n.inplace_floor_divide = proxy_inplace<BinaryOp::FloorDivide>;
  n.inplace_true_divide = proxy_inplace<BinaryOp::TrueDivide>;
  n.inplace_matrix_multiply = proxy_inplace<BinaryOp::MatrixMultiply>;
  n.inplace_lshift = proxy_inplace<BinaryOp::LShift>;
  n.inplace_rshift = proxy_inplace<BinaryOp::RShift>;
  n.inplace_and = proxy_inplace<BinaryOp::And>;
  n.inplace_xor = proxy_inplace<BinaryOp::Xor>;
  n.inplace_or = proxy_inplace<BinaryOp::Or>;
  n.negative = proxy_unary<UnaryOp::Negative>;
  n.positive = proxy_unary<UnaryOp::Positive>;
  n.invert = proxy_unary<UnaryOp::Invert>;
  n.absolute = proxy_abs;
  n.int_ = proxy_dunder<kInt>;
  n.float_ = proxy_dunder<kFloat>;
  n.index = proxy_dunder<kIndex>;
  n.bool_ = proxy_bool;
}

}  // namespace

void weakref_unlink(WeakRef* r) {
  if (r->referent == nullptr) return;
  WeakRef** list = weaklist_of(r->referent);
  if (r->prev != nullptr) {
    r->prev->next = r->next;
  } else {
    *list = r->next;
  }
  if (r->next != nullptr) r->next->prev = r->prev;
  r->referent = nullptr;
  r->prev = nullptr;
  r->next = nullptr;
}

void weakref_run_callback(WeakRef* r) {
  Ref cb = Ref::steal(r->callback);
  r->callback = Value();
  if (!cb) return;
  Ref result = call(cb.get(), {Value::object(r)});
  if (!result) write_unraisable(cb.get());
}

void weakref_clear_all(Object* o) {
  WeakRef** list = weaklist_of(o);
  if (list == nullptr || *list == nullptr) return;
  // Every reference is cleared before any callback runs; each one that is to
  // be called is held so that an earlier callback cannot free it.
  std::vector<Ref> to_call;
  while (*list != nullptr) {
    WeakRef* r = *list;
    weakref_unlink(r);
    if (!r->callback.is_null()) to_call.push_back(Ref::borrow(Value::object(r)));
  }
  if (to_call.empty()) return;
  Ref saved = fetch_error();
  for (const Ref& r : to_call) weakref_run_callback(r.as<WeakRef>());
  restore_error(std::move(saved));
}

Ref weakref_new_ref(Type* type, Value ob, Value callback) {
  if (callback.is_none()) callback = Value();
  WeakRef** list = weaklist_or_raise(ob);
  if (list == nullptr) return nullptr;
  WeakRef* ref;
  WeakRef* proxy;
  basic_refs(*list, &ref, &proxy);
  bool basic = callback.is_null() && type == &weakref_type;
  if (basic && ref != nullptr) return Ref::borrow(Value::object(ref));
  Ref hold = Ref::borrow(ob);
  WeakRef* r = alloc_weakref(type, ob, callback);
  if (r == nullptr) return nullptr;
  // The allocation may have run the collector: look at the list again.
  basic_refs(*list, &ref, &proxy);
  WeakRef* prev = proxy == nullptr ? ref : proxy;
  if (basic || prev == nullptr) {
    insert_head(r, list);
  } else {
    insert_after(r, prev);
  }
  return Ref::steal(r);
}

Ref weakref_new_proxy(Value ob, Value callback) {
  if (callback.is_none()) callback = Value();
  WeakRef** list = weaklist_or_raise(ob);
  if (list == nullptr) return nullptr;
  WeakRef* ref;
  WeakRef* proxy;
  basic_refs(*list, &ref, &proxy);
  if (callback.is_null() && proxy != nullptr) return Ref::borrow(Value::object(proxy));
  Type* type = type_of(ob)->call != nullptr ? &weakcallableproxy_type : &weakproxy_type;
  Ref hold = Ref::borrow(ob);
  WeakRef* r = alloc_weakref(type, ob, callback);
  if (r == nullptr) return nullptr;
  basic_refs(*list, &ref, &proxy);
  WeakRef* prev = callback.is_null() ? ref : (proxy == nullptr ? ref : proxy);
  if (prev == nullptr) {
    insert_head(r, list);
  } else {
    insert_after(r, prev);
  }
  return Ref::steal(r);
}

int init_weakref_types() {
  Type* t = &weakref_type;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = "weakref.ReferenceType";
  t->basic_size = sizeof(WeakRef);
  t->flags = kTypeBaseType | kTypeGC;
  t->dealloc = weakref_dealloc;
  t->traverse = weakref_traverse;
  t->clear = weakref_clear;
  t->new_ = weakref_tp_new;
  t->init = weakref_init;
  t->call = weakref_call;
  t->hash = weakref_hash;
  t->richcompare = weakref_richcompare;
  t->repr = weakref_repr;
  t->getsets = kWeakrefGetSets;
  t->methods = kWeakrefMethods;
  init_proxy_type(&weakproxy_type, "weakref.ProxyType");
  weakproxy_type.methods = kProxyMethods;  // the callable proxy has no methods of its own
  init_proxy_type(&weakcallableproxy_type, "weakref.CallableProxyType");
  weakcallableproxy_type.call = proxy_call;
  if (type_ready(&weakref_type) < 0 || type_ready(&weakproxy_type) < 0) return -1;
  return type_ready(&weakcallableproxy_type);
}

}  // namespace taipan
