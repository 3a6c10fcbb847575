// Quickening: the decisions that rewrite generic instructions into their
// specialised forms, the guards those forms check, and de-optimisation.
// Cache layout per specialised form (units after the instruction):
//   BINARY_OP_*, COMPARE_OP_*, CALL_PY_EXACT, CALL_ALLOC_AND_ENTER_INIT,
//   FOR_ITER_*: no data
//   LOAD_GLOBAL_CACHED  [0] entry index | kInBuiltins  [1..2] globals version
//                       [3..4] globals dict identity (both only for builtins)
//   LOAD_ATTR_INSTANCE, STORE_ATTR_INSTANCE, LOAD_METHOD_DICT_ATTR
//                       [0] instance dict entry index  [1..2] type version_tag
//   LOAD_ATTR_SLOT, STORE_ATTR_SLOT
//                       [0] the __slots__ value's offset  [1..2] type version_tag
//   LOAD_ATTR_CLASS     [1..2] type version_tag
//   LOAD_METHOD_CACHED  [1..2] type version_tag  [3..6] the method (borrowed
//                       from the type's dict, valid while the version holds)
// A generic instruction's first cache unit is its warm-up / back-off counter.
#include "vm/specialize.h"

#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "runtime/protocol.h"
#include "vm/function.h"

namespace taipan {

Opcode g_generic[256];

namespace {

constexpr CodeUnit kBackoff = 64;
constexpr CodeUnit kInBuiltins = 0x8000;

bool build_generic_table() {
  for (int i = 0; i < 256; i++) g_generic[i] = i < static_cast<int>(Opcode::kCount) ? static_cast<Opcode>(i) : Opcode::NOP;
#define TAIPAN_GENERIC_ENTRY(name, base) g_generic[kOp_##name] = Opcode::base;
  TAIPAN_SPECIALIZED_OPS(TAIPAN_GENERIC_ENTRY)
#undef TAIPAN_GENERIC_ENTRY
  return true;
}
const bool g_generic_ready = build_generic_table();

// True while the counter says "not yet": counts down warm-up and back-off.
inline bool warming_up(CodeUnit* instr) {
  if (instr[1] > 0) {
    instr[1]--;
    return true;
  }
  return false;
}

inline void rewrite(CodeUnit* instr, SpecializedOpcode op) {
  *instr = static_cast<CodeUnit>(op | (*instr & 0xFF00));
}

inline void write32(CodeUnit* at, uint32_t v) {
  at[0] = static_cast<CodeUnit>(v);
  at[1] = static_cast<CodeUnit>(v >> 16);
}
inline uint32_t read32(const CodeUnit* at) { return at[0] | (static_cast<uint32_t>(at[1]) << 16); }
inline void write64(CodeUnit* at, uint64_t v) {
  write32(at, static_cast<uint32_t>(v));
  write32(at + 2, static_cast<uint32_t>(v >> 32));
}
inline uint64_t read64(const CodeUnit* at) { return read32(at) | (static_cast<uint64_t>(read32(at + 2)) << 32); }

inline uint32_t dict_identity(const Dict* d) { return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(d) >> 4); }

// The index of the live entry whose key is exactly `name`, or -1.
int64_t entry_index(const Dict* d, const Str* name) {
  for (int64_t i = 0; i < d->entry_count; i++) {
    if (d->entries[i].key.bits() == Value::object(const_cast<Str*>(name)).bits()) return i;
  }
  return -1;
}

inline Value entry_value_if(const Dict* d, int64_t index, const Str* name) {
  if (index >= d->entry_count) return Value();
  const DictEntry& e = d->entries[index];
  if (e.key.bits() != Value::object(const_cast<Str*>(name)).bits()) return Value();
  return e.value;
}

// Whether t's attribute lookup looks in the instance's __dict__ right after
// the type's data descriptors (the generic lookup; a module's, whose
// __getattr__ only comes after a miss).
inline bool dict_first_getattr(const Type* t) { return t->getattr == generic_getattr || t->getattr == module_getattr; }

inline Dict* instance_dict_of(Value obj, Type* t) {
  if (!obj.is_object() || t->dict_offset <= 0) return nullptr;
  return *reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.as_object()) + t->dict_offset);
}

}  // namespace

