// `object`: the root of every class. Its slots are the defaults every type
// inherits: allocation with CPython's excess-argument rules, identity
// equality and hashing, the default repr, generic attribute access, and the
// methods __format__, __dir__, __init_subclass__, __class__ and friends.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "modules/sys.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_slots.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/import.h"
#include "runtime/protocol.h"

namespace taipan {

Type object_type;

namespace {

bool has_excess_args(size_t nargs, Tuple* kwnames) {
  return nargs > 0 || (kwnames != nullptr && kwnames->size > 0);
}

int object_init(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  Type* t = type_of(self);
  if (!has_excess_args(nargs, kwnames)) return 0;
  if (t->init != object_init) {
    return fail(exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
  }
  if (t->new_ == object_default_new) {
    return fail(exc::TypeError, std::string(t->name) +
                                    ".__init__() takes exactly one argument (the instance to initialize)");
  }
  return 0;
}

Ref abstract_instantiation_error(Type* t) {
  Ref methods = getattr(Value::object(t), "__abstractmethods__");
  if (!methods) return nullptr;
  Ref list = list_from_iterable(methods.get());
  if (!list) return nullptr;
  List* l = list.as<List>();
  if (list_sort(l, Value(), false) < 0) return nullptr;
  std::string names;
  for (int64_t i = 0; i < l->size; i++) {
    if (i) names += ", ";
    Ref s = str(l->items[i]);
    if (!s) return nullptr;
    names += str_utf8(s.as<Str>());
  }
  return raise(exc::TypeError, std::string("Can't instantiate abstract class ") + t->name +
                                   " with abstract method" + (l->size == 1 ? "" : "s") + " " + names);
}

void object_dealloc(Object* self) { free_object(self); }

Ref object_str(Value self) { return repr(self); }

Ref object_richcompare(Value a, Value b, CompareOp op) {
  switch (op) {
    case CompareOp::Eq:
      return a == b ? Ref::boolean(true) : ref_not_implemented();
    case CompareOp::Ne: {
      RichCompareFn eq = type_of(a)->richcompare;
      if (eq == nullptr) return ref_not_implemented();
      Ref r = eq(a, b, CompareOp::Eq);
      if (!r || is_not_implemented(r.get())) return r;
      int truth = is_true(r.get());
      if (truth < 0) return nullptr;
      return Ref::boolean(!truth);
    }
    default:
      return ref_not_implemented();
  }
}

// ---- methods ----

Ref object_format(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("object.__format__", kwnames) || !check_arg_count("__format__", nargs, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("__format__() argument must be str, not ") + type_name_of(args[0]));
  }
  if (args[0].as<Str>()->length > 0) {
    return raise(exc::TypeError, std::string("unsupported format string passed to ") + type_name_of(self) +
                                     ".__format__");
  }
  return str(self);
}

Ref object_dir(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_arg_count("__dir__", nargs, 0, 0)) return nullptr;
  Ref names = Ref::steal(Value::object(dict_new()));
  if (!names) return nullptr;
  if (Dict** dp = instance_dict_ptr(self); dp != nullptr && *dp != nullptr) {
    if (dict_update(names.as<Dict>(), Value::object(*dp)) < 0) return nullptr;
  }
  Ref cls = getattr_optional(self, intern("__class__"));
  if (!cls && error_occurred()) return nullptr;
  if (cls && is_type(cls.get())) {
    Tuple* mro = cls.as<Type>()->mro;
    for (int64_t i = 0; i < mro->size; i++) {
      int64_t pos = 0;
      Value k, v;
      while (dict_next(mro->items[i].as<Type>()->dict, &pos, &k, &v)) {
        if (dict_set(names.as<Dict>(), k, Value::none()) < 0) return nullptr;
      }
    }
  }
  return list_from_iterable(names.get());
}

Ref object_sizeof(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_arg_count("__sizeof__", nargs, 0, 0)) return nullptr;
  Type* t = type_of(self);
  int64_t size = t->basic_size;
  if (t->item_size != 0 && self.is_object()) {
    Ref n = call_method(self, "__len__", {});
    if (n && n.get().is_small_int()) size += t->item_size * n.get().as_small_int();
    clear_error();
  }
  return Ref::small_int(size);
}

