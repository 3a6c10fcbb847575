// builtins.__build_class__: what a `class` statement calls. Resolves
// __mro_entries__, picks the most derived metaclass, prepares the namespace,
// runs the class body in it and calls the metaclass, then checks that the
// __class__ cell (zero-argument super()) was filled.
#include <string>
#include <vector>

#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "vm/eval.h"
#include "vm/function.h"

namespace taipan {

namespace {

bool is_type_object(Value v) { return v.is_object() && type_has_flag(v.as_object()->type, kTypeTypeSubclass); }

std::string repr_or(Value v) {
  Ref r = repr(v);
  if (!r) {
    clear_error();
    return "?";
  }
  return str_to_std(r.as<Str>());
}

// Replaces bases that define __mro_entries__ by what it returns. Returns
// orig itself (a new reference) when nothing changed.
Ref resolve_mro_entries(Tuple* orig) {
  std::vector<Ref> out;
  bool changed = false;
  for (int64_t i = 0; i < orig->size; i++) {
    Value base = orig->items[i];
    if (is_type_object(base)) {
      out.push_back(Ref::borrow(base));
      continue;
    }
    Ref meth = getattr_optional(base, intern("__mro_entries__"));
    if (!meth) {
      if (error_occurred()) return nullptr;
      out.push_back(Ref::borrow(base));
      continue;
    }
    Ref entries = call(*meth, {Value::object(orig)});
    if (!entries) return nullptr;
    if (!is_tuple(*entries)) return raise(exc::TypeError, "__mro_entries__ must return a tuple");
    changed = true;
    Tuple* t = entries.as<Tuple>();
    for (int64_t j = 0; j < t->size; j++) out.push_back(Ref::borrow(t->items[j]));
  }
  if (!changed) return Ref::borrow(orig);
  Tuple* bases = tuple_new(static_cast<int64_t>(out.size()));
  if (bases == nullptr) return nullptr;
  for (size_t i = 0; i < out.size(); i++) bases->items[i] = out[i].release();
  return Ref::steal(bases);
}

// The most derived of meta and the metaclasses of the bases.
Type* most_derived_metaclass(Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (int64_t i = 0; i < bases->size; i++) {
    Type* t = type_of(bases->items[i]);
    if (type_is_subtype(winner, t)) continue;
    if (type_is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    raise(exc::TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses "
          "of all its bases");
    return nullptr;
  }
  return winner;
}

}  // namespace

Ref build_class(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 2) return raise(exc::TypeError, "__build_class__: not enough arguments");
  Value func = args[0];
  Value name = args[1];
  if (!is_function(func)) return raise(exc::TypeError, "__build_class__: func must be a function");
  if (!is_str(name)) return raise(exc::TypeError, "__build_class__: name is not a string");
  Ref orig_bases = tuple_from_array(args + 2, static_cast<int64_t>(nargs - 2));
  if (!orig_bases) return nullptr;
  Ref bases = resolve_mro_entries(orig_bases.as<Tuple>());
  if (!bases) return nullptr;

  // Keyword arguments other than metaclass go to __prepare__ and the metaclass.
  Value meta;
  std::vector<Value> kw_values;
  std::vector<Value> kw_names;
  size_t nkw = kwnames == nullptr ? 0 : static_cast<size_t>(kwnames->size);
  for (size_t i = 0; i < nkw; i++) {
    Value key = kwnames->items[i];
    if (is_str(key) && str_utf8(key.as<Str>()) == "metaclass") {
      meta = args[nargs + i];
    } else {
      kw_names.push_back(key);
      kw_values.push_back(args[nargs + i]);
    }
  }
  Ref kw_tuple;
  if (!kw_names.empty()) {
    kw_tuple = tuple_from_array(kw_names.data(), static_cast<int64_t>(kw_names.size()));
    if (!kw_tuple) return nullptr;
  }
  Tuple* kw = kw_tuple ? kw_tuple.as<Tuple>() : nullptr;
  Tuple* b = bases.as<Tuple>();
  bool meta_is_class = true;
  if (meta.is_null()) {
    meta = b->size == 0 ? Value::object(&type_type) : Value::object(type_of(b->items[0]));
  } else {
    meta_is_class = is_type_object(meta);
  }
  if (meta_is_class) {
    Type* winner = most_derived_metaclass(meta.as<Type>(), b);
    if (winner == nullptr) return nullptr;
    meta = Value::object(winner);
  }

  // The namespace: meta.__prepare__(name, bases, **kwds), or a dict.
  Ref ns;
  Ref prepare = getattr_optional(meta, intern("__prepare__"));
  if (prepare) {
    std::vector<Value> call_args = {name, *bases};
    call_args.insert(call_args.end(), kw_values.begin(), kw_values.end());
    ns = call(*prepare, call_args.data(), 2, kw);
    if (!ns) return nullptr;
    if (type_of(*ns)->getitem == nullptr) {
      std::string who = meta_is_class ? std::string(meta.as<Type>()->name) : "<metaclass>";
      if (meta_is_class && type_has_flag(meta.as<Type>(), kTypeHeap) && is_str(meta.as<Type>()->heap_name)) {
        who = str_to_std(meta.as<Type>()->heap_name.as<Str>());
      }
      return raise(exc::TypeError, who + ".__prepare__() must return a mapping, not " + type_name_of(*ns));
    }
  } else {
    if (error_occurred()) return nullptr;
    ns = Ref::steal(dict_new());
    if (!ns) return nullptr;
  }

  Ref cell = call_function_with_locals(func.as<Function>(), *ns);
  if (!cell) return nullptr;
  if (*bases != *orig_bases) {
    if (setitem(*ns, Value::object(intern("__orig_bases__")), *orig_bases) < 0) return nullptr;
  }
  std::vector<Value> call_args = {name, *bases, *ns};
  call_args.insert(call_args.end(), kw_values.begin(), kw_values.end());
  Ref cls = call(meta, call_args.data(), 3, kw);
  if (!cls) return nullptr;
  if (is_type_object(*cls) && is_cell(*cell)) {
    Value cell_cls = cell.as<Cell>()->contents;
    if (cell_cls != *cls) {
      if (cell_cls.is_null()) {
        return raise(exc::RuntimeError, "__class__ not set defining " + repr_or(name) + " as " + repr_or(*cls) +
                                            ". Was __classcell__ propagated to type.__new__?");
      }
      return raise(exc::TypeError, "__class__ set to " + repr_or(cell_cls) + " defining " + repr_or(name) + " as " +
                                       repr_or(*cls));
    }
  }
  return cls;
}

}  // namespace taipan
