// The _abc module: the machinery of abc.ABCMeta (CPython's abc.py imports it
// over _py_abc). Each ABC keeps an _abc_data object as `_abc_impl`: the
// classes registered with it, and the positive and negative caches of
// subclass checks, all held weakly. A global invalidation counter, bumped by
// every register(), makes stale negative caches be dropped on their next use.
//
// A weak set here is a map from a class's address to a weak reference to it;
// an entry whose reference is dead is stale (the address may be reused by a
// new class) and is treated as absent, so no callbacks are needed.
#include <string>
#include <unordered_map>
#include <vector>

#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

// Bumped by every _abc_register: negative caches older than it are stale.
int64_t abc_invalidation_counter = 0;

class WeakClassSet {
 public:
  // 1 present / 0 absent.
  bool contains(Value cls) {
    auto it = entries_.find(cls.as_object());
    if (it == entries_.end()) return false;
    if (it->second.as<WeakRef>()->referent == cls.as_object()) return true;
    entries_.erase(it);
    return false;
  }
  int add(Value cls) {
    Ref ref = weakref_new_ref(&weakref_type, cls, Value());
    if (!ref) return -1;
    if (entries_.size() >= purge_at_) purge_dead();
    entries_[cls.as_object()] = std::move(ref);
    return 0;
  }
  void clear() { entries_.clear(); }
  // The live classes (new references), in no particular order.
  std::vector<Ref> live() const {
    std::vector<Ref> out;
    for (const auto& [object, ref] : entries_) {
      if (ref.as<WeakRef>()->referent == object) out.push_back(Ref::borrow(object));
    }
    return out;
  }
  // A set of the weak references, as _get_dump shows them.
  Ref as_set() const {
    Ref s = set_new(Value());
    if (!s) return nullptr;
    for (const auto& [object, ref] : entries_) {
      if (ref.as<WeakRef>()->referent == object && set_add(s.as<Set>(), *ref) < 0) return nullptr;
    }
    return s;
  }

 private:
  void purge_dead() {
    std::erase_if(entries_, [](const auto& entry) { return entry.second.template as<WeakRef>()->referent != entry.first; });
    purge_at_ = entries_.size() * 2 + 16;
  }
  std::unordered_map<Object*, Ref> entries_;
  size_t purge_at_ = 16;
};

Type abc_data_type;

struct AbcData : Object {
  WeakClassSet* registry;
  WeakClassSet* cache;
  WeakClassSet* negative_cache;
  int64_t negative_cache_version;
};

Ref abc_data_new(Type* type, const Value*, size_t, Tuple*) {
  AbcData* d = new_object<AbcData>(type);
  if (!d) return nullptr;
  d->registry = new WeakClassSet;
  d->cache = new WeakClassSet;
  d->negative_cache = new WeakClassSet;
  d->negative_cache_version = abc_invalidation_counter;
  return Ref::steal(d);
}

void abc_data_dealloc(Object* self) {
  AbcData* d = static_cast<AbcData*>(self);
  delete d->registry;
  delete d->cache;
  delete d->negative_cache;
  free_object(self);
}

// cls._abc_impl, checked.
Ref get_impl(Value cls) {
  static Str* name = intern("_abc_impl");
  Ref impl = getattr(cls, name);
  if (!impl) return nullptr;
  if (type_of(*impl) != &abc_data_type) return raise(exc::TypeError, "_abc_impl is set to a wrong type");
  return impl;
}

AbcData* as_data(const Ref& impl) { return impl.as<AbcData>(); }

bool one_class_argument(const char* name, size_t nargs, Tuple* kwnames) {
  std::string qualified = std::string("_abc.") + name;
  if (!no_keywords(qualified.c_str(), kwnames)) return false;
  if (nargs == 1) return true;
  raise(exc::TypeError, qualified + "() takes exactly one argument (" + std::to_string(nargs) + " given)");
  return false;
}

bool two_arguments(const char* name, size_t nargs, Tuple* kwnames) {
  return no_keywords((std::string("_abc.") + name).c_str(), kwnames) && check_arg_count(name, nargs, 2, 2);
}

// ---- _abc_init ------------------------------------------------------------------

// getattr(obj, name) with AttributeError meaning "absent": null with no
// exception set.
Ref lookup_attr(Value obj, Str* name) {
  Ref v = getattr(obj, name);
  if (!v && error_matches(exc::AttributeError)) clear_error();
  return v;
}