void deoptimize(CodeUnit* instr) {
  Opcode base = g_generic[*instr & 0xFF];
  *instr = static_cast<CodeUnit>(static_cast<uint8_t>(base) | (*instr & 0xFF00));
  instr[1] = kBackoff;
}

bool specialize_binary_op(CodeUnit* instr, Value a, Value b) {
  if (warming_up(instr)) return false;
  uint8_t op = static_cast<uint8_t>(*instr >> 8);
  if (op >= 13) op -= 13;  // in-place forms specialise like the plain ones
  bool ints = a.is_small_int() && b.is_small_int();
  bool floats = a.is_double() && b.is_double();
  SpecializedOpcode chosen = kOp_FirstSpecialized;
  switch (op) {
    case 0:
      chosen = ints ? kOp_BINARY_OP_ADD_INT : floats ? kOp_BINARY_OP_ADD_FLOAT
               : (is_exact_str(a) && is_exact_str(b)) ? kOp_BINARY_OP_ADD_STR : chosen;
      break;
    case 10: chosen = ints ? kOp_BINARY_OP_SUBTRACT_INT : floats ? kOp_BINARY_OP_SUBTRACT_FLOAT : chosen; break;
    case 5: chosen = ints ? kOp_BINARY_OP_MULTIPLY_INT : floats ? kOp_BINARY_OP_MULTIPLY_FLOAT : chosen; break;
    case 11: chosen = floats ? kOp_BINARY_OP_TRUE_DIVIDE_FLOAT : chosen; break;
    default: break;
  }
  if (chosen == kOp_FirstSpecialized) {
    instr[1] = kBackoff;
    return false;
  }
  rewrite(instr, chosen);
  return true;
}

bool specialize_compare_op(CodeUnit* instr, Value a, Value b) {
  if (warming_up(instr)) return false;
  if (a.is_small_int() && b.is_small_int()) {
    rewrite(instr, kOp_COMPARE_OP_INT);
    return true;
  }
  if (a.is_double() && b.is_double()) {
    rewrite(instr, kOp_COMPARE_OP_FLOAT);
    return true;
  }
  instr[1] = kBackoff;
  return false;
}

bool specialize_load_global(CodeUnit* instr, Frame* f, Str* name) {
  if (warming_up(instr)) return false;
  int64_t index = entry_index(f->globals, name);
  if (index >= 0 && index < kInBuiltins) {
    instr[1] = static_cast<CodeUnit>(index);
  } else {
    index = index < 0 ? entry_index(f->builtins, name) : -1;
    if (index < 0 || index >= kInBuiltins) {
      instr[1] = kBackoff;
      return false;
    }
    instr[1] = static_cast<CodeUnit>(index | kInBuiltins);
    write32(instr + 2, static_cast<uint32_t>(f->globals->keys_version));
    write32(instr + 4, dict_identity(f->globals));
  }
  rewrite(instr, kOp_LOAD_GLOBAL_CACHED);
  return true;
}

Value load_global_cached(const CodeUnit* cache, Frame* f, Str* name) {
  CodeUnit slot = cache[0];
  if (!(slot & kInBuiltins)) return entry_value_if(f->globals, slot, name);
  if (read32(cache + 1) != static_cast<uint32_t>(f->globals->keys_version) || read32(cache + 3) != dict_identity(f->globals))
    return Value();
  return entry_value_if(f->builtins, slot & ~kInBuiltins, name);
}

// Whether an attribute access through t may go to the instance dict: the
// type's getattr or setattr slot (whichever the access goes through) is the
// generic one (`generic_hook`) and no data descriptor of t is in the way.
// Checked when specialising, and again at a polymorphic site (a subclass, a
// sibling class with the same attributes) whose type is not the cached one.
static bool instance_access_allowed(Type* t, Str* name, bool generic_hook) {
  if (!generic_hook) return false;
  Value type_attr = type_lookup(t, name);
  return type_attr.is_null() || type_of(type_attr)->descr_set == nullptr;
}

