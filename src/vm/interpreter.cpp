// The dispatch loop: runs frames instruction by instruction with computed
// goto. Python-to-Python calls push a frame and continue in the same loop
// invocation; exceptions unwind through each code object's exception table
// without any C++ throw. Quickened instructions (specialize.h) rewrite
// themselves in place and fall back to the generic form when a guard fails.
#include "vm/interpreter.h"

#include <cstring>

#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/memory.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "vm/eval.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/interrupts.h"
#include "vm/ops.h"
#include "vm/specialize.h"
#include "vm/traceback.h"
#include "vm/tracing.h"

namespace taipan {

namespace {

constexpr BinaryOp kBinaryOps[13] = {
    BinaryOp::Add,      BinaryOp::And,       BinaryOp::FloorDivide, BinaryOp::LShift, BinaryOp::MatrixMultiply,
    BinaryOp::Multiply, BinaryOp::Remainder, BinaryOp::Or,          BinaryOp::Power,  BinaryOp::RShift,
    BinaryOp::Subtract, BinaryOp::TrueDivide, BinaryOp::Xor,
};
constexpr uint32_t kInplaceAddOparg = 13;  // `+=`: the in-place forms follow the 13 plain ones

inline Ref binary_op_generic(Value a, Value b, uint32_t oparg) {
  return oparg >= 13 ? inplace_op(a, b, kBinaryOps[oparg - 13]) : binary_op(a, b, kBinaryOps[oparg]);
}

inline bool is_generator_code(const Code* code) {
  return (code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) != 0;
}

// Pushes a frame for a call of a Python function and binds the arguments.
Frame* push_call_frame(ThreadState* ts, Function* fn, const Value* args, size_t nargs, Tuple* kwnames) {
  Frame* f = push_frame(ts, fn->code, fn, fn->globals, fn->builtins, Value());
  if (f == nullptr) return nullptr;
  // The common call, exactly the positional parameters, binds here.
  if (kwnames == nullptr && binds_positionally(fn->code, nargs)) {
    for (size_t i = 0; i < nargs; i++) {
      incref(args[i]);
      f->localsplus[i] = args[i];
    }
    return f;
  }
  if (!bind_function_args(fn, f, args, nargs, kwnames)) {
    pop_frame(ts, f);
    return nullptr;
  }
  return f;
}

// The handler covering code unit `offset`, or null.
const ExceptionTableEntry* find_handler(const Code* code, int offset) {
  for (int i = 0; i < code->exception_table_size; i++) {
    const ExceptionTableEntry& e = code->exception_table[i];
    if (e.start <= offset && offset < e.end) return &e;
  }
  return nullptr;
}

// Where execution continues after the instruction at `instr` (its caches skipped).
inline const CodeUnit* after(const CodeUnit* instr) { return instr + instr_size(*instr); }

Value global_lookup(Frame* f, Str* name) {
  Value v = dict_get_str(f->globals, name);
  if (v.is_null()) v = dict_get_str(f->builtins, name);
  return v;
}

// The instance __dict__ of obj, or null.
inline Dict* instance_dict(Value obj, Type* t) {
  if (t->dict_offset <= 0) return nullptr;
  return *reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.as_object()) + t->dict_offset);
}

inline bool has_default_getattr(Type* t) { return t->getattr == generic_getattr; }

// LOAD_METHOD's fast case: a plain function or method descriptor found on the
// type and not shadowed by the instance dict. Borrowed, or null.
Value find_unbound_method(Value obj, Str* name) {
  Type* t = type_of(obj);
  if (!has_default_getattr(t)) return Value();
  Value attr = type_lookup(t, name);
  if (attr.is_null()) return Value();
  Type* at = type_of(attr);
  if (at != &function_type && at != &method_descriptor_type) return Value();
  if (obj.is_object()) {
    Dict* d = instance_dict(obj, t);
    if (d != nullptr && !dict_get_str(d, name).is_null()) return Value();
  }
  return attr;
}

// The dispatch tables (tracing.h): DISPATCH jumps through g_dispatch, which
// holds each instruction's code (g_op_targets) or, while some thread has a
// hook, the tracing entry everywhere.
void* g_dispatch[256];
void* g_op_targets[256];
void* g_trace_entry;
bool g_trace_installed = false;

}  // namespace

bool tracing_installed() { return g_trace_installed; }

void set_trace_dispatch(bool on) {
  g_trace_installed = on;
  for (int i = 0; i < 256; i++) g_dispatch[i] = on ? g_trace_entry : g_op_targets[i];
}

Ref run_frame(ThreadState* ts, Frame* frame, bool throw_pending) {
  if (g_trace_entry == nullptr) {
    for (void*& t : g_op_targets) t = &&L_unknown;
#define OP(name, cache) g_op_targets[static_cast<int>(Opcode::name)] = &&L_##name;
#include "compiler/opcodes.def"
#undef OP
#define SPECIALIZED(name, base) g_op_targets[kOp_##name] = &&L_##name;
    TAIPAN_SPECIALIZED_OPS(SPECIALIZED)
#undef SPECIALIZED
    g_trace_entry = &&L_trace;
    set_trace_dispatch(g_trace_installed);
  }

  Code* co;
  Value* fast;
  Value* sp;
  const CodeUnit* ip;
  uint32_t oparg = 0;
  Tuple* kwnames = nullptr;

#define LOAD_FRAME()                                              \
  do {                                                            \
    co = frame->code;                                             \
    fast = frame->localsplus;                                     \
    sp = fast + co->nlocalsplus + frame->stack_depth;             \
    frame->stack_depth = 0;                                       \
  } while (0)
#define STACK_BOTTOM() (fast + co->nlocalsplus)
#define SAVE_STACK() (frame->stack_depth = static_cast<int32_t>(sp - STACK_BOTTOM()))
#define DISPATCH()                         \
  do {                                     \
    frame->instr = ip;                     \
    CodeUnit unit_ = *ip;                  \
    oparg = unit_ >> 8;                    \
    goto* g_dispatch[unit_ & 0xFF];        \
  } while (0)
// Runs the (just rewritten) instruction at ip again, keeping oparg, which may
// have been widened by EXTENDED_ARG.
#define REDISPATCH() goto* g_op_targets[*ip & 0xFF]
// Runs `callee`, just pushed by a call at this instruction, in this loop.
#define ENTER_FRAME(callee)        \
  do {                             \
    SAVE_STACK();                  \
    (callee)->previous = frame;    \
    ts->current_frame = (callee);  \
    frame = (callee);              \
    LOAD_FRAME();                  \
    ip = co->code;                 \
    DISPATCH();                    \
  } while (0)
#define TARGET(name) L_##name:
#define NEXT(name)                                                                 \
  do {                                                                             \
    ip += 1 + kOpcodeCacheUnits[static_cast<int>(Opcode::name)];                   \
    DISPATCH();                                                                    \
  } while (0)
#define JUMP_FROM(name, n)                                                         \
  do {                                                                             \
    ip += 1 + kOpcodeCacheUnits[static_cast<int>(Opcode::name)] + (n);             \
    DISPATCH();                                                                    \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])
#define NAME(i) (co->names.as<Tuple>()->items[i].as<Str>())
#define CONST(i) (co->consts.as<Tuple>()->items[i])
#define CACHE() (const_cast<CodeUnit*>(ip) + 1)

  frame->previous = ts->current_frame;
  frame->is_entry = true;
  ts->current_frame = frame;
  LOAD_FRAME();
  ip = frame->instr;
  if (throw_pending) {
    // gen.throw(): the generator's `call` event, then the exception.
    if (g_trace_installed && trace_call_event(ts, frame) < 0) goto exit_unwind;
    goto error;
  }
  ip++;
  DISPATCH();

  // ---- tracing (tracing.h): before each instruction while hooks exist ----
