// Generators, coroutines and async generators. Each holds its frame inline
// (moved out of the thread's frame stack when the generator function was
// called) and resumes it with run_frame on send/throw/next. Also here: the
// coroutine wrapper returned by coroutine.__await__(), and the awaitables an
// async generator hands out (asend / athrow) with the wrapper that tells its
// own yields from the awaits it passes up.
#include "vm/generator.h"

#include <cstdio>
#include <cstring>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "modules/sys.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/function.h"
#include "vm/interpreter.h"
#include "vm/traceback.h"

namespace taipan {

Type generator_type;
Type coroutine_type;
Type async_generator_type;
Type coroutine_wrapper_type;

namespace {

Type async_gen_asend_type;
Type async_gen_athrow_type;
Type async_gen_wrapped_value_type;

Generator* as_gen(Value v) { return v.as<Generator>(); }

bool is_any_generator(Value v) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->type;
  return t == &generator_type || t == &coroutine_type || t == &async_generator_type;
}

// "generator", "coroutine" or "async generator", for messages.
const char* kind_of(Generator* g) {
  if (g->type == &coroutine_type) return "coroutine";
  if (g->type == &async_generator_type) return "async generator";
  return "generator";
}

std::string qualname_of(Generator* g) { return is_str(g->qualname) ? str_to_std(g->qualname.as<Str>()) : "?"; }

void finish_frame(Generator* g) {
  if (g->state == GenState::kCompleted) return;
  g->state = GenState::kCompleted;
  Frame* f = g->frame();
  f->previous = nullptr;
  clear_frame(f);
  Value exc = g->exc_state.exc;
  g->exc_state.exc = Value();
  decref(exc);
}

// Replaces a StopIteration (or, in async generators, StopAsyncIteration)
// escaping the frame with RuntimeError, chained to it (PEP 479).
void convert_stop_iteration(Generator* g) {
  bool async_gen = g->type == &async_generator_type;
  const char* what;
  if (error_matches(exc::StopIteration)) {
    what = "StopIteration";
  } else if (async_gen && error_matches(exc::StopAsyncIteration)) {
    what = "StopAsyncIteration";
  } else {
    return;
  }
  Ref original = fetch_error();
  raise(exc::RuntimeError, std::string(kind_of(g)) + " raised " + what);
  Value e = current_error();
  auto* be = e.as<BaseException>();
  be->cause = Ref::borrow(*original).release();
  be->context = original.release();
  be->suppress_context = true;
}

int g_origin_depth = 0;

// cr_origin: (filename, lineno, function name) of up to g_origin_depth
// frames, the coroutine's creator first.
Ref origin_of(Frame* f) {
  std::vector<Ref> entries;
  for (; f != nullptr && static_cast<int>(entries.size()) < g_origin_depth; f = f->previous) {
    Ref lineno = int_from_int64(f->lineno());
    if (!lineno) return nullptr;
    Ref entry = tuple_pack({f->code->filename, *lineno, f->code->name});
    if (!entry) return nullptr;
    entries.push_back(std::move(entry));
  }
  std::vector<Value> items;
  for (const Ref& e : entries) items.push_back(*e);
  return tuple_from_array(items.data(), static_cast<int64_t>(items.size()));
}

// The stack slot on top of a suspended frame's value stack.
Value* frame_stack_top(Frame* f) { return f->stack_base() + f->stack_depth; }

}  // namespace

Ref generator_from_frame(ThreadState* ts, Frame* f) {
  Code* code = f->code;
  Type* type = (code->flags & kCoCoroutine) ? &coroutine_type
               : (code->flags & kCoAsyncGenerator) ? &async_generator_type
                                                   : &generator_type;
  size_t fsize = frame_size(code);
  auto* g = new_object<Generator>(type, sizeof(Generator) + fsize);
  if (g == nullptr) {
    pop_frame(ts, f);
    return nullptr;
  }
  Frame* gf = g->frame();
  std::memcpy(static_cast<void*>(gf), f, fsize);
  frame_stack_release(ts, f);
  gf->owner = FrameOwner::kGenerator;
  gf->previous = nullptr;
  gf->is_entry = false;
  if (gf->frame_object != nullptr) gf->frame_object->frame = gf;
  // f->instr is the RETURN_GENERATOR: resuming runs its POP_TOP, which drops
  // the None of the first send.
  incref(code);
  g->code = code;
  Value name = gf->function != nullptr ? gf->function->name : code->name;
  Value qualname = gf->function != nullptr ? gf->function->qualname : code->qualname;
  g->name = Ref::borrow(name).release();
  g->qualname = Ref::borrow(qualname).release();
  g->state = GenState::kCreated;
  Ref gen = Ref::steal(g);
  if (type == &coroutine_type && g_origin_depth > 0) {
    Ref origin = origin_of(ts->current_frame);
    if (!origin) return nullptr;
    g->origin = origin.release();
  }
  return gen;
}

