// Assigning frame.f_lineno from a trace function (what pdb's `jump` does),
// with CPython 3.11's rules and messages. Only a frame in its own `line`
// event may jump. Whether a jump is safe is decided on a model of the value
// stack: every instruction gets the kinds of the values below it (an
// iterator of a `for`, an exception being handled, the location a re-raise
// needs, a NULL, any other object), found by following the code's control
// flow and its exception handlers; a jump may only drop values from the
// top, never need ones that are not there. The values dropped are released
// (an exception being handled restores the one handled before it).
#include <cstdint>
#include <string>
#include <vector>

#include "compiler/instructions.h"
#include "objects/int.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "vm/specialize.h"
#include "vm/tracing.h"

namespace taipan {

namespace {

// A stack of kinds packed 3 bits each into an int64 (top in the low bits);
// negative values mark an unknown or too deep stack.
enum Kind : int64_t { kIterator = 1, kExcept = 2, kObject = 3, kNull = 4, kLasti = 5 };
constexpr int kKindBits = 3;
constexpr int64_t kUnreached = -2;
constexpr int64_t kOverflowed = -1;
constexpr uint64_t kWillOverflow = uint64_t{1} << ((63 / kKindBits - 1) * kKindBits);

int64_t push(int64_t stack, Kind k) {
  if (stack < 0 || static_cast<uint64_t>(stack) >= kWillOverflow) return kOverflowed;
  return (stack << kKindBits) | k;
}
int64_t pop(int64_t stack) { return stack < 0 ? stack : stack >> kKindBits; }
Kind top(int64_t stack) { return static_cast<Kind>(stack & ((1 << kKindBits) - 1)); }
int depth(int64_t stack) {
  int n = 0;
  for (; stack > 0; stack = pop(stack)) n++;
  return n;
}
// The kind n entries down (1: the top).
Kind peek(int64_t stack, int n) {
  for (int i = 1; i < n; i++) stack = pop(stack);
  return top(stack);
}
int64_t pop_to_depth(int64_t stack, int level) {
  for (int d = depth(stack); d > level; d--) stack = pop(stack);
  return stack;
}
int64_t swap(int64_t stack, int n) {
  if (stack < 0) return stack;
  std::vector<Kind> items;
  for (int64_t s = stack; s > 0; s = pop(s)) items.push_back(top(s));
  if (n < 1 || n > static_cast<int>(items.size())) return stack;
  std::swap(items[0], items[static_cast<size_t>(n - 1)]);
  int64_t out = 0;
  for (auto it = items.rbegin(); it != items.rend(); ++it) out = push(out, *it);
  return out;
}

// A value of kind `from` may stand where the target expects `to`.
bool compatible_kind(Kind from, Kind to) {
  if (to == kObject) return from != kNull;
  if (to == kNull) return true;
  return from == to;
}

bool compatible_stack(int64_t from, int64_t to) {
  if (from < 0 || to < 0) return false;
  int extra = depth(from) - depth(to);
  for (; extra > 0; extra--) from = pop(from);
  for (; from > 0; from = pop(from), to = pop(to)) {
    if (to <= 0 || !compatible_kind(top(from), top(to))) return false;
  }
  return to == 0;
}

const char* explain_incompatible(int64_t to) {
  if (to == kOverflowed) return "stack is too deep to analyze";
  if (to == kUnreached) return "can't jump into an exception handler, or code may be unreachable";
  switch (top(to)) {
    case kExcept: return "can't jump into an 'except' block as there's no exception";
    case kLasti: return "can't jump into a re-raising block as there's no location";
    case kIterator: return "can't jump into the body of a for loop";
    default: return "incompatible stacks";
  }
}

// One decoded instruction: its opcode, full argument, and the unit after it.
struct Decoded {
  Opcode op;
  uint32_t arg;
  int next;
};

Decoded decode(const Code* co, int i) {
  uint32_t arg = 0;
  int p = i;
  while (generic_opcode(co->code[p] & 0xFF) == Opcode::EXTENDED_ARG) arg = (arg << 8) | (co->code[p++] >> 8);
  arg = (arg << 8) | (co->code[p] >> 8);
  return {generic_opcode(co->code[p] & 0xFF), arg, p + instr_size(co->code[p])};
}

bool is_generator_code(const Code* co) {
  return (co->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) != 0;
}

// The stack model at the start of every instruction (kUnreached elsewhere).
// A generator's code starts with the value its first resumption sends (as
// CPython models it), which RETURN_GENERATOR stands for.
std::vector<int64_t> mark_stacks(const Code* co) {
  std::vector<int64_t> stacks(static_cast<size_t>(co->code_size) + 1, kUnreached);
  stacks[0] = is_generator_code(co) ? push(0, kObject) : 0;
  bool changed = true;
  auto flow = [&](int target, int64_t stack) {
    if (target < 0 || target > co->code_size) return;
    int64_t& slot = stacks[static_cast<size_t>(target)];
    if (slot == kUnreached && stack != kUnreached) {
      slot = stack;
      changed = true;
    }
  };
  while (changed) {
    changed = false;
    for (int i = 0; i < co->code_size;) {
      Decoded d = decode(co, i);
      int64_t s = stacks[static_cast<size_t>(i)];
      int next = d.next;
      i = next;
      if (s == kUnreached) continue;
      int arg = static_cast<int>(d.arg);
      switch (d.op) {
        case Opcode::JUMP_FORWARD: flow(next + arg, s); break;
        case Opcode::JUMP_BACKWARD:
        case Opcode::JUMP_BACKWARD_NO_INTERRUPT: flow(next - arg, s); break;
        case Opcode::POP_JUMP_IF_FALSE:
        case Opcode::POP_JUMP_IF_TRUE:
        case Opcode::POP_JUMP_IF_NONE:
        case Opcode::POP_JUMP_IF_NOT_NONE:
          flow(next + arg, pop(s));
          flow(next, pop(s));
          break;
        case Opcode::JUMP_IF_FALSE_OR_POP:
        case Opcode::JUMP_IF_TRUE_OR_POP:
          flow(next + arg, s);
          flow(next, pop(s));
          break;
        case Opcode::FOR_ITER:
          flow(next + arg, pop(s));
          flow(next, push(s, kObject));
          break;
        case Opcode::SEND:
          flow(next + arg, pop(s));
          flow(next, s);
          break;
        case Opcode::GET_ITER:
        case Opcode::GET_AITER: flow(next, push(pop(s), kIterator)); break;
        case Opcode::PUSH_EXC_INFO: flow(next, push(s, kExcept)); break;
        case Opcode::POP_EXCEPT: flow(next, pop(s)); break;
        case Opcode::RETURN_VALUE:
        case Opcode::RAISE_VARARGS:
        case Opcode::RERAISE: break;  // no fall-through
        case Opcode::PUSH_NULL: flow(next, push(s, kNull)); break;
        case Opcode::RETURN_GENERATOR: flow(next, s); break;
        case Opcode::LOAD_GLOBAL:
          flow(next, push((arg & 1) ? push(s, kNull) : s, kObject));
          break;
        case Opcode::LOAD_METHOD: flow(next, push(push(pop(s), kNull), kObject)); break;
        case Opcode::SWAP: flow(next, swap(s, arg)); break;
        case Opcode::COPY: flow(next, push(s, peek(s, arg))); break;
        default: {
          int delta = compiler::stack_effect(static_cast<uint16_t>(d.op), arg, false);
          for (; delta < 0; delta++) s = pop(s);
          for (; delta > 0; delta--) s = push(s, kObject);
          flow(next, s);
        }
      }
    }
    // Handlers: entered with the stack of their protected range cut to
    // the handler's depth, the raising location (re-raising blocks) and
    // the exception on top.
    for (int e = 0; e < co->exception_table_size; e++) {
      const ExceptionTableEntry& h = co->exception_table[e];
      for (int i = h.start; i < h.end; i = decode(co, i).next) {
        int64_t s = stacks[static_cast<size_t>(i)];
        if (s == kUnreached) continue;
        s = pop_to_depth(s, h.depth);
        if (h.push_lasti) s = push(s, kLasti);
        flow(h.target, push(s, kExcept));
        break;
      }
    }
  }
  return stacks;
}

// The line each instruction starts, or -1 where the line does not change.
// An instruction with no line of its own is on the line before it.
std::vector<int> line_starts(const Code* co) {
  std::vector<int> lines(static_cast<size_t>(co->code_size), -1);
  int last = -1;
  for (int i = 0; i < co->code_size; i = decode(co, i).next) {
    int line = positions_of(co)[i].line;
    if (line > 0 && line != last) {
      lines[static_cast<size_t>(i)] = line;
      last = line;
    }
  }
  return lines;
}

// Drops the top value of the frame's stack; an exception being handled
// (kind kExcept) puts back the one handled before it, as CPython does.
void pop_value(ThreadState* ts, Frame* f, Kind kind) {
  Value v = f->stack_base()[--f->stack_depth];
  f->stack_base()[f->stack_depth] = Value();
  if (kind == kExcept) {
    Value old = ts->exc_info->exc;
    ts->exc_info->exc = v;
    decref(old);
    return;
  }
  decref(v);
}

}  // namespace

int frame_set_lineno(Value self, Value v) {
  if (v.is_null()) {
    raise(exc::AttributeError, "cannot delete attribute");
    return -1;
  }
  if (type_of(v) != &int_type) {
    raise(exc::ValueError, "lineno must be an integer");
    return -1;
  }
  ThreadState* ts = t_thread_state;
  auto* fo = self.as<FrameObject>();
  switch (ts->tracing_what) {
    case kTraceLine: break;
    case -1:
    case kTraceCall:
      raise(exc::ValueError, "can't jump from the 'call' trace event of a new frame");
      return -1;
    default:
      raise(exc::ValueError, "can only jump from a 'line' trace event");
      return -1;
  }
  if (fo->trace.is_null()) {
    raise(exc::ValueError, "f_lineno can only be set by a trace function");
    return -1;
  }
  int64_t wanted;
  if (!int_to_int64(v, &wanted) || wanted > INT32_MAX || wanted < INT32_MIN) {
    raise(exc::ValueError, "lineno out of range");
    return -1;
  }
  Frame* f = fo->frame;
  if (f == nullptr) {  // cleared: not the frame being traced
    raise(exc::ValueError, "can only jump from a 'line' trace event");
    return -1;
  }
  const Code* co = f->code;
  if (wanted < co->firstlineno) {
    raise(exc::ValueError, "line " + std::to_string(wanted) + " comes before the current code block");
    return -1;
  }
  std::vector<int> lines = line_starts(co);
  int line = -1;
  for (int l : lines) {
    if (l >= wanted && (line == -1 || l < line)) line = l;
  }
  if (line == -1) {
    raise(exc::ValueError, "line " + std::to_string(wanted) + " comes after the current code block");
    return -1;
  }
  // Only the frame whose line event is running can move: another frame
  // stands in the middle of a call (CPython lets it jump, to a state its
  // loop cannot resume from).
  if (fo->owned != nullptr || traced_frame() != f) {
    raise(exc::ValueError, "can only jump from a 'line' trace event");
    return -1;
  }
  std::vector<int64_t> stacks = mark_stacks(co);
  int64_t start = stacks[static_cast<size_t>(f->lasti())];
  // A generator never goes back before its RESUME (that would make it anew).
  int first_target = 0;
  if (is_generator_code(co)) {
    while (first_target < co->code_size && decode(co, first_target).op != Opcode::RESUME) {
      first_target = decode(co, first_target).next;
    }
  }
  int64_t best_stack = kOverflowed;
  int best = -1;
  const char* message = "cannot find bytecode for specified line";
  bool explained = false;
  for (int i = 0; i < co->code_size; i++) {
    if (lines[static_cast<size_t>(i)] != line) continue;
    int64_t target = stacks[static_cast<size_t>(i)];
    if (i >= first_target && compatible_stack(start, target)) {
      if (best == -1 || target > best_stack) {
        best_stack = target;
        best = i;
      }
    } else if (best == -1 && !explained) {
      if (start == kOverflowed) {
        message = "stack to deep to analyze";
      } else if (start == kUnreached) {
        message = "can't jump from unreachable code";
      } else {
        message = explain_incompatible(target);
        explained = true;
      }
    }
  }
  if (best == -1) {
    raise(exc::ValueError, message);
    return -1;
  }
  // The model's depth can only disagree with the frame's for code it
  // cannot follow; refuse rather than pop what is not there.
  if (depth(start) != f->stack_depth) {
    raise(exc::ValueError, "incompatible stacks");
    return -1;
  }
  for (int64_t s = start; depth(s) > depth(best_stack); s = pop(s)) pop_value(ts, f, top(s));
  f->instr = co->code + best;
  return 0;
}

}  // namespace taipan
