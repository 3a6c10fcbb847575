// functools.partial: a callable holding a function with some of its
// positional and keyword arguments already given. A partial of a plain
// partial (one without an instance dict) is flattened into one object, as
// CPython does; the call prepends the stored arguments without building a
// tuple when there are no stored keywords.
#include <algorithm>
#include <string>
#include <vector>

#include "modules/functools/functools.h"
#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/repr_guard.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type partial_type;

int readonly_attribute(Value, Value) { return fail(exc::AttributeError, "readonly attribute"); }

namespace {

struct Partial : Object {
  Value fn;       // the callable (owned)
  Value args;     // the stored positional arguments: an exact tuple (owned)
  Value keywords; // the stored keyword arguments: a dict (owned)
  Dict* dict;     // the instance __dict__, made on first use
  WeakRef* weakrefs;
};

Partial* as_partial(Value v) { return v.as<Partial>(); }

Ref partial_call(Value self, const Value* args, size_t nargs, Tuple* kwnames);

// Replaces an owned field.
void set_field(Value* field, Ref v) {
  Value old = *field;
  *field = v.release();
  decref(old);
}

// The stored arguments, then the call's: positional ones first, keyword
// values last in the order of `names`.
Ref call_with_stored_keywords(Partial* p, Value fn, Tuple* stored, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref merged = Ref::steal(dict_copy(p->keywords.as<Dict>()));
  if (!merged) return nullptr;
  int64_t call_keywords = kwnames ? kwnames->size : 0;
  for (int64_t k = 0; k < call_keywords; k++) {
    if (dict_set(merged.as<Dict>(), kwnames->items[k], args[nargs + static_cast<size_t>(k)]) < 0) return nullptr;
  }
  Dict* kw = merged.as<Dict>();
  Tuple* names = tuple_new(dict_size(kw));
  if (!names) return nullptr;
  Ref hold_names = Ref::steal(names);
  std::vector<Value> all;
  all.reserve(static_cast<size_t>(stored->size) + nargs + static_cast<size_t>(dict_size(kw)));
  all.insert(all.end(), stored->items, stored->items + stored->size);
  all.insert(all.end(), args, args + nargs);
  int64_t pos = 0, i = 0;
  Value key, value;
  while (dict_next(kw, &pos, &key, &value)) {
    if (!is_str(key)) return raise(exc::TypeError, "keywords must be strings");
    names->items[i++] = Ref::borrow(key).release();
    all.push_back(value);
  }
  return call(fn, all.data(), static_cast<size_t>(stored->size) + nargs, names);
}

Ref partial_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Partial* p = as_partial(self);
  // __setstate__ may replace the fields while the call runs.
  Ref fn = Ref::borrow(p->fn);
  Ref hold_stored = Ref::borrow(p->args);
  Tuple* stored = hold_stored.as<Tuple>();
  if (dict_size(p->keywords.as<Dict>()) != 0) {
    return call_with_stored_keywords(p, *fn, stored, args, nargs, kwnames);
  }
  if (stored->size == 0) return call(*fn, args, nargs, kwnames);
  size_t total = static_cast<size_t>(stored->size) + nargs + (kwnames ? static_cast<size_t>(kwnames->size) : 0);
  constexpr size_t kOnStack = 8;
  Value on_stack[kOnStack];
  std::vector<Value> on_heap;
  Value* all = on_stack;
  if (total > kOnStack) {
    on_heap.resize(total);
    all = on_heap.data();
  }
  std::copy(stored->items, stored->items + stored->size, all);
  std::copy(args, args + (total - static_cast<size_t>(stored->size)), all + stored->size);
  return call(*fn, all, static_cast<size_t>(stored->size) + nargs, kwnames);
}