Value generator_yield_from(Generator* gen) {
  if (gen->state != GenState::kSuspended) return Value();
  Frame* f = gen->frame();
  if (unit_opcode(*f->instr) != Opcode::YIELD_VALUE) return Value();
  CodeUnit next_unit = f->instr[1];
  if (unit_opcode(next_unit) != Opcode::RESUME || unit_arg(next_unit) < 2 || f->stack_depth == 0) return Value();
  return frame_stack_top(f)[-1];
}

SendResult generator_send(Generator* gen, Value value, bool throw_pending, Ref* result) {
  ThreadState* ts = t_thread_state;
  if (gen->state == GenState::kRunning) {
    raise(exc::ValueError, std::string(kind_of(gen)) + " already executing");
    return SendResult::kError;
  }
  if (gen->state == GenState::kCompleted) {
    if (gen->type == &coroutine_type) {  // a throw()n exception is replaced
      if (throw_pending) clear_error();
      raise(exc::RuntimeError, "cannot reuse already awaited coroutine");
      return SendResult::kError;
    }
    if (throw_pending) return SendResult::kError;
    *result = Ref::none();
    return SendResult::kReturn;
  }
  Frame* f = gen->frame();
  if (gen->state == GenState::kCreated && !throw_pending) {
    if (!value.is_none()) {
      raise(exc::TypeError, std::string("can't send non-None value to a just-started ") + kind_of(gen));
      return SendResult::kError;
    }
  }
  if (ts->recursion_depth >= ts->recursion_limit || c_stack_exhausted()) {
    if (!error_occurred()) raise(exc::RecursionError, "maximum recursion depth exceeded");
    return SendResult::kError;
  }
  if (!throw_pending && !value.is_null()) {
    incref(value);
    *frame_stack_top(f) = value;
    f->stack_depth++;
  }
  ts->recursion_depth++;
  gen->exc_state.previous = ts->exc_info;
  ts->exc_info = &gen->exc_state;
  gen->state = GenState::kRunning;
  Ref r = run_frame(ts, f, throw_pending);
  ts->exc_info = gen->exc_state.previous;
  gen->exc_state.previous = nullptr;
  ts->recursion_depth--;
  f->previous = nullptr;
  if (r) {
    if (unit_opcode(*f->instr) == Opcode::YIELD_VALUE) {
      gen->state = GenState::kSuspended;
      *result = std::move(r);
      return SendResult::kYield;
    }
    finish_frame(gen);
    *result = std::move(r);
    return SendResult::kReturn;
  }
  convert_stop_iteration(gen);
  finish_frame(gen);
  return SendResult::kError;
}

