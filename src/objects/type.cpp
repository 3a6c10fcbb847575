// `type`: readying types (slot inheritance, C3 MRO, the dict of descriptors),
// lookup along the MRO with a version-tagged cache, subclass bookkeeping,
// and the type object's own behaviour: type(x), class creation (type.__new__
// with metaclasses, __slots__, __init_subclass__, __set_name__), calling a
// class, and the attributes of classes.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/text_signature.h"
#include "objects/tuple.h"
#include "objects/type_slots.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/native_boundary.h"
#include "runtime/protocol.h"
#include "vm/eval.h"
#include "vm/function.h"
#include "vm/native_recursion.h"

namespace taipan {

Type type_type;

namespace {

uint32_t next_version_tag = 1;

// Until init_type_and_object() runs, type_ready() on a static type only
// records it: readying creates dicts, tuples, strings and descriptors, whose
// types must all have their fields filled in first. The boot readies them all.
bool type_system_booted = false;
bool type_system_booting = false;
std::vector<Type*>* pending_ready = nullptr;

// The boot can run once object, type and the types every readying allocates
// (str, tuple, dict, list) have their fields filled in.
bool core_fields_ready() {
  return object_type.basic_size != 0 && type_type.basic_size != 0 && str_type.basic_size != 0 &&
         tuple_type.basic_size != 0 && dict_type.basic_size != 0 && list_type.basic_size != 0;
}

int boot_type_system();

constexpr uint64_t kInheritedFlags = kTypeIntSubclass | kTypeFloatSubclass | kTypeStrSubclass |
                                     kTypeBytesSubclass | kTypeListSubclass | kTypeTupleSubclass |
                                     kTypeDictSubclass | kTypeTypeSubclass |
                                     kTypeBaseExceptionSubclass;

// ---------------------------------------------------------------------------
// The lookup cache: (version tag, interned name) -> borrowed value. A type's
// tag changes whenever its dict or an ancestor's changes, so stale rows
// simply stop matching.

struct LookupCacheEntry {
  uint32_t version;
  Str* name;
  Value value;
};
constexpr size_t kLookupCacheSize = 4096;
LookupCacheEntry lookup_cache[kLookupCacheSize];

size_t lookup_cache_index(uint32_t version, Str* name) {
  uint64_t h = (reinterpret_cast<uintptr_t>(name) >> 4) ^ (uint64_t{version} * 0x9E3779B97F4A7C15ULL);
  return static_cast<size_t>(h ^ (h >> 29)) & (kLookupCacheSize - 1);
}

Value lookup_uncached(Type* t, Str* name) {
  if (t->mro == nullptr) {
    for (Type* c = t; c != nullptr; c = c->base) {
      if (c->dict == nullptr) continue;
      Value v = dict_get_str(c->dict, name);
      if (!v.is_null()) return v;
    }
    return Value();
  }
  Tuple* mro = t->mro;
  for (int64_t i = 0; i < mro->size; i++) {
    Type* c = mro->items[i].as<Type>();
    if (c->dict == nullptr) continue;
    Value v = dict_get_str(c->dict, name);
    if (!v.is_null()) return v;
  }
  return Value();
}

void assign_version_tag(Type* t) {
  t->version_tag = next_version_tag++;
  if (next_version_tag == 0) next_version_tag = 1;
}

// Side-table instance dicts (see type_slots.h).
std::unordered_map<Object*, Dict*>& side_dicts() {
  static auto* table = new std::unordered_map<Object*, Dict*>();
  return *table;
}

// ---------------------------------------------------------------------------
// Subclass registry: base->subclasses is a dict {address: address} of the
// direct subclasses (no reference held; a heap type removes itself when it dies).

void add_subclass(Type* base, Type* sub) {
  if (base->subclasses.is_null()) base->subclasses = Value::object(dict_new());
  if (base->subclasses.is_null()) return;
  Value key = Value::small_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(sub) >> 3));
  dict_set(base->subclasses.as<Dict>(), key, key);
}

void remove_subclass(Type* base, Type* sub) {
  if (base->subclasses.is_null()) return;
  Value key = Value::small_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(sub) >> 3));
  Dict* d = base->subclasses.as<Dict>();
  if (!dict_get(d, key).is_null()) dict_del(d, key);
}

template <class F>
void for_each_subclass(Type* t, F&& f) {
  if (t->subclasses.is_null()) return;
  Dict* d = t->subclasses.as<Dict>();
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    f(reinterpret_cast<Type*>(static_cast<uintptr_t>(v.as_small_int()) << 3));
  }
}

// ---------------------------------------------------------------------------
// C3 linearisation.

bool contains_type(const std::vector<Type*>& seq, size_t from, Type* t) {
  return std::find(seq.begin() + static_cast<std::ptrdiff_t>(from), seq.end(), t) != seq.end();
}

Ref mro_error(const std::vector<std::vector<Type*>>& seqs, const std::vector<size_t>& heads) {
  std::vector<Type*> names;
  for (size_t i = 0; i < seqs.size(); i++) {
    if (heads[i] >= seqs[i].size()) continue;
    Type* h = seqs[i][heads[i]];
    if (std::find(names.begin(), names.end(), h) == names.end()) names.push_back(h);
  }
  std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases ";
  for (size_t i = 0; i < names.size(); i++) {
    if (i) msg += ", ";
    msg += names[i]->name;
  }
  return raise(exc::TypeError, msg);
}