Ref partial_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1) return raise(exc::TypeError, "type 'partial' takes at least one argument");
  Value fn = args[0];
  if (type_of(fn)->call == nullptr) return raise(exc::TypeError, "the first argument must be callable");
  Value inner_args = Value::object(empty_tuple());
  Value inner_keywords;
  // A partial without instance attributes is unwrapped: its function and
  // arguments are taken over.
  if (type_of(fn)->call == partial_call && as_partial(fn)->dict == nullptr) {
    Partial* inner = as_partial(fn);
    inner_args = inner->args;
    inner_keywords = inner->keywords;
    fn = inner->fn;
  }
  Ref hold_fn = Ref::borrow(fn);
  Tuple* inner_tuple = inner_args.as<Tuple>();
  Tuple* all_args = tuple_new(inner_tuple->size + static_cast<int64_t>(nargs) - 1);
  if (!all_args) return nullptr;
  Ref hold_args = Ref::steal(all_args);
  for (int64_t i = 0; i < inner_tuple->size; i++) all_args->items[i] = Ref::borrow(inner_tuple->items[i]).release();
  for (size_t i = 1; i < nargs; i++) all_args->items[inner_tuple->size + static_cast<int64_t>(i) - 1] = Ref::borrow(args[i]).release();
  Ref keywords = Ref::steal(inner_keywords.is_null() ? dict_new() : dict_copy(inner_keywords.as<Dict>()));
  if (!keywords) return nullptr;
  for (int64_t k = 0; kwnames && k < kwnames->size; k++) {
    if (dict_set(keywords.as<Dict>(), kwnames->items[k], args[nargs + static_cast<size_t>(k)]) < 0) return nullptr;
  }
  Partial* p = new_object<Partial>(type, static_cast<size_t>(type->basic_size));
  if (!p) return nullptr;
  p->fn = hold_fn.release();
  p->args = hold_args.release();
  p->keywords = keywords.release();
  return Ref::steal(p);
}

void partial_traverse(Object* self, VisitFn visit, void* arg) {
  Partial* p = static_cast<Partial*>(self);
  for (Value v : {p->fn, p->args, p->keywords}) {
    if (!v.is_null()) visit(v, arg);
  }
  if (p->dict) visit(Value::object(p->dict), arg);
}

void partial_clear(Object* self) {
  Partial* p = static_cast<Partial*>(self);
  set_field(&p->fn, nullptr);
  set_field(&p->args, nullptr);
  set_field(&p->keywords, nullptr);
  Dict* d = p->dict;
  p->dict = nullptr;
  if (d) decref(Value::object(d));
}

void partial_dealloc(Object* self) {
  partial_clear(self);
  free_object(self);
}

// functools.partial(<function f at 0x...>, 1, a=2); a partial inside its own
// arguments shows as "...".
Ref partial_repr(Value self) {
  Partial* p = as_partial(self);
  ReprGuard guard(p);
  if (!guard.active()) return str_from_utf8("...");
  // Reprs run Python code: keep what is shown alive.
  Ref fn = Ref::borrow(p->fn);
  Ref stored = Ref::borrow(p->args);
  Ref items = dict_items_list(p->keywords.as<Dict>());
  if (!items) return nullptr;
  Ref fn_repr = repr(*fn);
  if (!fn_repr) return nullptr;
  std::string out = std::string(type_of(self)->name) + "(" + str_to_std(fn_repr.as<Str>());
  Tuple* args = stored.as<Tuple>();
  for (int64_t i = 0; i < args->size; i++) {
    Ref r = repr(args->items[i]);
    if (!r) return nullptr;
    out += ", " + str_to_std(r.as<Str>());
  }
  Ref pairs = tuple_from_iterable(*items);
  if (!pairs) return nullptr;
  for (int64_t i = 0; i < pairs.as<Tuple>()->size; i++) {
    Tuple* pair = pairs.as<Tuple>()->items[i].as<Tuple>();
    Ref key = str(pair->items[0]);
    Ref value = key ? repr(pair->items[1]) : nullptr;
    if (!value) return nullptr;
    out += ", " + str_to_std(key.as<Str>()) + "=" + str_to_std(value.as<Str>());
  }
  return str_from_utf8(out + ")");
}