// getattr(value, "__isabstractmethod__", False) is true: 1 / 0 / -1.
int is_abstract(Value value) {
  static Str* name = intern("__isabstractmethod__");
  Ref flag = lookup_attr(value, name);
  if (!flag) return error_occurred() ? -1 : 0;
  return is_true(*flag);
}

// The abstract methods of cls: those of its own namespace, and those its
// bases list that are still abstract on cls.
Ref compute_abstract_methods(Value cls) {
  Ref abstracts = set_new(Value());
  if (!abstracts) return nullptr;
  Ref ns = getattr(cls, "__dict__");
  Ref keys = ns ? call_method(*ns, "keys", {}) : nullptr;
  Ref key_iter = keys ? iter(*keys) : nullptr;
  if (!key_iter) return nullptr;
  while (Ref key = next(*key_iter)) {
    Ref value = getitem(*ns, *key);
    if (!value) return nullptr;
    int abstract = is_abstract(*value);
    if (abstract < 0 || (abstract && set_add(abstracts.as<Set>(), *key) < 0)) return nullptr;
  }
  if (error_occurred()) return nullptr;
  Ref bases = getattr(cls, "__bases__");
  if (!bases) return nullptr;
  if (!is_tuple(*bases)) return raise(exc::TypeError, "__bases__ is not tuple");
  Tuple* base_tuple = bases.as<Tuple>();
  for (int64_t i = 0; i < base_tuple->size; i++) {
    Ref base_abstracts = lookup_attr(base_tuple->items[i], intern("__abstractmethods__"));
    if (!base_abstracts) {
      if (error_occurred()) return nullptr;
      continue;
    }
    Ref names = iter(*base_abstracts);
    if (!names) return nullptr;
    while (Ref name = next(*names)) {
      if (!is_str(*name)) return raise(exc::TypeError, "attribute name must be string");
      Ref value = lookup_attr(cls, name.as<Str>());
      if (!value) {
        if (error_occurred()) return nullptr;
        continue;
      }
      int abstract = is_abstract(*value);
      if (abstract < 0 || (abstract && set_add(abstracts.as<Set>(), *name) < 0)) return nullptr;
    }
    if (error_occurred()) return nullptr;
  }
  return frozenset_new(*abstracts);
}

// __abc_tpflags__ in the class body marks the ABC as a sequence or mapping
// for pattern matching; the entry is removed from the namespace.
int apply_abc_tpflags(Value cls) {
  if (!is_type(cls)) return 0;
  Type* t = cls.as<Type>();
  Str* name = intern("__abc_tpflags__");
  Value flags = dict_get_str(t->dict, name);
  if (flags.is_null()) return 0;
  if (is_int(flags)) {
    int64_t value = as_int64(flags);
    if (value == -1 && error_occurred()) return -1;
    uint64_t collection = static_cast<uint64_t>(value) & (kCPythonSequenceFlag | kCPythonMappingFlag);
    if (collection == (kCPythonSequenceFlag | kCPythonMappingFlag)) {
      return fail(exc::TypeError, "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
    }
    if (collection & kCPythonSequenceFlag) t->flags |= kTypeSequence;
    if (collection & kCPythonMappingFlag) t->flags |= kTypeMapping;
  }
  if (dict_del(t->dict, Value::object(name)) < 0) return -1;
  type_modified(t);
  return 0;
}

Ref abc_init(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_class_argument("_abc_init", nargs, kwnames)) return nullptr;
  Value cls = args[0];
  Ref abstracts = compute_abstract_methods(cls);
  if (!abstracts || setattr(cls, intern("__abstractmethods__"), *abstracts) < 0) return nullptr;
  Ref data = abc_data_new(&abc_data_type, nullptr, 0, nullptr);
  if (!data || setattr(cls, intern("_abc_impl"), *data) < 0) return nullptr;
  if (apply_abc_tpflags(cls) < 0) return nullptr;
  return Ref::none();
}

// ---- register -------------------------------------------------------------------

