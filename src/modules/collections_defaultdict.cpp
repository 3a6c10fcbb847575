// collections.defaultdict, written in C++ as CPython writes it in C
// (`_collections.defaultdict`): a dict subclass whose __missing__ calls
// default_factory and stores what it returns.
#include "modules/collections_defaultdict.h"

#include <string>

#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/repr_guard.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type defaultdict_type;

namespace {

struct DefaultDict : Dict {
  Value factory;  // owned: a callable or None
};

DefaultDict* as_defaultdict(Value v) { return static_cast<DefaultDict*>(v.as_object()); }

void defaultdict_traverse(Object* self, VisitFn visit, void* arg) {
  visit(static_cast<DefaultDict*>(self)->factory, arg);
  dict_type.traverse(self, visit, arg);
}

void defaultdict_clear(Object* self) {
  auto* d = static_cast<DefaultDict*>(self);
  Value old = d->factory;
  d->factory = Value::none();
  decref(old);
  dict_type.clear(self);
}

void defaultdict_dealloc(Object* self) {
  auto* d = static_cast<DefaultDict*>(self);
  Value old = d->factory;
  d->factory = Value::none();
  decref(old);
  dict_type.dealloc(self);
}

Ref defaultdict_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref self = dict_type.new_(type, args, nargs, kwnames);
  if (self) as_defaultdict(self.get())->factory = Value::none();
  return self;
}

// defaultdict(default_factory=None, /, *args, **kwargs): the rest goes to dict.__init__.
int defaultdict_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value factory = Value::none();
  if (nargs > 0) {
    factory = args[0];
    if (!factory.is_none() && type_of(factory)->call == nullptr) {
      return fail(exc::TypeError, "first argument must be callable or None");
    }
    ++args;
    --nargs;
  }
  DefaultDict* d = as_defaultdict(self);
  incref(factory);
  Value old = d->factory;
  d->factory = factory;
  decref(old);
  return dict_type.init(self, args, nargs, kwnames);
}

Ref defaultdict_missing(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__missing__", kwnames) || !check_arg_count("__missing__", nargs, 1, 1)) return nullptr;
  Value factory = as_defaultdict(self)->factory;
  if (factory.is_none()) return raise_with_arg(exc::KeyError, args[0]);
  Ref value = call(factory, nullptr, 0);
  if (!value || setitem(self, args[0], value.get()) < 0) return nullptr;
  return value;
}

// A defaultdict of `type` with `factory`, holding a copy of `items`.
Ref defaultdict_make(Type* type, Value factory, Value items) {
  Value call_args[] = {factory, items};
  return call(Value::object(type), call_args, 2);
}

Ref defaultdict_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("copy", kwnames) || !check_arg_count("copy", nargs, 0, 0)) return nullptr;
  return defaultdict_make(type_of(self), as_defaultdict(self)->factory, self);
}

Ref defaultdict_reduce(Value self, const Value*, size_t, Tuple*) {
  Value factory = as_defaultdict(self)->factory;
  Ref args = factory.is_none() ? tuple_pack({}) : tuple_pack({factory});
  Ref items = call_method(self, "items", {});
  if (!args || !items) return nullptr;
  Ref iterator = iter(items.get());
  if (!iterator) return nullptr;
  return tuple_pack({Value::object(type_of(self)), args.get(), Value::none(), Value::none(), iterator.get()});
}

Ref defaultdict_repr(Value self) {
  Ref base = dict_type.repr(self);
  if (!base) return nullptr;
  Value factory = as_defaultdict(self)->factory;
  std::string factory_text = "None";
  if (!factory.is_none()) {
    // The guard is on the factory, as CPython's: a factory whose repr
    // reaches itself again prints as "...".
    ReprGuard guard(factory.as_object());
    if (!guard.active()) {
      factory_text = "...";
    } else {
      Ref r = repr(factory);
      if (!r) return nullptr;
      factory_text = str_to_std(r.as<Str>());
    }
  }
  std::string_view name = type_of(self)->name;
  name.remove_prefix(name.rfind('.') == std::string_view::npos ? 0 : name.rfind('.') + 1);
  return str_from_utf8(std::string(name) + "(" + factory_text + ", " + str_to_std(base.as<Str>()) +
                       ")");
}

// left | right where either is a defaultdict: a copy of left (with the
// defaultdict operand's type and factory) updated with right.
Ref defaultdict_or(Value left, Value right) {
  bool left_is_default = type_is_subtype(type_of(left), &defaultdict_type);
  Value self = left_is_default ? left : right;
  Value other = left_is_default ? right : left;
  if (!is_dict(other)) return ref_not_implemented();
  Ref result = defaultdict_make(type_of(self), as_defaultdict(self)->factory, left);
  if (!result || dict_update(result.as<Dict>(), right) < 0) return nullptr;
  return result;
}

Ref defaultdict_get_factory(Value self) { return Ref::borrow(as_defaultdict(self)->factory); }

int defaultdict_set_factory(Value self, Value v) {
  DefaultDict* d = as_defaultdict(self);
  Value next = v.is_null() ? Value::none() : v;
  incref(next);
  Value old = d->factory;
  d->factory = next;
  decref(old);
  return 0;
}

const MethodDef kDefaultDictMethods[] = {
    {"__missing__", defaultdict_missing, kMethodInstance,
     "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
     "  if self.default_factory is None: raise KeyError((key,))\n"
     "  self[key] = value = self.default_factory()\n  return value\n"},
    {"copy", defaultdict_copy, kMethodInstance, "D.copy() -> a shallow copy of D."},
    {"__copy__", defaultdict_copy, kMethodInstance, "D.copy() -> a shallow copy of D."},
    {"__reduce__", defaultdict_reduce, kMethodInstance, "Return state information for pickling."},
    {"__class_getitem__", generic_alias_class_getitem, kMethodClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kDefaultDictGetSets[] = {
    {"default_factory", defaultdict_get_factory, defaultdict_set_factory,
     "Factory for default value called by __missing__()."},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

int init_defaultdict_type() {
  Type& t = defaultdict_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "collections.defaultdict";
  t.basic_size = sizeof(DefaultDict);
  t.flags = kTypeGC | kTypeBaseType | kTypeDictSubclass;
  t.base = &dict_type;
  t.dealloc = defaultdict_dealloc;
  t.traverse = defaultdict_traverse;
  t.clear = defaultdict_clear;
  t.new_ = defaultdict_new;
  t.init = defaultdict_init;
  t.repr = defaultdict_repr;
  t.number.or_ = defaultdict_or;
  t.methods = kDefaultDictMethods;
  t.getsets = kDefaultDictGetSets;
  t.doc =
      "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
      "The default factory is called without arguments to produce\n"
      "a new value when a key is not present, in __getitem__ only.\n"
      "A defaultdict compares equal to a dict with the same items.\n"
      "All remaining arguments are treated the same as if they were\n"
      "passed to the dict constructor, including keyword arguments.\n";
  return type_ready(&t);
}

}  // namespace taipan
