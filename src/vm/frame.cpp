// Frames: the thread's frame stack, frame teardown, and the lazily made
// `frame` objects that tracebacks and sys._getframe hand out.
#include "vm/frame.h"

#include <sys/mman.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/tracing.h"

namespace taipan {

namespace {

constexpr size_t kFrameStackReserve = size_t{1} << 30;  // address space only
constexpr size_t kFrameStackMinimum = size_t{16} << 20;

Dict* g_default_builtins = nullptr;

}  // namespace

// Under an address-space limit (ulimit -v) the reservation takes at most an
// eighth of it, leaving the rest to the program's objects; a refused one is
// retried smaller, down to kFrameStackMinimum.
bool reserve_frame_stack(ThreadState* ts) {
  size_t first = kFrameStackReserve;
  struct rlimit limit {};
  if (getrlimit(RLIMIT_AS, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
    first = std::max(kFrameStackMinimum, std::min<size_t>(first, limit.rlim_cur / 8));
  }
  for (size_t size = first; size >= kFrameStackMinimum; size /= 2) {
    void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) continue;
    ts->stack_base = ts->stack_top = static_cast<char*>(p);
    ts->stack_end = ts->stack_base + size;
    return true;
  }
  raise_no_memory();
  return false;
}

namespace {

// Moves a finishing frame into heap memory owned by its frame object, so
// that f_locals, f_lineno and f_back still answer after the frame is gone.
void frame_object_take_ownership(FrameObject* fo, Frame* f) {
  size_t size = sizeof(Frame) + sizeof(Value) * static_cast<size_t>(f->code->nlocalsplus);
  Frame* copy = static_cast<Frame*>(std::malloc(size));
  if (copy == nullptr) {
    fo->frame = nullptr;
    return;
  }
  std::memcpy(static_cast<void*>(copy), f, size);
  for (int i = 0; i < f->stack_depth; i++) decref(f->stack_base()[i]);
  copy->stack_depth = 0;
  copy->owner = FrameOwner::kFrameObject;
  copy->frame_object = nullptr;
  copy->is_entry = false;
  if (f->previous != nullptr && fo->back.is_null()) fo->back = frame_object_of(f->previous).release();
  copy->previous = nullptr;
  fo->frame = copy;
  fo->owned = copy;
}

}  // namespace

// An instruction with no line of its own (an artificial jump, the implicit
// `return None`) stands on the line of the instructions before it.
int Frame::lineno() const {
  for (const CodeUnit* p = instr; p >= code->code; p--) {
    const SourcePosition& pos = positions_of(code)[p - code->code];
    if (pos.line > 0 || is_line_zero(pos)) return pos.line;
  }
  return code->firstlineno;
}

void raise_frame_stack_exhausted() { raise(exc::RecursionError, "maximum recursion depth exceeded"); }

void clear_frame(Frame* f) {
  if (FrameObject* fo = f->frame_object) {
    f->frame_object = nullptr;
    if (fo->refcnt > 1) {
      frame_object_take_ownership(fo, f);
      if (fo->owned != nullptr) {
        // The copy now owns the fast locals and fields.
        decref(fo);
        return;
      }
    } else {
      fo->frame = nullptr;
    }
    decref(fo);
  }
  release_frame_refs(f);
}

void frame_stack_release(ThreadState* ts, Frame* f) {
  ts->recursion_depth--;
  ts->stack_top = reinterpret_cast<char*>(f);
}

void frame_traverse(Frame* f, int stack_values, VisitFn visit, void* arg) {
  int n = f->code->nlocalsplus + stack_values;
  for (int i = 0; i < n; i++) {
    if (!f->localsplus[i].is_null()) visit(f->localsplus[i], arg);
  }
  if (!f->locals.is_null()) visit(f->locals, arg);
  if (!f->init_self.is_null()) visit(f->init_self, arg);
  if (f->function != nullptr) {
    visit(Value::object(f->function), arg);
  } else {
    visit(Value::object(f->globals), arg);
  }
  if (f->frame_object != nullptr) visit(Value::object(f->frame_object), arg);
}

namespace {

// f_locals' keys are added in the order of the fast locals, so local i is
// usually entry j of the dict, found there without hashing; -1 otherwise.
int64_t aligned_entry(const Dict* d, int64_t j, Value name) {
  return j < d->entry_count && d->entries[j].key.bits() == name.bits() ? j : -1;
}

Value fast_local(Frame* f, int i) {
  Value v = f->localsplus[i];
  if ((f->code->localspluskinds[i] & (kLocalCell | kLocalFree)) && is_cell(v)) v = v.as<Cell>()->contents;
  return v;
}

}  // namespace

Ref frame_object_locals(FrameObject* fo) {
  Frame* f = fo->frame;
  if (!f->locals.is_null()) return Ref::borrow(f->locals);
  if (fo->locals_dict.is_null()) {
    Dict* d = dict_new();
    if (d == nullptr) return nullptr;
    fo->locals_dict = Value::object(d);
  }
  Dict* d = fo->locals_dict.as<Dict>();
  Tuple* names = f->code->localsplusnames.as<Tuple>();
  int64_t j = 0;  // the entry the next bound local is expected at
  for (int i = 0; i < f->code->nlocalsplus; i++) {
    Value v = fast_local(f, i);
    Value name = names->items[i];
    if (int64_t ix = aligned_entry(d, j, name); ix >= 0 && !v.is_null()) {
      if (d->entries[ix].value.bits() != v.bits()) dict_set_entry_value(d, ix, v);
      j++;
    } else if (v.is_null()) {
      int64_t found = dict_find_entry(d, name, key_hash(name));
      if (found >= 0) {
        Ref old_key, old_value;
        dict_remove_entry(d, found, &old_key, &old_value);
      }
    } else {
      if (dict_set(d, name, v) < 0) return nullptr;
      j = d->entry_count;
    }
  }
  return Ref::borrow(d);
}

void frame_locals_to_fast(FrameObject* fo) {
  Frame* f = fo->frame;
  if (f == nullptr || fo->locals_dict.is_null() || !f->locals.is_null()) return;
  Dict* d = fo->locals_dict.as<Dict>();
  Tuple* names = f->code->localsplusnames.as<Tuple>();
  int64_t j = 0;
  for (int i = 0; i < f->code->nlocalsplus; i++) {
    Value name = names->items[i];
    Value v = aligned_entry(d, j, name) >= 0 ? d->entries[j++].value : dict_get(d, name);
    Value* slot = &f->localsplus[i];
    if ((f->code->localspluskinds[i] & (kLocalCell | kLocalFree)) && is_cell(*slot)) slot = &slot->as<Cell>()->contents;
    if (slot->bits() == v.bits()) continue;
    incref(v);
    Value old = *slot;
    *slot = v;
    decref(old);
  }
}

Dict* default_builtins() {
  if (g_default_builtins == nullptr) g_default_builtins = dict_new();
  return g_default_builtins;
}

void set_default_builtins(Dict* builtins) {
  incref(builtins);
  if (g_default_builtins != nullptr) decref(g_default_builtins);
  g_default_builtins = builtins;
}

Dict* builtins_for_globals(Dict* globals) {
  Value b = dict_get_str(globals, intern("__builtins__"));
  if (b.is_null()) return default_builtins();
  if (is_dict(b)) return b.as<Dict>();
  if (is_module(b)) return module_dict(b);  // the module keeps its dict alive
  // Any other object: nothing is found in the builtins dict, and a name
  // missed everywhere is looked up in the object itself (load_missing_global).
  static Dict* stand_in = dict_new();
  return stand_in;
}

// ---- the `frame` type ----

Type frame_type;

namespace {

FrameObject* as_frame_object(Value v) { return v.as<FrameObject>(); }

Frame* live_frame_or_raise(Value self) {
  Frame* f = as_frame_object(self)->frame;
  if (f == nullptr) raise(exc::RuntimeError, "frame has been cleared");
  return f;
}

Ref frame_get_code(Value self) {
  Frame* f = live_frame_or_raise(self);
  return f ? Ref::borrow(f->code) : nullptr;
}
Ref frame_get_lineno(Value self) {
  FrameObject* fo = as_frame_object(self);
  Frame* f = live_frame_or_raise(self);
  if (f == nullptr) return nullptr;
  // While traced, an instruction with no line stands on the line of the
  // instruction run before it (the path taken, as CPython's copies).
  int last = f->lasti(), prev = fo->prev_instr;
  if (fo->owned == nullptr && last >= 0 && positions_of(f->code)[last].line <= 0 && prev >= 0 &&
      prev < f->code->code_size && positions_of(f->code)[prev].line > 0) {
    return Ref::small_int(positions_of(f->code)[prev].line);
  }
  return Ref::small_int(f->lineno());
}
Ref frame_get_lasti(Value self) {
  Frame* f = live_frame_or_raise(self);
  return f ? Ref::small_int(f->instr < f->code->code ? -1 : f->lasti() * 2) : nullptr;
}
Ref frame_get_globals(Value self) {
  Frame* f = live_frame_or_raise(self);
  return f ? Ref::borrow(f->globals) : nullptr;
}
Ref frame_get_builtins(Value self) {
  Frame* f = live_frame_or_raise(self);
  return f ? Ref::borrow(f->builtins) : nullptr;
}
Ref frame_get_locals(Value self) {
  return live_frame_or_raise(self) ? frame_object_locals(as_frame_object(self)) : nullptr;
}
Ref frame_get_back(Value self) {
  FrameObject* fo = as_frame_object(self);
  if (!fo->back.is_null()) return Ref::borrow(fo->back);
  if (fo->frame == nullptr || fo->owned != nullptr || fo->frame->previous == nullptr) return Ref::none();
  return frame_object_of(fo->frame->previous);
}
Ref frame_get_trace(Value self) {
  FrameObject* fo = as_frame_object(self);
  return fo->trace.is_null() ? Ref::none() : Ref::borrow(fo->trace);
}
int frame_set_trace(Value self, Value v) {
  FrameObject* fo = as_frame_object(self);
  Value old = fo->trace;
  fo->trace = v.is_null() || v.is_none() ? Value() : Ref::borrow(v).release();
  decref(old);
  // Line events count from where the frame is now (a debugger attaching
  // to frames already running).
  if (fo->frame != nullptr && fo->owned == nullptr) fo->prev_instr = fo->frame->lasti();
  return 0;
}
Ref frame_get_trace_lines(Value self) { return Ref::boolean(as_frame_object(self)->trace_lines); }
Ref frame_get_trace_opcodes(Value self) { return Ref::boolean(as_frame_object(self)->trace_opcodes); }
int set_flag(bool* flag, Value v) {
  if (v.is_null() || !v.is_bool()) {
    raise(exc::TypeError, "attribute value type must be bool");
    return -1;
  }
  *flag = v.is_true();
  return 0;
}
int frame_set_trace_lines(Value self, Value v) { return set_flag(&as_frame_object(self)->trace_lines, v); }
int frame_set_trace_opcodes(Value self, Value v) { return set_flag(&as_frame_object(self)->trace_opcodes, v); }

Ref frame_clear(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (nargs != 0 || kwnames != nullptr) return raise(exc::TypeError, "frame.clear() takes no arguments");
  FrameObject* fo = as_frame_object(self);
  if (fo->owned == nullptr && fo->frame != nullptr) {
    if (fo->frame->owner != FrameOwner::kGenerator) return raise(exc::RuntimeError, "cannot clear an executing frame");
    if (!close_generator_of_frame(fo->frame)) return nullptr;
  }
  if (Frame* owned = fo->owned) {
    int n = owned->code->nlocalsplus;
    for (int i = 0; i < n; i++) {
      Value v = owned->localsplus[i];
      owned->localsplus[i] = Value();
      decref(v);
    }
  }
  return Ref::none();
}

Ref frame_repr(Value self) {
  Frame* f = as_frame_object(self)->frame;
  char buf[64];
  std::snprintf(buf, sizeof buf, "<frame at %p", static_cast<void*>(self.as_object()));
  std::string s = buf;
  if (f != nullptr) {
    s += ", file '";
    s += str_utf8(f->code->filename.as<Str>());
    s += "', line " + std::to_string(f->lineno()) + ", code ";
    s += str_utf8(f->code->name.as<Str>());
  }
  s += ">";
  return str_from_utf8(s);
}

void frame_object_traverse(Object* self, VisitFn visit, void* arg) {
  auto* fo = static_cast<FrameObject*>(self);
  if (fo->owned != nullptr) frame_traverse(fo->owned, fo->owned->stack_depth, visit, arg);
  if (!fo->back.is_null()) visit(fo->back, arg);
  if (!fo->trace.is_null()) visit(fo->trace, arg);
  if (!fo->locals_dict.is_null()) visit(fo->locals_dict, arg);
}

void frame_object_clear(Object* self) {
  auto* fo = static_cast<FrameObject*>(self);
  if (Frame* owned = fo->owned) {
    fo->owned = nullptr;
    fo->frame = nullptr;
    release_frame_refs(owned);
    std::free(owned);
  }
  Value back = fo->back;
  fo->back = Value();
  decref(back);
  Value trace = fo->trace;
  fo->trace = Value();
  decref(trace);
  Value locals = fo->locals_dict;
  fo->locals_dict = Value();
  decref(locals);
}

void frame_object_dealloc(Object* self) {
  frame_object_clear(self);
  free_object(self);
}

const GetSetDef kFrameGetSets[] = {
    {"f_code", frame_get_code, nullptr, nullptr},
    {"f_lineno", frame_get_lineno, frame_set_lineno, nullptr},
    {"f_lasti", frame_get_lasti, nullptr, nullptr},
    {"f_globals", frame_get_globals, nullptr, nullptr},
    {"f_builtins", frame_get_builtins, nullptr, nullptr},
    {"f_locals", frame_get_locals, nullptr, nullptr},
    {"f_back", frame_get_back, nullptr, nullptr},
    {"f_trace", frame_get_trace, frame_set_trace, nullptr},
    {"f_trace_lines", frame_get_trace_lines, frame_set_trace_lines, nullptr},
    {"f_trace_opcodes", frame_get_trace_opcodes, frame_set_trace_opcodes, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kFrameMethods[] = {
    {"clear", frame_clear, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref frame_object_of(Frame* f) {
  if (f->frame_object == nullptr) {
    auto* fo = new_object<FrameObject>(&frame_type);
    if (fo == nullptr) return nullptr;
    fo->frame = f;
    fo->prev_instr = f->lasti();
    fo->trace_lines = true;
    f->frame_object = fo;
  }
  return Ref::borrow(f->frame_object);
}

int init_frame_type() {
  frame_type.refcnt = kImmortalRefcnt;
  frame_type.type = &type_type;
  frame_type.name = "frame";
  frame_type.basic_size = sizeof(FrameObject);
  frame_type.flags = kTypeGC;
  frame_type.dealloc = frame_object_dealloc;
  frame_type.traverse = frame_object_traverse;
  frame_type.clear = frame_object_clear;
  frame_type.repr = frame_repr;
  frame_type.getattr = generic_getattr;
  frame_type.getsets = kFrameGetSets;
  frame_type.methods = kFrameMethods;
  return type_ready(&frame_type);
}

}  // namespace taipan