// Gives cls and its subclasses the collection flag of the ABC it was
// registered with; built-in (immutable) types keep theirs.
void set_collection_flag_recursive(Type* t, uint64_t flag) {
  if (!type_has_flag(t, kTypeHeap) || (t->flags & (kTypeSequence | kTypeMapping)) == flag) return;
  t->flags = (t->flags & ~uint64_t{kTypeSequence | kTypeMapping}) | flag;
  if (t->subclasses.is_null()) return;
  Ref subclasses = call_method(Value::object(t), "__subclasses__", {});
  if (!subclasses) {
    clear_error();
    return;
  }
  for (int64_t i = 0; i < subclasses.as<List>()->size; i++) {
    set_collection_flag_recursive(subclasses.as<List>()->items[i].as<Type>(), flag);
  }
}

Ref abc_register(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!two_arguments("_abc_register", nargs, kwnames)) return nullptr;
  Value self = args[0], subclass = args[1];
  if (!is_type(subclass)) return raise(exc::TypeError, "Can only register classes");
  int already = issubclass(subclass, self);
  if (already < 0) return nullptr;
  if (already) return Ref::borrow(subclass);
  int cycle = issubclass(self, subclass);
  if (cycle < 0) return nullptr;
  if (cycle) return raise(exc::RuntimeError, "Refusing to create an inheritance cycle");
  Ref impl = get_impl(self);
  if (!impl || as_data(impl)->registry->add(subclass) < 0) return nullptr;
  abc_invalidation_counter++;
  if (is_type(self)) {
    uint64_t flag = self.as<Type>()->flags & (kTypeSequence | kTypeMapping);
    if (flag) set_collection_flag_recursive(subclass.as<Type>(), flag);
  }
  return Ref::borrow(subclass);
}

// ---- the checks -------------------------------------------------------------------

Ref call_subclasscheck(Value self, Value cls) {
  static Str* name = intern("__subclasscheck__");
  return call_method(self, name, {cls});
}

Ref abc_instancecheck(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!two_arguments("_abc_instancecheck", nargs, kwnames)) return nullptr;
  Value self = args[0], instance = args[1];
  Ref impl = get_impl(self);
  if (!impl) return nullptr;
  static Str* class_name = intern("__class__");
  Ref subclass = getattr(instance, class_name);
  if (!subclass) return nullptr;
  AbcData* data = as_data(impl);
  if (subclass.get().is_object() && data->cache->contains(*subclass)) return Ref::boolean(true);
  Value subtype = Value::object(type_of(instance));
  if (subtype.bits() == subclass.get().bits()) {
    if (data->negative_cache_version == abc_invalidation_counter && data->negative_cache->contains(*subclass)) {
      return Ref::boolean(false);
    }
    return call_subclasscheck(self, *subclass);
  }
  Ref result = call_subclasscheck(self, *subclass);
  if (!result) return nullptr;
  int truth = is_true(*result);
  if (truth < 0) return nullptr;
  if (truth) return result;
  return call_subclasscheck(self, subtype);
}

Ref abc_subclasscheck(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!two_arguments("_abc_subclasscheck", nargs, kwnames)) return nullptr;
  Value self = args[0], subclass = args[1];
  if (!is_type(subclass)) return raise(exc::TypeError, "issubclass() arg 1 must be a class");
  Ref impl = get_impl(self);
  if (!impl) return nullptr;
  AbcData* data = as_data(impl);
  // 1. The positive cache.
  if (data->cache->contains(subclass)) return Ref::boolean(true);
  // 2. The negative cache, dropped when a register() happened since.
  if (data->negative_cache_version < abc_invalidation_counter) {
    data->negative_cache->clear();
    data->negative_cache_version = abc_invalidation_counter;
  } else if (data->negative_cache->contains(subclass)) {
    return Ref::boolean(false);
  }
  auto answer = [&](bool yes) -> Ref {
    if ((yes ? data->cache : data->negative_cache)->add(subclass) < 0) return nullptr;
    return Ref::boolean(yes);
  };
  // 3. The subclass hook.
  static Str* hook_name = intern("__subclasshook__");
  Ref ok = call_method(self, hook_name, {subclass});
  if (!ok) return nullptr;
  if (ok.get().is_true()) return answer(true);
  if (ok.get().is_false()) return answer(false);
  if (!is_not_implemented(*ok)) {
    return raise(exc::AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
  }
  // 4. A direct subclass.
  Tuple* mro = subclass.as<Type>()->mro;
  for (int64_t i = 0; mro && i < mro->size; i++) {
    if (mro->items[i].bits() == self.bits()) return answer(true);
  }
  // 5. A subclass of a registered class.
  for (const Ref& registered : data->registry->live()) {
    int r = issubclass(subclass, *registered);
    if (r < 0) return nullptr;
    if (r) return answer(true);
  }
  // 6. A subclass of a subclass.
  Ref subclasses = call_method(self, "__subclasses__", {});
  if (!subclasses) return nullptr;
  Ref seq = tuple_from_iterable(*subclasses);
  if (!seq) return nullptr;
  for (int64_t i = 0; i < seq.as<Tuple>()->size; i++) {
    int r = issubclass(subclass, seq.as<Tuple>()->items[i]);
    if (r < 0) return nullptr;
    if (r) return answer(true);
  }
  // 7. No.
  return answer(false);
}