Ref compute_c3_mro(Type* t) {
  Tuple* bases = t->bases;
  std::vector<std::vector<Type*>> seqs;
  for (int64_t i = 0; i < bases->size; i++) {
    Type* b = bases->items[i].as<Type>();
    std::vector<Type*> seq;
    for (int64_t j = 0; j < b->mro->size; j++) seq.push_back(b->mro->items[j].as<Type>());
    seqs.push_back(std::move(seq));
  }
  std::vector<Type*> base_list;
  for (int64_t i = 0; i < bases->size; i++) base_list.push_back(bases->items[i].as<Type>());
  seqs.push_back(std::move(base_list));
  std::vector<size_t> heads(seqs.size(), 0);
  std::vector<Type*> result{t};
  for (;;) {
    bool remaining = false;
    Type* chosen = nullptr;
    for (size_t i = 0; i < seqs.size() && chosen == nullptr; i++) {
      if (heads[i] >= seqs[i].size()) continue;
      remaining = true;
      Type* cand = seqs[i][heads[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; j++) {
        in_tail = heads[j] < seqs[j].size() && contains_type(seqs[j], heads[j] + 1, cand);
      }
      if (!in_tail) chosen = cand;
    }
    if (!remaining) break;
    if (chosen == nullptr) return mro_error(seqs, heads);
    result.push_back(chosen);
    for (size_t i = 0; i < seqs.size(); i++) {
      if (heads[i] < seqs[i].size() && seqs[i][heads[i]] == chosen) heads[i]++;
    }
  }
  Tuple* tup = tuple_new(static_cast<int64_t>(result.size()));
  if (tup == nullptr) return nullptr;
  for (size_t i = 0; i < result.size(); i++) {
    tup->items[i] = Value::object(result[i]);
    incref(tup->items[i]);
  }
  return Ref::steal(tup);
}

Ref compute_mro(Type* t) {
  // A metaclass may override mro().
  Type* meta = t->type;
  if (meta != &type_type && meta != nullptr) {
    Value custom = type_lookup(meta, "mro");
    Value ours = type_lookup(&type_type, "mro");
    if (!custom.is_null() && custom != ours) {
      Ref fn = bind_descriptor(custom, Value::object(t), meta);
      if (!fn) return nullptr;
      Ref seq = call(fn.get(), nullptr, 0);
      if (!seq) return nullptr;
      Ref list = list_from_iterable(seq.get());
      if (!list) return nullptr;
      List* l = list.as<List>();
      for (int64_t i = 0; i < l->size; i++) {
        if (!is_type(l->items[i])) {
          return raise(exc::TypeError, std::string("mro() returned a non-class ('") +
                                           type_name_of(l->items[i]) + "')");
        }
      }
      return tuple_from_array(l->items, l->size);
    }
  }
  if (t->bases->size == 1 && t->bases->items[0].as<Type>() == t->base) {
    Tuple* bm = t->base->mro;
    Tuple* tup = tuple_new(bm->size + 1);
    if (tup == nullptr) return nullptr;
    tup->items[0] = Value::object(t);
    incref(tup->items[0]);
    for (int64_t i = 0; i < bm->size; i++) {
      tup->items[i + 1] = bm->items[i];
      incref(bm->items[i]);
    }
    return Ref::steal(tup);
  }
  return compute_c3_mro(t);
}

// ---------------------------------------------------------------------------
// Filling a static type's dict.

int add_methods(Type* t) {
  if (t->methods == nullptr) return 0;
  for (const MethodDef* m = t->methods; m->name != nullptr; m++) {
    Str* key = intern(m->name);
    if (!dict_get_str(t->dict, key).is_null()) continue;
    Ref d;
    if (m->flags & kMethodClass) {
      d = classmethod_descriptor_new(t, m);
    } else if (m->flags & kMethodStatic) {
      Ref fn = builtin_function_new(m, Value());
      if (!fn) return -1;
      d = staticmethod_new(fn.get());
    } else {
      d = method_descriptor_new(t, m);
    }
    if (!d || dict_set(t->dict, Value::object(key), d.get()) < 0) return -1;
  }
  return 0;
}

int add_getsets(Type* t) {
  if (t->getsets == nullptr) return 0;
  for (const GetSetDef* g = t->getsets; g->name != nullptr; g++) {
    Str* key = intern(g->name);
    if (!dict_get_str(t->dict, key).is_null()) continue;
    Ref d = getset_descriptor_new(t, g);
    if (!d || dict_set(t->dict, Value::object(key), d.get()) < 0) return -1;
  }
  return 0;
}

int set_dict_default(Type* t, const char* name, Value v) {
  Str* key = intern(name);
  if (!dict_get_str(t->dict, key).is_null()) return 0;
  return dict_set(t->dict, Value::object(key), v);
}

int add_doc(Type* t) {
  Ref doc = native_doc(t->name, t->doc);
  if (!doc) return -1;
  return set_dict_default(t, "__doc__", doc.get());
}

// Static types: __new__ (when the type defines new_) and the rules for
// inheriting new_ (a static type with none, directly under object, cannot be
// instantiated).
int ready_new(Type* t) {
  if (type_has_flag(t, kTypeHeap)) return 0;
  if (t->new_ != nullptr) {
    Ref w = new_wrapper_for(t);
    if (!w) return -1;
    return set_dict_default(t, "__new__", w.get());
  }
  if (t->base != nullptr && t->base != &object_type) t->new_ = t->base->new_;
  return 0;
}

int ready_hash(Type* t) {
  if (t->hash != nullptr) return 0;
  t->hash = hash_not_implemented;
  return set_dict_default(t, "__hash__", Value::none());
}

}  // namespace

// ---------------------------------------------------------------------------
// Public lookup and subtype tests.

Dict** side_table_dict_slot(Object* o) { return &side_dicts()[o]; }

void side_table_dict_release(Object* o) {
  auto it = side_dicts().find(o);
  if (it == side_dicts().end()) return;
  Dict* d = it->second;
  side_dicts().erase(it);
  if (d != nullptr) decref(Value::object(d));
}

Value type_lookup(Type* t, Str* name) {
  if (t->version_tag == 0 || !name->interned) return lookup_uncached(t, name);
  LookupCacheEntry& e = lookup_cache[lookup_cache_index(t->version_tag, name)];
  if (e.version == t->version_tag && e.name == name) return e.value;
  Value v = lookup_uncached(t, name);
  e.version = t->version_tag;
  e.name = name;
  e.value = v;
  return v;
}

Value type_lookup(Type* t, const char* name) { return type_lookup(t, intern(name)); }

bool type_is_subtype(const Type* a, const Type* b) {
  if (a == b) return true;
  if (a->mro != nullptr) {
    for (int64_t i = 0; i < a->mro->size; i++) {
      if (a->mro->items[i].as_object() == b) return true;
    }
    return false;
  }
  for (const Type* c = a; c != nullptr; c = c->base) {
    if (c == b) return true;
  }
  return b == &object_type;
}

int64_t hash_not_implemented(Value self) {
  return fail(exc::TypeError, std::string("unhashable type: '") + type_name_of(self) + "'");
}

void type_modified(Type* t) {
  assign_version_tag(t);
  for_each_subclass(t, [](Type* sub) { type_modified(sub); });
}

int type_ready(Type* t) {
  if (type_has_flag(t, kTypeReady)) return 0;
  if (t->refcnt == 0) t->refcnt = kImmortalRefcnt;
  if (t->type == nullptr) t->type = &type_type;
  if (!type_system_booted) {
    if (pending_ready == nullptr) pending_ready = new std::vector<Type*>();
    pending_ready->push_back(t);
    return core_fields_ready() && !type_system_booting ? boot_type_system() : 0;
  }
  if (t->base == nullptr && t != &object_type) t->base = &object_type;
  if (t->base != nullptr && !type_has_flag(t->base, kTypeReady)) {
    if (type_ready(t->base) < 0) return -1;
  }
  if (t->bases == nullptr) {
    Ref b = t->base ? tuple_pack({Value::object(t->base)}) : Ref::borrow(Value::object(empty_tuple()));
    if (!b) return -1;
    t->bases = b.release().as<Tuple>();
  }
  if (t->dict == nullptr) {
    t->dict = dict_new();
    if (t->dict == nullptr) return -1;
  }
  Ref mro = t->base ? compute_mro(t) : tuple_pack({Value::object(t)});
  if (!mro) return -1;
  t->mro = mro.release().as<Tuple>();

  bool heap = type_has_flag(t, kTypeHeap);
  if (!heap) {
    if (ready_new(t) < 0 || add_slot_wrappers(t) < 0 || add_methods(t) < 0 ||
        add_getsets(t) < 0 || add_doc(t) < 0) {
      return -1;
    }
  }
  for (int64_t i = 0; i < t->bases->size; i++) {
    t->flags |= t->bases->items[i].as<Type>()->flags & kInheritedFlags;
  }
  if (t->base != nullptr) {
    if (!type_has_flag(t, kTypeSequence | kTypeMapping)) t->flags |= t->base->flags & (kTypeSequence | kTypeMapping);
    if (!heap) inherit_slots(t, t->base);
    if (t->basic_size == 0) t->basic_size = t->base->basic_size;
    if (t->dict_offset == 0) t->dict_offset = t->base->dict_offset;
    if (t->weaklist_offset == 0) t->weaklist_offset = t->base->weaklist_offset;
  }
  if (heap) update_heap_slots(t, nullptr);
  if (t->base != nullptr && ready_hash(t) < 0) return -1;
  for (int64_t i = 0; i < t->bases->size; i++) add_subclass(t->bases->items[i].as<Type>(), t);
  assign_version_tag(t);
  t->flags |= kTypeReady;
  return 0;
}

