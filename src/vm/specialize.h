// Quickening (DESIGN decision 1): generic instructions that see the same
// kind of operands repeatedly rewrite themselves in place into a specialised
// form guarded by a cheap check; a failing guard rewrites the instruction
// back (deoptimize) and backs off before trying again. The specialised
// opcodes are numbered after the generic ones and keep the generic
// instruction's cache units, which hold the counter or the cached data.
// Internal to src/vm.
#pragma once

#include "compiler/opcodes.h"
#include "objects/str.h"
#include "vm/frame.h"

namespace taipan {

// X(specialised name, generic instruction it stands for)
#define TAIPAN_SPECIALIZED_OPS(X)                 \
  X(BINARY_OP_ADD_INT, BINARY_OP)                 \
  X(BINARY_OP_SUBTRACT_INT, BINARY_OP)            \
  X(BINARY_OP_MULTIPLY_INT, BINARY_OP)            \
  X(BINARY_OP_ADD_FLOAT, BINARY_OP)               \
  X(BINARY_OP_SUBTRACT_FLOAT, BINARY_OP)          \
  X(BINARY_OP_MULTIPLY_FLOAT, BINARY_OP)          \
  X(BINARY_OP_TRUE_DIVIDE_FLOAT, BINARY_OP)       \
  X(BINARY_OP_ADD_STR, BINARY_OP)                 \
  X(COMPARE_OP_INT, COMPARE_OP)                   \
  X(COMPARE_OP_FLOAT, COMPARE_OP)                 \
  X(LOAD_GLOBAL_CACHED, LOAD_GLOBAL)              \
  X(LOAD_ATTR_INSTANCE, LOAD_ATTR)                \
  X(LOAD_ATTR_SLOT, LOAD_ATTR)                    \
  X(LOAD_ATTR_CLASS, LOAD_ATTR)                   \
  X(STORE_ATTR_INSTANCE, STORE_ATTR)              \
  X(STORE_ATTR_SLOT, STORE_ATTR)                  \
  X(LOAD_METHOD_CACHED, LOAD_METHOD)              \
  X(LOAD_METHOD_DICT_ATTR, LOAD_METHOD)           \
  X(CALL_PY_EXACT, CALL)                          \
  X(CALL_ALLOC_AND_ENTER_INIT, CALL)              \
  X(FOR_ITER_RANGE, FOR_ITER)                     \
  X(FOR_ITER_LIST, FOR_ITER)

enum SpecializedOpcode : uint8_t {
  kOp_FirstSpecialized = static_cast<uint8_t>(Opcode::kCount) - 1,
#define TAIPAN_SPECIALIZED_ENUM(name, base) kOp_##name,
  TAIPAN_SPECIALIZED_OPS(TAIPAN_SPECIALIZED_ENUM)
#undef TAIPAN_SPECIALIZED_ENUM
  kOp_EndSpecialized
};
static_assert(kOp_EndSpecialized <= 256, "opcodes must fit in a byte");

// The generic instruction an opcode (generic or specialised) stands for.
extern Opcode g_generic[256];
inline Opcode generic_opcode(uint8_t op) { return g_generic[op]; }
// Units taken by the instruction (itself plus its caches).
inline int instr_size(CodeUnit unit) { return 1 + kOpcodeCacheUnits[static_cast<int>(generic_opcode(unit & 0xFF))]; }

// Each specialize_* is called by the generic instruction at `instr` with its
// operands; it returns true after rewriting the instruction (the loop then
// re-dispatches it), false to run the generic code this time.
bool specialize_binary_op(CodeUnit* instr, Value a, Value b);
bool specialize_compare_op(CodeUnit* instr, Value a, Value b);
bool specialize_load_global(CodeUnit* instr, Frame* f, Str* name);
bool specialize_load_attr(CodeUnit* instr, Value obj, Str* name);
bool specialize_store_attr(CodeUnit* instr, Value obj, Str* name);
bool specialize_load_method(CodeUnit* instr, Value obj, Str* name, Value method);
// LOAD_METHOD of an attribute that is no method of the type but an entry of
// the object's own __dict__ (a module's function, a callable stored on an
// instance): cached as LOAD_ATTR_INSTANCE is.
bool specialize_load_method_attr(CodeUnit* instr, Value obj, Str* name);
bool specialize_call(CodeUnit* instr, Value callable, size_t nargs, bool has_kwnames);
bool specialize_for_iter(CodeUnit* instr, Value iterator);
// Whether a call of fn with exactly `nargs` positional arguments binds them
// to its first parameters with nothing else to do (no defaults used, no
// *args, **kwargs or keyword-only parameters, not a generator).
bool takes_exactly(Function* fn, size_t nargs);
// For a call of class `t` with `nargs` positional arguments that may run
// inline (metaclass `type`, object's __new__, a Python __init__ taking
// exactly self and those arguments): that __init__. Else null.
Function* inline_init(Value callable, size_t nargs);
// Rewrites a specialised instruction back to its generic form, with back-off.
void deoptimize(CodeUnit* instr);

// The guarded loads of the specialised forms; null when the guard fails.
Value load_global_cached(const CodeUnit* cache, Frame* f, Str* name);
Value load_attr_instance_cached(const CodeUnit* cache, Value obj, Str* name);
Value load_method_cached(const CodeUnit* cache, Value obj, Str* name);
// The guarded forms of __slots__ access: the address of obj's slot, or null
// when obj's type is not the cached one (LOAD_ATTR_SLOT, STORE_ATTR_SLOT).
Value* attr_slot_cached(const CodeUnit* cache, Value obj);
// LOAD_ATTR_CLASS: obj.__class__, valid while obj's type is the cached one.
bool attr_class_cached(const CodeUnit* cache, Value obj);
// The guarded store of STORE_ATTR_INSTANCE, v stolen when it stores: replaces
// the value of the cached entry of obj's instance dict (*old gets the old
// value, owned), or, when the dict has exactly as many entries as the cached
// index and lacks the attribute, appends it as the last entry (an attribute
// set for the first time, as __init__ does; *old stays null). 1 stored, 0 the
// guard failed (nothing stored), -1 an error (v released).
int store_attr_instance_cached(const CodeUnit* cache, Value obj, Str* name, Value v, Value* old);

}  // namespace taipan