Ref object_init_subclass(Value cls, const Value*, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    return raise(exc::TypeError, std::string(cls.as<Type>()->name) +
                                     ".__init_subclass__() takes no keyword arguments");
  }
  if (nargs > 0) {
    return raise(exc::TypeError, std::string(cls.as<Type>()->name) +
                                     ".__init_subclass__() takes no arguments (" + std::to_string(nargs) +
                                     " given)");
  }
  return Ref::none();
}

Ref object_subclasshook(Value, const Value*, size_t, Tuple*) { return ref_not_implemented(); }

Ref cannot_pickle(Value self) {
  return raise(exc::TypeError, std::string("cannot pickle '") + type_name_of(self) + "' object");
}

// copyreg.<name>, found through sys.modules when copyreg is loaded.
Ref copyreg_function(Str* name) {
  Value modules = sys_modules();
  Value loaded = modules.is_object() && is_dict(modules) ? dict_get_str(modules.as<Dict>(), INTERNED("copyreg")) : Value();
  Ref copyreg = !loaded.is_null() && !loaded.is_none() ? Ref::borrow(loaded) : import_module("copyreg");
  return copyreg ? getattr(copyreg.get(), name) : nullptr;
}

// The names of the filled __slots__: the class's cached __slotnames__ when
// it has one (as CPython's _PyType_GetSlotNames), else copyreg._slotnames.
Ref slot_names(Type* t) {
  Value cached = dict_get_str(t->dict, INTERNED("__slotnames__"));
  if (!cached.is_null() && (cached.is_none() || is_list(cached))) return Ref::borrow(cached);
  Ref slotnames_of = copyreg_function(INTERNED("_slotnames"));
  if (!slotnames_of) return nullptr;
  return call(slotnames_of.get(), {Value::object(t)});
}

// object.__getstate__'s answer: the instance __dict__ (None when empty),
// paired with a dict of the filled __slots__ (copyreg._slotnames) if any.
// `required` (the state alone must rebuild the object) refuses instances of
// built-in types other than object, whose contents the state cannot carry.
Ref default_state(Value self, bool required) {
  Type* t = type_of(self);
  if (required) {
    Type* native = t;
    while (native != nullptr && type_has_flag(native, kTypeHeap)) native = native->base;
    if (native != &object_type) return cannot_pickle(self);
  }
  Dict** dp = instance_dict_ptr(self);
  Ref state = (dp == nullptr || *dp == nullptr || dict_size(*dp) == 0) ? Ref::none()
                                                                       : Ref::borrow(Value::object(*dp));
  Ref names = slot_names(t);
  if (!names) return nullptr;
  if (names.get().is_none()) return state;
  if (!is_list(names.get())) {
    return raise(exc::TypeError, std::string("copyreg._slotnames didn't return a list or None"));
  }
  List* name_list = names.as<List>();
  if (name_list->size == 0) return state;
  Ref slots = Ref::steal(static_cast<Object*>(dict_new()));
  if (!slots) return nullptr;
  for (int64_t i = 0; i < name_list->size; ++i) {
    Value name = name_list->items[i];
    if (!is_str(name)) return raise(exc::TypeError, "__slotnames__ should be a list of strings");
    Ref value = getattr(self, name.as<Str>());
    if (!value) {
      if (!error_matches(exc::AttributeError)) return nullptr;
      clear_error();
      continue;
    }
    if (dict_set(slots.as<Dict>(), name, value.get()) < 0) return nullptr;
  }
  if (dict_size(slots.as<Dict>()) == 0) return state;
  return tuple_pack({state.get(), slots.get()});
}

Ref object_getstate(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("object.__getstate__", nargs, kwnames)) return nullptr;
  return default_state(self, false);
}

// The state __reduce_ex__ records: the class's own __getstate__ if it has
// one, otherwise object's, which may refuse (see default_state).
Ref instance_state(Value self, bool required) {
  Str* getstate = INTERNED("__getstate__");
  if (type_lookup(type_of(self), getstate) != type_lookup(&object_type, getstate)) {
    return call_method(self, getstate, {});
  }
  return default_state(self, required);
}