Type* calculate_metaclass(Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (int64_t i = 0; i < bases->size; i++) {
    Type* bt = type_of(bases->items[i]);
    if (type_is_subtype(winner, bt)) continue;
    if (type_is_subtype(bt, winner)) {
      winner = bt;
      continue;
    }
    raise(exc::TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
          "of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

Ref type_qualified_name(Type* t) {
  if (!type_has_flag(t, kTypeHeap)) return str_from_utf8(t->name);
  Value mod = dict_get_str(t->dict, intern("__module__"));
  Value qual = t->qualname.is_null() ? t->heap_name : t->qualname;
  if (!is_str(mod) || str_utf8(mod.as<Str>()) == "builtins") return Ref::borrow(qual);
  std::string s = str_to_std(mod.as<Str>());
  s += '.';
  s += str_utf8(qual.as<Str>());
  return str_from_utf8(s);
}

// ---------------------------------------------------------------------------
// Class creation: type.__new__.

namespace {

bool is_identifier(Str* s) {
  if (s->length == 0) return false;
  for (int64_t i = 0; i < s->length; i++) {
    uint32_t c = str_char_at(s, i);
    bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 128 ||
              (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

// `__x` inside class C becomes `_C__x` (leading underscores of C stripped).
Ref mangle_name(Str* class_name, Str* name) {
  std::string_view n = str_utf8(name);
  if (n.size() < 2 || n[0] != '_' || n[1] != '_' || (n.size() >= 4 && n.substr(n.size() - 2) == "__")) {
    return Ref::borrow(Value::object(name));
  }
  std::string_view c = str_utf8(class_name);
  while (!c.empty() && c[0] == '_') c.remove_prefix(1);
  if (c.empty()) return Ref::borrow(Value::object(name));
  std::string out = "_";
  out += c;
  out += n;
  return str_from_utf8(out);
}

// The base whose instance layout the new class extends: the most derived
// "solid" base (one that adds fields), or a layout conflict.
Type* solid_base(Type* t) {
  Type* b = t->base;
  if (b == nullptr) return t;
  int64_t own = t->basic_size;
  if (t->dict_offset != 0 && b->dict_offset == 0) own -= sizeof(Value);
  if (t->weaklist_offset != 0 && b->weaklist_offset == 0) own -= sizeof(Value);
  if (own != b->basic_size) return t;
  return solid_base(b);
}

Type* best_base(Tuple* bases) {
  Type* best = nullptr;
  Type* winner = nullptr;
  for (int64_t i = 0; i < bases->size; i++) {
    Value b = bases->items[i];
    if (!is_type(b)) {
      raise(exc::TypeError, "bases must be types");
      return nullptr;
    }
    Type* bt = b.as<Type>();
    if (!type_has_flag(bt, kTypeBaseType)) {
      raise(exc::TypeError, std::string("type '") + bt->name + "' is not an acceptable base type");
      return nullptr;
    }
    Type* candidate = solid_base(bt);
    if (winner == nullptr) {
      winner = candidate;
      best = bt;
    } else if (type_is_subtype(winner, candidate)) {
      // keep
    } else if (type_is_subtype(candidate, winner)) {
      winner = candidate;
      best = bt;
    } else {
      raise(exc::TypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return best;
}

// The __slots__ values class c (a heap type in self's MRO chain of bases) lays out in self.
Value* own_slots(Object* self, Type* c) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(self) + c->slots_offset);
}

// Instances of heap types: the dict slot, __slots__ values, then the base's teardown.
void subtype_clear_fields(Object* self) {
  for (Type* c = self->type; c != nullptr && type_has_flag(c, kTypeHeap); c = c->base) {
    Value* slots = own_slots(self, c);
    for (int64_t i = 0; i < c->slot_count; ++i) {
      Value old = slots[i];
      slots[i] = Value();
      decref(old);
    }
  }
  if (self->type->dict_offset == kSideTableDict) {
    side_table_dict_release(self);
  } else if (Dict** dp = instance_dict_ptr(Value::object(self)); dp != nullptr && *dp != nullptr) {
    Dict* d = *dp;
    *dp = nullptr;
    decref(Value::object(d));
  }
}

Type* first_static_base(Type* t) {
  while (t != nullptr && type_has_flag(t, kTypeHeap)) t = t->base;
  return t;
}

void subtype_dealloc(Object* self) {
  // __del__ (the finalize slot) has already run: dealloc_object() runs it
  // once per object before any dealloc slot (runtime/memory.h).
  Type* t = self->type;
  subtype_clear_fields(self);
  Type* base = first_static_base(t);
  if (base != nullptr && base->dealloc != nullptr) {
    base->dealloc(self);
  } else {
    free_object(self);
  }
}

void subtype_traverse(Object* self, VisitFn visit, void* arg) {
  Type* t = self->type;
  visit(Value::object(t), arg);
  for (Type* c = t; c != nullptr && type_has_flag(c, kTypeHeap); c = c->base) {
    Value* slots = own_slots(self, c);
    for (int64_t i = 0; i < c->slot_count; ++i) {
      if (!slots[i].is_null()) visit(slots[i], arg);
    }
  }
  if (t->dict_offset == kSideTableDict) {
    auto it = side_dicts().find(self);
    if (it != side_dicts().end() && it->second != nullptr) visit(Value::object(it->second), arg);
  } else if (Dict** dp = instance_dict_ptr(Value::object(self)); dp != nullptr && *dp != nullptr) {
    visit(Value::object(*dp), arg);
  }
  Type* base = first_static_base(t);
  if (base != nullptr && base->traverse != nullptr) base->traverse(self, visit, arg);
}

void subtype_clear(Object* self) {
  subtype_clear_fields(self);
  Type* base = first_static_base(self->type);
  if (base != nullptr && base->clear != nullptr) base->clear(self);
}

}  // namespace

// __dict__ and __weakref__ of heap-type instances.
Ref instance_dict_get(Value self) {
  Dict** dp = instance_dict_ptr(self);
  if (dp == nullptr) return raise(exc::AttributeError, "This object has no __dict__");
  if (*dp == nullptr) {
    *dp = dict_new();
    if (*dp == nullptr) return nullptr;
  }
  return Ref::borrow(Value::object(*dp));
}
int instance_dict_set(Value self, Value v) {
  Dict** dp = instance_dict_ptr(self);
  if (dp == nullptr) return fail(exc::AttributeError, "This object has no __dict__");
  if (v.is_null()) return fail(exc::TypeError, "cannot delete __dict__");
  if (!is_dict(v)) {
    return fail(exc::TypeError,
                std::string("__dict__ must be set to a dictionary, not a '") + type_name_of(v) + "'");
  }
  incref(v);
  Dict* old = *dp;
  *dp = v.as<Dict>();
  if (old) decref(Value::object(old));
  return 0;
}

namespace {

// The first weak reference to the instance, or None.
Ref instance_weakref_get(Value self) {
  WeakRef** list = weaklist_of(self.as_object());
  if (list == nullptr || *list == nullptr) return Ref::none();
  return Ref::borrow(Value::object(*list));
}

const GetSetDef kInstanceDictGetSet = {"__dict__", instance_dict_get, instance_dict_set,
                                       "dictionary for instance variables (if defined)"};
const GetSetDef kInstanceWeakrefGetSet = {"__weakref__", instance_weakref_get, nullptr,
                                          "list of weak references to the object (if defined)"};

// The __slots__ declaration: names (mangled, sorted), and whether __dict__ /
// __weakref__ were asked for.
struct SlotsSpec {
  bool present = false;
  bool want_dict = false;
  bool want_weakref = false;
  std::vector<Ref> names;
};

bool parse_slots(Dict* dict, Str* class_name, Type* base, SlotsSpec* spec) {
  Value slots = dict_get_str(dict, intern("__slots__"));
  if (slots.is_null()) return true;
  spec->present = true;
  Ref items;
  if (is_str(slots)) {
    items = tuple_pack({slots});
  } else {
    items = list_from_iterable(slots);
  }
  if (!items) return false;
  Value* arr = is_tuple(items.get()) ? items.as<Tuple>()->items : items.as<List>()->items;
  int64_t n = is_tuple(items.get()) ? items.as<Tuple>()->size : items.as<List>()->size;
  for (int64_t i = 0; i < n; i++) {
    Value s = arr[i];
    if (!is_str(s)) {
      raise(exc::TypeError, std::string("__slots__ items must be strings, not '") + type_name_of(s) + "'");
      return false;
    }
    if (!is_identifier(s.as<Str>())) {
      raise(exc::TypeError, "__slots__ must be identifiers");
      return false;
    }
    std::string_view sv = str_utf8(s.as<Str>());
    if (sv == "__dict__") {
      if (spec->want_dict || base->dict_offset != 0) {
        raise(exc::TypeError, "__dict__ slot disallowed: we already got one");
        return false;
      }
      spec->want_dict = true;
      continue;
    }
    if (sv == "__weakref__") {
      if (spec->want_weakref || base->weaklist_offset != 0) {
        raise(exc::TypeError, "__weakref__ slot disallowed: we already got one");
        return false;
      }
      spec->want_weakref = true;
      continue;
    }
    Ref m = mangle_name(class_name, s.as<Str>());
    if (!m) return false;
    if (!dict_get_str(dict, m.as<Str>()).is_null()) {
      raise(exc::ValueError, std::string("'") + std::string(str_utf8(m.as<Str>())) +
                                 "' in __slots__ conflicts with class variable");
      return false;
    }
    // A repeated name gets a second slot; the class keeps the last one's
    // descriptor (datetime.datetime repeats '_hashcode' of its bases).
    spec->names.push_back(std::move(m));
  }
  std::sort(spec->names.begin(), spec->names.end(),
            [](const Ref& a, const Ref& b) { return str_compare(a.as<Str>(), b.as<Str>()) < 0; });
  if (!spec->names.empty() && (base->item_size != 0 || type_has_flag(base, kTypeIntSubclass))) {
    raise(exc::TypeError,
          std::string("nonempty __slots__ not supported for subtype of '") + base->name + "'");
    return false;
  }
  return true;
}

// Wraps plain functions given as __new__ (staticmethod), __init_subclass__
// and __class_getitem__ (classmethod).
int wrap_implicit_method(Dict* dict, const char* name, Ref (*wrap)(Value)) {
  Str* key = intern(name);
  Value v = dict_get_str(dict, key);
  if (v.is_null() || !is_function(v)) return 0;
  Ref w = wrap(v);
  if (!w) return -1;
  return dict_set(dict, Value::object(key), w.get());
}

int set_heap_name(Type* t, Value name) {
  std::string_view utf8 = str_utf8(name.as<Str>());
  if (utf8.find('\0') != std::string_view::npos) {
    return fail(exc::ValueError, "type name must not contain null characters");
  }
  char* copy = static_cast<char*>(std::malloc(utf8.size() + 1));
  if (copy == nullptr) {
    raise_no_memory();
    return -1;
  }
  std::memcpy(copy, utf8.data(), utf8.size());
  copy[utf8.size()] = '\0';
  if (type_has_flag(t, kTypeHeap) && t->name != nullptr) std::free(const_cast<char*>(t->name));
  t->name = copy;
  incref(name);
  Value old = t->heap_name;
  t->heap_name = name;
  decref(old);
  return 0;
}

// Calls __set_name__ on every attribute that has one, wrapping failures as
// CPython 3.11 does.
int call_set_names(Type* t) {
  Ref items = Ref::steal(Value::object(dict_copy(t->dict)));
  if (!items) return -1;
  int64_t pos = 0;
  Value k, v;
  Str* set_name = intern("__set_name__");
  while (dict_next(items.as<Dict>(), &pos, &k, &v)) {
    bool found = false;
    Value args[] = {Value::object(t), k};
    Ref r = call_special(v, set_name, args, 2, nullptr, &found);
    if (!found) continue;
    if (!r) {
      Ref cause = fetch_error();
      std::string msg = std::string("Error calling __set_name__ on '") + type_name_of(v) +
                        "' instance ";
      Ref kr = repr(k);
      if (!kr) return -1;
      msg += str_utf8(kr.as<Str>());
      msg += " in '";
      msg += t->name;
      msg += "'";
      raise(exc::RuntimeError, msg);
      Ref err = fetch_error();
      BaseException* e = err.as<BaseException>();
      Value old_cause = e->cause;
      e->cause = cause.release();
      decref(old_cause);
      e->suppress_context = true;
      restore_error(std::move(err));
      return -1;
    }
  }
  return 0;
}

// super(t, t).__init_subclass__(**kwargs)
int call_init_subclass(Type* t, const Value* kwvalues, Tuple* kwnames) {
  Str* name = intern("__init_subclass__");
  Tuple* mro = t->mro;
  for (int64_t i = 1; i < mro->size; i++) {
    Type* c = mro->items[i].as<Type>();
    Value f = dict_get_str(c->dict, name);
    if (f.is_null()) continue;
    Ref bound = bind_descriptor(f, Value::object(t), t);
    if (!bound) return -1;
    Ref r = call(bound.get(), kwvalues, 0, kwnames);
    return r ? 0 : -1;
  }
  return 0;
}

int set_classcell(Type* t, Dict* dict) {
  Str* key = intern("__classcell__");
  Value cell = dict_get_str(dict, key);
  if (cell.is_null()) return 0;
  if (!is_cell(cell)) {
    return fail(exc::TypeError,
                std::string("__classcell__ must be a nonlocal cell, not ") + type_name_of(cell));
  }
  Cell* c = cell.as<Cell>();
  Value old = c->contents;
  c->contents = Value::object(t);
  incref(c->contents);
  decref(old);
  return dict_del(dict, Value::object(key));
}

Ref type_new_impl(Type* meta, Value name, Value bases_v, Value ns, const Value* kwvalues,
                  Tuple* kwnames) {
  Tuple* given_bases = bases_v.as<Tuple>();
  for (int64_t i = 0; i < given_bases->size; i++) {
    for (int64_t j = 0; j < i; j++) {
      if (given_bases->items[i] == given_bases->items[j] && is_type(given_bases->items[i])) {
        return raise(exc::TypeError,
                     std::string("duplicate base class ") + given_bases->items[i].as<Type>()->name);
      }
    }
  }
  Ref bases = given_bases->size == 0 ? tuple_pack({Value::object(&object_type)}) : Ref::borrow(bases_v);
  if (!bases) return nullptr;
  Type* base = best_base(bases.as<Tuple>());
  if (base == nullptr) return nullptr;

  Ref dict = Ref::steal(Value::object(dict_new()));
  if (!dict || dict_update(dict.as<Dict>(), ns) < 0) return nullptr;
  Dict* d = dict.as<Dict>();

  SlotsSpec slots;
  if (!parse_slots(d, name.as<Str>(), base, &slots)) return nullptr;

  Object* obj = alloc_object(meta, static_cast<size_t>(meta->basic_size));
  if (obj == nullptr) return nullptr;
  Ref type_ref = Ref::steal(obj);
  Type* t = static_cast<Type*>(obj);
  t->flags = kTypeHeap | kTypeBaseType | kTypeGC;
  if (set_heap_name(t, name) < 0) return nullptr;
  t->base = base;
  incref(Value::object(base));
  t->bases = bases.release().as<Tuple>();
  t->dict = d;
  incref(dict.get());

  // __qualname__, __module__, __doc__.
  Str* qual_key = intern("__qualname__");
  Value qual = dict_get_str(d, qual_key);
  if (!qual.is_null()) {
    if (!is_str(qual)) {
      return raise(exc::TypeError, std::string("type __qualname__ must be a str, not ") + type_name_of(qual));
    }
    incref(qual);
    t->qualname = qual;
    if (dict_del(d, Value::object(qual_key)) < 0) return nullptr;
  } else {
    incref(name);
    t->qualname = name;
  }
  if (dict_get_str(d, intern("__module__")).is_null()) {
    Value globals = current_globals();
    Value mod = globals.is_null() ? Value() : dict_get_str(globals.as<Dict>(), intern("__name__"));
    if (!mod.is_null() && dict_set(d, Value::object(intern("__module__")), mod) < 0) return nullptr;
  }
  if (set_dict_default(t, "__doc__", Value::none()) < 0) return nullptr;
  if (!dict_get_str(d, intern("__eq__")).is_null() && dict_get_str(d, intern("__hash__")).is_null()) {
    if (dict_set(d, Value::object(intern("__hash__")), Value::none()) < 0) return nullptr;
  }
  if (wrap_implicit_method(d, "__new__", staticmethod_new) < 0 ||
      wrap_implicit_method(d, "__init_subclass__", classmethod_new) < 0 ||
      wrap_implicit_method(d, "__class_getitem__", classmethod_new) < 0) {
    return nullptr;
  }

  // Instance layout: the base's fields, the dict slot, the weakref slot, the __slots__ values.
  int64_t size = (base->basic_size + 7) & ~int64_t{7};
  bool add_dict = base->dict_offset == 0 && (!slots.present || slots.want_dict);
  bool add_weak = base->weaklist_offset == 0 && (!slots.present || slots.want_weakref);
  t->dict_offset = base->dict_offset;
  t->weaklist_offset = base->weaklist_offset;
  bool variable_size = base->item_size != 0;
  if (add_dict && variable_size) {
    t->dict_offset = kSideTableDict;
  } else if (add_dict) {
    t->dict_offset = size;
    size += sizeof(Value);
  }
  // CPython's int is variable-size too: its subclasses get no __weakref__ either.
  if (variable_size || type_has_flag(base, kTypeIntSubclass)) add_weak = false;
  if (add_weak) {
    t->weaklist_offset = size;
    size += sizeof(Value);
  }
  t->slots_offset = size;
  t->slot_count = static_cast<int64_t>(slots.names.size());
  for (const Ref& slot_name : slots.names) {
    Ref m = member_descriptor_new(t, slot_name.as<Str>(), size);
    if (!m || dict_set(d, slot_name.get(), m.get()) < 0) return nullptr;
    size += sizeof(Value);
  }
  t->basic_size = size;
  t->item_size = base->item_size;
  if (add_dict) {
    Ref g = getset_descriptor_new(t, &kInstanceDictGetSet);
    if (!g || set_dict_default(t, "__dict__", g.get()) < 0) return nullptr;
  }
  if (add_weak) {
    Ref g = getset_descriptor_new(t, &kInstanceWeakrefGetSet);
    if (!g || set_dict_default(t, "__weakref__", g.get()) < 0) return nullptr;
  }
  t->dealloc = subtype_dealloc;
  t->traverse = subtype_traverse;
  t->clear = subtype_clear;

  if (type_ready(t) < 0) return nullptr;
  if (set_classcell(t, d) < 0) return nullptr;
  if (call_set_names(t) < 0) return nullptr;
  if (call_init_subclass(t, kwvalues, kwnames) < 0) return nullptr;
  return type_ref;
}

size_t kw_count(Tuple* kwnames) { return kwnames ? static_cast<size_t>(kwnames->size) : 0; }

Ref type_new(Type* meta, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 3) {
    return raise(exc::TypeError, "type.__new__() takes exactly 3 arguments (" + std::to_string(nargs) +
                                     " given)");
  }
  if (!is_str(args[0])) {
    return raise(exc::TypeError,
                 std::string("type.__new__() argument 1 must be str, not ") + type_name_of(args[0]));
  }
  if (!is_tuple(args[1])) {
    return raise(exc::TypeError,
                 std::string("type.__new__() argument 2 must be tuple, not ") + type_name_of(args[1]));
  }
  if (!is_dict(args[2])) {
    return raise(exc::TypeError,
                 std::string("type.__new__() argument 3 must be dict, not ") + type_name_of(args[2]));
  }
  Type* winner = calculate_metaclass(meta, args[1].as<Tuple>());
  if (winner == nullptr) return nullptr;
  if (winner != meta && winner->new_ != type_new) return winner->new_(winner, args, nargs, kwnames);
  return type_new_impl(winner, args[0], args[1], args[2], args + nargs, kwnames);
}

int type_init(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (nargs == 1 && kw_count(kwnames) != 0) {
    return fail(exc::TypeError, "type.__init__() takes no keyword arguments");
  }
  if (nargs != 1 && nargs != 3) return fail(exc::TypeError, "type.__init__() takes 1 or 3 arguments");
  return 0;
}

// type.__call__: __new__, then __init__ when the result is an instance.
Ref type_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = callable.as<Type>();
  if (t == &type_type) {
    if (nargs == 1 && kw_count(kwnames) == 0) return Ref::borrow(Value::object(type_of(args[0])));
    if (nargs != 1 && nargs != 3) return raise(exc::TypeError, "type() takes 1 or 3 arguments");
  }
  if (t->new_ == nullptr) {
    return raise(exc::TypeError, std::string("cannot create '") + t->name + "' instances");
  }
  // A class call is one level of recursion, as CPython counts it; a __new__
  // that is itself a class recurses through here.
  if (!enter_native_recursion(" while calling a Python object")) return nullptr;
  Ref obj = memory_errors_raised([&] { return t->new_(t, args, nargs, kwnames); });
  if (obj) {
    Type* ot = type_of(obj.get());
    if (type_is_subtype(ot, t) && ot->init != nullptr &&
        memory_errors_raised([&] { return ot->init(obj.get(), args, nargs, kwnames); }) < 0) {
      obj = nullptr;
    }
  }
  leave_recursive_call();
  return obj;
}

Ref type_repr(Value self) {
  Ref qn = type_qualified_name(self.as<Type>());
  if (!qn) return nullptr;
  return str_from_utf8(std::string("<class '") + std::string(str_utf8(qn.as<Str>())) + "'>");
}

// Attribute lookup on a class: data descriptors of the metaclass, then the
// MRO of the class itself (binding with obj null), then the metaclass.
Ref type_getattr_impl(Value self, Str* name, bool suppress) {
  Type* t = self.as<Type>();
  Type* meta = type_of(self);
  Value meta_attr = type_lookup(meta, name);
  DescrGetFn meta_get = nullptr;
  if (!meta_attr.is_null()) {
    Type* mt = type_of(meta_attr);
    meta_get = mt->descr_get;
    if (meta_get != nullptr && mt->descr_set != nullptr) return meta_get(meta_attr, self, meta);
  }
  Value attr = type_lookup(t, name);
  if (!attr.is_null()) {
    DescrGetFn get = type_of(attr)->descr_get;
    if (get != nullptr) return get(attr, Value(), t);
    return Ref::borrow(attr);
  }
  if (meta_get != nullptr) return meta_get(meta_attr, self, meta);
  if (!meta_attr.is_null()) return Ref::borrow(meta_attr);
  if (suppress) return nullptr;
  return raise(exc::AttributeError, std::string("type object '") + t->name + "' has no attribute '" +
                                        std::string(str_utf8(name)) + "'");
}

Ref type_getattr(Value self, Str* name) { return type_getattr_impl(self, name, false); }

int type_setattr(Value self, Str* name, Value v) {
  Type* t = self.as<Type>();
  if (!type_has_flag(t, kTypeHeap)) {
    return fail(exc::TypeError, std::string("cannot set '") + std::string(str_utf8(name)) +
                                    "' attribute of immutable type '" + t->name + "'");
  }
  Str* key = name->interned ? name : intern_str(name);
  Value meta_attr = type_lookup(type_of(self), key);
  if (!meta_attr.is_null()) {
    DescrSetFn set = type_of(meta_attr)->descr_set;
    if (set != nullptr) return set(meta_attr, self, v);
  }
  if (v.is_null()) {
    if (dict_get_str(t->dict, key).is_null()) {
      return fail(exc::AttributeError, std::string("type object '") + t->name +
                                           "' has no attribute '" + std::string(str_utf8(key)) + "'");
    }
    if (dict_del(t->dict, Value::object(key)) < 0) return -1;
  } else if (dict_set(t->dict, Value::object(key), v) < 0) {
    return -1;
  }
  type_modified(t);
  std::string_view sv = str_utf8(key);
  if (sv.size() > 4 && sv.substr(0, 2) == "__" && sv.substr(sv.size() - 2) == "__") {
    update_heap_slots(t, key);
  }
  return 0;
}

void type_dealloc(Object* self) {
  Type* t = static_cast<Type*>(self);
  if (t->bases != nullptr) {
    for (int64_t i = 0; i < t->bases->size; i++) remove_subclass(t->bases->items[i].as<Type>(), t);
  }
  Value fields[] = {t->base ? Value::object(t->base) : Value(),
                    t->bases ? Value::object(t->bases) : Value(),
                    t->mro ? Value::object(t->mro) : Value(),
                    t->dict ? Value::object(t->dict) : Value(),
                    t->heap_name, t->qualname, t->subclasses};
  t->base = nullptr;
  t->bases = nullptr;
  t->mro = nullptr;
  t->dict = nullptr;
  t->heap_name = t->qualname = t->subclasses = Value();
  std::free(const_cast<char*>(t->name));
  t->name = nullptr;
  for (Value f : fields) decref(f);
  free_object(self);
}

void type_traverse(Object* self, VisitFn visit, void* arg) {
  Type* t = static_cast<Type*>(self);
  if (!type_has_flag(t, kTypeHeap)) return;
  if (t->dict) visit(Value::object(t->dict), arg);
  if (t->mro) visit(Value::object(t->mro), arg);
  if (t->bases) visit(Value::object(t->bases), arg);
  if (t->base) visit(Value::object(t->base), arg);
}

void type_clear(Object* self) {
  Type* t = static_cast<Type*>(self);
  if (!type_has_flag(t, kTypeHeap)) return;
  // Breaking the cycle through the dict is enough: methods refer to the class
  // through their globals/cells, and the MRO refers to the class itself.
  if (t->mro) {
    Value m = Value::object(t->mro);
    t->mro = nullptr;
    decref(m);
  }
  if (t->dict) {
    Value d = Value::object(t->dict);
    t->dict = dict_new();
    type_modified(t);
    decref(d);
  }
}

// ---- methods of type ----

Ref type_mro_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("type.mro", kwnames) || !check_arg_count("mro", nargs, 0, 0)) return nullptr;
  Type* t = self.as<Type>();
  Ref tup = t->mro ? Ref::borrow(Value::object(t->mro)) : compute_c3_mro(t);
  if (!tup) return nullptr;
  return list_from_iterable(tup.get());
}

Ref type_subclasses(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_arg_count("__subclasses__", nargs, 0, 0)) return nullptr;
  Ref list = Ref::steal(Value::object(list_new(0)));
  if (!list) return nullptr;
  bool ok = true;
  for_each_subclass(self.as<Type>(), [&](Type* sub) {
    if (ok && list_append(list.as<List>(), Value::object(sub)) < 0) ok = false;
  });
  if (!ok) return nullptr;
  return list;
}

Ref type_prepare(Value, const Value*, size_t, Tuple*) { return Ref::steal(Value::object(dict_new())); }

Ref type_instancecheck(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_arg_count("__instancecheck__", nargs, 1, 1)) return nullptr;
  return Ref::boolean(type_is_subtype(type_of(args[0]), self.as<Type>()));
}

Ref type_subclasscheck(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_arg_count("__subclasscheck__", nargs, 1, 1)) return nullptr;
  if (!is_type(args[0])) return raise(exc::TypeError, "issubclass() arg 1 must be a class");
  return Ref::boolean(type_is_subtype(args[0].as<Type>(), self.as<Type>()));
}

Ref type_dir(Value self, const Value*, size_t, Tuple*) {
  Ref names = Ref::steal(Value::object(dict_new()));
  if (!names) return nullptr;
  Tuple* mro = self.as<Type>()->mro;
  for (int64_t i = mro->size - 1; i >= 0; i--) {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(mro->items[i].as<Type>()->dict, &pos, &k, &v)) {
      if (dict_set(names.as<Dict>(), k, Value::none()) < 0) return nullptr;
    }
  }
  return list_from_iterable(names.get());
}

