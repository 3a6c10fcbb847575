// The tracing and profiling hooks: which events an instruction raises and
// how a hook is called (see tracing.h). Hooks are called as CPython's
// trampolines call them: f_locals refreshed before and written back after,
// the trace function's result becoming the frame's f_trace unless None, a
// failing hook switched off.
#include "vm/tracing.h"

#include "objects/descriptors.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "vm/specialize.h"

namespace taipan {

namespace {

int g_hooked_threads = 0;  // threads with a trace or profile function
thread_local Frame* t_traced_frame = nullptr;  // see traced_frame()
Type* g_native_profiler_type = nullptr;
NativeProfileFn g_native_profiler_fn = nullptr;

bool has_hook(const ThreadState* ts) { return !ts->trace_func.is_null() || !ts->profile_func.is_null(); }

Str* event_name(int what) {
  static Str* const kNames[] = {intern("call"),   intern("exception"),   intern("line"),     intern("return"),
                                intern("c_call"), intern("c_exception"), intern("c_return"), intern("opcode")};
  return kNames[what];
}

void set_owned(Value* slot, Value v) {
  Value old = *slot;
  *slot = v.is_null() || v.is_none() ? Value() : Ref::borrow(v).release();
  decref(old);
}

void drop_c_calls(ThreadState* ts) {
  while (PendingCCall* p = ts->c_calls) {
    ts->c_calls = p->next;
    decref(p->func);
    delete p;
  }
}

void set_hook(ThreadState* ts, Value* slot, Value func) {
  bool before = has_hook(ts);
  Ref old = Ref::steal(*slot);  // released last: its release may run Python code
  *slot = func.is_null() || func.is_none() ? Value() : Ref::borrow(func).release();
  bool after = has_hook(ts);
  if (before != after) {
    g_hooked_threads += after ? 1 : -1;
    set_trace_dispatch(g_hooked_threads > 0);
  }
}

// Calls one hook with (frame, event, arg), the hook itself untraced.
Ref call_hook(ThreadState* ts, Value hook, Frame* f, int what, Value arg) {
  Ref fo = frame_object_of(f);
  if (!fo) return nullptr;
  FrameObject* fobj = fo.as<FrameObject>();
  if (!frame_object_locals(fobj)) return nullptr;
  Ref keep = Ref::borrow(hook);  // the hook may unset itself
  int old_what = ts->tracing_what;
  Frame* old_frame = t_traced_frame;
  ts->tracing_what = what;
  t_traced_frame = f;
  ts->tracing++;
  Value args[3] = {*fo, Value::object(event_name(what)), arg.is_null() ? Value::none() : arg};
  Ref r = call(hook, args, 3);
  ts->tracing--;
  ts->tracing_what = old_what;
  t_traced_frame = old_frame;
  frame_locals_to_fast(fobj);
  return r;
}

// The trace function for event `what`: the thread's for `call`, the
// frame's f_trace for the others. -1 with its exception (tracing stops).
int call_trace(ThreadState* ts, Frame* f, int what, Value arg) {
  if (ts->trace_func.is_null()) return 0;
  Value hook = ts->trace_func;
  if (what != kTraceCall) {
    hook = f->frame_object != nullptr ? f->frame_object->trace : Value();
    if (hook.is_null()) return 0;
  }
  Ref r = call_hook(ts, hook, f, what, arg);
  FrameObject* fo = f->frame_object;
  if (!r) {
    set_trace_hook(ts, Value());
    if (fo != nullptr) set_owned(&fo->trace, Value());
    return -1;
  }
  if (!(*r).is_none() && fo != nullptr) set_owned(&fo->trace, *r);
  return 0;
}

int call_profile(ThreadState* ts, Frame* f, int what, Value arg) {
  if (ts->profile_func.is_null()) return 0;
  if (g_native_profiler_type != nullptr && type_is_subtype(type_of(ts->profile_func), g_native_profiler_type)) {
    ts->tracing++;
    g_native_profiler_fn(ts->profile_func, f, what, arg);
    ts->tracing--;
    return 0;
  }
  Ref r = call_hook(ts, ts->profile_func, f, what, arg);
  if (!r) {
    set_profile_hook(ts, Value());
    return -1;
  }
  return 0;
}

// Runs fn with the pending exception (if any) set aside; it is restored
// when fn succeeds, replaced by fn's own otherwise.
template <class Fn>
int protect(Fn fn) {
  Ref saved = fetch_error();
  int r = fn();
  if (r == 0 && saved) restore_error(std::move(saved));
  return r;
}

// Both hooks for a frame's call (entry, resumption, throw) or return.
int call_both(ThreadState* ts, Frame* f, int what, Value arg) {
  return protect([&] {
    if (call_trace(ts, f, what, arg) < 0) return -1;
    return call_profile(ts, f, what, arg);
  });
}

// Whether the instruction at `offset` comes before the first RESUME: the
// instructions there (cells, generator creation) are not traced. Most code
// starts with its RESUME, so this stops at once.
bool before_first_resume(const Code* co, int offset) {
  for (int i = 0; i <= offset; i += instr_size(co->code[i])) {
    if (generic_opcode(co->code[i] & 0xFF) == Opcode::RESUME) return false;
  }
  return true;
}

int line_at(const Code* co, int offset) {
  if (offset < 0 || offset >= co->code_size) return -1;
  int line = positions_of(co)[offset].line;
  return line > 0 ? line : -1;
}

// The `line` event (a new line, or a backward jump other than a `yield
// from` loop) and the `opcode` event.
int trace_line(ThreadState* ts, Frame* f, FrameObject* fo, int prev, int line) {
  int offset = f->lasti();
  if (fo->trace_lines) {
    bool backward = offset < prev && generic_opcode(*f->instr & 0xFF) != Opcode::SEND;  // not a `yield from` loop
    if (line != -1 && (line != line_at(f->code, prev) || backward)) {
      if (call_trace(ts, f, kTraceLine, Value::none()) < 0) return -1;
    }
  }
  if (f->frame_object != nullptr && f->frame_object->trace_opcodes && f->lasti() == offset) {
    if (call_trace(ts, f, kTraceOpcode, Value::none()) < 0) return -1;
  }
  return 0;
}

// The builtin a CALL or CALL_FUNCTION_EX is about to run, as the profiler
// names it (a method descriptor bound to its first argument), or null.
Ref builtin_callee(Frame* f, Opcode op, uint32_t oparg) {
  Value* top = f->stack_base() + f->stack_depth;
  Value callable;
  const Value* args;
  size_t nargs;
  if (op == Opcode::CALL) {
    Value* block = top - oparg - 2;
    callable = block[1];
    args = top - oparg;
    nargs = oparg;
    if (!block[0].is_null()) {
      callable = block[0];
      args--;
      nargs++;
    } else if (is_method(callable)) {
      callable = callable.as<Method>()->func;
      nargs++;
      if (nargs > 0 && type_of(callable) == &method_descriptor_type) {
        Value self = block[1].as<Method>()->self;
        return builtin_function_new(callable.as<MethodDescriptor>()->def, self);
      }
    }
  } else {
    callable = top[-2 - static_cast<int>(oparg & 1)];
    Value pos = top[-1 - static_cast<int>(oparg & 1)];
    if (!is_tuple(pos)) return nullptr;
    args = pos.as<Tuple>()->items;
    nargs = static_cast<size_t>(pos.as<Tuple>()->size);
  }
  if (is_builtin_function(callable)) return Ref::borrow(callable);
  if (type_of(callable) == &method_descriptor_type && nargs > 0) {
    auto* md = callable.as<MethodDescriptor>();
    if (!type_is_subtype(type_of(args[0]), md->owner)) return nullptr;
    return builtin_function_new(md->def, args[0]);
  }
  return nullptr;
}

}  // namespace

// CPython keeps every frame's last instruction while tracing is off too:
// frames running when a hook is set count their line events from there.
void refresh_prev_instr(ThreadState* ts) {
  for (Frame* f = ts->current_frame; f != nullptr; f = f->previous) {
    if (f->frame_object != nullptr) f->frame_object->prev_instr = f->lasti();
  }
}

Frame* traced_frame() { return t_traced_frame; }

void register_native_profiler(Type* type, NativeProfileFn fn) {
  g_native_profiler_type = type;
  g_native_profiler_fn = fn;
}

void set_trace_hook(ThreadState* ts, Value func) {
  refresh_prev_instr(ts);
  set_hook(ts, &ts->trace_func, func);
}

void set_profile_hook(ThreadState* ts, Value func) {
  refresh_prev_instr(ts);
  drop_c_calls(ts);
  set_hook(ts, &ts->profile_func, func);
}

void clear_thread_hooks(ThreadState* ts) {
  set_trace_hook(ts, Value());
  set_profile_hook(ts, Value());
}

int trace_call_event(ThreadState* ts, Frame* f) {
  if (!hooks_active(ts)) return 0;
  if (call_both(ts, f, kTraceCall, Value::none()) < 0) return -1;
  // After a function's entry (RESUME 0) its first line always raises a
  // line event, as in CPython; after a resumption, only a new line does.
  bool entry = generic_opcode(*f->instr & 0xFF) == Opcode::RESUME && (*f->instr >> 8) == 0;
  if (f->frame_object != nullptr) f->frame_object->prev_instr = entry ? -1 : f->lasti();
  return 0;
}

int trace_instruction(ThreadState* ts, Frame* f) {
  Code* co = f->code;
  int offset = f->lasti();
  if (before_first_resume(co, offset)) return 0;
  // A builtin called by the previous instruction returned.
  if (PendingCCall* p = ts->c_calls; p != nullptr && p->frame == f) {
    ts->c_calls = p->next;
    Ref func = Ref::steal(p->func);
    delete p;
    if (call_profile(ts, f, kTraceCReturn, *func) < 0) return -1;
  }
  if (generic_opcode(*f->instr & 0xFF) == Opcode::RESUME) return trace_call_event(ts, f);
  // An instruction with no line of its own (artificial jumps, the implicit
  // return) is on the line of the one run before it: CPython copies that
  // line into it, so it raises no line event and changes no `prev`.
  if (FrameObject* fo = f->frame_object; fo != nullptr) {
    if (int line = line_at(co, offset); line != -1) {
      int prev = fo->prev_instr;
      fo->prev_instr = offset;
      if (!ts->trace_func.is_null() && !fo->trace.is_null()) {
        if (trace_line(ts, f, fo, prev, line) < 0) return -1;
        if (f->frame_object != nullptr) f->frame_object->prev_instr = f->lasti();  // after a jump: its target
      }
    }
  }
  // The instruction to run (past EXTENDED_ARG prefixes).
  const CodeUnit* p = f->instr;
  uint32_t oparg = 0;
  while (generic_opcode(*p & 0xFF) == Opcode::EXTENDED_ARG) oparg = (oparg << 8) | (*p++ >> 8);
  oparg = (oparg << 8) | (*p >> 8);
  Opcode op = generic_opcode(*p & 0xFF);
  if (op == Opcode::RETURN_VALUE || op == Opcode::YIELD_VALUE) {
    Value retval = f->stack_base()[f->stack_depth - 1];
    return call_both(ts, f, kTraceReturn, retval) < 0 ? -2 : 0;
  }
  if ((op == Opcode::CALL || op == Opcode::CALL_FUNCTION_EX) && !ts->profile_func.is_null()) {
    Ref func = builtin_callee(f, op, oparg);
    if (!func) return error_occurred() ? -1 : 0;
    if (call_profile(ts, f, kTraceCCall, *func) < 0) return -1;
    if (ts->profile_func.is_null()) return 0;
    ts->c_calls = new PendingCCall{f, func.release(), ts->c_calls};
  }
  return 0;
}

void trace_exception(ThreadState* ts, Frame* f) {
  if (ts->tracing != 0) return;
  if (PendingCCall* p = ts->c_calls; p != nullptr && p->frame == f) {
    ts->c_calls = p->next;
    Ref func = Ref::steal(p->func);
    delete p;
    protect([&] { return call_profile(ts, f, kTraceCException, *func); });
  }
  if (ts->trace_func.is_null() || f->frame_object == nullptr || f->frame_object->trace.is_null()) return;
  Ref exc = fetch_error();
  Value tb = is_exception_instance(*exc) ? exc.as<BaseException>()->traceback : Value();
  Ref arg = tuple_pack({Value::object(type_of(*exc)), *exc, tb.is_null() ? Value::none() : tb});
  if (!arg) return;
  if (call_trace(ts, f, kTraceException, *arg) == 0) restore_error(std::move(exc));
}

int trace_stop_iteration(ThreadState* ts, Frame* f) {
  if (!hooks_active(ts) || ts->trace_func.is_null() || f->frame_object == nullptr || f->frame_object->trace.is_null()) {
    return 0;
  }
  Ref exc = fetch_error();
  Value tb = is_exception_instance(*exc) ? exc.as<BaseException>()->traceback : Value();
  Ref arg = tuple_pack({Value::object(type_of(*exc)), *exc, tb.is_null() ? Value::none() : tb});
  if (!arg || call_trace(ts, f, kTraceException, *arg) < 0) return -1;
  restore_error(std::move(exc));
  return 0;
}

int trace_send_return(ThreadState* ts, Frame* f, bool through_next, Value value) {
  if (through_next && value.is_none()) return 0;
  if (value.is_none()) {
    raise_empty(exc::StopIteration);
  } else {
    raise_with_arg(exc::StopIteration, value);
  }
  if (trace_stop_iteration(ts, f) < 0) return -1;
  clear_error();
  return 0;
}

void trace_unwind(ThreadState* ts, Frame* f) {
  if (!hooks_active(ts)) return;
  if (PendingCCall* p = ts->c_calls; p != nullptr && p->frame == f) {
    ts->c_calls = p->next;
    decref(p->func);
    delete p;
  }
  call_both(ts, f, kTraceReturn, Value::none());
}

}  // namespace taipan