// The (args, kwargs) __getnewargs_ex__ or __getnewargs__ give, checked as
// CPython checks them; both stay null when the class defines neither.
bool new_arguments(Value self, Ref& args, Ref& kwargs) {
  Type* t = type_of(self);
  if (!type_lookup(t, INTERNED("__getnewargs_ex__")).is_null()) {
    Ref pair = call_method(self, INTERNED("__getnewargs_ex__"), {});
    if (!pair) return false;
    if (!is_tuple(pair.get())) {
      raise(exc::TypeError, std::string("__getnewargs_ex__ should return a tuple, not '") + type_name_of(pair.get()) + "'");
      return false;
    }
    Tuple* items = pair.as<Tuple>();
    if (items->size != 2) {
      raise(exc::ValueError, "__getnewargs_ex__ should return a tuple of length 2, not " + std::to_string(items->size));
      return false;
    }
    if (!is_tuple(items->items[0])) {
      raise(exc::TypeError, std::string("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '") +
                                type_name_of(items->items[0]) + "'");
      return false;
    }
    if (!is_dict(items->items[1])) {
      raise(exc::TypeError, std::string("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '") +
                                type_name_of(items->items[1]) + "'");
      return false;
    }
    args = Ref::borrow(items->items[0]);
    kwargs = Ref::borrow(items->items[1]);
    return true;
  }
  if (!type_lookup(t, INTERNED("__getnewargs__")).is_null()) {
    args = call_method(self, INTERNED("__getnewargs__"), {});
    if (!args) return false;
    if (!is_tuple(args.get())) {
      raise(exc::TypeError, std::string("__getnewargs__ should return a tuple, not '") + type_name_of(args.get()) + "'");
      return false;
    }
  }
  return true;
}

// Protocol 2 and up: (copyreg.__newobj__, (cls, *args), state, list items,
// dict items), or copyreg.__newobj_ex__ when there are keyword arguments.
Ref reduce_newobj(Value self) {
  Ref args, kwargs;
  if (!new_arguments(self, args, kwargs)) return nullptr;
  Value cls = Value::object(type_of(self));
  Ref constructor, constructor_args;
  if (!kwargs || dict_size(kwargs.as<Dict>()) == 0) {
    constructor = copyreg_function(INTERNED("__newobj__"));
    if (!constructor) return nullptr;
    Tuple* extra = args ? args.as<Tuple>() : nullptr;
    int64_t n = extra ? extra->size : 0;
    Tuple* packed = tuple_new(n + 1);
    constructor_args = Ref::steal(static_cast<Object*>(packed));
    packed->items[0] = Ref::borrow(cls).release();
    for (int64_t i = 0; i < n; ++i) packed->items[i + 1] = Ref::borrow(extra->items[i]).release();
  } else {
    constructor = copyreg_function(INTERNED("__newobj_ex__"));
    if (!constructor) return nullptr;
    constructor_args = tuple_pack({cls, args.get(), kwargs.get()});
  }
  if (!constructor_args) return nullptr;
  bool list_like = is_list(self);
  bool dict_like = is_dict(self);
  Ref state = instance_state(self, !(args || list_like || dict_like));
  if (!state) return nullptr;
  Ref list_items = list_like ? iter(self) : Ref::none();
  if (!list_items) return nullptr;
  Ref dict_items = Ref::none();
  if (dict_like) {
    Ref pairs = call_method(self, "items", {});
    dict_items = pairs ? iter(pairs.get()) : nullptr;
    if (!dict_items) return nullptr;
  }
  return tuple_pack({constructor.get(), constructor_args.get(), state.get(), list_items.get(), dict_items.get()});
}

// Protocols 0 and 1 are copyreg._reduce_ex's business.
Ref common_reduce(Value self, int64_t protocol) {
  if (protocol >= 2) return reduce_newobj(self);
  Ref reduce_ex = copyreg_function(INTERNED("_reduce_ex"));
  if (!reduce_ex) return nullptr;
  return call(reduce_ex.get(), {self, Value::small_int(protocol)});
}

Ref object_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("object.__reduce__", nargs, kwnames)) return nullptr;
  return common_reduce(self, 0);
}

// __reduce_ex__(protocol): a class that overrides __reduce__ is asked that.
Ref object_reduce_ex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("object.__reduce_ex__", kwnames)) return nullptr;
  if (nargs != 1) {
    return raise(exc::TypeError,
                 "object.__reduce_ex__() takes exactly one argument (" + std::to_string(nargs) + " given)");
  }
  Ref protocol = index(args[0]);
  if (!protocol) return nullptr;
  int64_t proto = as_int64(protocol.get());
  if (proto == -1 && error_occurred()) return nullptr;
  Str* reduce = INTERNED("__reduce__");
  if (type_lookup(type_of(self), reduce) != type_lookup(&object_type, reduce)) {
    return call_method(self, reduce, {});
  }
  return common_reduce(self, proto);
}

