// Generators, coroutines and async generators: objects holding a suspended
// frame (copied out of the thread's stack when the function is called),
// resumed by send/throw/close and by the VM's FOR_ITER and SEND.
#pragma once

#include "vm/frame.h"

namespace taipan {

struct Function;

enum class GenState : int8_t { kCreated, kSuspended, kRunning, kCompleted };

struct Generator : Object {
  Code* code;         // owned (gi_code stays valid after the frame is cleared)
  Value name;         // owned str
  Value qualname;     // owned str
  Value weakrefs;
  ExcInfo exc_state;  // the generator's own handled-exception slot
  GenState state;
  bool running_async; // async generators: an asend/athrow is in progress
  bool hooks_inited;  // async generators: firstiter hook called
  Value finalizer;    // async generators: sys.set_asyncgen_hooks finalizer (owned) or null
  Value origin;       // coroutines: cr_origin, ((filename, lineno, name), ...) (owned) or null
  alignas(8) char frame_data[];  // the Frame, then its localsplus

  Frame* frame() { return reinterpret_cast<Frame*>(frame_data); }
};

extern Type generator_type;
extern Type coroutine_type;
extern Type async_generator_type;
extern Type coroutine_wrapper_type;

int init_generator_types();

inline bool is_generator(Value v) { return v.is_object() && v.as_object()->type == &generator_type; }
inline bool is_coroutine(Value v) { return v.is_object() && v.as_object()->type == &coroutine_type; }

// RETURN_GENERATOR: moves the running thread frame into a new generator,
// coroutine or async generator per the code's flags, giving its stack space
// back. New reference.
Ref generator_from_frame(ThreadState* ts, Frame* f);

enum class SendResult { kYield, kReturn, kError };
// Resumes `gen` with `value` (or, with exc set, throws the pending exception
// into it). *result receives the yielded or returned value (owned).
SendResult generator_send(Generator* gen, Value value, bool throw_pending, Ref* result);

// ASYNC_GEN_WRAP: marks a value yielded by an async generator's `yield`
// (as opposed to one passed up by an `await` inside it).
Ref async_gen_wrap(Value v);

// sys.set_asyncgen_hooks / get_asyncgen_hooks: firstiter is called with an
// async generator when it is first iterated; finalizer (remembered by the
// generator at that moment) is called instead of closing it when it is
// dropped unfinished. Null clears a hook; the getters return borrowed values.
void set_asyncgen_hooks(Value firstiter, Value finalizer);

// sys.set_coroutine_origin_tracking_depth / get_...: how many frames of
// their creators new coroutines record as cr_origin (0: none).
void set_coroutine_origin_depth(int depth);
int coroutine_origin_depth();
Value asyncgen_firstiter_hook();
Value asyncgen_finalizer_hook();

// The iterator a generator delegates to with `yield from`/`await` (borrowed), or null.
Value generator_yield_from(Generator* gen);

// frame.clear() on the frame of a generator (f->owner is kGenerator): closes
// the generator, running its finally blocks (errors go to sys.unraisablehook).
// False with RuntimeError set when the generator is running.
bool close_generator_of_frame(Frame* f);

}  // namespace taipan