namespace {

// ---- the methods shared by generators and coroutines ----

// send(): the yielded value, or StopIteration(return value).
Ref step_result(Generator* g, SendResult sr, Ref result);

Ref gen_send_value(Generator* g, Value v) {
  Ref result;
  SendResult sr = generator_send(g, v, false, &result);
  return step_result(g, sr, std::move(result));
}

Ref gen_iternext(Value self) {
  Generator* g = as_gen(self);
  Ref result;
  switch (generator_send(g, Value::none(), false, &result)) {
    case SendResult::kYield: return result;
    case SendResult::kReturn:
      if (!(*result).is_none()) raise_with_arg(exc::StopIteration, *result);
      return nullptr;
    case SendResult::kError: break;
  }
  return nullptr;
}

int close_subiterator(Value yf);

// The result of resuming g (which raised, yielded or returned) as a
// send()/throw() method returns it: the yielded value, StopIteration or
// StopAsyncIteration for a return, null for an error.
Ref step_result(Generator* g, SendResult sr, Ref result) {
  switch (sr) {
    case SendResult::kYield: return result;
    case SendResult::kReturn:
      if (g->type == &async_generator_type) return raise_empty(exc::StopAsyncIteration);
      if ((*result).is_none()) return raise_empty(exc::StopIteration);
      return raise_with_arg(exc::StopIteration, *result);
    case SendResult::kError: break;
  }
  return nullptr;
}

// After the iterator g was `yield from`-ing finished with `value`: drops it
// from g's stack and resumes g at the target of its SEND loop with the value.
Ref resume_after_delegate(Generator* g, Value value) {
  Frame* f = g->frame();
  f->stack_depth--;
  decref(*frame_stack_top(f));
  const CodeUnit* send = f->instr - 1;
  uint32_t jump = unit_arg(*send);
  for (int shift = 8; send - 1 >= f->code->code && unit_opcode(send[-1]) == Opcode::EXTENDED_ARG; shift += 8) {
    --send;
    jump |= static_cast<uint32_t>(unit_arg(*send)) << shift;
  }
  f->instr = f->instr + jump - 1;  // resumes at the SEND's target
  return gen_send_value(g, value);
}

// Throws the pending exception into g, delegating to the iterator it is
// `yield from`-ing first (closing it instead when the exception is
// GeneratorExit and close_on_exit is set).
Ref gen_throw_pending(Generator* g, bool close_on_exit, const Value* throw_args, size_t nthrow) {
  Value yf = generator_yield_from(g);
  if (!yf.is_null()) {
    Ref yf_ref = Ref::borrow(yf);
    if (close_on_exit && error_matches(exc::GeneratorExit)) {
      Ref pending = fetch_error();
      g->state = GenState::kRunning;
      int err = close_subiterator(yf);
      g->state = GenState::kSuspended;
      if (err == 0) restore_error(std::move(pending));
    } else {
      Ref ret;
      bool delegated = true;
      g->state = GenState::kRunning;
      if (is_any_generator(yf)) {
        ret = gen_throw_pending(as_gen(yf), close_on_exit, throw_args, nthrow);
      } else {
        Ref pending = fetch_error();
        Ref meth = getattr_optional(yf, intern("throw"));
        if (meth) {
          // The delegate's throw() gets the arguments our throw() was given.
          Value only_exc = *pending;
          ret = throw_args != nullptr ? call(*meth, throw_args, nthrow) : call(*meth, &only_exc, 1);
        } else if (!error_occurred()) {
          restore_error(std::move(pending));  // no throw(): raise it in g itself
          delegated = false;
        }
      }
      g->state = GenState::kSuspended;
      if (delegated) {
        if (ret) return ret;  // the delegate yielded: so do we
        if (error_matches(exc::StopIteration)) {
          Ref stop = fetch_error();
          return resume_after_delegate(g, stop_iteration_value(*stop));
        }
        // Any other exception is raised inside g at the yield.
      }
    }
  }
  Ref result;
  SendResult sr = generator_send(g, Value(), true, &result);
  return step_result(g, sr, std::move(result));
}

// Makes the exception for throw(type[, value[, traceback]]) pending.
bool set_thrown_exception(Value type, Value value, Value tb) {
  if (!tb.is_null() && !tb.is_none() && type_of(tb) != &traceback_type) {
    raise(exc::TypeError, "throw() third argument must be a traceback object");
    return false;
  }
  Ref e;
  if (is_exception_class(type)) {
    Type* t = type.as<Type>();
    if (!value.is_null() && is_exception_instance(value) && type_is_subtype(type_of(value), t)) {
      e = Ref::borrow(value);
    } else if (value.is_null() || value.is_none()) {
      e = call(type, {});
    } else if (is_tuple(value)) {
      e = call(type, value.as<Tuple>()->items, static_cast<size_t>(value.as<Tuple>()->size));
    } else {
      e = call(type, {value});
    }
    // CPython builds the exception inside the generator: an error doing so
    // is what gets thrown in.
    if (!e) return true;
    if (!is_exception_instance(*e)) {
      Ref class_repr = repr(type);
      if (!class_repr) return true;
      raise(exc::TypeError, "calling " + std::string(str_utf8(class_repr.as<Str>())) +
                                " should have returned an instance of BaseException, not " + type_name_of(*e));
      return true;
    }
  } else if (is_exception_instance(type)) {
    if (!value.is_null() && !value.is_none()) {
      raise(exc::TypeError, "instance exception may not have a separate value");
      return false;
    }
    e = Ref::borrow(type);
  } else {
    raise(exc::TypeError, std::string("exceptions must be classes or instances deriving from BaseException, not ") +
                              type_name_of(type));
    return false;
  }
  if (!tb.is_null() && !tb.is_none()) {
    auto* be = e.as<BaseException>();
    Value old = be->traceback;
    be->traceback = Ref::borrow(tb).release();
    decref(old);
  }
  restore_error(std::move(e));
  return true;
}

Ref gen_throw_args(Generator* g, const Value* args, size_t nargs, Tuple* kwnames, const char* name) {
  if (!no_keywords(name, kwnames) || !check_arg_count(name, nargs, 1, 3)) return nullptr;
  if (!set_thrown_exception(args[0], nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value())) return nullptr;
  return gen_throw_pending(g, true, args, nargs);
}

// close(): throws GeneratorExit in; None when the generator exits.
Ref gen_close(Generator* g) {
  if (g->state == GenState::kCreated) {
    finish_frame(g);
    return Ref::none();
  }
  if (g->state == GenState::kCompleted) return Ref::none();
  int err = 0;
  Value yf = generator_yield_from(g);
  if (!yf.is_null()) {
    Ref hold = Ref::borrow(yf);
    g->state = GenState::kRunning;
    err = close_subiterator(yf);
    g->state = GenState::kSuspended;
  }
  if (err == 0) raise_empty(exc::GeneratorExit);
  Ref result;
  switch (generator_send(g, Value(), true, &result)) {
    case SendResult::kYield:
      return raise(exc::RuntimeError, std::string(kind_of(g)) + " ignored GeneratorExit");
    case SendResult::kReturn: return Ref::none();
    case SendResult::kError: break;
  }
  if (error_matches(exc::GeneratorExit) || error_matches(exc::StopIteration)) {
    clear_error();
    return Ref::none();
  }
  return nullptr;
}

int close_subiterator(Value yf) {
  if (is_any_generator(yf)) return gen_close(as_gen(yf)) ? 0 : -1;
  Ref meth = getattr_optional(yf, intern("close"));
  if (!meth) {
    if (error_occurred()) write_unraisable(yf);
    return 0;
  }
  Ref r = call(*meth, {});
  return r ? 0 : -1;
}

Ref m_send(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string name = std::string(type_of(self)->name) + ".send";
  if (!check_one_arg(name.c_str(), nargs, kwnames)) return nullptr;
  return gen_send_value(as_gen(self), args[0]);
}
Ref m_throw(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string name = std::string(type_of(self)->name) + ".throw";
  if (!no_keywords(name.c_str(), kwnames)) return nullptr;
  return gen_throw_args(as_gen(self), args, nargs, kwnames, "throw");
}
Ref m_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("close", kwnames) || !check_arg_count("close", nargs, 0, 0)) return nullptr;
  return gen_close(as_gen(self));
}