const MethodDef kObjectMethods[] = {
    {"__reduce_ex__", object_reduce_ex, kMethodInstance, "__reduce_ex__($self, protocol, /)\n--\n\nHelper for pickle."},
    {"__reduce__", object_reduce, kMethodInstance, "__reduce__($self, /)\n--\n\nHelper for pickle."},
    {"__getstate__", object_getstate, kMethodInstance, "__getstate__($self, /)\n--\n\nHelper for pickle."},
    {"__subclasshook__", object_subclasshook, kMethodClass, "Abstract classes can override this to customize issubclass()."},
    {"__init_subclass__", object_init_subclass, kMethodClass,
     "This method is called when a class is subclassed."},
    {"__format__", object_format, kMethodInstance, "__format__($self, format_spec, /)\n--\n\nDefault object formatter."},
    {"__sizeof__", object_sizeof, kMethodInstance, "__sizeof__($self, /)\n--\n\nSize of object in memory, in bytes."},
    {"__dir__", object_dir, kMethodInstance, "__dir__($self, /)\n--\n\nDefault dir() implementation."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- __class__ ----

Ref object_get_class(Value self) { return Ref::borrow(Value::object(type_of(self))); }

bool compatible_layout(Type* a, Type* b) {
  return a->basic_size == b->basic_size && a->item_size == b->item_size && a->dict_offset == b->dict_offset &&
         a->weaklist_offset == b->weaklist_offset && a->dealloc == b->dealloc;
}

int object_set_class(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "can't delete __class__ attribute");
  if (!is_type(v)) {
    return fail(exc::TypeError, std::string("__class__ must be set to a class, not '") + type_name_of(v) +
                                    "' object");
  }
  Type* old_t = type_of(self);
  Type* new_t = v.as<Type>();
  if (!self.is_object() || !type_has_flag(old_t, kTypeHeap) || !type_has_flag(new_t, kTypeHeap)) {
    return fail(exc::TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  }
  if (!compatible_layout(old_t, new_t)) {
    return fail(exc::TypeError, std::string("__class__ assignment: '") + new_t->name +
                                    "' object layout differs from '" + old_t->name + "'");
  }
  incref(v);
  self.as_object()->type = new_t;
  decref(Value::object(old_t));
  return 0;
}

const GetSetDef kObjectGetSets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref object_default_new(Type* type, const Value*, size_t nargs, Tuple* kwnames) {
  if (has_excess_args(nargs, kwnames)) {
    if (type->new_ != object_default_new) {
      return raise(exc::TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (type->init == object_init) return raise(exc::TypeError, std::string(type->name) + "() takes no arguments");
  }
  if (type_has_flag(type, kTypeAbstract)) return abstract_instantiation_error(type);
  Object* o = alloc_object(type, static_cast<size_t>(type->basic_size));
  if (o == nullptr) return nullptr;
  return Ref::steal(o);
}

Ref object_default_repr(Value self) {
  Type* t = type_of(self);
  Ref qn = type_qualified_name(t);
  if (!qn) return nullptr;
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p",
                self.is_object() ? static_cast<void*>(self.as_object()) : reinterpret_cast<void*>(self.bits()));
  return str_from_utf8(std::string("<") + std::string(str_utf8(qn.as<Str>())) + " object at " + addr + ">");
}

int64_t object_default_hash(Value self) {
  uint64_t bits = self.bits();
  int64_t h = static_cast<int64_t>((bits >> 4) | (bits << 60));
  return h == -1 ? -2 : h;
}

int init_object_type() {
  Type* t = &object_type;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = "object";
  t->basic_size = sizeof(Object);
  t->flags = kTypeBaseType;
  t->doc =
      "object()\n--\n\nThe base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new "
      "featureless\ninstance that has no instance attributes and cannot be given any.\n";
  t->dealloc = object_dealloc;
  t->repr = object_default_repr;
  t->str = object_str;
  t->hash = object_default_hash;
  t->richcompare = object_richcompare;
  t->getattr = generic_getattr;
  t->setattr = generic_setattr;
  t->new_ = object_default_new;
  t->init = object_init;
  t->methods = kObjectMethods;
  t->getsets = kObjectGetSets;
  return 0;
}

}  // namespace taipan
