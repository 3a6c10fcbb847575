// Frame: one activation of a code object. Frames live in the thread's
// contiguous frame stack (a Python-to-Python call allocates nothing on the
// heap); a generator's frame lives inside the generator object. The `frame`
// Python object (FrameObject) is made lazily, only when someone asks
// (tracebacks, sys._getframe); when its frame finishes, it keeps a copy.
#pragma once

#include <cstddef>

#include "compiler/code.h"
#include "objects/dict.h"
#include "vm/function.h"
#include "vm/thread_state.h"

namespace taipan {

struct FrameObject;

enum class FrameOwner : uint8_t {
  kThread,       // in the thread's frame stack
  kGenerator,    // inside a generator / coroutine object
  kFrameObject,  // a finished frame kept alive by its FrameObject
};

struct Frame {
  Code* code;               // owned
  Function* function;       // owned, or null (module and exec code)
  Dict* globals;            // owned
  Dict* builtins;           // owned
  Value locals;             // owned mapping for module/class bodies, or null
  Frame* previous;          // the caller while running, else null
  const CodeUnit* instr;    // the instruction executing (or last executed)
  FrameObject* frame_object;  // owned, made lazily
  int32_t stack_depth;      // values on the value stack while not running
  FrameOwner owner;
  bool is_entry;            // returns to C++ when it finishes
  Value init_self;          // owned: for an __init__ entered inline by a class
                            // call, the new object that call returns; else null
  alignas(8) Value localsplus[];  // fast locals, cells, free vars, then the value stack

  Value* stack_base() { return localsplus + code->nlocalsplus; }
  int lasti() const { return static_cast<int>(instr - code->code); }
  int lineno() const;
};

inline size_t frame_size(const Code* code) {
  return sizeof(Frame) + sizeof(Value) * static_cast<size_t>(code->nlocalsplus + code->stacksize);
}

// The slow parts of push_frame: mapping the thread's frame stack on first
// use (false with MemoryError set), and the RecursionError of a full stack.
bool reserve_frame_stack(ThreadState* ts);
void raise_frame_stack_exhausted();

// Pushes a frame for `code` on the thread's stack with every slot empty and
// references taken to code and function. A function's frame borrows globals
// and builtins from the function (its __globals__ and __builtins__ never
// change); a module's or class body's frame (no function) owns them. Null with
// RecursionError/MemoryError set when the stack is exhausted. Inline: every
// Python-to-Python call goes through it.
inline Frame* push_frame(ThreadState* ts, Code* code, Function* function, Dict* globals, Dict* builtins,
                         Value locals) {
  if (ts->stack_base == nullptr && !reserve_frame_stack(ts)) return nullptr;
  size_t size = frame_size(code);
  if (ts->recursion_depth >= ts->recursion_limit || ts->stack_top + size > ts->stack_end) {
    raise_frame_stack_exhausted();
    return nullptr;
  }
  Frame* f = reinterpret_cast<Frame*>(ts->stack_top);
  ts->stack_top += size;
  ts->recursion_depth++;
  incref(code);
  f->code = code;
  if (function != nullptr) {
    incref(function);
  } else {
    incref(globals);
    incref(builtins);
  }
  f->function = function;
  f->globals = globals;
  f->builtins = builtins;
  incref(locals);
  f->locals = locals;
  f->previous = nullptr;
  f->instr = code->code - 1;
  f->frame_object = nullptr;
  f->stack_depth = 0;
  f->owner = FrameOwner::kThread;
  f->is_entry = false;
  f->init_self = Value();
  for (int32_t i = 0; i < code->nlocalsplus; i++) f->localsplus[i] = Value();
  return f;
}

// Drops every reference the frame holds (locals, stack, owned fields).
inline void release_frame_refs(Frame* f) {
  int n = f->code->nlocalsplus + f->stack_depth;
  for (int i = 0; i < n; i++) {
    Value v = f->localsplus[i];
    f->localsplus[i] = Value();
    decref(v);
  }
  f->stack_depth = 0;
  decref(f->locals);
  f->locals = Value();
  decref(f->init_self);
  f->init_self = Value();
  if (f->function != nullptr) {
    decref(f->function);
  } else {
    decref(f->globals);
    decref(f->builtins);
  }
  decref(f->code);
}

// Releases the frame's references. If a frame object still refers to the
// frame, that object takes a copy first.
void clear_frame(Frame* f);
// clear_frame + gives the stack space back (the frame must be the top one).
inline void pop_frame(ThreadState* ts, Frame* f) {
  if (f->frame_object != nullptr) {
    clear_frame(f);
  } else {
    release_frame_refs(f);
  }
  ts->recursion_depth--;
  ts->stack_top = reinterpret_cast<char*>(f);
}

// Gives a frame's stack space back without clearing it: the frame was moved
// elsewhere (into a generator). The frame must be the top one.
void frame_stack_release(ThreadState* ts, Frame* f);

// The `frame` type.
struct FrameObject : Object {
  Frame* frame;        // the live frame, or `owned` once the frame finished
  Value back;          // f_back captured when the frame finished (owned), or null
  Frame* owned;        // heap copy owned by this object, or null
  // Tracing (vm/tracing.h): f_trace (owned, or null), f_trace_lines,
  // f_trace_opcodes, and the last instruction traced in this frame.
  Value trace;
  int32_t prev_instr;
  bool trace_lines;
  bool trace_opcodes;
  // f_locals of a function's frame: one dict, refreshed from the fast
  // locals when asked for (owned, or null).
  Value locals_dict;
};

extern Type frame_type;
int init_frame_type();

// The frame object for a frame (new reference), making it if needed.
Ref frame_object_of(Frame* f);

// f_locals: the frame object's dict refreshed from the fast locals (a
// function's frame), or the frame's own mapping. New reference.
Ref frame_object_locals(FrameObject* fo);
// Writes the frame object's f_locals dict back into the fast locals, as
// after a trace function returns (CPython's PyFrame_LocalsToFast).
void frame_locals_to_fast(FrameObject* fo);

// Visits the references a frame owns, with the first `stack_values` values of
// its value stack (for generators' and frame objects' traverse).
void frame_traverse(Frame* f, int stack_values, VisitFn visit, void* arg);

// The builtins dict that goes with `globals`: globals["__builtins__"] (a
// module's dict or a dict; an empty dict for any other object, which
// load_missing_global consults), else the interpreter's default builtins. Borrowed.
Dict* builtins_for_globals(Dict* globals);
// The interpreter's builtins dict; the runtime sets it at start-up.
void set_default_builtins(Dict* builtins);
Dict* default_builtins();

}  // namespace taipan
