// The `_contextvars` module (what contextvars.py re-exports): ContextVar,
// Token and Context, with CPython 3.11's semantics and messages.
//
// A Context maps ContextVars to values through a dict that is never changed
// while shared: Context.copy() shares it, and ContextVar.set() copies it
// first unless the context holds the only reference (copy on write), so a
// copy is O(1) and a set in an unshared context is a dict store. The
// current context belongs to the thread state (ThreadState::context).
// ContextVar.get() caches the last value it found, valid while the global
// generation counter (bumped whenever any context is entered, left or
// changed) and the thread are the same, so a repeated get() is two compares.
#include <cstdio>
#include <string>

#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/module.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/thread_state.h"

namespace taipan {

namespace {

Type context_type;
Type context_var_type;
Type token_type;
Type token_missing_type;
Object token_missing;  // Token.MISSING (immortal)

struct ContextObject : Object {
  Value vars;     // Dict ContextVar -> value (owned); shared between copies
  Value prev;     // the context that was current before run() entered this one (owned)
  bool entered;
  Value weakrefs;
};

struct ContextVarObject : Object {
  Value name;            // str (owned)
  Value default_value;   // owned, or null
  Value cached_value;    // owned, or null
  uint64_t cached_generation;
  uint64_t cached_thread;  // ThreadState::serial
};

struct TokenObject : Object {
  Value context;    // the Context the var was set in (owned)
  Value var;        // the ContextVar (owned)
  Value old_value;  // owned; Token.MISSING when the var was not set
  bool used;
};

// Bumped on every change of any thread's current context or its contents.
uint64_t generation = 1;

Value missing() { return Value::object(&token_missing); }

bool is_context(Value v) { return v.is_object() && v.as_object()->type == &context_type; }
bool is_context_var(Value v) { return v.is_object() && v.as_object()->type == &context_var_type; }
ContextObject* as_ctx(Value v) { return v.as<ContextObject>(); }
ContextVarObject* as_var(Value v) { return v.as<ContextVarObject>(); }
TokenObject* as_token(Value v) { return v.as<TokenObject>(); }

void set_field(Value* field, Value v) {
  incref(v);
  Value old = *field;
  *field = v;
  decref(old);
}

// ---- Context ----

ContextObject* new_context(Value vars) {
  ContextObject* c = new_object<ContextObject>(&context_type);
  if (c == nullptr) return nullptr;
  if (vars.is_null()) {
    Dict* d = dict_new();
    if (d == nullptr) {
      decref(c);
      return nullptr;
    }
    c->vars = Value::object(d);
  } else {
    incref(vars);
    c->vars = vars;
  }
  return c;
}

// The thread's current context (borrowed), made empty on first use.
ContextObject* current_context() {
  ThreadState* ts = current_thread();
  if (ts->context.is_null()) {
    ContextObject* c = new_context(Value());
    if (c == nullptr) return nullptr;
    ts->context = Value::object(c);
    ++generation;
  }
  return as_ctx(ts->context);
}

// The context's dict, copied first if shared, ready to be changed.
Dict* writable_vars(ContextObject* c) {
  Dict* d = c->vars.as<Dict>();
  if (d->refcnt > 1) {
    Dict* copy = dict_copy(d);
    if (copy == nullptr) return nullptr;
    Value old = c->vars;
    c->vars = Value::object(copy);
    decref(old);
    d = copy;
  }
  ++generation;
  return d;
}

Ref context_repr(Value self) { return object_default_repr(self); }

int enter_context(ContextObject* c) {
  if (c->entered) {
    Ref r = object_default_repr(Value::object(c));
    if (!r) return -1;
    return fail(exc::RuntimeError, "cannot enter context: " + std::string(str_utf8(r.as<Str>())) +
                                       " is already entered");
  }
  ThreadState* ts = current_thread();
  c->prev = ts->context;  // the reference moves from the thread state
  c->entered = true;
  incref(c);
  ts->context = Value::object(c);
  ++generation;
  return 0;
}

int exit_context(ContextObject* c) {
  ThreadState* ts = current_thread();
  if (!c->entered) {
    Ref r = object_default_repr(Value::object(c));
    if (!r) return -1;
    return fail(exc::RuntimeError, "cannot exit context: " + std::string(str_utf8(r.as<Str>())) +
                                       " has not been entered");
  }
  if (ts->context != Value::object(c)) {
    return fail(exc::RuntimeError, "cannot exit context: thread state references a different context object");
  }
  ts->context = c->prev;
  c->prev = Value();
  c->entered = false;
  ++generation;
  decref(c);
  return 0;
}

Ref context_run(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 0) return raise(exc::TypeError, "run() missing 1 required positional argument");
  ContextObject* c = as_ctx(self);
  if (enter_context(c) < 0) return nullptr;
  Ref result = call(args[0], args + 1, nargs - 1, kwnames);
  if (exit_context(c) < 0) return nullptr;
  return result;
}

Ref context_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("Context", "copy", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  ContextObject* c = new_context(as_ctx(self)->vars);
  if (c == nullptr) return nullptr;
  return Ref::steal(c);
}

bool check_key(Value key) {
  if (is_context_var(key)) return true;
  Ref r = repr(key);
  if (!r) return false;
  raise(exc::TypeError, "a ContextVar key was expected, got " + std::string(str_utf8(r.as<Str>())));
  return false;
}

Ref context_getitem(Value self, Value key) {
  if (!check_key(key)) return nullptr;
  Value v = dict_get(as_ctx(self)->vars.as<Dict>(), key);
  if (v.is_null()) return raise_with_arg(exc::KeyError, key);
  return Ref::borrow(v);
}

int context_contains(Value self, Value key) {
  if (!check_key(key)) return -1;
  return dict_get(as_ctx(self)->vars.as<Dict>(), key).is_null() ? 0 : 1;
}

int64_t context_len(Value self) { return dict_size(as_ctx(self)->vars.as<Dict>()); }

Ref context_iter(Value self) { return iter(as_ctx(self)->vars); }

Ref context_get(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"key", "default"};
  static const ArgSpec spec{"get", names, 2, 0, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  if (!check_key(a[0])) return nullptr;
  Value v = dict_get(as_ctx(self)->vars.as<Dict>(), a[0]);
  if (!v.is_null()) return Ref::borrow(v);
  return a[1].is_null() ? Ref::none() : Ref::borrow(a[1]);
}

template <Type* ViewType>
Ref context_view(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("view", kwnames) || !check_arg_count("view", nargs, 0, 0)) return nullptr;
  return dict_view_new(as_ctx(self)->vars.as<Dict>(), ViewType);
}