// The index of name's entry in obj's instance dict when an attribute access
// of obj may go straight to that entry (instance_access_allowed, a
// versioned type), else -1. For a store (`appends`) of an attribute the
// instance lacks, the index the attribute will be appended at: the next
// instance built the same way appends it at the same place.
static int64_t instance_entry(Value obj, Str* name, bool generic_hook, bool appends) {
  Type* t = type_of(obj);
  if (!obj.is_object() || t->dict_offset <= 0 || t->version_tag == 0 || !instance_access_allowed(t, name, generic_hook))
    return -1;
  Dict* d = instance_dict_of(obj, t);
  int64_t index = d == nullptr ? -1 : entry_index(d, name);
  if (index < 0 && appends) index = d == nullptr ? 0 : d->entry_count;
  return index <= 0xFFFF ? index : -1;
}

// Writes the cache of an instance-dict access and rewrites the instruction.
static bool specialize_instance_access(CodeUnit* instr, Value obj, int64_t index, SpecializedOpcode op) {
  if (index < 0) {
    instr[1] = kBackoff;
    return false;
  }
  instr[1] = static_cast<CodeUnit>(index);
  write32(instr + 2, type_of(obj)->version_tag);
  rewrite(instr, op);
  return true;
}

// For an attribute the type resolves to a __slots__ member (or, when
// `class_too`, to object.__class__) under the generic lookup: rewrites the
// instruction into its specialised form, cache written, and returns true.
static bool specialize_type_attr(CodeUnit* instr, Value obj, Str* name, bool generic_hook,
                                 SpecializedOpcode slot_op, bool class_too) {
  Type* t = type_of(obj);
  if (!generic_hook || t->version_tag == 0) return false;
  Value descr = type_lookup(t, name);
  if (descr.is_null()) return false;
  static const Value class_descr = dict_get_str(object_type.dict, INTERNED("__class__"));
  SpecializedOpcode op;
  // A member descriptor applies to instances of its owner only (one stored on
  // an unrelated class raises TypeError on the generic path).
  if (type_of(descr) == &member_descriptor_type && descr.as<MemberDescriptor>()->offset <= 0xFFFF &&
      type_is_subtype(t, descr.as<MemberDescriptor>()->owner)) {
    instr[1] = static_cast<CodeUnit>(descr.as<MemberDescriptor>()->offset);
    op = slot_op;
  } else if (class_too && descr.bits() == class_descr.bits()) {
    op = kOp_LOAD_ATTR_CLASS;
  } else {
    return false;
  }
  write32(instr + 2, t->version_tag);
  rewrite(instr, op);
  return true;
}

bool attr_class_cached(const CodeUnit* cache, Value obj) { return type_of(obj)->version_tag == read32(cache + 1); }

Value* attr_slot_cached(const CodeUnit* cache, Value obj) {
  if (type_of(obj)->version_tag != read32(cache + 1)) return nullptr;
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.as_object()) + cache[0]);
}

bool specialize_load_attr(CodeUnit* instr, Value obj, Str* name) {
  if (warming_up(instr)) return false;
  if (specialize_type_attr(instr, obj, name, type_of(obj)->getattr == generic_getattr, kOp_LOAD_ATTR_SLOT, true))
    return true;
  int64_t index = instance_entry(obj, name, dict_first_getattr(type_of(obj)), false);
  return specialize_instance_access(instr, obj, index, kOp_LOAD_ATTR_INSTANCE);
}

bool specialize_load_method_attr(CodeUnit* instr, Value obj, Str* name) {
  if (warming_up(instr)) return false;
  int64_t index = instance_entry(obj, name, dict_first_getattr(type_of(obj)), false);
  return specialize_instance_access(instr, obj, index, kOp_LOAD_METHOD_DICT_ATTR);
}

bool specialize_store_attr(CodeUnit* instr, Value obj, Str* name) {
  if (warming_up(instr)) return false;
  if (specialize_type_attr(instr, obj, name, type_of(obj)->setattr == generic_setattr, kOp_STORE_ATTR_SLOT, false))
    return true;
  int64_t index = instance_entry(obj, name, type_of(obj)->setattr == generic_setattr, true);
  return specialize_instance_access(instr, obj, index, kOp_STORE_ATTR_INSTANCE);
}