Ref type_sizeof(Value self, const Value*, size_t, Tuple*) {
  return Ref::small_int(type_of(self)->basic_size);
}

const MethodDef kTypeMethods[] = {
    {"mro", type_mro_method, kMethodInstance, "mro($self, /)\n--\n\nReturn a type's method resolution order."},
    {"__subclasses__", type_subclasses, kMethodInstance, "__subclasses__($self, /)\n--\n\nReturn a list of immediate subclasses."},
    {"__prepare__", type_prepare, kMethodClass,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__instancecheck__", type_instancecheck, kMethodInstance, "__instancecheck__($self, instance, /)\n--\n\nCheck if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, kMethodInstance, "__subclasscheck__($self, subclass, /)\n--\n\nCheck if a class is a subclass."},
    {"__dir__", type_dir, kMethodInstance, "__dir__($self, /)\n--\n\nSpecialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof, kMethodInstance, "__sizeof__($self, /)\n--\n\nReturn memory consumption of the type object."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- attributes of classes ----

Type* as_type(Value v) { return v.as<Type>(); }

int check_heap_set(Value self, Value v, const char* attr) {
  Type* t = as_type(self);
  if (!type_has_flag(t, kTypeHeap)) {
    return fail(exc::TypeError, std::string("cannot set '") + attr + "' attribute of immutable type '" +
                                    t->name + "'");
  }
  if (v.is_null()) {
    return fail(exc::TypeError, std::string("cannot delete '") + attr + "' attribute of immutable type '" +
                                    t->name + "'");
  }
  return 0;
}

Ref type_get_name(Value self) {
  Type* t = as_type(self);
  if (type_has_flag(t, kTypeHeap)) return Ref::borrow(t->heap_name);
  const char* dot = std::strrchr(t->name, '.');
  return str_from_utf8(dot ? dot + 1 : t->name);
}
int type_set_name(Value self, Value v) {
  if (check_heap_set(self, v, "__name__") < 0) return -1;
  if (!is_str(v)) {
    return fail(exc::TypeError, std::string("can only assign string to ") + as_type(self)->name +
                                    ".__name__, not '" + type_name_of(v) + "'");
  }
  return set_heap_name(as_type(self), v);
}

Ref type_get_qualname(Value self) {
  Type* t = as_type(self);
  if (type_has_flag(t, kTypeHeap)) return Ref::borrow(t->qualname);
  return type_get_name(self);
}
int type_set_qualname(Value self, Value v) {
  if (check_heap_set(self, v, "__qualname__") < 0) return -1;
  Type* t = as_type(self);
  if (!is_str(v)) {
    return fail(exc::TypeError, std::string("can only assign string to ") + t->name +
                                    ".__qualname__, not '" + type_name_of(v) + "'");
  }
  incref(v);
  Value old = t->qualname;
  t->qualname = v;
  decref(old);
  return 0;
}

Ref type_get_module(Value self) {
  Type* t = as_type(self);
  if (type_has_flag(t, kTypeHeap)) {
    Value m = dict_get_str(t->dict, intern("__module__"));
    if (m.is_null()) return raise(exc::AttributeError, "__module__");
    return Ref::borrow(m);
  }
  const char* dot = std::strrchr(t->name, '.');
  if (dot == nullptr) return Ref::borrow(Value::object(intern("builtins")));
  // Interned as CPython does, so that pickle's memo finds the same string again.
  return Ref::borrow(Value::object(intern(std::string_view(t->name, static_cast<size_t>(dot - t->name)))));
}
int type_set_module(Value self, Value v) {
  if (check_heap_set(self, v, "__module__") < 0) return -1;
  Type* t = as_type(self);
  if (dict_set(t->dict, Value::object(intern("__module__")), v) < 0) return -1;
  type_modified(t);
  return 0;
}

// After __bases__ changes, every subclass's MRO is computed again.
int recompute_subclass_mros(Type* t) {
  int status = 0;
  for_each_subclass(t, [&status](Type* sub) {
    if (status < 0) return;
    Ref mro = compute_mro(sub);
    if (!mro) {
      status = -1;
      return;
    }
    Value old = Value::object(sub->mro);
    sub->mro = mro.release().as<Tuple>();
    decref(old);
    status = recompute_subclass_mros(sub);
  });
  return status;
}

Ref type_get_bases(Value self) { return Ref::borrow(Value::object(as_type(self)->bases)); }
int type_set_bases(Value self, Value v) {
  if (check_heap_set(self, v, "__bases__") < 0) return -1;
  Type* t = as_type(self);
  if (!is_tuple(v)) {
    return fail(exc::TypeError, std::string("can only assign tuple to ") + t->name + ".__bases__, not " +
                                    type_name_of(v));
  }
  Tuple* nb = v.as<Tuple>();
  if (nb->size == 0) {
    return fail(exc::TypeError, std::string("can only assign non-empty tuple to ") + t->name +
                                    ".__bases__, not ()");
  }
  for (int64_t i = 0; i < nb->size; i++) {
    if (!is_type(nb->items[i])) {
      return fail(exc::TypeError, std::string(t->name) + ".__bases__ must be tuple of classes, not '" +
                                      type_name_of(nb->items[i]) + "'");
    }
    if (type_is_subtype(nb->items[i].as<Type>(), t)) {
      return fail(exc::TypeError, "a __bases__ item causes an inheritance cycle");
    }
  }
  Type* new_base = best_base(nb);
  if (new_base == nullptr) return -1;
  if (type_has_flag(new_base, kTypeGC) != type_has_flag(t->base, kTypeGC)) {
    return fail(exc::TypeError, std::string("__bases__ assignment: '") + new_base->name +
                                    "' deallocator differs from '" + t->base->name + "'");
  }
  if (solid_base(new_base) != solid_base(t->base)) {
    return fail(exc::TypeError, std::string("__bases__ assignment: '") + new_base->name +
                                    "' object layout differs from '" + t->base->name + "'");
  }
  Tuple* old_bases = t->bases;
  Type* old_base = t->base;
  for (int64_t i = 0; i < old_bases->size; i++) remove_subclass(old_bases->items[i].as<Type>(), t);
  incref(v);
  incref(Value::object(new_base));
  t->bases = nb;
  t->base = new_base;
  Ref mro = compute_mro(t);
  if (!mro) {
    t->bases = old_bases;
    t->base = old_base;
    for (int64_t i = 0; i < old_bases->size; i++) add_subclass(old_bases->items[i].as<Type>(), t);
    decref(v);
    decref(Value::object(new_base));
    return -1;
  }
  Value old_mro = Value::object(t->mro);
  t->mro = mro.release().as<Tuple>();
  decref(old_mro);
  if (recompute_subclass_mros(t) < 0) return -1;
  for (int64_t i = 0; i < nb->size; i++) add_subclass(nb->items[i].as<Type>(), t);
  decref(Value::object(old_bases));
  decref(Value::object(old_base));
  type_modified(t);
  update_heap_slots(t, nullptr);
  return 0;
}

Ref type_get_base(Value self) {
  Type* b = as_type(self)->base;
  return b ? Ref::borrow(Value::object(b)) : Ref::none();
}
Ref type_get_mro(Value self) {
  Tuple* m = as_type(self)->mro;
  return m ? Ref::borrow(Value::object(m)) : Ref::none();
}
Ref type_get_dict(Value self) { return mappingproxy_new(Value::object(as_type(self)->dict)); }

Ref type_get_text_signature(Value self) {
  Type* t = as_type(self);
  return native_text_signature(t->name, t->doc);
}

Ref type_get_doc(Value self) {
  Type* t = as_type(self);
  if (!type_has_flag(t, kTypeHeap)) return native_doc(t->name, t->doc);
  Value d = dict_get_str(t->dict, intern("__doc__"));
  if (d.is_null()) return Ref::none();
  DescrGetFn get = type_of(d)->descr_get;
  if (get != nullptr) return get(d, Value(), t);
  return Ref::borrow(d);
}
int type_set_doc(Value self, Value v) {
  if (check_heap_set(self, v, "__doc__") < 0) return -1;
  Type* t = as_type(self);
  if (dict_set(t->dict, Value::object(intern("__doc__")), v) < 0) return -1;
  type_modified(t);
  return 0;
}

Ref type_get_abstractmethods(Value self) {
  Type* t = as_type(self);
  Value v = t != &type_type ? dict_get_str(t->dict, intern("__abstractmethods__")) : Value();
  if (v.is_null()) return raise(exc::AttributeError, "__abstractmethods__");
  return Ref::borrow(v);
}
int type_set_abstractmethods(Value self, Value v) {
  Type* t = as_type(self);
  Str* key = intern("__abstractmethods__");
  int abstract = 0;
  if (v.is_null()) {
    if (dict_get_str(t->dict, key).is_null()) return fail(exc::AttributeError, "__abstractmethods__");
    if (dict_del(t->dict, Value::object(key)) < 0) return -1;
  } else {
    abstract = is_true(v);
    if (abstract < 0 || dict_set(t->dict, Value::object(key), v) < 0) return -1;
  }
  if (abstract) {
    t->flags |= kTypeAbstract;
  } else {
    t->flags &= ~uint64_t{kTypeAbstract};
  }
  type_modified(t);
  return 0;
}

Ref type_get_annotations(Value self) {
  Type* t = as_type(self);
  if (!type_has_flag(t, kTypeHeap)) {
    return raise(exc::AttributeError, std::string("type object '") + t->name +
                                          "' has no attribute '__annotations__'");
  }
  Str* key = intern("__annotations__");
  Value a = dict_get_str(t->dict, key);
  if (!a.is_null()) {
    DescrGetFn get = type_of(a)->descr_get;
    if (get != nullptr) return get(a, Value(), t);
    return Ref::borrow(a);
  }
  Ref d = Ref::steal(Value::object(dict_new()));
  if (!d || dict_set(t->dict, Value::object(key), d.get()) < 0) return nullptr;
  type_modified(t);
  return d;
}
int type_set_annotations(Value self, Value v) {
  Type* t = as_type(self);
  if (!type_has_flag(t, kTypeHeap)) {
    return fail(exc::TypeError, std::string("cannot set '__annotations__' attribute of immutable type '") +
                                    t->name + "'");
  }
  Str* key = intern("__annotations__");
  int r = v.is_null() ? dict_del(t->dict, Value::object(key)) : dict_set(t->dict, Value::object(key), v);
  if (r < 0 && v.is_null() && error_matches(exc::KeyError)) {
    clear_error();
    return fail(exc::AttributeError, "__annotations__");
  }
  type_modified(t);
  return r;
}

Ref type_get_basicsize(Value self) { return Ref::small_int(as_type(self)->basic_size); }
Ref type_get_itemsize(Value self) { return Ref::small_int(as_type(self)->item_size); }
// __flags__ in CPython's bit values (copyreg, collections.abc and inspect read them).
Ref type_get_flags(Value self) {
  Type* t = as_type(self);
  static constexpr struct {
    uint64_t ours;
    uint64_t cpython;
  } kBits[] = {
      {kTypeSequence, kCPythonSequenceFlag}, {kTypeMapping, kCPythonMappingFlag},
      {kTypeHeap, 1 << 9},                   {kTypeBaseType, 1 << 10},
      {kTypeReady, 1 << 12},                 {kTypeGC, 1 << 14},
      {kTypeMethodDescriptor, 1 << 17},      {kTypeAbstract, 1 << 20},
      {kTypeIntSubclass, 1 << 24},           {kTypeListSubclass, 1 << 25},
      {kTypeTupleSubclass, 1 << 26},         {kTypeBytesSubclass, 1 << 27},
      {kTypeStrSubclass, 1 << 28},           {kTypeDictSubclass, 1 << 29},
      {kTypeBaseExceptionSubclass, 1 << 30}, {kTypeTypeSubclass, uint64_t{1} << 31},
  };
  uint64_t flags = type_has_flag(t, kTypeHeap) ? 0 : uint64_t{1} << 8;  // IMMUTABLETYPE
  for (const auto& bit : kBits) {
    if (type_has_flag(t, bit.ours)) flags |= bit.cpython;
  }
  return Ref::small_int(static_cast<int64_t>(flags));
}
Ref type_get_dictoffset(Value self) { return Ref::small_int(as_type(self)->dict_offset); }
Ref type_get_weakrefoffset(Value self) { return Ref::small_int(as_type(self)->weaklist_offset); }

const GetSetDef kTypeGetSets[] = {
    {"__name__", type_get_name, type_set_name, nullptr},
    {"__qualname__", type_get_qualname, type_set_qualname, nullptr},
    {"__module__", type_get_module, type_set_module, nullptr},
    {"__bases__", type_get_bases, type_set_bases, nullptr},
    {"__base__", type_get_base, nullptr, nullptr},
    {"__mro__", type_get_mro, nullptr, nullptr},
    {"__dict__", type_get_dict, nullptr, nullptr},
    {"__doc__", type_get_doc, type_set_doc, nullptr},
    {"__text_signature__", type_get_text_signature, nullptr, nullptr},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, nullptr},
    {"__annotations__", type_get_annotations, type_set_annotations, nullptr},
    {"__basicsize__", type_get_basicsize, nullptr, nullptr},
    {"__itemsize__", type_get_itemsize, nullptr, nullptr},
    {"__flags__", type_get_flags, nullptr, nullptr},
    {"__dictoffset__", type_get_dictoffset, nullptr, nullptr},
    {"__weakrefoffset__", type_get_weakrefoffset, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

// Used by the getattr slot of heap metaclasses and by protocol.cpp.
Ref type_getattr_optional(Value self, Str* name) { return type_getattr_impl(self, name, true); }

namespace {

int boot_type_system() {
  type_system_booting = true;
  if (init_descriptor_types() < 0) return -1;
  type_system_booted = true;
  if (type_ready(&object_type) < 0 || type_ready(&type_type) < 0) return -1;
  while (pending_ready != nullptr && !pending_ready->empty()) {
    Type* t = pending_ready->front();
    pending_ready->erase(pending_ready->begin());
    if (type_ready(t) < 0) return -1;
  }
  delete pending_ready;
  pending_ready = nullptr;
  return 0;
}

}  // namespace

int init_type_and_object() {
  type_type.refcnt = kImmortalRefcnt;
  type_type.type = &type_type;
  type_type.name = "type";
  type_type.basic_size = sizeof(Type);
  type_type.flags = kTypeBaseType | kTypeGC | kTypeTypeSubclass;
  type_type.base = &object_type;
  type_type.doc =
      "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
  type_type.dealloc = type_dealloc;
  type_type.traverse = type_traverse;
  type_type.clear = type_clear;
  type_type.repr = type_repr;
  type_type.getattr = type_getattr;
  type_type.setattr = type_setattr;
  type_type.call = type_call;
  type_type.new_ = type_new;
  type_type.init = type_init;
  type_type.number.or_ = union_or;
  type_type.methods = kTypeMethods;
  type_type.getsets = kTypeGetSets;
  {
    Type probe{};
    type_type.dict_offset = reinterpret_cast<char*>(&probe.dict) - reinterpret_cast<char*>(&probe);
    type_type.weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  }
  if (init_object_type() < 0) return -1;
  return core_fields_ready() ? boot_type_system() : 0;
}

}  // namespace taipan
