// _io.BufferedRWPair(reader, writer, buffer_size): a BufferedReader over one
// raw stream and a BufferedWriter over another, seen as one buffered stream
// (the two ends of a pipe, a socket's halves). Every method hands the call to
// the side it belongs to.
#include <string>

#include "modules/io_internal.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type buffered_rw_pair_type;

namespace {

struct RWPair : IOObject {
  Value reader;  // owned BufferedReader; null until __init__
  Value writer;  // owned BufferedWriter
};

RWPair* as_pair(Value v) { return v.as<RWPair>(); }

RWPair* initialized(Value self) {
  RWPair* p = as_pair(self);
  if (!p->reader.is_null()) return p;
  raise(exc::ValueError, "I/O operation on uninitialized object");
  return nullptr;
}

// raw.readable() / raw.writable() must say yes.
bool check_ability(Value raw, const char* method, const char* message) {
  Ref able = call_method(raw, method, {});
  if (!able) return false;
  int truth = is_true(able.get());
  if (truth < 0) return false;
  if (truth == 0) {
    raise_unsupported(message);
    return false;
  }
  return true;
}

Ref pair_new(Type* type, const Value*, size_t, Tuple*) {
  RWPair* p = new_object<RWPair>(type, static_cast<size_t>(type->basic_size));
  return p == nullptr ? nullptr : Ref::steal(static_cast<Object*>(p));
}

int pair_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"", "", "buffer_size"};
  static const ArgSpec spec = {"BufferedRWPair", names, 3, 2, 2};
  Value a[3];
  if (!bind_args(spec, args, nargs, kwnames, a)) return -1;
  if (!check_ability(a[0], "readable", "File or stream is not readable.") ||
      !check_ability(a[1], "writable", "File or stream is not writable.")) {
    return -1;
  }
  Value size = a[2].is_null() ? Value::small_int(kDefaultBufferSize) : a[2];
  Ref reader = call(Value::object(&buffered_reader_type), {a[0], size});
  if (!reader) return -1;
  Ref writer = call(Value::object(&buffered_writer_type), {a[1], size});
  if (!writer) return -1;
  RWPair* p = as_pair(self);
  Value old_reader = p->reader, old_writer = p->writer;
  p->reader = reader.release();
  p->writer = writer.release();
  decref(old_reader);
  decref(old_writer);
  return 0;
}

// One method of the reader or the writer, called with the same arguments.
template <bool kReader>
Ref forward(Value self, const char* method, const Value* args, size_t nargs, Tuple* kwnames) {
  RWPair* p = initialized(self);
  if (p == nullptr) return nullptr;
  Ref bound = getattr(kReader ? p->reader : p->writer, intern(method));
  if (!bound) return nullptr;
  return call(bound.get(), args, nargs, kwnames);
}

#define TAIPAN_FORWARD(side, name)                                          \
  Ref pair_##name(Value self, const Value* args, size_t nargs, Tuple* kw) { \
    return forward<side>(self, #name, args, nargs, kw);                     \
  }
TAIPAN_FORWARD(true, read)
TAIPAN_FORWARD(true, peek)
TAIPAN_FORWARD(true, read1)
TAIPAN_FORWARD(true, readinto)
TAIPAN_FORWARD(true, readinto1)
TAIPAN_FORWARD(true, readable)
TAIPAN_FORWARD(false, write)
TAIPAN_FORWARD(false, flush)
TAIPAN_FORWARD(false, writable)
#undef TAIPAN_FORWARD

// Closes the writer, then the reader even when the writer failed; the
// writer's error wins.
Ref pair_close(Value self, const Value*, size_t, Tuple*) {
  RWPair* p = initialized(self);
  if (p == nullptr) return nullptr;
  Ref done = call_method(p->writer, "close", {});
  Ref writer_error = done ? Ref() : fetch_error();
  Ref reader_done = call_method(p->reader, "close", {});
  if (writer_error) {
    restore_error(std::move(writer_error));
    return nullptr;
  }
  return reader_done;
}

Ref pair_isatty(Value self, const Value*, size_t, Tuple*) {
  RWPair* p = initialized(self);
  if (p == nullptr) return nullptr;
  Ref tty = call_method(p->writer, "isatty", {});
  if (!tty) return nullptr;
  int truth = is_true(tty.get());
  if (truth != 0) return truth < 0 ? nullptr : tty;
  return call_method(p->reader, "isatty", {});
}

Ref pair_closed(Value self) {
  RWPair* p = as_pair(self);
  if (p->writer.is_null()) return raise(exc::RuntimeError, "the BufferedRWPair object is being garbage-collected");
  return getattr(p->writer, intern("closed"));
}

const MethodDef kPairMethods[] = {
    {"read", pair_read, kMethodInstance, nullptr},
    {"peek", pair_peek, kMethodInstance, nullptr},
    {"read1", pair_read1, kMethodInstance, nullptr},
    {"readinto", pair_readinto, kMethodInstance, nullptr},
    {"readinto1", pair_readinto1, kMethodInstance, nullptr},
    {"write", pair_write, kMethodInstance, nullptr},
    {"flush", pair_flush, kMethodInstance, nullptr},
    {"readable", pair_readable, kMethodInstance, nullptr},
    {"writable", pair_writable, kMethodInstance, nullptr},
    {"close", pair_close, kMethodInstance, nullptr},
    {"isatty", pair_isatty, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kPairGetSets[] = {
    {"closed", pair_closed, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void pair_traverse(Object* self, VisitFn visit, void* arg) {
  RWPair* p = static_cast<RWPair*>(self);
  io_dict_traverse(p->dict, visit, arg);
  if (!p->reader.is_null()) visit(p->reader, arg);
  if (!p->writer.is_null()) visit(p->writer, arg);
}

void pair_clear(Object* self) {
  RWPair* p = static_cast<RWPair*>(self);
  Dict* d = p->dict;
  Value reader = p->reader, writer = p->writer;
  p->dict = nullptr;
  p->reader = Value();
  p->writer = Value();
  if (d != nullptr) decref(static_cast<Object*>(d));
  decref(reader);
  decref(writer);
}

void pair_dealloc(Object* self) {
  pair_clear(self);
  free_object(self);
}

}  // namespace

int init_rw_pair_type() {
  Type* t = &buffered_rw_pair_type;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = "_io.BufferedRWPair";
  t->base = &buffered_io_base_type;
  t->basic_size = sizeof(RWPair);
  t->flags = kTypeBaseType | kTypeGC;
  t->dict_offset = kIODictOffset;
  t->methods = kPairMethods;
  t->getsets = kPairGetSets;
  t->new_ = pair_new;
  t->init = pair_init;
  t->dealloc = pair_dealloc;
  t->traverse = pair_traverse;
  t->clear = pair_clear;
  t->finalize = io_finalize;
  return type_ready(t);
}

}  // namespace taipan