// ---- attributes ----

Ref get_name(Value self) { return Ref::borrow(as_gen(self)->name); }
int set_name(Value self, Value v) {
  if (v.is_null() || !is_str(v)) return fail(exc::TypeError, "__name__ must be set to a string object");
  Generator* g = as_gen(self);
  incref(v);
  decref(g->name);
  g->name = v;
  return 0;
}
Ref get_qualname(Value self) { return Ref::borrow(as_gen(self)->qualname); }
int set_qualname(Value self, Value v) {
  if (v.is_null() || !is_str(v)) return fail(exc::TypeError, "__qualname__ must be set to a string object");
  Generator* g = as_gen(self);
  incref(v);
  decref(g->qualname);
  g->qualname = v;
  return 0;
}
Ref get_frame(Value self) {
  Generator* g = as_gen(self);
  if (g->state == GenState::kCompleted) return Ref::none();
  return frame_object_of(g->frame());
}
Ref get_running(Value self) { return Ref::boolean(as_gen(self)->state == GenState::kRunning); }
Ref get_suspended(Value self) { return Ref::boolean(as_gen(self)->state == GenState::kSuspended); }
Ref get_code(Value self) { return Ref::borrow(as_gen(self)->code); }
Ref get_yield_from(Value self) {
  Value yf = generator_yield_from(as_gen(self));
  return yf.is_null() ? Ref::none() : Ref::borrow(yf);
}
Ref get_running_async(Value self) { return Ref::boolean(as_gen(self)->running_async); }
// gi_code, ag_running and the like are members in CPython, whose assignment error differs.
int set_readonly_member(Value, Value) { return fail(exc::AttributeError, "readonly attribute"); }
Ref get_origin(Value self) {
  Value origin = as_gen(self)->origin;
  return origin.is_null() ? Ref::none() : Ref::borrow(origin);
}

// `own` is one more getset of the kind (an empty entry when none).
#define TAIPAN_GEN_GETSETS(prefix, extra, own)                          \
  {                                                                     \
    {"__name__", get_name, set_name, nullptr},                          \
    {"__qualname__", get_qualname, set_qualname, nullptr},              \
    {prefix "_frame", get_frame, nullptr, nullptr},                     \
    {prefix "_running", get_running, nullptr, nullptr},                 \
    {prefix "_suspended", get_suspended, nullptr, nullptr},             \
    {prefix "_code", get_code, set_readonly_member, nullptr},           \
    {extra, get_yield_from, nullptr, nullptr},                          \
    own,                                                                \
    {nullptr, nullptr, nullptr, nullptr},                               \
  }