L_trace: {
  if (hooks_active(ts)) {
    SAVE_STACK();
    int r = trace_instruction(ts, frame);
    sp = STACK_BOTTOM() + frame->stack_depth;
    frame->stack_depth = 0;
    if (r == -1) goto error;
    if (r == -2) goto exit_unwind;
    ip = frame->instr;  // a trace function may have jumped
    oparg = *ip >> 8;
  }
  goto* g_op_targets[*ip & 0xFF];
}

  // ---- stack shuffling ----
  TARGET(NOP) { NEXT(NOP); }
  TARGET(CACHE) { NEXT(CACHE); }
  TARGET(POP_TOP) {
    decref(POP());
    NEXT(POP_TOP);
  }
  TARGET(PUSH_NULL) {
    PUSH(Value());
    NEXT(PUSH_NULL);
  }
  TARGET(COPY) {
    Value v = PEEK(oparg);
    incref(v);
    PUSH(v);
    NEXT(COPY);
  }
  TARGET(SWAP) {
    Value v = TOP();
    TOP() = PEEK(oparg);
    PEEK(oparg) = v;
    NEXT(SWAP);
  }
  TARGET(EXTENDED_ARG) {
    ip++;
    frame->instr = ip;
    CodeUnit unit = *ip;
    oparg = (oparg << 8) | (unit >> 8);
    goto* g_op_targets[unit & 0xFF];
  }
  TARGET(RESUME) {
    if (eval_breaker_set() && handle_eval_breaker() < 0) goto error;
    NEXT(RESUME);
  }

  // ---- operators ----
  TARGET(UNARY_POSITIVE) {
    Ref r = unary_op(TOP(), UnaryOp::Positive);
    if (!r) goto error;
    decref(TOP());
    TOP() = r.release();
    NEXT(UNARY_POSITIVE);
  }
  TARGET(UNARY_NEGATIVE) {
    Value v = TOP();
    if (v.is_small_int() && v.as_small_int() != Value::kSmallIntMin) {
      TOP() = Value::small_int(-v.as_small_int());
      NEXT(UNARY_NEGATIVE);
    }
    Ref r = unary_op(v, UnaryOp::Negative);
    if (!r) goto error;
    decref(v);
    TOP() = r.release();
    NEXT(UNARY_NEGATIVE);
  }
  TARGET(UNARY_NOT) {
    Value v = TOP();
    int t = v.is_bool() ? v.is_true() : is_true(v);
    if (t < 0) goto error;
    decref(v);
    TOP() = Value::boolean(!t);
    NEXT(UNARY_NOT);
  }
  TARGET(UNARY_INVERT) {
    Ref r = unary_op(TOP(), UnaryOp::Invert);
    if (!r) goto error;
    decref(TOP());
    TOP() = r.release();
    NEXT(UNARY_INVERT);
  }
  TARGET(BINARY_OP) {
    Value b = TOP();
    Value a = PEEK(2);
    if (specialize_binary_op(CACHE() - 1, a, b)) REDISPATCH();
    Ref r = binary_op_generic(a, b, oparg);
    if (!r) goto error;
    decref(a);
    decref(b);
    sp--;
    TOP() = r.release();
    NEXT(BINARY_OP);
  }
  TARGET(BINARY_OP_ADD_INT) {
    Value b = TOP();
    Value a = PEEK(2);
    if (a.is_small_int() && b.is_small_int()) {
      int64_t r = a.as_small_int() + b.as_small_int();
      if (Value::fits_small_int(r)) {
        sp--;
        TOP() = Value::small_int(r);
        NEXT(BINARY_OP);
      }
    }
    deoptimize(CACHE() - 1);
    REDISPATCH();
  }
  TARGET(BINARY_OP_SUBTRACT_INT) {
    Value b = TOP();
    Value a = PEEK(2);
    if (a.is_small_int() && b.is_small_int()) {
      int64_t r = a.as_small_int() - b.as_small_int();
      if (Value::fits_small_int(r)) {
        sp--;
        TOP() = Value::small_int(r);
        NEXT(BINARY_OP);
      }
    }
    deoptimize(CACHE() - 1);
    REDISPATCH();
  }
  TARGET(BINARY_OP_MULTIPLY_INT) {
    Value b = TOP();
    Value a = PEEK(2);
    int64_t r;
    if (a.is_small_int() && b.is_small_int() && !__builtin_mul_overflow(a.as_small_int(), b.as_small_int(), &r) &&
        Value::fits_small_int(r)) {
      sp--;
      TOP() = Value::small_int(r);
      NEXT(BINARY_OP);
    }
    deoptimize(CACHE() - 1);
    REDISPATCH();
  }
  TARGET(BINARY_OP_ADD_FLOAT) {
    Value b = TOP();
    Value a = PEEK(2);
    if (a.is_double() && b.is_double()) {
      sp--;
      TOP() = Value::from_double(a.as_double() + b.as_double());
      NEXT(BINARY_OP);
    }
    deoptimize(CACHE() - 1);
    REDISPATCH();
  }
  TARGET(BINARY_OP_SUBTRACT_FLOAT) {
    Value b = TOP();
    Value a = PEEK(2);
    if (a.is_double() && b.is_double()) {
      sp--;
      TOP() = Value::from_double(a.as_double() - b.as_double());
      NEXT(BINARY_OP);
    }
    deoptimize(CACHE() - 1);
    REDISPATCH();
  }
  TARGET(BINARY_OP_MULTIPLY_FLOAT) {
    Value b = TOP();
    Value a = PEEK(2);
    if (a.is_double() && b.is_double()) {
      sp--;
      TOP() = Value::from_double(a.as_double() * b.as_double());
      NEXT(BINARY_OP);
    }
    deoptimize(CACHE() - 1);
    REDISPATCH();
  }
  TARGET(BINARY_OP_TRUE_DIVIDE_FLOAT) {
    Value b = TOP();
    Value a = PEEK(2);
    if (a.is_double() && b.is_double() && b.as_double() != 0.0) {
      sp--;
      TOP() = Value::from_double(a.as_double() / b.as_double());
      NEXT(BINARY_OP);
    }
    deoptimize(CACHE() - 1);
    REDISPATCH();
  }
  TARGET(BINARY_OP_ADD_STR) {
    Value b = TOP();
    Value a = PEEK(2);
    if (is_exact_str(a) && is_exact_str(b)) {
      // `s += t` followed by the store back into local s: drop the local's
      // reference first, so that s may grow in place.
      const CodeUnit* next = ip + 1 + kOpcodeCacheUnits[static_cast<int>(Opcode::BINARY_OP)];
      if (oparg == kInplaceAddOparg && (*next & 0xFF) == static_cast<int>(Opcode::STORE_FAST) &&
          fast[*next >> 8].bits() == a.bits() && a.as_object()->refcnt == 2) {
        fast[*next >> 8] = Value();
        decref(a);
      }
      sp -= 2;
      Ref r = str_append(a.as<Str>(), b.as<Str>());  // takes the stack's reference to a
      decref(b);
      if (!r) goto error;
      PUSH(r.release());
      NEXT(BINARY_OP);
    }
    deoptimize(CACHE() - 1);
    REDISPATCH();
  }
  TARGET(COMPARE_OP) {
    Value b = TOP();
    Value a = PEEK(2);
    if (specialize_compare_op(CACHE() - 1, a, b)) REDISPATCH();
    Ref r = rich_compare(a, b, static_cast<CompareOp>(oparg));
    if (!r) goto error;
    decref(a);
    decref(b);
    sp--;
    TOP() = r.release();
    NEXT(COMPARE_OP);
  }
  TARGET(COMPARE_OP_INT) {
    Value b = TOP();
    Value a = PEEK(2);
    if (a.is_small_int() && b.is_small_int()) {
      int64_t x = a.as_small_int(), y = b.as_small_int();
      bool r;
      switch (static_cast<CompareOp>(oparg)) {
        case CompareOp::Lt: r = x < y; break;
        case CompareOp::Le: r = x <= y; break;
        case CompareOp::Eq: r = x == y; break;
        case CompareOp::Ne: r = x != y; break;
        case CompareOp::Gt: r = x > y; break;
        default: r = x >= y; break;
      }
      sp--;
      TOP() = Value::boolean(r);
      NEXT(COMPARE_OP);
    }
    deoptimize(CACHE() - 1);
    REDISPATCH();
  }
  TARGET(COMPARE_OP_FLOAT) {
    Value b = TOP();
    Value a = PEEK(2);
    if (a.is_double() && b.is_double()) {
      double x = a.as_double(), y = b.as_double();
      bool r;
      switch (static_cast<CompareOp>(oparg)) {
        case CompareOp::Lt: r = x < y; break;
        case CompareOp::Le: r = x <= y; break;
        case CompareOp::Eq: r = x == y; break;
        case CompareOp::Ne: r = x != y; break;
        case CompareOp::Gt: r = x > y; break;
        default: r = x >= y; break;
      }
      sp--;
      TOP() = Value::boolean(r);
      NEXT(COMPARE_OP);
    }
    deoptimize(CACHE() - 1);
    REDISPATCH();
  }
  TARGET(IS_OP) {
    Value b = POP();
    Value a = TOP();
    bool r = (a == b) != (oparg == 1);
    decref(a);
    decref(b);
    TOP() = Value::boolean(r);
    NEXT(IS_OP);
  }
  TARGET(CONTAINS_OP) {
    Value container = POP();
    Value item = TOP();
    int r = contains(container, item);
    decref(container);
    if (r < 0) goto error;
    decref(item);
    TOP() = Value::boolean((r == 1) != (oparg == 1));
    NEXT(CONTAINS_OP);
  }
  TARGET(BINARY_SUBSCR) {
    Value key = TOP();
    Value container = PEEK(2);
    Type* t = type_of(container);
    if (t == &list_type && key.is_small_int()) {
      List* l = container.as<List>();
      int64_t i = key.as_small_int();
      if (i < 0) i += l->size;
      if (i >= 0 && i < l->size) {
        Value item = l->items[i];
        incref(item);
        sp--;
        TOP() = item;
        decref(container);
        NEXT(BINARY_SUBSCR);
      }
    } else if (t == &tuple_type && key.is_small_int()) {
      Tuple* tu = container.as<Tuple>();
      int64_t i = key.as_small_int();
      if (i < 0) i += tu->size;
      if (i >= 0 && i < tu->size) {
        Value item = tu->items[i];
        incref(item);
        sp--;
        TOP() = item;
        decref(container);
        NEXT(BINARY_SUBSCR);
      }
    } else if (t == &dict_type) {
      Value item = dict_get(container.as<Dict>(), key);
      if (item.is_null()) {
        if (!error_occurred()) raise_with_arg(exc::KeyError, key);
        goto error;
      }
      incref(item);
      sp--;
      TOP() = item;
      decref(container);
      decref(key);
      NEXT(BINARY_SUBSCR);
    }
    Ref r = getitem(container, key);
    if (!r) goto error;
    sp--;
    TOP() = r.release();
    decref(container);
    decref(key);
    NEXT(BINARY_SUBSCR);
  }
  TARGET(STORE_SUBSCR) {
    Value key = TOP();
    Value container = PEEK(2);
    Value v = PEEK(3);
    int r;
    if (type_of(container) == &list_type && key.is_small_int()) {
      List* l = container.as<List>();
      int64_t i = key.as_small_int();
      if (i < 0) i += l->size;
      if (i >= 0 && i < l->size) {
        Value old = l->items[i];
        l->items[i] = v;  // the stack's reference moves into the list
        sp -= 3;
        decref(old);
        decref(container);
        NEXT(STORE_SUBSCR);
      }
    }
    if (type_of(container) == &dict_type) {
      r = dict_set(container.as<Dict>(), key, v);
    } else {
      r = setitem(container, key, v);
    }
    if (r < 0) goto error;
    sp -= 3;
    decref(key);
    decref(container);
    decref(v);
    NEXT(STORE_SUBSCR);
  }
  TARGET(DELETE_SUBSCR) {
    Value key = TOP();
    Value container = PEEK(2);
    if (delitem(container, key) < 0) goto error;
    sp -= 2;
    decref(key);
    decref(container);
    NEXT(DELETE_SUBSCR);
  }
  TARGET(BUILD_SLICE) {
    Value step = oparg == 3 ? POP() : Value();
    Value stop = POP();
    Value start = TOP();
    Ref s = slice_new(start, stop, step);
    decref(step);
    decref(stop);
    if (!s) goto error;
    decref(start);
    TOP() = s.release();
    NEXT(BUILD_SLICE);
  }

  // ---- names and variables ----
  TARGET(LOAD_CONST) {
    Value v = CONST(oparg);
    incref(v);
    PUSH(v);
    NEXT(LOAD_CONST);
  }
  TARGET(LOAD_FAST) {
    Value v = fast[oparg];
    if (v.is_null()) {
      raise_unbound_local(co, static_cast<int>(oparg));
      goto error;
    }
    incref(v);
    PUSH(v);
    NEXT(LOAD_FAST);
  }
  TARGET(STORE_FAST) {
    Value old = fast[oparg];
    fast[oparg] = POP();
    decref(old);
    NEXT(STORE_FAST);
  }
  TARGET(DELETE_FAST) {
    Value old = fast[oparg];
    if (old.is_null()) {
      raise_unbound_local(co, static_cast<int>(oparg));
      goto error;
    }
    fast[oparg] = Value();
    decref(old);
    NEXT(DELETE_FAST);
  }
  TARGET(LOAD_NAME) {
    Str* name = NAME(oparg);
    Value locals = frame->locals;
    if (locals.is_null()) {
      raise(exc::SystemError, "no locals when loading '" + str_to_std(name) + "'");
      goto error;
    }
    Ref v;
    if (type_of(locals) == &dict_type) {
      Value found = dict_get_str(locals.as<Dict>(), name);
      if (!found.is_null()) v = Ref::borrow(found);
    } else {
      v = getitem(locals, Value::object(name));
      if (!v) {
        if (!error_matches(exc::KeyError)) goto error;
        clear_error();
      }
    }
    if (!v) {
      Value found = global_lookup(frame, name);
      v = found.is_null() ? load_missing_global(frame->globals, name) : Ref::borrow(found);
      if (!v) goto error;
    }
    PUSH(v.release());
    NEXT(LOAD_NAME);
  }
  TARGET(STORE_NAME) {
    Str* name = NAME(oparg);
    Value locals = frame->locals;
    if (locals.is_null()) {
      raise(exc::SystemError, "no locals found when storing '" + str_to_std(name) + "'");
      goto error;
    }
    Value v = TOP();
    int r = type_of(locals) == &dict_type ? dict_set(locals.as<Dict>(), Value::object(name), v)
                                          : setitem(locals, Value::object(name), v);
    if (r < 0) goto error;
    sp--;
    decref(v);
    NEXT(STORE_NAME);
  }
  TARGET(DELETE_NAME) {
    Str* name = NAME(oparg);
    Value locals = frame->locals;
    if (locals.is_null()) {
      raise(exc::SystemError, "no locals when deleting '" + str_to_std(name) + "'");
      goto error;
    }
    if (delitem(locals, Value::object(name)) < 0) {
      if (error_matches(exc::KeyError)) {
        clear_error();
        raise_name_error(name);
      }
      goto error;
    }
    NEXT(DELETE_NAME);
  }
  TARGET(LOAD_GLOBAL) {
    Str* name = NAME(oparg >> 1);
    if (specialize_load_global(CACHE() - 1, frame, name)) REDISPATCH();
    Value v = global_lookup(frame, name);
    Ref missing;
    if (v.is_null()) {
      missing = load_missing_global(frame->globals, name);
      if (!missing) goto error;
      v = *missing;
    }
    if (oparg & 1) PUSH(Value());
    incref(v);
    PUSH(v);
    NEXT(LOAD_GLOBAL);
  }
  TARGET(LOAD_GLOBAL_CACHED) {
    Value v = load_global_cached(CACHE(), frame, NAME(oparg >> 1));
    if (v.is_null()) {
      deoptimize(CACHE() - 1);
      REDISPATCH();
    }
    if (oparg & 1) PUSH(Value());
    incref(v);
    PUSH(v);
    NEXT(LOAD_GLOBAL);
  }
  TARGET(STORE_GLOBAL) {
    Value v = TOP();
    if (dict_set(frame->globals, Value::object(NAME(oparg)), v) < 0) goto error;
    sp--;
    decref(v);
    NEXT(STORE_GLOBAL);
  }
  TARGET(DELETE_GLOBAL) {
    if (dict_del(frame->globals, Value::object(NAME(oparg))) < 0) {
      if (error_matches(exc::KeyError)) {
        clear_error();
        raise_name_error(NAME(oparg));
      }
      goto error;
    }
    NEXT(DELETE_GLOBAL);
  }
  TARGET(MAKE_CELL) {
    Value initial = fast[oparg];
    Ref cell = cell_new(initial);
    if (!cell) goto error;
    fast[oparg] = cell.release();
    decref(initial);
    NEXT(MAKE_CELL);
  }
  TARGET(COPY_FREE_VARS) {
    if (frame->function != nullptr && !frame->function->closure.is_null()) {
      Tuple* closure = frame->function->closure.as<Tuple>();
      int first = co->nlocalsplus - static_cast<int>(oparg);
      for (uint32_t i = 0; i < oparg && i < closure->size; i++) {
        Value c = closure->items[i];
        incref(c);
        fast[first + i] = c;
      }
    }
    NEXT(COPY_FREE_VARS);
  }
  TARGET(LOAD_CLOSURE) {
    Value v = fast[oparg];
    if (v.is_null()) {
      raise_unbound_local(co, static_cast<int>(oparg));
      goto error;
    }
    incref(v);
    PUSH(v);
    NEXT(LOAD_CLOSURE);
  }
  TARGET(LOAD_DEREF) {
    Value cell = fast[oparg];
    Value v = is_cell(cell) ? cell.as<Cell>()->contents : Value();
    if (v.is_null()) {
      raise_unbound_local(co, static_cast<int>(oparg));
      goto error;
    }
    incref(v);
    PUSH(v);
    NEXT(LOAD_DEREF);
  }
  TARGET(LOAD_CLASSDEREF) {
    Value name = co->localsplusnames.as<Tuple>()->items[oparg];
    Value locals = frame->locals;
    if (!locals.is_null()) {
      Ref found;
      if (type_of(locals) == &dict_type) {
        Value v = dict_get(locals.as<Dict>(), name);
        if (!v.is_null()) found = Ref::borrow(v);
      } else {
        found = getitem(locals, name);
        if (!found) {
          if (!error_matches(exc::KeyError)) goto error;
          clear_error();
        }
      }
      if (found) {
        PUSH(found.release());
        NEXT(LOAD_CLASSDEREF);
      }
    }
    Value cell = fast[oparg];
    Value v = is_cell(cell) ? cell.as<Cell>()->contents : Value();
    if (v.is_null()) {
      raise_unbound_local(co, static_cast<int>(oparg));
      goto error;
    }
    incref(v);
    PUSH(v);
    NEXT(LOAD_CLASSDEREF);
  }
  TARGET(STORE_DEREF) {
    Cell* cell = fast[oparg].as<Cell>();
    Value old = cell->contents;
    cell->contents = POP();
    decref(old);
    NEXT(STORE_DEREF);
  }
  TARGET(DELETE_DEREF) {
    Cell* cell = fast[oparg].as<Cell>();
    Value old = cell->contents;
    if (old.is_null()) {
      raise_unbound_local(co, static_cast<int>(oparg));
      goto error;
    }
    cell->contents = Value();
    decref(old);
    NEXT(DELETE_DEREF);
  }
  TARGET(LOAD_ATTR) {
    Value obj = TOP();
    if (specialize_load_attr(CACHE() - 1, obj, NAME(oparg))) REDISPATCH();
    Ref r = getattr(obj, NAME(oparg));
    if (!r) {
      add_attribute_error_context(obj, NAME(oparg));
      goto error;
    }
    decref(obj);
    TOP() = r.release();
    NEXT(LOAD_ATTR);
  }
  TARGET(LOAD_ATTR_INSTANCE) {
    Value obj = TOP();
    Value v = load_attr_instance_cached(CACHE(), obj, NAME(oparg));
    if (v.is_null()) {
      deoptimize(CACHE() - 1);
      REDISPATCH();
    }
    incref(v);
    decref(obj);
    TOP() = v;
    NEXT(LOAD_ATTR);
  }
  TARGET(STORE_ATTR) {
    Value obj = TOP();
    if (specialize_store_attr(CACHE() - 1, obj, NAME(oparg))) REDISPATCH();
    Value v = PEEK(2);
    if (setattr(obj, NAME(oparg), v) < 0) goto error;
    sp -= 2;
    decref(obj);
    decref(v);
    NEXT(STORE_ATTR);
  }
  TARGET(LOAD_ATTR_SLOT) {
    Value obj = TOP();
    Value* slot = attr_slot_cached(CACHE(), obj);
    if (slot == nullptr || slot->is_null()) {
      deoptimize(CACHE() - 1);
      REDISPATCH();
    }
    Value v = *slot;
    incref(v);
    decref(obj);
    TOP() = v;
    NEXT(LOAD_ATTR);
  }
  TARGET(LOAD_ATTR_CLASS) {
    Value obj = TOP();
    if (!attr_class_cached(CACHE(), obj)) {
      deoptimize(CACHE() - 1);
      REDISPATCH();
    }
    Value t = Value::object(type_of(obj));
    incref(t);
    decref(obj);
    TOP() = t;
    NEXT(LOAD_ATTR);
  }
  TARGET(STORE_ATTR_SLOT) {
    Value obj = TOP();
    Value* slot = attr_slot_cached(CACHE(), obj);
    if (slot == nullptr) {
      deoptimize(CACHE() - 1);
      REDISPATCH();
    }
    Value old = *slot;
    *slot = PEEK(2);
    sp -= 2;
    decref(old);
    decref(obj);
    NEXT(STORE_ATTR);
  }
  TARGET(STORE_ATTR_INSTANCE) {
    Value obj = TOP();
    Value old;
    int stored = store_attr_instance_cached(CACHE(), obj, NAME(oparg), PEEK(2), &old);
    if (stored == 0) {
      deoptimize(CACHE() - 1);
      REDISPATCH();
    }
    sp -= 2;
    decref(old);
    decref(obj);
    if (stored < 0) goto error;
    NEXT(STORE_ATTR);
  }
  TARGET(DELETE_ATTR) {
    Value obj = TOP();
    if (delattr(obj, NAME(oparg)) < 0) goto error;
    sp--;
    decref(obj);
    NEXT(DELETE_ATTR);
  }
  TARGET(LOAD_METHOD) {
    Value obj = TOP();
    Value meth = find_unbound_method(obj, NAME(oparg));
    if (!meth.is_null()) {
      specialize_load_method(CACHE() - 1, obj, NAME(oparg), meth);
      incref(meth);
      TOP() = meth;
      PUSH(obj);
      NEXT(LOAD_METHOD);
    }
    if (specialize_load_method_attr(CACHE() - 1, obj, NAME(oparg))) REDISPATCH();
    Ref r = getattr(obj, NAME(oparg));
    if (!r) {
      add_attribute_error_context(obj, NAME(oparg));
      goto error;
    }
    decref(obj);
    TOP() = Value();
    PUSH(r.release());
    NEXT(LOAD_METHOD);
  }
  TARGET(LOAD_METHOD_CACHED) {
    Value obj = TOP();
    Value meth = load_method_cached(CACHE(), obj, NAME(oparg));
    if (meth.is_null()) {
      deoptimize(CACHE() - 1);
      REDISPATCH();
    }
    incref(meth);
    TOP() = meth;
    PUSH(obj);
    NEXT(LOAD_METHOD);
  }
  TARGET(LOAD_METHOD_DICT_ATTR) {
    Value obj = TOP();
    Value v = load_attr_instance_cached(CACHE(), obj, NAME(oparg));
    if (v.is_null()) {
      deoptimize(CACHE() - 1);
      REDISPATCH();
    }
    incref(v);
    decref(obj);
    TOP() = Value();
    PUSH(v);
    NEXT(LOAD_METHOD);
  }
  TARGET(LOAD_ASSERTION_ERROR) {
    Value v = Value::object(exc::AssertionError);
    incref(v);
    PUSH(v);
    NEXT(LOAD_ASSERTION_ERROR);
  }
  TARGET(LOAD_BUILD_CLASS) {
    Value bc = dict_get_str(frame->builtins, intern("__build_class__"));
    if (bc.is_null()) {
      raise(exc::NameError, "__build_class__ not found");
      goto error;
    }
    incref(bc);
    PUSH(bc);
    NEXT(LOAD_BUILD_CLASS);
  }
  TARGET(SETUP_ANNOTATIONS) {
    Value locals = frame->locals;
    if (locals.is_null()) {
      raise(exc::SystemError, "no locals found when setting up annotations");
      goto error;
    }
    Str* key = intern("__annotations__");
    bool present;
    if (type_of(locals) == &dict_type) {
      present = !dict_get_str(locals.as<Dict>(), key).is_null();
    } else {
      Ref v = getitem(locals, Value::object(key));
      if (!v) {
        if (!error_matches(exc::KeyError)) goto error;
        clear_error();
      }
      present = static_cast<bool>(v);
    }
    if (!present) {
      Ref d = Ref::steal(dict_new());
      if (!d || setitem(locals, Value::object(key), *d) < 0) goto error;
    }
    NEXT(SETUP_ANNOTATIONS);
  }
  TARGET(IMPORT_NAME) {
    Value fromlist = TOP();
    Value level = PEEK(2);
    Ref m = import_name(frame, NAME(oparg), fromlist, level);
    if (!m) goto error;
    sp--;
    decref(fromlist);
    decref(level);
    TOP() = m.release();
    NEXT(IMPORT_NAME);
  }
  TARGET(IMPORT_FROM) {
    Ref v = import_from(TOP(), NAME(oparg));
    if (!v) goto error;
    PUSH(v.release());
    NEXT(IMPORT_FROM);
  }
  TARGET(IMPORT_STAR) {
    if (import_star(frame, TOP()) < 0) goto error;
    decref(POP());
    NEXT(IMPORT_STAR);
  }

  // ---- building values ----
  TARGET(BUILD_TUPLE) {
    Tuple* t = tuple_new(oparg);
    if (t == nullptr) goto error;
    sp -= oparg;
    std::memcpy(static_cast<void*>(t->items), sp, sizeof(Value) * oparg);
    PUSH(Value::object(t));
    NEXT(BUILD_TUPLE);
  }
  TARGET(BUILD_LIST) {
    List* l = list_new(oparg);
    if (l == nullptr) goto error;
    sp -= oparg;
    if (oparg > 0) std::memcpy(static_cast<void*>(l->items), sp, sizeof(Value) * oparg);
    PUSH(Value::object(l));
    NEXT(BUILD_LIST);
  }
  TARGET(BUILD_SET) {
    Ref s = set_new(Value());
    if (!s) goto error;
    for (uint32_t i = 0; i < oparg; i++) {
      if (set_add(s.as<Set>(), sp[static_cast<int>(i) - static_cast<int>(oparg)]) < 0) goto error;
    }
    for (uint32_t i = 0; i < oparg; i++) decref(POP());
    PUSH(s.release());
    NEXT(BUILD_SET);
  }
  TARGET(BUILD_MAP) {
    Dict* d = dict_new();
    if (d == nullptr) goto error;
    Ref holder = Ref::steal(d);
    Value* items = sp - 2 * oparg;
    for (uint32_t i = 0; i < oparg; i++) {
      if (dict_set(d, items[2 * i], items[2 * i + 1]) < 0) goto error;
    }
    for (uint32_t i = 0; i < 2 * oparg; i++) decref(POP());
    PUSH(holder.release());
    NEXT(BUILD_MAP);
  }
  TARGET(BUILD_CONST_KEY_MAP) {
    Tuple* keys = TOP().as<Tuple>();
    Dict* d = dict_new();
    if (d == nullptr) goto error;
    Ref holder = Ref::steal(d);
    Value* values = sp - 1 - oparg;
    for (uint32_t i = 0; i < oparg; i++) {
      if (dict_set(d, keys->items[i], values[i]) < 0) goto error;
    }
    for (uint32_t i = 0; i < oparg + 1; i++) decref(POP());
    PUSH(holder.release());
    NEXT(BUILD_CONST_KEY_MAP);
  }
  TARGET(BUILD_STRING) {
    Ref s = build_string(sp - oparg, static_cast<int>(oparg));
    if (!s) goto error;
    for (uint32_t i = 0; i < oparg; i++) decref(POP());
    PUSH(s.release());
    NEXT(BUILD_STRING);
  }
  TARGET(LIST_APPEND) {
    Value v = TOP();
    if (list_append(PEEK(oparg + 1).as<List>(), v) < 0) goto error;
    sp--;
    decref(v);
    NEXT(LIST_APPEND);
  }
  TARGET(SET_ADD) {
    Value v = TOP();
    if (set_add(PEEK(oparg + 1).as<Set>(), v) < 0) goto error;
    sp--;
    decref(v);
    NEXT(SET_ADD);
  }
  TARGET(MAP_ADD) {
    Value value = TOP();
    Value key = PEEK(2);
    if (dict_set(PEEK(oparg + 2).as<Dict>(), key, value) < 0) goto error;
    sp -= 2;
    decref(key);
    decref(value);
    NEXT(MAP_ADD);
  }
  TARGET(LIST_EXTEND) {
    Value iterable = TOP();
    if (list_extend_or_error(PEEK(oparg + 1), iterable) < 0) goto error;
    sp--;
    decref(iterable);
    NEXT(LIST_EXTEND);
  }
  TARGET(SET_UPDATE) {
    Value iterable = TOP();
    if (set_update(PEEK(oparg + 1).as<Set>(), iterable) < 0) goto error;
    sp--;
    decref(iterable);
    NEXT(SET_UPDATE);
  }
  TARGET(DICT_UPDATE) {
    Value update = TOP();
    if (dict_update_or_error(PEEK(oparg + 1), update) < 0) goto error;
    sp--;
    decref(update);
    NEXT(DICT_UPDATE);
  }
  TARGET(DICT_MERGE) {
    Value update = TOP();
    if (dict_merge_or_error(PEEK(oparg + 3), PEEK(oparg + 1), update) < 0) goto error;
    sp--;
    decref(update);
    NEXT(DICT_MERGE);
  }
  TARGET(LIST_TO_TUPLE) {
    Ref t = list_as_tuple(TOP().as<List>());
    if (!t) goto error;
    decref(TOP());
    TOP() = t.release();
    NEXT(LIST_TO_TUPLE);
  }
  TARGET(UNPACK_SEQUENCE) {
    Value seq = TOP();
    Type* t = type_of(seq);
    if (oparg == 2 && t == &tuple_type && seq.as<Tuple>()->size == 2) {
      Value a = seq.as<Tuple>()->items[0], b = seq.as<Tuple>()->items[1];
      incref(a);
      incref(b);
      TOP() = b;
      PUSH(a);
      decref(seq);
      NEXT(UNPACK_SEQUENCE);
    }
    if (unpack_iterable(seq, static_cast<int>(oparg), 0, false, sp - 1) < 0) {
      goto error;
    }
    sp += static_cast<ptrdiff_t>(oparg) - 1;
    decref(seq);
    NEXT(UNPACK_SEQUENCE);
  }
  TARGET(UNPACK_EX) {
    Value seq = TOP();
    int before = static_cast<int>(oparg & 0xFF), after = static_cast<int>(oparg >> 8);
    // The values land where seq was and above it (the stack has room for them).
    if (unpack_iterable(seq, before, after, true, sp - 1) < 0) goto error;
    sp += before + after;
    decref(seq);
    NEXT(UNPACK_EX);
  }
  TARGET(FORMAT_VALUE) {
    Value spec = (oparg & 4) ? POP() : Value();
    Value v = TOP();
    Ref r = format_value(v, static_cast<int>(oparg & 3), spec);
    decref(spec);
    if (!r) goto error;
    decref(v);
    TOP() = r.release();
    NEXT(FORMAT_VALUE);
  }

  // ---- control flow ----
  TARGET(JUMP_FORWARD) { JUMP_FROM(JUMP_FORWARD, oparg); }
  TARGET(JUMP_BACKWARD) {
    if (eval_breaker_set() && handle_eval_breaker() < 0) goto error;
    JUMP_FROM(JUMP_BACKWARD, -static_cast<int>(oparg));
  }
  TARGET(JUMP_BACKWARD_NO_INTERRUPT) { JUMP_FROM(JUMP_BACKWARD_NO_INTERRUPT, -static_cast<int>(oparg)); }
  TARGET(POP_JUMP_IF_FALSE) {
    Value v = POP();
    int t;
    if (v.is_bool()) {
      t = v.is_true();
    } else {
      t = is_true(v);
      decref(v);
      if (t < 0) goto error;
    }
    JUMP_FROM(POP_JUMP_IF_FALSE, t ? 0 : static_cast<int>(oparg));
  }
  TARGET(POP_JUMP_IF_TRUE) {
    Value v = POP();
    int t;
    if (v.is_bool()) {
      t = v.is_true();
    } else {
      t = is_true(v);
      decref(v);
      if (t < 0) goto error;
    }
    JUMP_FROM(POP_JUMP_IF_TRUE, t ? static_cast<int>(oparg) : 0);
  }
  TARGET(POP_JUMP_IF_NONE) {
    Value v = POP();
    decref(v);
    JUMP_FROM(POP_JUMP_IF_NONE, v.is_none() ? static_cast<int>(oparg) : 0);
  }
  TARGET(POP_JUMP_IF_NOT_NONE) {
    Value v = POP();
    decref(v);
    JUMP_FROM(POP_JUMP_IF_NOT_NONE, v.is_none() ? 0 : static_cast<int>(oparg));
  }
  TARGET(JUMP_IF_FALSE_OR_POP) {
    Value v = TOP();
    int t = v.is_bool() ? v.is_true() : is_true(v);
    if (t < 0) goto error;
    if (!t) JUMP_FROM(JUMP_IF_FALSE_OR_POP, oparg);
    sp--;
    decref(v);
    NEXT(JUMP_IF_FALSE_OR_POP);
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    Value v = TOP();
    int t = v.is_bool() ? v.is_true() : is_true(v);
    if (t < 0) goto error;
    if (t) JUMP_FROM(JUMP_IF_TRUE_OR_POP, oparg);
    sp--;
    decref(v);
    NEXT(JUMP_IF_TRUE_OR_POP);
  }
  TARGET(GET_ITER) {
    Value v = TOP();
    Ref it = iter(v);
    if (!it) goto error;
    decref(v);
    TOP() = it.release();
    NEXT(GET_ITER);
  }
  TARGET(GET_YIELD_FROM_ITER) {
    Value v = TOP();
    if (is_coroutine(v)) {
      if (!(co->flags & (kCoCoroutine | kCoIterableCoroutine))) {
        raise(exc::TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        goto error;
      }
      NEXT(GET_YIELD_FROM_ITER);
    }
    if (is_generator(v)) NEXT(GET_YIELD_FROM_ITER);
    Ref it = iter(v);
    if (!it) goto error;
    decref(v);
    TOP() = it.release();
    NEXT(GET_YIELD_FROM_ITER);
  }
  TARGET(FOR_ITER) {
    Value it = TOP();
    Type* t = type_of(it);
    if (specialize_for_iter(CACHE() - 1, it)) REDISPATCH();
    if (t == &range_iterator_type) {
      int64_t n;
      if (range_iterator_next(it.as<RangeIterator>(), &n)) {
        PUSH(Value::fits_small_int(n) ? Value::small_int(n) : int_from_int64(n).release());
        NEXT(FOR_ITER);
      }
    } else {
      Ref v = t->next != nullptr ? t->next(it) : next_refused(it);
      if (v) {
        PUSH(v.release());
        NEXT(FOR_ITER);
      }
      if (error_occurred()) {
        if (!error_matches(exc::StopIteration)) goto error;
        if (g_trace_installed && trace_stop_iteration(ts, frame) < 0) goto error;
        clear_error();
      }
    }
    sp--;
    decref(it);
    JUMP_FROM(FOR_ITER, oparg);
  }
  TARGET(FOR_ITER_RANGE) {
    Value it = TOP();
    if (type_of(it) != &range_iterator_type) {
      deoptimize(CACHE() - 1);
      REDISPATCH();
    }
    int64_t n;
    if (range_iterator_next(it.as<RangeIterator>(), &n)) {
      PUSH(Value::fits_small_int(n) ? Value::small_int(n) : int_from_int64(n).release());
      NEXT(FOR_ITER);
    }
    sp--;
    decref(it);
    JUMP_FROM(FOR_ITER, oparg);
  }
  TARGET(FOR_ITER_LIST) {
    Value it = TOP();
    if (type_of(it) != &list_iterator_type) {
      deoptimize(CACHE() - 1);
      REDISPATCH();
    }
    Ref v = list_iterator_type.next(it);
    if (v) {
      PUSH(v.release());
      NEXT(FOR_ITER);
    }
    if (error_occurred()) goto error;
    sp--;
    decref(it);
    JUMP_FROM(FOR_ITER, oparg);
  }
  TARGET(GET_LEN) {
    int64_t n = length(TOP());
    if (n < 0) goto error;
    Ref r = int_from_int64(n);
    if (!r) goto error;
    PUSH(r.release());
    NEXT(GET_LEN);
  }
  TARGET(RETURN_VALUE) {
    Value retval = POP();
    while (sp > STACK_BOTTOM()) decref(POP());
    frame->stack_depth = 0;
    Frame* caller = frame->previous;
    ts->current_frame = caller;
    if (frame->is_entry) {
      if (frame->owner == FrameOwner::kThread) pop_frame(ts, frame);
      return Ref::steal(retval);
    }
    Value init_self = frame->init_self;
    frame->init_self = Value();
    pop_frame(ts, frame);
    frame = caller;
    LOAD_FRAME();
    if (!init_self.is_null()) {
      // The __init__ of an inline class call: the call's value is the object.
      if (!retval.is_none()) {
        raise(exc::TypeError, std::string("__init__() should return None, not '") + type_name_of(retval) + "'");
        decref(retval);
        decref(init_self);
        ip = frame->instr;
        goto error;
      }
      retval = init_self;
    }
    PUSH(retval);
    ip = after(frame->instr);
    DISPATCH();
  }
  TARGET(PRINT_EXPR) {
    Value v = TOP();
    if (print_expr(v) < 0) goto error;
    sp--;
    decref(v);
    NEXT(PRINT_EXPR);
  }

  // ---- calls and functions ----
  TARGET(KW_NAMES) {
    kwnames = CONST(oparg).as<Tuple>();
    NEXT(KW_NAMES);
  }
  TARGET(CALL) {
    Value* block = sp - oparg - 2;  // [NULL or method, callable or self, args...]
    Value* args = sp - oparg;
    size_t total = oparg;
    Value callable = block[1];
    if (!block[0].is_null()) {
      callable = block[0];
      args--;
      total++;
    } else if (is_method(callable)) {
      // Unpack a bound method so that self travels as the first argument.
      Method* m = callable.as<Method>();
      incref(m->func);
      incref(m->self);
      block[0] = m->func;
      block[1] = m->self;
      decref(callable);
      callable = block[0];
      args--;
      total++;
    }
    size_t nkw = kwnames == nullptr ? 0 : static_cast<size_t>(kwnames->size);
    size_t npos = total - nkw;
    if (is_function(callable) && !is_generator_code(callable.as<Function>()->code)) {
      specialize_call(CACHE() - 1, callable, npos, nkw != 0);
      Function* fn = callable.as<Function>();
      Frame* callee = push_call_frame(ts, fn, args, npos, kwnames);
      kwnames = nullptr;
      if (callee == nullptr) goto error;
      while (sp > block) decref(POP());
      ENTER_FRAME(callee);
    }
    Type* ct = type_of(callable);
    if (ct == &type_type) specialize_call(CACHE() - 1, callable, npos, nkw != 0);
    Ref r = ct->call != nullptr ? ct->call(callable, args, npos, kwnames) : call(callable, args, npos, kwnames);
    kwnames = nullptr;
    if (!r) goto error;
    while (sp > block) decref(POP());
    PUSH(r.release());
    // As CPython after a C call: a signal that came meanwhile is handled
    // before the next statement (its result stays on the stack to unwind).
    if (interrupt_pending() && handle_interrupt() < 0) goto error;
    NEXT(CALL);
  }
  TARGET(CALL_PY_EXACT) {
    Value* block = sp - oparg - 2;
    size_t nargs = oparg;
    Value callable = block[1];
    if (!block[0].is_null()) {
      callable = block[0];
      nargs++;
    } else if (is_method(callable) && is_function(callable.as<Method>()->func)) {
      Method* m = callable.as<Method>();
      incref(m->func);
      incref(m->self);
      block[0] = m->func;
      block[1] = m->self;
      decref(callable);
      callable = block[0];
      nargs++;
    }
    if (kwnames != nullptr || !is_function(callable) || !takes_exactly(callable.as<Function>(), nargs)) {
      deoptimize(CACHE() - 1);
      REDISPATCH();
    }
    Function* fn = callable.as<Function>();
    Frame* callee = push_frame(ts, fn->code, fn, fn->globals, fn->builtins, Value());
    if (callee == nullptr) goto error;
    sp -= nargs;
    std::memcpy(static_cast<void*>(callee->localsplus), sp, sizeof(Value) * nargs);  // the arguments move
    while (sp > block) decref(POP());
    ENTER_FRAME(callee);
  }
  TARGET(CALL_ALLOC_AND_ENTER_INIT) {
    // Cls(args): object.__new__ inline, then Cls.__init__ runs as a frame of
    // this loop; its RETURN_VALUE hands back the new object (init_self).
    Value* block = sp - oparg - 2;
    size_t nargs = oparg;
    Function* init = nullptr;
    if (kwnames != nullptr || !block[0].is_null() || (init = inline_init(block[1], nargs)) == nullptr) {
      deoptimize(CACHE() - 1);
      REDISPATCH();
    }
    Type* cls = block[1].as<Type>();
    Object* self = alloc_object(cls, static_cast<size_t>(cls->basic_size));
    if (self == nullptr) goto error;
    Frame* callee = push_frame(ts, init->code, init, init->globals, init->builtins, Value());
    if (callee == nullptr) {
      decref(self);
      goto error;
    }
    callee->init_self = Value::object(self);
    incref(self);
    callee->localsplus[0] = Value::object(self);
    sp -= nargs;
    std::memcpy(static_cast<void*>(callee->localsplus + 1), sp, sizeof(Value) * nargs);  // the arguments move
    while (sp > block) decref(POP());
    ENTER_FRAME(callee);
  }
  TARGET(CALL_FUNCTION_EX) {
    Value kwargs = (oparg & 1) ? TOP() : Value();
    Value callargs = PEEK((oparg & 1) ? 2 : 1);
    Value func = PEEK((oparg & 1) ? 3 : 2);
    Ref r;
    {
      // The Refs live in this block: NEXT's computed goto would skip their destructors.
      Ref args_tuple;
      if (type_of(callargs) == &tuple_type) {
        args_tuple = Ref::borrow(callargs);
      } else {
        if (type_of(callargs)->iter == nullptr && type_of(callargs)->getitem == nullptr) {
          raise(exc::TypeError, function_description(func) + " argument after * must be an iterable, not " +
                                    type_name_of(callargs));
          goto error;
        }
        args_tuple = tuple_from_iterable(callargs);
        if (!args_tuple) goto error;
      }
      Ref kw_dict;
      if (!kwargs.is_null()) {
        if (type_of(kwargs) == &dict_type) {
          kw_dict = Ref::borrow(kwargs);
        } else {
          kw_dict = Ref::steal(dict_new());
          if (!kw_dict || dict_merge_or_error(func, *kw_dict, kwargs) < 0) goto error;
        }
      }
      r = call_with_tuple_dict(func, *args_tuple, kw_dict ? *kw_dict : Value());
    }
    if (!r) goto error;
    Value* block = sp - ((oparg & 1) ? 4 : 3);
    while (sp > block) decref(POP());
    PUSH(r.release());
    NEXT(CALL_FUNCTION_EX);
  }
  TARGET(MAKE_FUNCTION) {
    Code* fcode = TOP().as<Code>();
    Ref fn_ref = function_new(fcode, frame->globals);
    if (!fn_ref) goto error;
    Function* fn = fn_ref.as<Function>();
    decref(POP());
    if (oparg & 8) fn->closure = POP();
    if (oparg & 4) {
      Value ann = POP();
      Ref d = annotations_dict(ann);
      decref(ann);
      if (!d) goto error;
      fn->annotations = d.release();
    }
    if (oparg & 2) fn->kwdefaults = POP();
    if (oparg & 1) fn->defaults = POP();
    PUSH(fn_ref.release());
    NEXT(MAKE_FUNCTION);
  }

  // ---- exceptions and with ----
  TARGET(RAISE_VARARGS) {
    Value cause = oparg >= 2 ? POP() : Value();
    Value exc_value = oparg >= 1 ? POP() : Value();
    bool reraise = do_raise(exc_value, cause);
    decref(cause);
    decref(exc_value);
    if (reraise) goto exception_unwind;
    goto error;
  }
  TARGET(RERAISE) {
    if (oparg != 0) {
      Value lasti = PEEK(oparg + 1);
      if (lasti.is_small_int()) frame->instr = co->code + lasti.as_small_int();
    }
    restore_error(Ref::steal(POP()));
    goto exception_unwind;
  }
  TARGET(PUSH_EXC_INFO) {
    Value exc_value = TOP();
    ExcInfo* info = ts->exc_info;
    Value prev = info->exc.is_null() ? Value::none() : info->exc;
    incref(exc_value);
    info->exc = exc_value;
    TOP() = prev;  // the slot takes over info's old reference
    PUSH(exc_value);
    NEXT(PUSH_EXC_INFO);
  }
  TARGET(POP_EXCEPT) {
    ExcInfo* info = ts->exc_info;
    Value old = info->exc;
    info->exc = POP();
    decref(old);
    NEXT(POP_EXCEPT);
  }
  TARGET(CHECK_EXC_MATCH) {
    Value type = TOP();
    int r = check_exception_match(PEEK(2), type, false);
    if (r < 0) goto error;
    decref(type);
    TOP() = Value::boolean(r == 1);
    NEXT(CHECK_EXC_MATCH);
  }
  TARGET(CHECK_EG_MATCH) {
    Value match_type = TOP();
    Value exc_value = PEEK(2);
    if (check_exception_match(exc_value, match_type, true) < 0) goto error;
    Ref match, rest;
    if (exception_group_match(exc_value, match_type, &match, &rest) < 0) goto error;
    sp--;
    decref(match_type);
    if ((*match).is_none()) {
      PUSH(match.release());
      NEXT(CHECK_EG_MATCH);
    }
    TOP() = rest.release();
    decref(exc_value);
    ExcInfo* info = ts->exc_info;
    Value old = info->exc;
    info->exc = Ref::borrow(*match).release();
    decref(old);
    PUSH(match.release());
    NEXT(CHECK_EG_MATCH);
  }
  TARGET(PREP_RERAISE_STAR) {
    Value excs = TOP();
    Value orig = PEEK(2);
    Ref r = prep_reraise_star(orig, excs);
    if (!r) goto error;
    sp--;
    decref(excs);
    decref(orig);
    TOP() = r.release();
    NEXT(PREP_RERAISE_STAR);
  }
  TARGET(BEFORE_WITH) {
    Ref exit, result;
    if (before_with(TOP(), &exit, &result, false) < 0) goto error;
    decref(TOP());
    TOP() = exit.release();
    PUSH(result.release());
    NEXT(BEFORE_WITH);
  }
  TARGET(BEFORE_ASYNC_WITH) {
    Ref exit, result;
    if (before_with(TOP(), &exit, &result, true) < 0) goto error;
    decref(TOP());
    TOP() = exit.release();
    PUSH(result.release());  // GET_AWAITABLE 1 follows
    NEXT(BEFORE_ASYNC_WITH);
  }
  TARGET(WITH_EXCEPT_START) {
    Value val = TOP();
    Value exit_func = PEEK(4);
    Value tb = val.as<BaseException>()->traceback;
    Value args[3] = {Value::object(type_of(val)), val, tb.is_null() ? Value::none() : tb};
    Ref r = call(exit_func, args, 3);
    if (!r) goto error;
    PUSH(r.release());
    NEXT(WITH_EXCEPT_START);
  }

  // ---- generators and coroutines ----
  TARGET(RETURN_GENERATOR) {
    SAVE_STACK();
    Frame* caller = frame->previous;
    bool entry = frame->is_entry;
    ts->current_frame = caller;
    Ref gen = generator_from_frame(ts, frame);
    if (!gen) return nullptr;  // the frame is gone; nothing to unwind here
    if (entry) return gen;
    frame = caller;
    LOAD_FRAME();
    PUSH(gen.release());
    ip = after(frame->instr);
    DISPATCH();
  }
  TARGET(YIELD_VALUE) {
    Value v = POP();
    SAVE_STACK();
    ts->current_frame = frame->previous;
    return Ref::steal(v);
  }
  TARGET(SEND) {
    Value v = TOP();
    Value receiver = PEEK(2);
    Ref result;
    bool returned;
    if (is_generator(receiver) || is_coroutine(receiver)) {
      SendResult sr = generator_send(receiver.as<Generator>(), v, false, &result);
      if (sr == SendResult::kError) goto error;
      returned = sr == SendResult::kReturn;
      bool through_next = v.is_none() && is_generator(receiver);
      if (returned && g_trace_installed && trace_send_return(ts, frame, through_next, *result) < 0) goto error;
    } else {
      if (v.is_none() && type_of(receiver)->next != nullptr) {
        result = type_of(receiver)->next(receiver);
      } else {
        result = call_method(receiver, "send", {v});
      }
      returned = false;
      if (!result) {
        if (error_occurred() && !error_matches(exc::StopIteration)) goto error;
        if (g_trace_installed && error_occurred() && trace_stop_iteration(ts, frame) < 0) goto error;
        Ref stop = fetch_error();
        result = stop ? Ref::borrow(stop_iteration_value(*stop)) : Ref::none();
        returned = true;
      }
    }
    sp--;
    decref(v);
    if (returned) {
      decref(receiver);
      TOP() = result.release();
      JUMP_FROM(SEND, oparg);
    }
    PUSH(result.release());
    NEXT(SEND);
  }
  TARGET(GET_AWAITABLE) {
    Value v = TOP();
    Ref it = get_awaitable_iter(v, static_cast<int>(oparg));
    if (!it) goto error;
    decref(v);
    TOP() = it.release();
    NEXT(GET_AWAITABLE);
  }
  TARGET(GET_AITER) {
    Value v = TOP();
    Ref it = get_aiter(v);
    if (!it) goto error;
    decref(v);
    TOP() = it.release();
    NEXT(GET_AITER);
  }
  TARGET(GET_ANEXT) {
    Ref awaitable = get_anext_awaitable(TOP());
    if (!awaitable) goto error;
    PUSH(awaitable.release());
    NEXT(GET_ANEXT);
  }
  TARGET(END_ASYNC_FOR) {
    Value v = TOP();
    if (is_exception_instance(v) && type_is_subtype(type_of(v), exc::StopAsyncIteration)) {
      sp -= 2;
      decref(v);
      decref(*sp);
      NEXT(END_ASYNC_FOR);
    }
    restore_error(Ref::steal(POP()));
    goto exception_unwind;
  }
  TARGET(ASYNC_GEN_WRAP) {
    Ref w = async_gen_wrap(TOP());
    if (!w) goto error;
    decref(TOP());
    TOP() = w.release();
    NEXT(ASYNC_GEN_WRAP);
  }

  // ---- pattern matching ----
  TARGET(MATCH_CLASS) {
    Value names = TOP();
    Value cls = PEEK(2);
    Value subject = PEEK(3);
    Ref attrs = match_class(subject, cls, static_cast<int>(oparg), names);
    if (!attrs) goto error;
    sp -= 2;
    decref(names);
    decref(cls);
    decref(subject);
    TOP() = attrs.release();
    NEXT(MATCH_CLASS);
  }
  TARGET(MATCH_MAPPING) {
    int r = match_mapping(TOP());
    if (r < 0) goto error;
    PUSH(Value::boolean(r == 1));
    NEXT(MATCH_MAPPING);
  }
  TARGET(MATCH_SEQUENCE) {
    int r = match_sequence(TOP());
    if (r < 0) goto error;
    PUSH(Value::boolean(r == 1));
    NEXT(MATCH_SEQUENCE);
  }
  TARGET(MATCH_KEYS) {
    Ref values = match_keys(PEEK(2), TOP());
    if (!values) goto error;
    PUSH(values.release());
    NEXT(MATCH_KEYS);
  }

  TARGET(unknown) {
    raise(exc::SystemError, "unknown opcode " + std::to_string(*ip & 0xFF));
    goto error;
  }

error:
  kwnames = nullptr;
  {
    Value exc_value = ts->current_exception;
    if (exc_value.is_null()) {
      raise(exc::SystemError, "error return without exception set");
      exc_value = ts->current_exception;
    }
    // Only an exception raised right here (no frame in its traceback yet)
    // takes the handled exception as context; one propagating from a callee
    // keeps the context it was raised with, even one set to None since.
    if (is_exception_instance(exc_value) && exc_value.as<BaseException>()->traceback.is_null()) {
      set_exception_context(exc_value, true);
    }
    traceback_add_frame(exc_value, frame);
    if (g_trace_installed) trace_exception(ts, frame);
  }
exception_unwind : {
  // The handler is looked up from ip: RERAISE may have pointed frame->instr
  // (what tracebacks report) at the original raise.
  int offset = static_cast<int>(ip - co->code);
  const ExceptionTableEntry* handler = find_handler(co, offset);
  if (handler != nullptr) {
    Value* target = STACK_BOTTOM() + handler->depth;
    while (sp > target) decref(POP());
    if (handler->push_lasti) PUSH(Value::small_int(frame->instr - co->code));
    PUSH(fetch_error().release());
    ip = co->code + handler->target;
    DISPATCH();
  }
  if (g_trace_installed) {
    while (sp > STACK_BOTTOM()) decref(POP());
    trace_unwind(ts, frame);
  }
}
exit_unwind : {
  while (sp > STACK_BOTTOM()) decref(POP());
  frame->stack_depth = 0;
  Frame* caller = frame->previous;
  ts->current_frame = caller;
  if (frame->is_entry) {
    if (frame->owner == FrameOwner::kThread) pop_frame(ts, frame);
    return nullptr;
  }
  pop_frame(ts, frame);
  frame = caller;
  LOAD_FRAME();
  ip = frame->instr;
  goto error;
}

#undef LOAD_FRAME
#undef ENTER_FRAME
#undef STACK_BOTTOM
#undef SAVE_STACK
#undef DISPATCH
#undef TARGET
#undef NEXT
#undef JUMP_FROM
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef NAME
#undef CONST
#undef CACHE
}

