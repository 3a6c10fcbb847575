// The slow halves of instructions (see ops.h): everything the dispatch loop
// needs that is too long or too rare to sit inside it.
#include "vm/ops.h"

#include <string>
#include <vector>

#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "vm/function.h"
#include "vm/generator.h"

namespace taipan {

namespace {

std::string repr_utf8(Value v) {
  Ref r = repr(v);
  if (!r) {
    clear_error();
    return "?";
  }
  return str_to_std(r.as<Str>());
}

std::string slot_name(Code* code, int slot) {
  return str_to_std(code->localsplusnames.as<Tuple>()->items[slot].as<Str>());
}

bool is_type_object(Value v) { return v.is_object() && type_has_flag(v.as_object()->type, kTypeTypeSubclass); }

Ref call_builtin(Frame* f, const char* name, std::initializer_list<Value> args) {
  Value fn = dict_get_str(f->builtins, intern(name));
  if (fn.is_null()) return raise(exc::ImportError, std::string(name) + " not found");
  return call(fn, args);
}

}  // namespace

void raise_name_error(Str* name) {
  raise(exc::NameError, "name '" + str_to_std(name) + "' is not defined");
  Value e = current_error();
  if (type_is_subtype(type_of(e), exc::NameError)) {
    auto* ne = e.as<NameErrorObject>();
    if (ne->name.is_null()) ne->name = Ref::borrow(Value::object(name)).release();
  }
}

Ref load_missing_global(Dict* globals, Str* name) {
  Value b = dict_get_str(globals, intern("__builtins__"));
  if (!b.is_null() && !is_dict(b) && !is_module(b)) {
    Ref v = getitem(b, Value::object(name));
    if (v || !error_matches(exc::KeyError)) return v;
    clear_error();
  }
  raise_name_error(name);
  return nullptr;
}

void raise_unbound_local(Code* code, int slot) {
  if (code->localspluskinds[slot] & kLocalFree) {
    raise(exc::NameError, "cannot access free variable '" + slot_name(code, slot) +
                              "' where it is not associated with a value in enclosing scope");
  } else {
    raise(exc::UnboundLocalError,
          "cannot access local variable '" + slot_name(code, slot) + "' where it is not associated with a value");
  }
}

void add_attribute_error_context(Value obj, Str* name) {
  Value e = current_error();
  if (e.is_null() || !type_is_subtype(type_of(e), exc::AttributeError)) return;
  auto* ae = e.as<AttributeErrorObject>();
  if (!ae->name.is_null() || !ae->obj.is_null()) return;
  ae->name = Ref::borrow(Value::object(name)).release();
  ae->obj = Ref::borrow(obj).release();
}

std::string function_description(Value func) {
  Ref qualname = getattr_optional(func, intern("__qualname__"));
  if (!qualname || !is_str(*qualname)) {
    clear_error();
    return std::string(type_name_of(func)) + " object";
  }
  Ref module = getattr_optional(func, intern("__module__"));
  clear_error();
  std::string out;
  if (module && is_str(*module) && str_utf8(module.as<Str>()) != "builtins") {
    out = str_to_std(module.as<Str>()) + ".";
  }
  return out + str_to_std(qualname.as<Str>()) + "()";
}

Ref lookup_special(Value obj, Str* name) {
  Type* t = type_of(obj);
  Value attr = type_lookup(t, name);
  if (attr.is_null()) return nullptr;
  Type* at = type_of(attr);
  if (at->descr_get != nullptr) return at->descr_get(attr, obj, t);
  return Ref::borrow(attr);
}

// ---- unpacking ----

int unpack_iterable(Value v, int before, int after, bool star, Value* out) {
  int wanted = before + after;
  const Value* items = nullptr;
  int64_t size = 0;
  if (type_of(v) == &tuple_type) {
    items = v.as<Tuple>()->items;
    size = v.as<Tuple>()->size;
  } else if (type_of(v) == &list_type) {
    items = v.as<List>()->items;
    size = v.as<List>()->size;
  }
  if (items != nullptr && !star) {
    if (size < wanted) {
      raise(exc::ValueError, "not enough values to unpack (expected " + std::to_string(wanted) + ", got " +
                                 std::to_string(size) + ")");
      return -1;
    }
    if (size > wanted) {
      raise(exc::ValueError, "too many values to unpack (expected " + std::to_string(wanted) + ")");
      return -1;
    }
    for (int i = 0; i < wanted; i++) out[wanted - 1 - i] = Ref::borrow(items[i]).release();
    return 0;
  }
  Ref it = iter(v);
  if (!it) {
    if (error_matches(exc::TypeError) && type_of(v)->iter == nullptr && type_of(v)->getitem == nullptr) {
      clear_error();
      raise(exc::TypeError, std::string("cannot unpack non-iterable ") + type_name_of(v) + " object");
    }
    return -1;
  }
  int total = wanted + (star ? 1 : 0);
  std::vector<Ref> got;
  for (int i = 0; i < before; i++) {
    Ref x = next(*it);
    if (!x) {
      if (error_occurred()) return -1;
      if (star) {
        raise(exc::ValueError, "not enough values to unpack (expected at least " + std::to_string(wanted) +
                                   ", got " + std::to_string(i) + ")");
      } else {
        raise(exc::ValueError, "not enough values to unpack (expected " + std::to_string(wanted) + ", got " +
                                   std::to_string(i) + ")");
      }
      return -1;
    }
    got.push_back(std::move(x));
  }
  if (!star) {
    Ref extra = next(*it);
    if (extra) {
      raise(exc::ValueError, "too many values to unpack (expected " + std::to_string(wanted) + ")");
      return -1;
    }
    if (error_occurred()) return -1;
    for (int i = 0; i < wanted; i++) out[wanted - 1 - i] = got[i].release();
    return 0;
  }
  Ref rest = list_from_iterable(*it);
  if (!rest) return -1;
  List* l = rest.as<List>();
  if (l->size < after) {
    raise(exc::ValueError, "not enough values to unpack (expected at least " + std::to_string(wanted) + ", got " +
                               std::to_string(before + l->size) + ")");
    return -1;
  }
  // The last `after` items move from the list to the stack.
  for (int i = 0; i < after; i++) {
    out[after - 1 - i] = l->items[l->size - after + i];
  }
  l->size -= after;
  out[after] = rest.release();
  for (int i = 0; i < before; i++) out[total - 1 - i] = got[i].release();
  return 0;
}

// ---- imports ----

Ref import_name(Frame* f, Str* name, Value fromlist, Value level) {
  Value locals = f->locals.is_null() ? Value::none() : f->locals;
  return call_builtin(f, "__import__", {Value::object(name), Value::object(f->globals), locals, fromlist, level});
}

// Whether module.__spec__._initializing is true: the module is still running
// its body (a circular import reached it).
static bool module_is_initializing(Value module) {
  Ref spec = getattr_optional(module, intern("__spec__"));
  Ref flag = spec ? getattr_optional(*spec, intern("_initializing")) : nullptr;
  int truth = flag ? is_true(*flag) : 0;
  clear_error();
  return truth > 0;
}

Ref import_from(Value module, Str* name) {
  Ref v = getattr_optional(module, name);
  if (v || error_occurred()) return v;
  // A submodule that is not yet an attribute: look in sys.modules.
  Ref mod_name = getattr_optional(module, intern("__name__"));
  clear_error();
  if (mod_name && is_str(*mod_name)) {
    Ref full = str_from_utf8(str_to_std(mod_name.as<Str>()) + "." + str_to_std(name));
    Value builtins_import = dict_get_str(default_builtins(), intern("__import__"));
    if (full && !builtins_import.is_null()) {
      Ref sys_mod = call(builtins_import, {Value::object(intern("sys"))});
      if (sys_mod) {
        Ref modules = getattr(*sys_mod, "modules");
        if (modules && is_dict(*modules)) {
          Value sub = dict_get(modules.as<Dict>(), *full);
          if (!sub.is_null()) return Ref::borrow(sub);
        }
      }
      clear_error();
    }
  }
  std::string mod = mod_name && is_str(*mod_name) ? str_to_std(mod_name.as<Str>()) : "<unknown module name>";
  Ref file = getattr_optional(module, intern("__file__"));
  clear_error();
  std::string where = file && is_str(*file) ? str_to_std(file.as<Str>()) : "unknown location";
  std::string from = "'" + mod + "'";
  if (file && is_str(*file) && module_is_initializing(module)) {
    from = "partially initialized module " + from + " (most likely due to a circular import)";
  }
  raise(exc::ImportError, "cannot import name '" + str_to_std(name) + "' from " + from + " (" + where + ")");
  Value e = current_error();
  if (type_is_subtype(type_of(e), exc::ImportError)) {
    auto* ie = e.as<ImportErrorObject>();
    if (mod_name && ie->name.is_null()) ie->name = Ref::borrow(*mod_name).release();
  }
  return nullptr;
}

int import_star(Frame* f, Value module) {
  if (f->locals.is_null()) return fail(exc::SystemError, "no locals found during 'import *'");
  Ref all = getattr_optional(module, intern("__all__"));
  bool skip_private = false;
  if (!all) {
    if (error_occurred()) return -1;
    Ref d = getattr(module, "__dict__");
    if (!d) return -1;
    Ref keys = call_method(*d, "keys", {});
    if (!keys) return -1;
    all = std::move(keys);
    skip_private = true;
  }
  Ref it = iter(*all);
  if (!it) return -1;
  while (Ref name = next(*it)) {
    if (!is_str(*name)) {
      return fail(exc::TypeError, std::string(skip_private ? "Key in " : "Item in ") + std::string(module_name(module)) +
                                      (skip_private ? ".__dict__" : ".__all__") + " must be str, not " + type_name_of(*name));
    }
    if (skip_private && name.as<Str>()->length > 0 && str_char_at(name.as<Str>(), 0) == '_') continue;
    Ref v = getattr(module, name.as<Str>());
    if (!v) return -1;
    if (setitem(f->locals, *name, *v) < 0) return -1;
  }
  return error_occurred() ? -1 : 0;
}

// ---- pattern matching ----

// What CPython's MATCH_MAPPING / MATCH_SEQUENCE test: the type's flag
// (built-in sequences and mappings, their subclasses, and the classes
// collections.abc's Sequence and Mapping were given through _abc).
int match_mapping(Value subject) { return type_has_flag(type_of(subject), kTypeMapping) ? 1 : 0; }

int match_sequence(Value subject) { return type_has_flag(type_of(subject), kTypeSequence) ? 1 : 0; }

Ref match_keys(Value subject, Value keys) {
  Tuple* k = keys.as<Tuple>();
  if (k->size == 0) return Ref::steal(tuple_new(0));
  Ref get = getattr(subject, "get");
  if (!get) return nullptr;
  Ref seen = set_new(Value());
  if (!seen) return nullptr;
  Ref dummy = call(Value::object(&object_type), {});
  if (!dummy) return nullptr;
  Tuple* values = tuple_new(k->size);
  if (values == nullptr) return nullptr;
  Ref result = Ref::steal(values);
  for (int64_t i = 0; i < k->size; i++) {
    Value key = k->items[i];
    int dup = set_contains(seen.as<Set>(), key);
    if (dup < 0) return nullptr;
    if (dup) return raise(exc::ValueError, "mapping pattern checks duplicate key (" + repr_utf8(key) + ")");
    if (set_add(seen.as<Set>(), key) < 0) return nullptr;
    Ref v = call(*get, {key, *dummy});
    if (!v) return nullptr;
    if (*v == *dummy) return Ref::none();
    values->items[i] = v.release();
  }
  return result;
}

namespace {

// The attribute `name` of subject for a class pattern; null with no
// exception set when it is missing (no match).
Ref match_attribute(Value subject, Value name, Value seen_set, const char* cls_name) {
  int dup = set_contains(seen_set.as<Set>(), name);
  if (dup < 0) return nullptr;
  if (dup) return raise(exc::TypeError, std::string(cls_name) + "() got multiple sub-patterns for attribute " + repr_utf8(name));
  if (set_add(seen_set.as<Set>(), name) < 0) return nullptr;
  return getattr_optional(subject, name.as<Str>());
}

bool matches_self(Type* t) {
  std::string_view n = t->name;
  return t == &bool_type || t == &int_type || t == &float_type || t == &str_type || t == &tuple_type ||
         t == &list_type || t == &dict_type || t == &set_type || t == &frozenset_type || n == "bytes" ||
         n == "bytearray";
}

}  // namespace

Ref match_class(Value subject, Value cls, int nargs, Value kwnames) {
  if (!is_type_object(cls)) return raise(exc::TypeError, "called match pattern must be a type");
  int inst = isinstance(subject, cls);
  if (inst < 0) return nullptr;
  if (!inst) return Ref::none();
  Type* type = cls.as<Type>();
  const char* cls_name = type_has_flag(type, kTypeHeap) && is_str(type->heap_name)
                             ? str_utf8(type->heap_name.as<Str>()).data()
                             : type->name;
  Ref seen = set_new(Value());
  if (!seen) return nullptr;
  Tuple* kw = kwnames.as<Tuple>();
  std::vector<Ref> attrs;
  if (nargs > 0) {
    Ref match_args = getattr_optional(cls, intern("__match_args__"));
    if (!match_args && error_occurred()) return nullptr;
    bool self_match = false;
    if (match_args) {
      if (!is_tuple(*match_args)) {
        return raise(exc::TypeError, std::string(cls_name) + ".__match_args__ must be a tuple (got " +
                                         type_name_of(*match_args) + ")");
      }
    } else {
      self_match = false;
      for (Type* t = type; t != nullptr; t = t->base) self_match = self_match || matches_self(t);
    }
    int64_t allowed = match_args ? match_args.as<Tuple>()->size : (self_match ? 1 : 0);
    if (nargs > allowed) {
      return raise(exc::TypeError, std::string(cls_name) + "() accepts " + std::to_string(allowed) +
                                       " positional sub-pattern" + (allowed == 1 ? "" : "s") + " (" +
                                       std::to_string(nargs) + " given)");
    }
    if (self_match && !match_args) {
      attrs.push_back(Ref::borrow(subject));
    } else {
      for (int i = 0; i < nargs; i++) {
        Value name = match_args.as<Tuple>()->items[i];
        if (!is_str(name)) {
          return raise(exc::TypeError, std::string("__match_args__ elements must be strings (got ") +
                                           type_name_of(name) + ")");
        }
        Ref a = match_attribute(subject, name, *seen, cls_name);
        if (!a) return error_occurred() ? nullptr : Ref::none();
        attrs.push_back(std::move(a));
      }
    }
  }
  for (int64_t i = 0; i < kw->size; i++) {
    Ref a = match_attribute(subject, kw->items[i], *seen, cls_name);
    if (!a) return error_occurred() ? nullptr : Ref::none();
    attrs.push_back(std::move(a));
  }
  Tuple* t = tuple_new(static_cast<int64_t>(attrs.size()));
  if (t == nullptr) return nullptr;
  for (size_t i = 0; i < attrs.size(); i++) t->items[i] = attrs[i].release();
  return Ref::steal(t);
}

// ---- exceptions ----

namespace {

int check_except_type(Value type, bool star) {
  auto check_one = [&](Value t) -> int {
    if (!is_exception_class(t)) {
      return fail(exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
    }
    if (star && type_is_subtype(t.as<Type>(), exc::BaseExceptionGroup)) {
      return fail(exc::TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
    return 0;
  };
  if (is_tuple(type)) {
    Tuple* t = type.as<Tuple>();
    for (int64_t i = 0; i < t->size; i++) {
      if (check_one(t->items[i]) < 0) return -1;
    }
    return 0;
  }
  return check_one(type);
}

bool given_exception_matches(Value exc, Value type) {
  Type* et = type_of(exc);
  if (is_tuple(type)) {
    Tuple* t = type.as<Tuple>();
    for (int64_t i = 0; i < t->size; i++) {
      if (given_exception_matches(exc, t->items[i])) return true;
    }
    return false;
  }
  return is_exception_class(type) && type_is_subtype(et, type.as<Type>());
}

}  // namespace

int check_exception_match(Value exc, Value type, bool star) {
  if (check_except_type(type, star) < 0) return -1;
  return given_exception_matches(exc, type) ? 1 : 0;
}

int exception_group_match(Value exc_value, Value match_type, Ref* match, Ref* rest) {
  if (exc_value.is_none()) {
    *match = Ref::none();
    *rest = Ref::none();
    return 0;
  }
  if (given_exception_matches(exc_value, match_type)) {
    if (type_is_subtype(type_of(exc_value), exc::BaseExceptionGroup)) {
      *match = Ref::borrow(exc_value);
    } else {
      // A naked exception: wrap it in an exception group.
      Ref excs = tuple_pack({exc_value});
      Ref msg = str_from_utf8("");
      if (!excs || !msg) return -1;
      Ref group = call(Value::object(exc::BaseExceptionGroup), {*msg, *excs});
      if (!group) return -1;
      auto* src = exc_value.as<BaseException>();
      auto* dst = group.as<BaseException>();
      incref(src->traceback);
      decref(dst->traceback);
      dst->traceback = src->traceback;
      *match = std::move(group);
    }
    *rest = Ref::none();
    return 0;
  }
  if (type_is_subtype(type_of(exc_value), exc::BaseExceptionGroup)) {
    Ref pair = call_method(exc_value, "split", {match_type});
    if (!pair) return -1;
    if (!is_tuple(*pair) || pair.as<Tuple>()->size != 2) {
      return fail(exc::TypeError, "X.split(t) must return a tuple, not " + std::string(type_name_of(*pair)));
    }
    *match = Ref::borrow(pair.as<Tuple>()->items[0]);
    *rest = Ref::borrow(pair.as<Tuple>()->items[1]);
    return 0;
  }
  *match = Ref::none();
  *rest = Ref::none();
  return 0;
}

namespace {

bool same_exception_metadata(Value a, Value b) {
  auto* x = a.as<BaseException>();
  auto* y = b.as<BaseException>();
  return x->notes == y->notes && x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

// Collects the leaf exceptions (not groups) of exc into out.
void collect_leaves(Value exc, std::vector<Value>* out) {
  if (type_is_subtype(type_of(exc), exc::BaseExceptionGroup)) {
    Value excs = exc.as<ExceptionGroupObject>()->exceptions;
    if (!is_tuple(excs)) return;
    for (int64_t i = 0; i < excs.as<Tuple>()->size; i++) collect_leaves(excs.as<Tuple>()->items[i], out);
  } else {
    out->push_back(exc);
  }
}

// The part of group `orig` whose leaves are among `keep` (None when empty):
// the group rebuilt with derive(), keeping orig's metadata.
Ref project_group(Value orig, const std::vector<Value>& keep) {
  if (!type_is_subtype(type_of(orig), exc::BaseExceptionGroup)) {
    for (Value k : keep) {
      if (k == orig) return Ref::borrow(orig);
    }
    return Ref::none();
  }
  Value excs = orig.as<ExceptionGroupObject>()->exceptions;
  Ref kept = Ref::steal(list_new(0));
  if (!kept) return nullptr;
  bool all = true;
  for (int64_t i = 0; i < excs.as<Tuple>()->size; i++) {
    Ref part = project_group(excs.as<Tuple>()->items[i], keep);
    if (!part) return nullptr;
    if ((*part).is_none()) {
      all = false;
      continue;
    }
    if (*part != excs.as<Tuple>()->items[i]) all = false;
    if (list_append(kept.as<List>(), *part) < 0) return nullptr;
  }
  if (all) return Ref::borrow(orig);
  if (kept.as<List>()->size == 0) return Ref::none();
  Ref derived = call_method(orig, "derive", {*kept});
  if (!derived) return nullptr;
  auto* src = orig.as<BaseException>();
  auto* dst = derived.as<BaseException>();
  for (auto [from, to] : {std::pair{&src->traceback, &dst->traceback}, std::pair{&src->cause, &dst->cause},
                          std::pair{&src->context, &dst->context}, std::pair{&src->notes, &dst->notes}}) {
    incref(*from);
    decref(*to);
    *to = *from;
  }
  return derived;
}

}  // namespace

Ref prep_reraise_star(Value orig, Value excs) {
  List* l = excs.as<List>();
  if (l->size == 0) return Ref::none();
  if (!type_is_subtype(type_of(orig), exc::BaseExceptionGroup)) return Ref::borrow(l->items[0]);
  std::vector<Value> raised;
  std::vector<Value> reraised_leaves;
  for (int64_t i = 0; i < l->size; i++) {
    Value e = l->items[i];
    if (e.is_none()) continue;
    if (same_exception_metadata(e, orig)) {
      collect_leaves(e, &reraised_leaves);
    } else {
      raised.push_back(e);
    }
  }
  Ref reraised = project_group(orig, reraised_leaves);
  if (!reraised) return nullptr;
  if (!(*reraised).is_none()) raised.push_back(*reraised);
  if (raised.empty()) return Ref::none();
  if (raised.size() == 1) return Ref::borrow(raised[0]);
  Ref items = tuple_from_array(raised.data(), static_cast<int64_t>(raised.size()));
  Ref list = items ? list_from_iterable(*items) : nullptr;
  Ref msg = str_from_utf8("");
  if (!list || !msg) return nullptr;
  return call(Value::object(exc::BaseExceptionGroup), {*msg, *list});
}

void set_exception_context(Value exc, bool only_if_unset) {
  Value handled = handled_exception();
  if (handled.is_null() || handled == exc || !is_exception_instance(exc)) return;
  auto* e = exc.as<BaseException>();
  if (only_if_unset && !e->context.is_null()) return;
  // Break a cycle: if exc is already in handled's context chain, cut it there.
  Value o = handled;
  while (true) {
    Value ctx = o.as<BaseException>()->context;
    if (ctx.is_null()) break;
    if (ctx == exc) {
      o.as<BaseException>()->context = Value();
      decref(ctx);
      break;
    }
    o = ctx;
  }
  incref(handled);
  Value old = e->context;
  e->context = handled;
  decref(old);
}

namespace {

// An exception instance from `raise X` / `from X`: instances as they are,
// classes called with no arguments. Null with TypeError otherwise.
Ref instantiate_exception(Value v, const char* not_exception_message) {
  if (is_exception_instance(v)) return Ref::borrow(v);
  if (is_exception_class(v)) {
    Ref e = call(v, {});
    if (!e) return nullptr;
    if (!is_exception_instance(*e)) {
      return raise(exc::TypeError, std::string("calling ") + repr_utf8(v) +
                                       " should have returned an instance of BaseException, not " + type_name_of(*e));
    }
    return e;
  }
  return raise(exc::TypeError, not_exception_message);
}

}  // namespace

bool do_raise(Value exc, Value cause) {
  if (exc.is_null()) {
    Value handled = handled_exception();
    if (handled.is_null()) {
      raise(exc::RuntimeError, "No active exception to reraise");
      return false;
    }
    restore_error(Ref::borrow(handled));
    return true;
  }
  Ref e = instantiate_exception(exc, "exceptions must derive from BaseException");
  if (!e) return false;
  if (!cause.is_null()) {
    Ref c;
    if (!cause.is_none()) {
      c = instantiate_exception(cause, "exception causes must derive from BaseException");
      if (!c) return false;
    }
    auto* be = e.as<BaseException>();
    Value old = be->cause;
    be->cause = c ? c.release() : Value();
    be->suppress_context = true;
    decref(old);
  }
  set_exception_context(*e, false);
  restore_error(std::move(e));
  return false;
}

// ---- context managers ----

int before_with(Value mgr, Ref* exit, Ref* enter_result, bool async) {
  Str* enter_name = async ? INTERNED("__aenter__") : INTERNED("__enter__");
  Str* exit_name = async ? INTERNED("__aexit__") : INTERNED("__exit__");
  const char* protocol = async ? "asynchronous context manager protocol" : "context manager protocol";
  Ref enter = lookup_special(mgr, enter_name);
  if (!enter) {
    if (!error_occurred()) fail(exc::TypeError, "'" + std::string(type_name_of(mgr)) + "' object does not support the " + protocol);
    return -1;
  }
  Ref ex = lookup_special(mgr, exit_name);
  if (!ex) {
    if (!error_occurred()) {
      fail(exc::TypeError, "'" + std::string(type_name_of(mgr)) + "' object does not support the " + protocol +
                               " (missed " + (async ? "__aexit__" : "__exit__") + " method)");
    }
    return -1;
  }
  Ref res = call(*enter, nullptr, 0);
  if (!res) return -1;
  *exit = std::move(ex);
  *enter_result = std::move(res);
  return 0;
}

// ---- coroutines ----

Ref get_awaitable_iter(Value o, int where) {
  if (is_coroutine(o)) {
    if (!generator_yield_from(o.as<Generator>()).is_null()) {
      return raise(exc::RuntimeError, "coroutine is being awaited already");
    }
    return Ref::borrow(o);
  }
  if (is_generator(o) && (o.as<Generator>()->frame()->code->flags & kCoIterableCoroutine)) return Ref::borrow(o);
  Type* t = type_of(o);
  Ref res;
  if (t->await != nullptr) {
    res = t->await(o);
  } else {
    Ref m = lookup_special(o, intern("__await__"));
    if (!m) {
      if (error_occurred()) return nullptr;
      if (where == 1) {
        return raise(exc::TypeError, std::string("'async with' received an object from __aenter__ that does not implement __await__: ") + type_name_of(o));
      }
      if (where == 2) {
        return raise(exc::TypeError, std::string("'async with' received an object from __aexit__ that does not implement __await__: ") + type_name_of(o));
      }
      return raise(exc::TypeError, std::string("object ") + type_name_of(o) + " can't be used in 'await' expression");
    }
    res = call(*m, nullptr, 0);
  }
  if (!res) return nullptr;
  if (is_coroutine(*res) || (is_generator(*res) && (res.as<Generator>()->frame()->code->flags & kCoIterableCoroutine))) {
    return raise(exc::TypeError, "__await__() returned a coroutine");
  }
  if (type_of(*res)->next == nullptr) {
    return raise(exc::TypeError, std::string("__await__() returned non-iterator of type '") + type_name_of(*res) + "'");
  }
  return res;
}

Ref get_aiter(Value o) {
  Type* t = type_of(o);
  Ref res;
  if (t->aiter != nullptr) {
    res = t->aiter(o);
  } else {
    Ref m = lookup_special(o, intern("__aiter__"));
    if (!m) {
      if (error_occurred()) return nullptr;
      return raise(exc::TypeError, std::string("'async for' requires an object with __aiter__ method, got ") + type_name_of(o));
    }
    res = call(*m, nullptr, 0);
  }
  if (!res) return nullptr;
  if (type_of(*res)->anext == nullptr && type_lookup(type_of(*res), intern("__anext__")).is_null()) {
    return raise(exc::TypeError, std::string("'async for' received an object from __aiter__ that does not implement __anext__: ") +
                                     type_name_of(*res));
  }
  return res;
}

Ref get_anext_awaitable(Value aiter) {
  Type* t = type_of(aiter);
  Ref next_obj;
  if (t->anext != nullptr) {
    next_obj = t->anext(aiter);
  } else {
    Ref m = lookup_special(aiter, intern("__anext__"));
    if (!m) {
      if (error_occurred()) return nullptr;
      return raise(exc::TypeError, std::string("'async for' requires an iterator with __anext__ method, got ") + type_name_of(aiter));
    }
    next_obj = call(*m, nullptr, 0);
  }
  if (!next_obj) return nullptr;
  if (t == &async_generator_type) return next_obj;
  Ref awaitable = get_awaitable_iter(*next_obj, 0);
  if (!awaitable) {
    if (error_matches(exc::TypeError)) {
      clear_error();
      return raise(exc::TypeError, std::string("'async for' received an invalid object from __anext__: ") + type_name_of(*next_obj));
    }
    return nullptr;
  }
  return awaitable;
}

// ---- building values ----

Ref build_string(const Value* items, int n) {
  std::string out;
  for (int i = 0; i < n; i++) out += str_utf8(items[i].as<Str>());
  return str_from_utf8(out);
}

Ref format_value(Value v, int conversion, Value spec) {
  Ref converted;
  switch (conversion) {
    case 1: converted = str(v); break;
    case 2: converted = repr(v); break;
    case 3: converted = ascii(v); break;
    default: converted = Ref::borrow(v); break;
  }
  if (!converted) return nullptr;
  if (spec.is_null() && is_exact_str(*converted)) return converted;
  if (spec.is_null()) {
    Ref empty = str_from_utf8("");
    if (!empty) return nullptr;
    return format(*converted, *empty);
  }
  return format(*converted, spec);
}

int list_extend_or_error(Value list, Value iterable) {
  if (list_extend(list.as<List>(), iterable) == 0) return 0;
  if (error_matches(exc::TypeError) && type_of(iterable)->iter == nullptr && type_of(iterable)->getitem == nullptr) {
    clear_error();
    return fail(exc::TypeError, std::string("Value after * must be an iterable, not ") + type_name_of(iterable));
  }
  return -1;
}

int dict_update_or_error(Value dict, Value update) {
  if (is_dict(update) || !type_lookup(type_of(update), intern("keys")).is_null()) {
    return dict_update(dict.as<Dict>(), update);
  }
  return fail(exc::TypeError, "'" + std::string(type_name_of(update)) + "' object is not a mapping");
}

int dict_merge_or_error(Value func, Value dict, Value update) {
  Dict* d = dict.as<Dict>();
  if (!is_dict(update) && type_lookup(type_of(update), intern("keys")).is_null()) {
    return fail(exc::TypeError, function_description(func) + " argument after ** must be a mapping, not " +
                                    type_name_of(update));
  }
  Ref keys = is_dict(update) ? Ref::borrow(update) : call_method(update, "keys", {});
  if (!keys) return -1;
  Ref it = iter(*keys);
  if (!it) return -1;
  while (Ref key = next(*it)) {
    // Keys that are not strings are refused by the call, not here.
    Value existing = dict_get(d, *key);
    if (!existing.is_null()) {
      Ref key_text = str(*key);
      if (!key_text) return -1;
      return fail(exc::TypeError, function_description(func) + " got multiple values for keyword argument '" +
                                      str_to_std(key_text.as<Str>()) + "'");
    }
    Ref value = getitem(update, *key);
    if (!value) return -1;
    if (dict_set(d, *key, *value) < 0) return -1;
  }
  return error_occurred() ? -1 : 0;
}

Ref annotations_dict(Value annotations) {
  if (is_dict(annotations)) return Ref::borrow(annotations);
  if (!is_tuple(annotations)) return raise(exc::SystemError, "bad annotations");
  Tuple* t = annotations.as<Tuple>();
  Ref d = Ref::steal(dict_new());
  if (!d) return nullptr;
  for (int64_t i = 0; i + 1 < t->size; i += 2) {
    if (dict_set(d.as<Dict>(), t->items[i], t->items[i + 1]) < 0) return nullptr;
  }
  return d;
}

int print_expr(Value v) {
  Value import_fn = dict_get_str(default_builtins(), intern("__import__"));
  if (import_fn.is_null()) return fail(exc::RuntimeError, "lost sys.displayhook");
  Ref sys = call(import_fn, {Value::object(intern("sys"))});
  if (!sys) return -1;
  Ref hook = getattr_optional(*sys, intern("displayhook"));
  if (!hook) {
    if (!error_occurred()) fail(exc::RuntimeError, "lost sys.displayhook");
    return -1;
  }
  Ref r = call(*hook, {v});
  return r ? 0 : -1;
}

}  // namespace taipan