const GetSetDef kGeneratorGetSets[] = TAIPAN_GEN_GETSETS("gi", "gi_yieldfrom", GetSetDef{});
const GetSetDef kCoroutineGetSets[] = TAIPAN_GEN_GETSETS("cr", "cr_await", (GetSetDef{"cr_origin", get_origin, nullptr, nullptr}));
const GetSetDef kAsyncGenGetSets[] = {
    {"__name__", get_name, set_name, nullptr},
    {"__qualname__", get_qualname, set_qualname, nullptr},
    {"ag_frame", get_frame, nullptr, nullptr},
    {"ag_running", get_running_async, set_readonly_member, nullptr},
    {"ag_code", get_code, set_readonly_member, nullptr},
    {"ag_await", get_yield_from, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
#undef TAIPAN_GEN_GETSETS

Ref gen_repr(Value self) {
  Generator* g = as_gen(self);
  const char* kind = g->type == &coroutine_type ? "coroutine" : g->type == &async_generator_type ? "async_generator" : "generator";
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(g));
  return str_from_utf8(std::string("<") + kind + " object " + qualname_of(g) + " at " + addr + ">");
}

void gen_traverse(Object* self, VisitFn visit, void* arg) {
  auto* g = static_cast<Generator*>(self);
  if (g->code == nullptr) return;  // still being built
  if (g->state != GenState::kCompleted) {
    Frame* f = g->frame();
    frame_traverse(f, g->state == GenState::kRunning ? 0 : f->stack_depth, visit, arg);
  }
  if (!g->exc_state.exc.is_null()) visit(g->exc_state.exc, arg);
  if (!g->finalizer.is_null()) visit(g->finalizer, arg);
  if (!g->origin.is_null()) visit(g->origin, arg);
}

void gen_clear(Object* self) {
  auto* g = static_cast<Generator*>(self);
  if (g->code != nullptr && g->state != GenState::kRunning) finish_frame(g);
}

// "Coroutine created at" and the frames of cr_origin, outermost first.
std::string origin_report(Value origin) {
  std::string out = "\nCoroutine created at (most recent call last)";
  Tuple* frames = origin.as<Tuple>();
  for (int64_t i = frames->size - 1; i >= 0; --i) {
    Tuple* entry = frames->items[i].as<Tuple>();
    std::string filename = str_to_std(entry->items[0].as<Str>());
    int lineno = static_cast<int>(entry->items[1].as_small_int());
    out += "\n  File \"" + filename + "\", line " + std::to_string(lineno) + ", in " +
           str_to_std(entry->items[2].as<Str>());
    std::string line = stripped_source_line(filename, lineno);
    if (!line.empty()) out += "\n    " + line;
  }
  return out;
}

// Prints CPython's "coroutine ... was never awaited" RuntimeWarning, once
// per source location and message as the default warning filter does.
// Once the program has imported warnings, the report goes through
// warnings._warn_unawaited_coroutine, so filters and catch_warnings see it;
// false when it did not (no module, or it failed with something other
// than the warning itself, which is then reported as unraisable).
bool warn_through_warnings_module(Generator* g) {
  Value warnings = dict_get_str(sys_modules().as<Dict>(), intern("warnings"));
  if (warnings.is_null()) return false;
  Ref hook = getattr_optional(warnings, intern("_warn_unawaited_coroutine"));
  if (!hook) {
    clear_error();
    return false;
  }
  Ref done = call(hook.get(), {Value::object(g)});
  if (done) return true;
  bool warned = error_matches(exc::RuntimeWarning);
  write_unraisable(Value::object(g));
  return warned;
}

void warn_never_awaited(Generator* g) {
  static std::set<std::tuple<std::string, int, std::string>> reported;
  Frame* f = t_thread_state == nullptr ? nullptr : t_thread_state->current_frame;
  // At exit (no frame left) CPython's warnings module is gone already.
  if (f != nullptr && warn_through_warnings_module(g)) return;
  std::string filename = f != nullptr ? str_to_std(f->code->filename.as<Str>()) : "sys";
  int lineno = f != nullptr ? f->lineno() : 1;
  std::string message = "coroutine '" + qualname_of(g) + "' was never awaited";
  if (!g->origin.is_null()) message += origin_report(g->origin);
  if (!reported.insert({filename, lineno, message}).second) return;
  std::string text = filename + ":" + std::to_string(lineno) + ": RuntimeWarning: " + message + "\n";
  std::string line = f != nullptr ? stripped_source_line(filename, lineno) : "";
  if (!line.empty()) text += "  " + line + "\n";
  // At exit (no frame left) CPython reports through its bare C fallback,
  // which gives no tracemalloc hint.
  if (f != nullptr) text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
  std::fflush(stdout);
  std::fputs(text.c_str(), stderr);
}

// The finaliser: a suspended generator is closed (running its finally
// blocks); an unstarted coroutine warns that it was never awaited.
void gen_finalize(Value self) {
  Generator* g = as_gen(self);
  if (g->code == nullptr) return;
  if (g->state == GenState::kCreated) {
    if (g->type == &coroutine_type) warn_never_awaited(g);
    return;
  }
  if (g->state != GenState::kSuspended) return;
  if (g->type == &async_generator_type && !g->finalizer.is_null()) {
    Ref r = call(g->finalizer, {self});
    return;
  }
  Ref r = gen_close(g);
}

}  // namespace

bool close_generator_of_frame(Frame* f) {
  // The frame lives in the generator's frame_data, at the same offset in every generator.
  alignas(Generator) static char probe[sizeof(Generator)];
  ptrdiff_t offset = reinterpret_cast<char*>(reinterpret_cast<Generator*>(probe)->frame()) - probe;
  auto* g = reinterpret_cast<Generator*>(reinterpret_cast<char*>(f) - offset);
  if (g->state == GenState::kRunning) {
    raise(exc::RuntimeError, "cannot clear an executing frame");
    return false;
  }
  Ref hold = Ref::borrow(Value::object(g));
  if (g->state == GenState::kCreated && g->type == &coroutine_type) warn_never_awaited(g);
  if (!gen_close(g)) write_unraisable(Value::object(g));
  return true;
}