Ref context_richcompare(Value a, Value b, CompareOp op) {
  if (!is_context(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) return ref_not_implemented();
  return rich_compare(as_ctx(a)->vars, as_ctx(b)->vars, op);
}

Ref context_new(Type*, const Value*, size_t nargs, Tuple* kwnames) {
  if (nargs > 0 || (kwnames != nullptr && kwnames->size > 0)) {
    return raise(exc::TypeError, "Context() does not accept any arguments");
  }
  ContextObject* c = new_context(Value());
  if (c == nullptr) return nullptr;
  return Ref::steal(c);
}

void context_dealloc(Object* o) {
  ContextObject* c = static_cast<ContextObject*>(o);
  decref(c->vars);
  decref(c->prev);
  free_object(o);
}

void context_traverse(Object* o, VisitFn visit, void* arg) {
  ContextObject* c = static_cast<ContextObject*>(o);
  visit(c->vars, arg);
  visit(c->prev, arg);
}

void context_clear(Object* o) {
  ContextObject* c = static_cast<ContextObject*>(o);
  Value prev = c->prev;
  c->prev = Value();
  decref(prev);
}

const MethodDef kContextMethods[] = {
    {"run", context_run, kMethodInstance, nullptr},
    {"copy", context_copy, kMethodInstance, nullptr},
    {"get", context_get, kMethodInstance, nullptr},
    {"keys", context_view<&dict_keys_type>, kMethodInstance, nullptr},
    {"values", context_view<&dict_values_type>, kMethodInstance, nullptr},
    {"items", context_view<&dict_items_type>, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- ContextVar ----

Ref var_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t nkw = kwnames ? kwnames->size : 0;
  if (nargs + static_cast<size_t>(nkw) > 2) {
    return raise(exc::TypeError, "ContextVar() takes at most 2 arguments (" + std::to_string(nargs + nkw) + " given)");
  }
  if (nargs > 1) {
    return raise(exc::TypeError, "ContextVar() takes at most 1 positional argument (" + std::to_string(nargs) +
                                     " given)");
  }
  if (nargs == 0) return raise(exc::TypeError, "ContextVar() takes exactly 1 positional argument (0 given)");
  static const char* const names[] = {"", "default"};
  static const ArgSpec spec{"ContextVar", names, 2, 1, 1, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  if (!is_str(a[0])) return raise(exc::TypeError, "context variable name must be a str");
  ContextVarObject* v = new_object<ContextVarObject>(&context_var_type);
  if (v == nullptr) return nullptr;
  incref(a[0]);
  v->name = a[0];
  if (!a[1].is_null()) {
    incref(a[1]);
    v->default_value = a[1];
  }
  return Ref::steal(v);
}

Ref var_get(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && !no_keywords("ContextVar.get", kwnames)) return nullptr;
  if (nargs > 1) return raise(exc::TypeError, "get expected at most 1 argument, got " + std::to_string(nargs));
  ContextVarObject* var = as_var(self);
  ThreadState* ts = current_thread();
  if (var->cached_thread == ts->serial && var->cached_generation == generation && !var->cached_value.is_null()) {
    return Ref::borrow(var->cached_value);
  }
  if (!ts->context.is_null()) {
    Value v = dict_get(as_ctx(ts->context)->vars.as<Dict>(), self);
    if (!v.is_null()) {
      set_field(&var->cached_value, v);
      var->cached_thread = ts->serial;
      var->cached_generation = generation;
      return Ref::borrow(v);
    }
  }
  if (nargs == 1) return Ref::borrow(args[0]);
  if (!var->default_value.is_null()) return Ref::borrow(var->default_value);
  return raise_with_arg(exc::LookupError, self);
}

Ref make_token(Value context, Value var, Value old_value) {
  TokenObject* t = new_object<TokenObject>(&token_type);
  if (t == nullptr) return nullptr;
  incref(context);
  incref(var);
  incref(old_value);
  t->context = context;
  t->var = var;
  t->old_value = old_value;
  return Ref::steal(t);
}

Ref var_set(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if ((nargs != 1 || kwnames != nullptr) && !check_arity("ContextVar", "set", Arity::One, nargs, kwnames, 1, 1)) {
    return nullptr;
  }
  ContextObject* c = current_context();
  if (c == nullptr) return nullptr;
  Value old = dict_get(c->vars.as<Dict>(), self);
  Ref old_value = Ref::borrow(old.is_null() ? missing() : old);
  Dict* d = writable_vars(c);
  if (d == nullptr || dict_set(d, self, args[0]) < 0) return nullptr;
  return make_token(Value::object(c), self, *old_value);
}

std::string repr_text(Value v) {
  Ref r = repr(v);
  return r ? std::string(str_utf8(r.as<Str>())) : std::string();
}

Ref var_reset(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity("ContextVar", "reset", Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  Value tok = args[0];
  if (!tok.is_object() || tok.as_object()->type != &token_type) {
    return raise(exc::TypeError, "expected an instance of Token, got " + repr_text(tok));
  }
  TokenObject* t = as_token(tok);
  if (t->used) return raise(exc::RuntimeError, repr_text(tok) + " has already been used once");
  if (t->var != self) return raise(exc::ValueError, repr_text(tok) + " was created by a different ContextVar");
  ContextObject* c = current_context();
  if (c == nullptr) return nullptr;
  if (t->context != Value::object(c)) {
    return raise(exc::ValueError, repr_text(tok) + " was created in a different Context");
  }
  t->used = true;
  Dict* d = writable_vars(c);
  if (d == nullptr) return nullptr;
  if (t->old_value == missing()) {
    if (!dict_get(d, self).is_null() && dict_del(d, self) < 0) return nullptr;
  } else if (dict_set(d, self, t->old_value) < 0) {
    return nullptr;
  }
  return Ref::none();
}

Ref var_repr(Value self) {
  ContextVarObject* v = as_var(self);
  std::string text = "<ContextVar name=" + repr_text(v->name);
  if (!v->default_value.is_null()) text += " default=" + repr_text(v->default_value);
  char addr[40];
  std::snprintf(addr, sizeof addr, " at %p>", static_cast<void*>(self.as_object()));
  return str_from_utf8(text + addr);
}

Ref var_name(Value self) { return Ref::borrow(as_var(self)->name); }

void var_dealloc(Object* o) {
  ContextVarObject* v = static_cast<ContextVarObject*>(o);
  decref(v->name);
  decref(v->default_value);
  decref(v->cached_value);
  free_object(o);
}

void var_traverse(Object* o, VisitFn visit, void* arg) {
  ContextVarObject* v = static_cast<ContextVarObject*>(o);
  visit(v->default_value, arg);
  visit(v->cached_value, arg);
}

void var_clear(Object* o) {
  ContextVarObject* v = static_cast<ContextVarObject*>(o);
  Value d = v->default_value, c = v->cached_value;
  v->default_value = Value();
  v->cached_value = Value();
  decref(d);
  decref(c);
}

const MethodDef kVarMethods[] = {
    {"get", var_get, kMethodInstance, nullptr},
    {"set", var_set, kMethodInstance, nullptr},
    {"reset", var_reset, kMethodInstance, nullptr},
    {"__class_getitem__", generic_alias_class_getitem, kMethodClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kVarGetSets[] = {
    {"name", var_name, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---- Token ----

Ref token_new(Type*, const Value*, size_t, Tuple*) {
  return raise(exc::RuntimeError, "Tokens can only be created by ContextVars");
}

Ref token_repr(Value self) {
  TokenObject* t = as_token(self);
  char addr[40];
  std::snprintf(addr, sizeof addr, " at %p>", static_cast<void*>(self.as_object()));
  return str_from_utf8(std::string("<Token") + (t->used ? " used" : "") + " var=" + repr_text(t->var) + addr);
}

Ref token_var(Value self) { return Ref::borrow(as_token(self)->var); }
Ref token_old_value(Value self) { return Ref::borrow(as_token(self)->old_value); }

void token_dealloc(Object* o) {
  TokenObject* t = static_cast<TokenObject*>(o);
  decref(t->context);
  decref(t->var);
  decref(t->old_value);
  free_object(o);
}

void token_traverse(Object* o, VisitFn visit, void* arg) {
  TokenObject* t = static_cast<TokenObject*>(o);
  visit(t->context, arg);
  visit(t->var, arg);
  visit(t->old_value, arg);
}

void token_clear(Object* o) {
  TokenObject* t = static_cast<TokenObject*>(o);
  Value c = t->context, v = t->var, old = t->old_value;
  t->context = t->var = t->old_value = Value();
  decref(c);
  decref(v);
  decref(old);
}

const MethodDef kTokenMethods[] = {
    {"__class_getitem__", generic_alias_class_getitem, kMethodClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kTokenGetSets[] = {
    {"var", token_var, nullptr, nullptr},
    {"old_value", token_old_value, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

Ref missing_repr(Value) { return str_from_utf8("<Token.MISSING>"); }

// ---- Module ----

Ref copy_context(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("_contextvars", "copy_context", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  ContextObject* current = current_context();
  if (current == nullptr) return nullptr;
  ContextObject* c = new_context(current->vars);
  if (c == nullptr) return nullptr;
  return Ref::steal(c);
}

const MethodDef kFunctions[] = {
    {"copy_context", copy_context, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void init_static(Type& t, const char* name, int64_t size) {
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = name;
  t.basic_size = size;
  t.base = &object_type;
}

int init_types() {
  if (type_has_flag(&context_type, kTypeReady)) return 0;
  init_static(context_type, "_contextvars.Context", sizeof(ContextObject));
  context_type.flags = kTypeGC;
  ContextObject probe{};
  context_type.weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  context_type.dealloc = context_dealloc;
  context_type.traverse = context_traverse;
  context_type.clear = context_clear;
  context_type.new_ = context_new;
  context_type.repr = context_repr;
  context_type.hash = hash_not_implemented;
  context_type.richcompare = context_richcompare;
  context_type.getitem = context_getitem;
  context_type.contains = context_contains;
  context_type.len = context_len;
  context_type.iter = context_iter;
  context_type.methods = kContextMethods;
  if (type_ready(&context_type) < 0) return -1;

  init_static(context_var_type, "_contextvars.ContextVar", sizeof(ContextVarObject));
  context_var_type.flags = kTypeGC;
  context_var_type.dealloc = var_dealloc;
  context_var_type.traverse = var_traverse;
  context_var_type.clear = var_clear;
  context_var_type.new_ = var_new;
  context_var_type.repr = var_repr;
  context_var_type.hash = object_default_hash;
  context_var_type.methods = kVarMethods;
  context_var_type.getsets = kVarGetSets;
  if (type_ready(&context_var_type) < 0) return -1;

  init_static(token_type, "_contextvars.Token", sizeof(TokenObject));
  token_type.flags = kTypeGC;
  token_type.dealloc = token_dealloc;
  token_type.traverse = token_traverse;
  token_type.clear = token_clear;
  token_type.new_ = token_new;
  token_type.repr = token_repr;
  token_type.methods = kTokenMethods;
  token_type.getsets = kTokenGetSets;
  if (type_ready(&token_type) < 0) return -1;

  init_static(token_missing_type, "Token.MISSING", sizeof(Object));
  token_missing_type.repr = missing_repr;
  if (type_ready(&token_missing_type) < 0) return -1;
  token_missing.refcnt = kImmortalRefcnt;
  token_missing.type = &token_missing_type;
  if (dict_set_str(token_type.dict, "MISSING", missing()) < 0) return -1;
  type_modified(&token_type);
  return 0;
}

}  // namespace

Ref make_contextvars_module() {
  if (init_types() < 0) return nullptr;
  Ref module = module_new("_contextvars", true);
  Ref doc = str_from_utf8("Context Variables");
  if (!module || !doc || module_add_functions(*module, kFunctions) < 0 || module_add(*module, "__doc__", *doc) < 0 ||
      module_add(*module, "Context", Value::object(&context_type)) < 0 ||
      module_add(*module, "ContextVar", Value::object(&context_var_type)) < 0 ||
      module_add(*module, "Token", Value::object(&token_type)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