// ---- introspection and resets ---------------------------------------------------

Ref abc_get_cache_token(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_abc.get_cache_token", kwnames) || !check_arg_count("get_cache_token", nargs, 0, 0)) return nullptr;
  return int_from_int64(abc_invalidation_counter);
}

Ref abc_get_dump(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_class_argument("_get_dump", nargs, kwnames)) return nullptr;
  Ref impl = get_impl(args[0]);
  if (!impl) return nullptr;
  AbcData* data = as_data(impl);
  Ref registry = data->registry->as_set();
  Ref cache = data->cache->as_set();
  Ref negative = data->negative_cache->as_set();
  Ref version = int_from_int64(data->negative_cache_version);
  if (!registry || !cache || !negative || !version) return nullptr;
  return tuple_pack({*registry, *cache, *negative, *version});
}

Ref abc_reset_registry(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_class_argument("_reset_registry", nargs, kwnames)) return nullptr;
  Ref impl = get_impl(args[0]);
  if (!impl) return nullptr;
  as_data(impl)->registry->clear();
  return Ref::none();
}

Ref abc_reset_caches(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_class_argument("_reset_caches", nargs, kwnames)) return nullptr;
  Ref impl = get_impl(args[0]);
  if (!impl) return nullptr;
  as_data(impl)->cache->clear();
  as_data(impl)->negative_cache->clear();
  return Ref::none();
}

const MethodDef kAbcFunctions[] = {
    {"get_cache_token", abc_get_cache_token, kMethodInstance,
     "Returns the current ABC cache token.\n\n"
     "The token is an opaque object (supporting equality testing) identifying the\n"
     "current version of the ABC cache for virtual subclasses. The token changes\n"
     "with every call to register() on any ABC."},
    {"_abc_init", abc_init, kMethodInstance, "Internal ABC helper for class set-up. Should be never used outside abc module."},
    {"_reset_registry", abc_reset_registry, kMethodInstance,
     "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py"},
    {"_reset_caches", abc_reset_caches, kMethodInstance,
     "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py"},
    {"_get_dump", abc_get_dump, kMethodInstance,
     "Internal ABC helper for cache and registry debugging.\n\n"
     "Return shallow copies of registry, of both caches, and\n"
     "negative cache version. Don't call this function directly,\n"
     "instead use ABC._dump_registry() for a nice repr."},
    {"_abc_register", abc_register, kMethodInstance, "Internal ABC helper for subclasss registration. Should be never used outside abc module."},
    {"_abc_instancecheck", abc_instancecheck, kMethodInstance,
     "Internal ABC helper for instance checks. Should be never used outside abc module."},
    {"_abc_subclasscheck", abc_subclasscheck, kMethodInstance,
     "Internal ABC helper for subclasss checks. Should be never used outside abc module."},
    {nullptr, nullptr, 0, nullptr},
};

int init_abc_data_type() {
  Type& t = abc_data_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_abc._abc_data";
  t.basic_size = sizeof(AbcData);
  t.base = &object_type;
  t.new_ = abc_data_new;
  t.dealloc = abc_data_dealloc;
  t.doc = "Internal state held by ABC machinery.";
  return type_ready(&t);
}

}  // namespace

Ref make_abc_module() {
  if ((!type_has_flag(&weakref_type, kTypeReady) && init_weakref_types() < 0) || init_abc_data_type() < 0) return nullptr;
  Ref module = module_new("_abc", true);
  if (!module || module_add_functions(*module, kAbcFunctions) < 0) return nullptr;
  Ref doc = str_from_utf8("Module contains faster C implementation of abc.ABCMeta");
  if (!doc || module_add(*module, "__doc__", *doc) < 0 ||
      module_add(*module, "_abc_data", Value::object(&abc_data_type)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