Ref partial_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__reduce__", kwnames) || !check_arg_count("__reduce__", nargs, 0, 0)) return nullptr;
  Partial* p = as_partial(self);
  Ref fn_only = tuple_pack({p->fn});
  Value dict = p->dict ? Value::object(p->dict) : Value::none();
  Ref state = fn_only ? tuple_pack({p->fn, p->args, p->keywords, dict}) : nullptr;
  if (!state) return nullptr;
  return tuple_pack({Value::object(type_of(self)), *fn_only, *state});
}

// __setstate__((fn, args, keywords, dict)), as __reduce__ returns it.
Ref partial_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__setstate__", kwnames) || !check_arg_count("__setstate__", nargs, 1, 1)) return nullptr;
  Value state = args[0];
  if (!is_tuple(state) || state.as<Tuple>()->size != 4) return raise(exc::TypeError, "invalid partial state");
  Value* parts = state.as<Tuple>()->items;
  Value fn = parts[0], fn_args = parts[1], keywords = parts[2], dict = parts[3];
  if (type_of(fn)->call == nullptr || !is_tuple(fn_args) || !(keywords.is_none() || is_dict(keywords)) ||
      !(dict.is_none() || is_dict(dict))) {
    return raise(exc::TypeError, "invalid partial state");
  }
  Ref new_args = tuple_from_iterable(fn_args);
  Ref new_keywords = keywords.is_none()          ? Ref::steal(dict_new())
                     : type_of(keywords) == &dict_type ? Ref::borrow(keywords)
                                                        : Ref::steal(dict_copy(keywords.as<Dict>()));
  if (!new_args || !new_keywords) return nullptr;
  Partial* p = as_partial(self);
  set_field(&p->fn, Ref::borrow(fn));
  set_field(&p->args, std::move(new_args));
  set_field(&p->keywords, std::move(new_keywords));
  Dict* old = p->dict;
  p->dict = dict.is_none() ? nullptr : Ref::borrow(dict).release().as<Dict>();
  if (old) decref(Value::object(old));
  return Ref::none();
}

Ref partial_get_func(Value self) { return Ref::borrow(as_partial(self)->fn); }
Ref partial_get_args(Value self) { return Ref::borrow(as_partial(self)->args); }
Ref partial_get_keywords(Value self) { return Ref::borrow(as_partial(self)->keywords); }

const MethodDef kPartialMethods[] = {
    {"__reduce__", partial_reduce, kMethodInstance, nullptr},
    {"__setstate__", partial_setstate, kMethodInstance, nullptr},
    {"__class_getitem__", generic_alias_class_getitem, kMethodClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kPartialGetSets[] = {
    {"func", partial_get_func, readonly_attribute, "function object to use in future partial calls"},
    {"args", partial_get_args, readonly_attribute, "tuple of arguments to future partial calls"},
    {"keywords", partial_get_keywords, readonly_attribute, "dictionary of keyword arguments to future partial calls"},
    {"__dict__", instance_dict_get, instance_dict_set, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

int init_partial_type() {
  Type& t = partial_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "functools.partial";
  t.basic_size = sizeof(Partial);
  t.flags = kTypeGC | kTypeBaseType;
  t.base = &object_type;
  Partial probe{};
  t.dict_offset = reinterpret_cast<char*>(&probe.dict) - reinterpret_cast<char*>(&probe);
  t.weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  t.new_ = partial_new;
  t.call = partial_call;
  t.repr = partial_repr;
  t.dealloc = partial_dealloc;
  t.traverse = partial_traverse;
  t.clear = partial_clear;
  t.methods = kPartialMethods;
  t.getsets = kPartialGetSets;
  t.doc = "partial(func, *args, **keywords) - new function with partial application\n"
          "    of the given arguments and keywords.\n";
  return type_ready(&t);
}

}  // namespace taipan