// ---- entry points ----

Ref call_function(Function* f, const Value* args, size_t nargs, Tuple* kwnames) {
  ThreadState* ts = t_thread_state;
  if (c_stack_exhausted()) return nullptr;
  Frame* frame = push_call_frame(ts, f, args, nargs, kwnames);
  if (frame == nullptr) return nullptr;
  // Generator functions run their prologue up to RETURN_GENERATOR, which
  // moves the frame into the generator it returns.
  return run_frame(ts, frame, false);
}

Ref call_function_with_locals(Function* f, Value locals) {
  ThreadState* ts = t_thread_state;
  if (c_stack_exhausted()) return nullptr;
  Frame* frame = push_frame(ts, f->code, f, f->globals, f->builtins, locals);
  if (frame == nullptr) return nullptr;
  return run_frame(ts, frame, false);
}

Ref eval_code(Code* code, Dict* globals, Value locals) {
  ThreadState* ts = t_thread_state;
  if (dict_get_str(globals, intern("__builtins__")).is_null()) {
    if (dict_set_str(globals, "__builtins__", Value::object(default_builtins())) < 0) return nullptr;
  }
  Frame* frame = push_frame(ts, code, nullptr, globals, builtins_for_globals(globals), locals);
  if (frame == nullptr) return nullptr;
  return run_frame(ts, frame, false);
}