namespace {

void gen_dealloc(Object* self) {
  auto* g = static_cast<Generator*>(self);
  if (g->code != nullptr) {
    if (g->state != GenState::kCompleted) finish_frame(g);
    decref(g->code);
  }
  decref(g->name);
  decref(g->qualname);
  decref(g->exc_state.exc);
  decref(g->finalizer);
  decref(g->origin);
  free_object(self);
}

const MethodDef kGeneratorMethods[] = {
    {"send", m_send, kMethodInstance,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", m_throw, kMethodInstance,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or "
     "raise\nStopIteration."},
    {"close", m_close, kMethodInstance, "close() -> raise GeneratorExit inside generator."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- coroutine.__await__() ----

struct CoroutineWrapper : Object {
  Value coro;  // owned
};

Ref coro_await(Value self) {
  auto* w = new_object<CoroutineWrapper>(&coroutine_wrapper_type);
  if (w == nullptr) return nullptr;
  w->coro = Ref::borrow(self).release();
  return Ref::steal(w);
}
Ref coro_await_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__await__", kwnames) || !check_arg_count("__await__", nargs, 0, 0)) return nullptr;
  return coro_await(self);
}

Generator* wrapped(Value self) { return as_gen(self.as<CoroutineWrapper>()->coro); }
Ref wrapper_next(Value self) { return gen_iternext(Value::object(wrapped(self))); }
Ref wrapper_send(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("send", kwnames) || !check_arg_count("send", nargs, 1, 1)) return nullptr;
  return gen_send_value(wrapped(self), args[0]);
}
Ref wrapper_throw(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return gen_throw_args(wrapped(self), args, nargs, kwnames, "throw");
}
Ref wrapper_close(Value self, const Value*, size_t, Tuple*) { return gen_close(wrapped(self)); }
void wrapper_traverse(Object* self, VisitFn visit, void* arg) { visit(static_cast<CoroutineWrapper*>(self)->coro, arg); }
void wrapper_dealloc(Object* self) {
  decref(static_cast<CoroutineWrapper*>(self)->coro);
  free_object(self);
}

const MethodDef kWrapperMethods[] = {
    {"send", wrapper_send, kMethodInstance, nullptr},
    {"throw", wrapper_throw, kMethodInstance, nullptr},
    {"close", wrapper_close, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kCoroutineMethods[] = {
    {"send", m_send, kMethodInstance, nullptr},
    {"throw", m_throw, kMethodInstance, nullptr},
    {"close", m_close, kMethodInstance, nullptr},
    {"__await__", coro_await_method, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- async generators ----

struct WrappedValue : Object {
  Value value;  // owned
};

bool is_wrapped_value(Value v) { return v.is_object() && v.as_object()->type == &async_gen_wrapped_value_type; }

enum class AwaitableState : uint8_t { kInit, kIter, kClosed };

// asend(v) / __anext__() and athrow(...) / aclose(): one object type each,
// sharing the logic that unwraps the generator's own yields.
struct AsyncGenAwaitable : Object {
  Value gen;        // owned async generator
  Value send_value; // asend: the value to send first (owned)
  Value throw_args; // athrow: tuple of throw() arguments, or null for aclose() (owned)
  AwaitableState state;
};

Value g_firstiter_hook;
Value g_finalizer_hook;

// Runs the firstiter hook the first time an async generator is iterated.
bool init_hooks(Generator* g) {
  if (g->hooks_inited) return true;
  g->hooks_inited = true;
  if (!g_finalizer_hook.is_null()) g->finalizer = Ref::borrow(g_finalizer_hook).release();
  if (g_firstiter_hook.is_null()) return true;
  Ref r = call(g_firstiter_hook, {Value::object(g)});
  return static_cast<bool>(r);
}

Ref new_awaitable(Type* type, Value gen, Value send_value, Value throw_args) {
  if (!init_hooks(as_gen(gen))) return nullptr;
  auto* a = new_object<AsyncGenAwaitable>(type);
  if (a == nullptr) return nullptr;
  a->gen = Ref::borrow(gen).release();
  a->send_value = send_value.is_null() ? Value() : Ref::borrow(send_value).release();
  a->throw_args = throw_args.is_null() ? Value() : Ref::borrow(throw_args).release();
  return Ref::steal(a);
}

// What the generator's step produced, seen from the awaitable: its own
// `yield v` completes the await with StopIteration(v); anything else it
// yielded comes from an inner await and is passed up.
Ref unwrap_step(AsyncGenAwaitable* a, Ref result) {
  Generator* g = as_gen(a->gen);
  if (!result) {
    g->running_async = false;
    a->state = AwaitableState::kClosed;
    return nullptr;
  }
  if (is_wrapped_value(*result)) {
    g->running_async = false;
    a->state = AwaitableState::kClosed;
    raise_with_arg(exc::StopIteration, result.as<WrappedValue>()->value);
    return nullptr;
  }
  return result;
}

Ref asend_send(Value self, Value v) {
  auto* a = self.as<AsyncGenAwaitable>();
  Generator* g = as_gen(a->gen);
  if (a->state == AwaitableState::kClosed) {
    return raise(exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  }
  if (a->state == AwaitableState::kInit) {
    if (g->running_async) {
      a->state = AwaitableState::kClosed;
      return raise(exc::RuntimeError, "anext(): asynchronous generator is already running");
    }
    if (v.is_null() || v.is_none()) v = a->send_value.is_null() ? Value::none() : a->send_value;
    a->state = AwaitableState::kIter;
  }
  g->running_async = true;
  return unwrap_step(a, gen_send_value(g, v));
}

Ref asend_next(Value self) { return asend_send(self, Value::none()); }
Ref asend_send_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("send", kwnames) || !check_arg_count("send", nargs, 1, 1)) return nullptr;
  return asend_send(self, args[0]);
}
Ref asend_throw_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* a = self.as<AsyncGenAwaitable>();
  if (a->state == AwaitableState::kClosed) {
    return raise(exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  }
  return unwrap_step(a, gen_throw_args(as_gen(a->gen), args, nargs, kwnames, "throw"));
}
Ref awaitable_close(Value self, const Value*, size_t, Tuple*) {
  self.as<AsyncGenAwaitable>()->state = AwaitableState::kClosed;
  return Ref::none();
}

Ref athrow_step(AsyncGenAwaitable* a, Value sent, bool throw_in, const Value* args, size_t nargs) {
  Generator* g = as_gen(a->gen);
  bool closing = a->throw_args.is_null();
  if (a->state == AwaitableState::kClosed) {
    return raise(exc::RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  }
  if (g->state == GenState::kCompleted) {
    a->state = AwaitableState::kClosed;
    return raise_empty(closing ? exc::StopIteration : exc::StopAsyncIteration);
  }
  Ref result;
  if (a->state == AwaitableState::kInit) {
    if (g->running_async) {
      a->state = AwaitableState::kClosed;
      return raise(exc::RuntimeError, closing ? "aclose(): asynchronous generator is already running"
                                              : "athrow(): asynchronous generator is already running");
    }
    if (!sent.is_null() && !sent.is_none()) return raise(exc::RuntimeError, "can't send non-None value to a just-started coroutine");
    a->state = AwaitableState::kIter;
    g->running_async = true;
    if (closing) {
      raise_empty(exc::GeneratorExit);
      result = gen_throw_pending(g, true, nullptr, 0);
    } else {
      Tuple* t = a->throw_args.as<Tuple>();
      result = gen_throw_args(g, t->items, static_cast<size_t>(t->size), nullptr, "athrow");
    }
  } else if (throw_in) {
    result = gen_throw_args(g, args, nargs, nullptr, "throw");
  } else {
    result = gen_send_value(g, sent.is_null() ? Value::none() : sent);
  }
  if (closing) {
    if (result && is_wrapped_value(*result)) {
      g->running_async = false;
      a->state = AwaitableState::kClosed;
      return raise(exc::RuntimeError, "async generator ignored GeneratorExit");
    }
    if (!result && (error_matches(exc::StopAsyncIteration) || error_matches(exc::GeneratorExit))) {
      clear_error();
      g->running_async = false;
      a->state = AwaitableState::kClosed;
      return raise_empty(exc::StopIteration);
    }
    if (!result) {
      g->running_async = false;
      a->state = AwaitableState::kClosed;
    }
    return result;
  }
  return unwrap_step(a, std::move(result));
}

Ref athrow_next(Value self) { return athrow_step(self.as<AsyncGenAwaitable>(), Value::none(), false, nullptr, 0); }
Ref athrow_send_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("send", kwnames) || !check_arg_count("send", nargs, 1, 1)) return nullptr;
  return athrow_step(self.as<AsyncGenAwaitable>(), args[0], false, nullptr, 0);
}
Ref athrow_throw_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("throw", kwnames) || !check_arg_count("throw", nargs, 1, 3)) return nullptr;
  return athrow_step(self.as<AsyncGenAwaitable>(), Value(), true, args, nargs);
}

void awaitable_traverse(Object* self, VisitFn visit, void* arg) {
  auto* a = static_cast<AsyncGenAwaitable*>(self);
  visit(a->gen, arg);
  if (!a->send_value.is_null()) visit(a->send_value, arg);
  if (!a->throw_args.is_null()) visit(a->throw_args, arg);
}
void awaitable_dealloc(Object* self) {
  auto* a = static_cast<AsyncGenAwaitable*>(self);
  decref(a->gen);
  decref(a->send_value);
  decref(a->throw_args);
  free_object(self);
}

const MethodDef kAsendMethods[] = {
    {"send", asend_send_method, kMethodInstance, nullptr},
    {"throw", asend_throw_method, kMethodInstance, nullptr},
    {"close", awaitable_close, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kAthrowMethods[] = {
    {"send", athrow_send_method, kMethodInstance, nullptr},
    {"throw", athrow_throw_method, kMethodInstance, nullptr},
    {"close", awaitable_close, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Ref agen_anext(Value self) { return new_awaitable(&async_gen_asend_type, self, Value::none(), Value()); }
Ref agen_aiter(Value self) { return Ref::borrow(self); }
Ref agen_anext_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__anext__", kwnames) || !check_arg_count("__anext__", nargs, 0, 0)) return nullptr;
  return agen_anext(self);
}
Ref agen_asend(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("asend", kwnames) || !check_arg_count("asend", nargs, 1, 1)) return nullptr;
  return new_awaitable(&async_gen_asend_type, self, args[0], Value());
}
Ref agen_athrow(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("athrow", kwnames) || !check_arg_count("athrow", nargs, 1, 3)) return nullptr;
  Ref t = tuple_from_array(args, static_cast<int64_t>(nargs));
  if (!t) return nullptr;
  return new_awaitable(&async_gen_athrow_type, self, Value(), *t);
}
Ref agen_aclose(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("aclose", kwnames) || !check_arg_count("aclose", nargs, 0, 0)) return nullptr;
  return new_awaitable(&async_gen_athrow_type, self, Value(), Value());
}

const MethodDef kAsyncGenMethods[] = {
    {"asend", agen_asend, kMethodInstance, nullptr},
    {"athrow", agen_athrow, kMethodInstance, nullptr},
    {"aclose", agen_aclose, kMethodInstance, nullptr},
    {"__anext__", agen_anext_method, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void wrapped_value_dealloc(Object* self) {
  decref(static_cast<WrappedValue*>(self)->value);
  free_object(self);
}
void wrapped_value_traverse(Object* self, VisitFn visit, void* arg) { visit(static_cast<WrappedValue*>(self)->value, arg); }

int64_t member_offset_weakrefs() {
  alignas(Generator) static unsigned char storage[sizeof(Generator)];
  auto* probe = reinterpret_cast<Generator*>(storage);
  return reinterpret_cast<unsigned char*>(&probe->weakrefs) - storage;
}

void init_header(Type* t, const char* name, size_t size) {
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = name;
  t->basic_size = static_cast<int64_t>(size);
  t->flags = kTypeGC;
  t->getattr = generic_getattr;
}

int init_generator_like(Type* t, const char* name, const GetSetDef* getsets, const MethodDef* methods) {
  init_header(t, name, sizeof(Generator));
  t->weaklist_offset = member_offset_weakrefs();
  t->dealloc = gen_dealloc;
  t->traverse = gen_traverse;
  t->clear = gen_clear;
  t->finalize = gen_finalize;
  t->repr = gen_repr;
  t->getsets = getsets;
  t->methods = methods;
  return type_ready(t);
}

int init_awaitable_type(Type* t, const char* name, NextFn next_fn, const MethodDef* methods) {
  init_header(t, name, sizeof(AsyncGenAwaitable));
  t->dealloc = awaitable_dealloc;
  t->traverse = awaitable_traverse;
  t->iter = iter_self;
  t->next = next_fn;
  t->await = iter_self;
  t->methods = methods;
  return type_ready(t);
}

}  // namespace

void set_asyncgen_hooks(Value firstiter, Value finalizer) {
  for (auto [slot, v] : {std::pair{&g_firstiter_hook, firstiter}, std::pair{&g_finalizer_hook, finalizer}}) {
    Value old = *slot;
    *slot = v.is_null() || v.is_none() ? Value() : Ref::borrow(v).release();
    decref(old);
  }
}
Value asyncgen_firstiter_hook() { return g_firstiter_hook; }

void set_coroutine_origin_depth(int depth) { g_origin_depth = depth; }
int coroutine_origin_depth() { return g_origin_depth; }
Value asyncgen_finalizer_hook() { return g_finalizer_hook; }

Ref async_gen_wrap(Value v) {
  auto* w = new_object<WrappedValue>(&async_gen_wrapped_value_type);
  if (w == nullptr) return nullptr;
  w->value = Ref::borrow(v).release();
  return Ref::steal(w);
}

int init_generator_types() {
  generator_type.iter = iter_self;
  generator_type.next = gen_iternext;
  if (init_generator_like(&generator_type, "generator", kGeneratorGetSets, kGeneratorMethods) < 0) return -1;
  coroutine_type.await = coro_await;
  if (init_generator_like(&coroutine_type, "coroutine", kCoroutineGetSets, kCoroutineMethods) < 0) return -1;
  async_generator_type.aiter = agen_aiter;
  async_generator_type.anext = agen_anext;
  if (init_generator_like(&async_generator_type, "async_generator", kAsyncGenGetSets, kAsyncGenMethods) < 0) return -1;

  init_header(&coroutine_wrapper_type, "coroutine_wrapper", sizeof(CoroutineWrapper));
  coroutine_wrapper_type.dealloc = wrapper_dealloc;
  coroutine_wrapper_type.traverse = wrapper_traverse;
  coroutine_wrapper_type.iter = iter_self;
  coroutine_wrapper_type.next = wrapper_next;
  coroutine_wrapper_type.methods = kWrapperMethods;
  if (type_ready(&coroutine_wrapper_type) < 0) return -1;

  if (init_awaitable_type(&async_gen_asend_type, "async_generator_asend", asend_next, kAsendMethods) < 0) return -1;
  if (init_awaitable_type(&async_gen_athrow_type, "async_generator_athrow", athrow_next, kAthrowMethods) < 0) return -1;

  init_header(&async_gen_wrapped_value_type, "async_generator_wrapped_value", sizeof(WrappedValue));
  async_gen_wrapped_value_type.dealloc = wrapped_value_dealloc;
  async_gen_wrapped_value_type.traverse = wrapped_value_traverse;
  return type_ready(&async_gen_wrapped_value_type);
}

}  // namespace taipan