Value load_attr_instance_cached(const CodeUnit* cache, Value obj, Str* name) {
  Type* t = type_of(obj);
  Dict* d = instance_dict_of(obj, t);
  if (d == nullptr) return Value();
  Value v = entry_value_if(d, cache[0], name);
  if (v.is_null() || t->version_tag == read32(cache + 1)) return v;
  return instance_access_allowed(t, name, dict_first_getattr(t)) ? v : Value();
}

int store_attr_instance_cached(const CodeUnit* cache, Value obj, Str* name, Value v, Value* old) {
  Type* t = type_of(obj);
  if (!obj.is_object() || t->dict_offset <= 0) return 0;
  Dict*& d = *reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.as_object()) + t->dict_offset);
  int64_t count = d == nullptr ? 0 : d->entry_count;
  bool replaces = cache[0] < count;
  if (replaces ? d->entries[cache[0]].key.bits() != Value::object(name).bits()
               : cache[0] != count || (d != nullptr && !dict_get_str(d, name).is_null()))
    return 0;
  if (t->version_tag != read32(cache + 1) && !instance_access_allowed(t, name, t->setattr == generic_setattr))
    return 0;
  if (replaces) {
    DictEntry& e = d->entries[cache[0]];
    *old = e.value;
    e.value = v;
    dict_note_value_replaced(d, v);
    return 1;
  }
  if (d == nullptr && (d = dict_new()) == nullptr) {
    decref(v);
    return -1;
  }
  return dict_append_absent_str(d, name, v) < 0 ? -1 : 1;
}

bool specialize_load_method(CodeUnit* instr, Value obj, Str*, Value method) {
  if (warming_up(instr)) return false;
  Type* t = type_of(obj);
  if (t->version_tag == 0) {
    instr[1] = kBackoff;
    return false;
  }
  write32(instr + 2, t->version_tag);
  write64(instr + 4, method.bits());
  rewrite(instr, kOp_LOAD_METHOD_CACHED);
  return true;
}

Value load_method_cached(const CodeUnit* cache, Value obj, Str* name) {
  Type* t = type_of(obj);
  Value method = Value::from_bits(read64(cache + 3));
  // Another type (a polymorphic site) that finds the same method will do.
  if (t->version_tag != read32(cache + 1) &&
      (t->getattr != generic_getattr || type_lookup(t, name).bits() != method.bits()))
    return Value();
  Dict* d = instance_dict_of(obj, t);
  if (d != nullptr && d->used > 0 && !dict_get_str(d, name).is_null()) return Value();
  return method;
}

bool takes_exactly(Function* fn, size_t nargs) {
  return binds_positionally(fn->code, nargs) &&
         !(fn->code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator));
}

Function* inline_init(Value callable, size_t nargs) {
  if (type_of(callable) != &type_type) return nullptr;
  Type* t = callable.as<Type>();
  if (t->new_ != object_default_new || type_has_flag(t, kTypeAbstract)) return nullptr;
  Value init = type_lookup(t, INTERNED("__init__"));
  if (!is_function(init) || !takes_exactly(init.as<Function>(), nargs + 1)) return nullptr;
  return init.as<Function>();
}

bool specialize_call(CodeUnit* instr, Value callable, size_t nargs, bool has_kwnames) {
  if (warming_up(instr)) return false;
  if (!has_kwnames && is_function(callable) && takes_exactly(callable.as<Function>(), nargs)) {
    rewrite(instr, kOp_CALL_PY_EXACT);
    return true;
  }
  if (!has_kwnames && inline_init(callable, nargs) != nullptr) {
    rewrite(instr, kOp_CALL_ALLOC_AND_ENTER_INIT);
    return true;
  }
  instr[1] = kBackoff;
  return false;
}

bool specialize_for_iter(CodeUnit* instr, Value iterator) {
  if (warming_up(instr)) return false;
  Type* t = type_of(iterator);
  if (t == &range_iterator_type) {
    rewrite(instr, kOp_FOR_ITER_RANGE);
    return true;
  }
  if (t == &list_iterator_type) {
    rewrite(instr, kOp_FOR_ITER_LIST);
    return true;
  }
  instr[1] = kBackoff;
  return false;
}

}  // namespace taipan