Frame* current_frame() { return t_thread_state == nullptr ? nullptr : t_thread_state->current_frame; }

Value current_globals() {
  Frame* f = current_frame();
  return f == nullptr ? Value() : Value::object(f->globals);
}

Ref current_locals() {
  Frame* f = current_frame();
  if (f == nullptr) return nullptr;
  if (!f->locals.is_null()) return Ref::borrow(f->locals);
  // A function's locals() is its frame's one f_locals dict, refreshed, as
  // in CPython: keys added to it stay, and it is the same dict each time.
  Ref fo = frame_object_of(f);
  return fo ? frame_object_locals(fo.as<FrameObject>()) : nullptr;
}

bool frame_super_args(Value* cls, Value* self) {
  Frame* f = current_frame();
  if (f == nullptr) {
    raise(exc::RuntimeError, "super(): no current frame");
    return false;
  }
  Code* co = f->code;
  if (co->argcount == 0) {
    raise(exc::RuntimeError, "super(): no arguments");
    return false;
  }
  Value first = f->localsplus[0];
  if ((co->localspluskinds[0] & kLocalCell) && is_cell(first)) first = first.as<Cell>()->contents;
  if (first.is_null()) {
    raise(exc::RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  Tuple* names = co->localsplusnames.as<Tuple>();
  Str* class_name = INTERNED("__class__");
  for (int i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; i++) {
    if (names->items[i].as_object() != class_name && !str_equal(names->items[i].as<Str>(), class_name)) continue;
    Value cell = f->localsplus[i];
    if (!is_cell(cell)) break;
    Value c = cell.as<Cell>()->contents;
    if (c.is_null()) {
      raise(exc::RuntimeError, "super(): empty __class__ cell");
      return false;
    }
    if (!type_has_flag(type_of(c), kTypeTypeSubclass)) {
      raise(exc::RuntimeError, std::string("super(): __class__ is not a type (") + type_name_of(c) + ")");
      return false;
    }
    *cls = c;
    *self = first;
    return true;
  }
  raise(exc::RuntimeError, "super(): __class__ cell not found");
  return false;
}

}  // namespace taipan
