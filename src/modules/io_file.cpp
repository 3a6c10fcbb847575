// Binary files: FileIO (every write goes straight to the descriptor) and
// BufferedReader / BufferedWriter / BufferedRandom, all one layout over an
// FdStream; they differ in their type name and buffering. A buffered file
// made by open(), or from Python over a FileIO, shares the FileIO's stream;
// one made from Python over any other raw object runs over an ObjectStream
// and asks that object for its name, mode, state and abilities.
#include <algorithm>
#include <string>

#include "modules/io_internal.h"
#include "modules/io_object_stream.h"
#include "objects/buffer_pin.h"
#include "objects/bytes.h"
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

Type file_io_type;
Type buffered_reader_type;
Type buffered_writer_type;
Type buffered_random_type;

namespace {

BinaryFile* as_file(Value v) { return v.as<BinaryFile>(); }

bool is_unbuffered(Value self) { return type_is_subtype(type_of(self), &file_io_type); }

// What the class allows whatever the stream could do: a BufferedReader never
// writes, a BufferedWriter never reads.
bool class_reads(Value self) { return !type_is_subtype(type_of(self), &buffered_writer_type); }
bool class_writes(Value self) { return !type_is_subtype(type_of(self), &buffered_reader_type); }

// The raw object a buffered file made from Python runs over (borrowed), or
// null when it runs over a descriptor.
Value generic_raw(Value self) { return as_file(self)->stream->source(); }

// The common precondition of every operation: an open file. A closed
// buffered file names the operation ("read of closed file"); FileIO, and the
// operations a buffered file hands to its raw file, say "I/O operation on
// closed file".
constexpr const char* kRawClosedMessage = "I/O operation on closed file";

// A buffered file has a raw object from __init__ until detach().
bool check_attached(Value self) {
  BinaryFile* f = as_file(self);
  if (f->detached) {
    raise(exc::ValueError, "raw stream has been detached");
    return false;
  }
  if (!f->initialized && !is_unbuffered(self)) {
    raise(exc::ValueError, "I/O operation on uninitialized object");
    return false;
  }
  return true;
}

// 1 when the stream is closed, or (a buffered file over a raw object) that
// object was closed on its own; 0 if not; -1 on error.
int stream_closed(Value self, FdStream* s) {
  Value raw = s->source();
  if (s->closed() || raw.is_null() || is_unbuffered(self)) return s->closed();
  Ref answer = getattr(raw, intern("closed"));
  return answer ? is_true(answer.get()) : -1;
}

FdStream* open_stream(Value self, const char* buffered_message = kRawClosedMessage) {
  if (!check_attached(self)) return nullptr;
  FdStream* s = as_file(self)->stream;
  int closed = stream_closed(self, s);
  if (closed < 0) return nullptr;
  if (closed) {
    // What the raw object under a buffered file says is what CPython shows:
    // FileIO's words, or _IOBase's (with a period) for any other raw object.
    bool raw_words = is_unbuffered(self) || buffered_message == kRawClosedMessage;
    const char* message = !raw_words ? buffered_message
                          : s->source().is_null() ? kRawClosedMessage
                                                  : "I/O operation on closed file.";
    raise(exc::ValueError, message);
    return nullptr;
  }
  return s;
}

// An open file that can read (want_read) or write. A buffered reader or
// writer lacks the other ability whether open or not, so that is checked
// first; FileIO checks that it is open first.
FdStream* capable_stream(Value self, bool want_read, const char* buffered_message) {
  FdStream* s = as_file(self)->stream;
  if (!as_file(self)->initialized && !is_unbuffered(self) && !check_attached(self)) return nullptr;
  bool capable = want_read ? s->readable() && class_reads(self) : s->writable() && class_writes(self);
  bool raw = is_unbuffered(self);
  const char* unsupported = raw ? (want_read ? "File not open for reading" : "File not open for writing")
                                : (want_read ? "read" : "write");
  if (!capable && !raw) {
    raise_unsupported(unsupported);
    return nullptr;
  }
  if (!check_attached(self)) return nullptr;
  if (open_stream(self, buffered_message) == nullptr) return nullptr;
  if (!capable) {
    raise_unsupported(unsupported);
    return nullptr;
  }
  return s;
}

FdStream* readable_stream(Value self, const char* buffered_message) {
  return capable_stream(self, true, buffered_message);
}

FdStream* writable_stream(Value self, const char* buffered_message) {
  return capable_stream(self, false, buffered_message);
}

Ref file_read(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t n;
  if (!size_argument("read", args, nargs, kwnames, &n)) return nullptr;
  FdStream* s = readable_stream(self, "read of closed file");
  if (s == nullptr) return nullptr;
  std::string out;
  bool ok = n >= 0 && is_unbuffered(self) ? s->read_once(static_cast<size_t>(n), &out) : s->read(n, &out);
  if (!ok) return raise_stream_error(s);
  return bytes_from_string(out);
}

Ref file_read1(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t n;
  if (!size_argument("read1", args, nargs, kwnames, &n)) return nullptr;
  FdStream* s = readable_stream(self, "read of closed file");
  if (s == nullptr) return nullptr;
  std::string out;
  if (!s->read_some(n < 0 ? s->buffer_size() : static_cast<size_t>(n), &out)) return raise_stream_error(s);
  return bytes_from_string(out);
}

Ref file_readline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t n;
  if (!size_argument("readline", args, nargs, kwnames, &n)) return nullptr;
  FdStream* s = readable_stream(self, "readline of closed file");
  if (s == nullptr) return nullptr;
  std::string out;
  if (!is_unbuffered(self)) {
    if (!s->read_line(n, &out)) return raise_stream_error(s);
    return bytes_from_string(out);
  }
  // FileIO has no buffer: a byte at a time, so nothing past the line is taken
  // from the descriptor (as CPython's IOBase.readline without peek()).
  while (n < 0 || out.size() < static_cast<size_t>(n)) {
    size_t before = out.size();
    if (!s->read_once(1, &out)) return raise_stream_error(s);
    if (out.size() == before || out.back() == '\n') break;
  }
  return bytes_from_string(out);
}

Ref file_peek(Value self, const Value*, size_t, Tuple*) {
  FdStream* s = readable_stream(self, "peek of closed file");
  if (s == nullptr) return nullptr;
  std::string out;
  if (!s->peek(&out)) return raise_stream_error(s);
  return bytes_from_string(out);
}

Ref file_write(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("write", kwnames) || !check_arg_count("write", nargs, 1, 1)) return nullptr;
  if (!is_unbuffered(self) && !(as_file(self)->stream->writable() && class_writes(self))) {
    return raise_unsupported("write");
  }
  Buffer buffer;
  if (!require_buffer(args[0], &buffer)) return nullptr;
  FdStream* s = writable_stream(self, "write to closed file");
  if (s == nullptr) return nullptr;
  BufferPin pin(buffer);
  if (!(is_unbuffered(self) ? s->write_raw(buffer.data) : s->write(buffer.data))) return raise_stream_error(s);
  return int_from_int64(static_cast<int64_t>(buffer.data.size()));
}

Ref file_seek(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("seek", kwnames) || !check_arg_count("seek", nargs, 1, 2)) return nullptr;
  FdStream* s = open_stream(self, "seek of closed file");
  if (s == nullptr) return nullptr;
  int64_t offset = as_int64(args[0]);
  if (offset == -1 && error_occurred()) return nullptr;
  int64_t whence = nargs == 2 ? as_int64(args[1]) : 0;
  if (whence == -1 && error_occurred()) return nullptr;
  if (whence < 0 || whence > 2) {
    return raise(exc::ValueError, "whence value " + std::to_string(whence) + " unsupported");
  }
  int64_t pos;
  if (!s->seek(offset, static_cast<int>(whence), &pos)) return raise_stream_error(s);
  return int_from_int64(pos);
}

Ref file_tell(Value self, const Value*, size_t, Tuple*) {
  FdStream* s = open_stream(self);
  if (s == nullptr) return nullptr;
  int64_t pos;
  if (!s->tell(&pos)) return raise_stream_error(s);
  return int_from_int64(pos);
}

Ref file_truncate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("truncate", kwnames) || !check_arg_count("truncate", nargs, 0, 1)) return nullptr;
  FdStream* s = open_stream(self, "truncate of closed file");
  if (s == nullptr) return nullptr;
  if (!s->writable()) return raise_unsupported(is_unbuffered(self) ? "File not open for writing" : "truncate");
  int64_t size;
  if (nargs == 0 || args[0].is_none()) {
    if (!s->tell(&size)) return raise_stream_error(s);
  } else {
    size = as_int64(args[0]);
    if (size == -1 && error_occurred()) return nullptr;
  }
  if (!s->truncate(size)) return raise_stream_error(s);
  return int_from_int64(size);
}

// FileIO and BufferedReader flush as IOBase does; a writing buffered file
// names the operation.
Ref file_flush(Value self, const Value*, size_t, Tuple*) {
  if (!check_attached(self)) return nullptr;
  FdStream* s = as_file(self)->stream;
  int closed = stream_closed(self, s);
  if (closed < 0) return nullptr;
  if (closed) {
    if (is_unbuffered(self) || !s->writable()) return raise_closed_file();
    return raise(exc::ValueError, "flush of closed file");
  }
  if (!s->flush()) return raise_stream_error(s);
  return Ref::none();
}

// A buffered file over a raw object that is already closed has nothing to do.
Ref file_close(Value self, const Value*, size_t, Tuple*) {
  if (!check_attached(self)) return nullptr;
  FdStream* s = as_file(self)->stream;
  if (Value raw = generic_raw(self); !raw.is_null() && !s->closed()) {
    Ref closed = getattr(raw, intern("closed"));
    if (!closed) return nullptr;
    int truth = is_true(closed.get());
    if (truth < 0) return nullptr;
    if (truth) {
      s->abandon();
      return Ref::none();
    }
  }
  if (!s->close()) return raise_stream_error(s);
  return Ref::none();
}

// One of the questions a buffered file over a raw object passes on to it.
Ref ask_raw(Value self, const char* method) {
  if (!check_attached(self)) return nullptr;
  return call_method(generic_raw(self), method, {});
}

Ref file_fileno(Value self, const Value*, size_t, Tuple*) {
  if (!generic_raw(self).is_null()) return ask_raw(self, "fileno");
  FdStream* s = open_stream(self);
  if (s == nullptr) return nullptr;
  return Ref::small_int(s->fd());
}

Ref file_isatty(Value self, const Value*, size_t, Tuple*) {
  if (!generic_raw(self).is_null()) return ask_raw(self, "isatty");
  FdStream* s = open_stream(self);
  if (s == nullptr) return nullptr;
  return Ref::boolean(s->isatty());
}

// A buffered reader is never writable and a buffered writer never readable,
// open or closed; otherwise asking a closed file is an error.
Ref ability(Value self, bool able, bool allowed, const char* question) {
  if (!allowed) return Ref::boolean(false);
  if (!generic_raw(self).is_null()) return ask_raw(self, question);
  if (!able && !is_unbuffered(self)) return Ref::boolean(false);
  if (open_stream(self) == nullptr) return nullptr;
  return Ref::boolean(able);
}

Ref file_readable(Value self, const Value*, size_t, Tuple*) {
  return ability(self, as_file(self)->stream->readable(), class_reads(self), "readable");
}

Ref file_writable(Value self, const Value*, size_t, Tuple*) {
  return ability(self, as_file(self)->stream->writable(), class_writes(self), "writable");
}

Ref file_readinto(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("readinto", kwnames) || !check_arg_count("readinto", nargs, 1, 1)) return nullptr;
  FdStream* s = readable_stream(self, "readinto of closed file");
  if (s == nullptr) return nullptr;
  Buffer target;
  if (!get_buffer(args[0], &target) || target.readonly || !target.copy.empty()) {
    if (error_occurred()) return nullptr;
    return raise(exc::TypeError, std::string("readinto() argument must be read-write bytes-like object, not ") +
                                     type_name_of(args[0]));
  }
  std::string data;
  size_t size = target.data.size();
  BufferPin pin(target);
  bool ok = is_unbuffered(self) ? s->read_once(size, &data) : s->read(static_cast<int64_t>(size), &data);
  if (!ok) return raise_stream_error(s);
  std::copy(data.begin(), data.end(), const_cast<char*>(target.data.data()));
  return int_from_int64(static_cast<int64_t>(data.size()));
}

Ref file_seekable(Value self, const Value*, size_t, Tuple*) {
  if (!generic_raw(self).is_null()) return ask_raw(self, "seekable");
  FdStream* s = open_stream(self);
  return s == nullptr ? nullptr : Ref::boolean(s->seekable());
}

// What FileIO and the buffered files share; FileIO adds readall(), the
// buffered ones read1() and peek().
#define TAIPAN_FILE_METHODS                                 \
  {"read", file_read, kMethodInstance, nullptr},            \
  {"readline", file_readline, kMethodInstance, nullptr},    \
  {"readinto", file_readinto, kMethodInstance, nullptr},    \
  {"write", file_write, kMethodInstance, nullptr},          \
  {"seek", file_seek, kMethodInstance, nullptr},            \
  {"tell", file_tell, kMethodInstance, nullptr},            \
  {"truncate", file_truncate, kMethodInstance, nullptr},    \
  {"flush", file_flush, kMethodInstance, nullptr},          \
  {"close", file_close, kMethodInstance, nullptr},          \
  {"fileno", file_fileno, kMethodInstance, nullptr},        \
  {"isatty", file_isatty, kMethodInstance, nullptr},        \
  {"readable", file_readable, kMethodInstance, nullptr},    \
  {"writable", file_writable, kMethodInstance, nullptr},    \
  {"seekable", file_seekable, kMethodInstance, nullptr}

const MethodDef kRawFileMethods[] = {
    TAIPAN_FILE_METHODS,
    {"readall", file_read, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// detach(): flushes and hands out the raw file; the buffered file is unusable after.
// A buffered file's raw object. One made by open() makes its FileIO (over
// the same stream) only when asked, so that open() allocates one object.
Ref raw_of(BinaryFile* f) {
  if (f->raw.is_null()) {
    Ref raw = binary_file_new(f->stream, f->name, str_utf8(f->mode.as<Str>()), false, f->closefd);
    if (!raw) return nullptr;
    f->raw = raw.release();
  }
  return Ref::borrow(f->raw);
}

Ref file_detach(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("detach", kwnames) || !check_arg_count("detach", nargs, 0, 0)) return nullptr;
  FdStream* s = open_stream(self);
  if (s == nullptr) return nullptr;
  if (!s->flush()) return raise_stream_error(s);
  BinaryFile* f = as_file(self);
  if (!generic_raw(self).is_null()) {
    static_cast<ObjectStream*>(s)->forget();
    s->abandon();
  }
  Ref raw = raw_of(f);
  if (raw) f->detached = true;
  return raw;
}

const MethodDef kBufferedFileMethods[] = {
    TAIPAN_FILE_METHODS,
    {"detach", file_detach, kMethodInstance, nullptr},
    {"read1", file_read1, kMethodInstance, nullptr},
    {"peek", file_peek, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
#undef TAIPAN_FILE_METHODS

Ref get_closed(Value self) {
  if (!check_attached(self)) return nullptr;
  if (Value raw = generic_raw(self); !raw.is_null()) return getattr(raw, intern("closed"));
  return Ref::boolean(as_file(self)->stream->closed());
}
// A buffered file asks its raw object for name and mode, once there is one
// (open() stores them until .raw is asked for; the raw file may be renamed).
Ref stored_or_raw(Value self, Value stored, const char* attribute) {
  if (!check_attached(self)) return nullptr;
  BinaryFile* f = as_file(self);
  if (!f->raw.is_null()) return getattr(f->raw, intern(attribute));
  if (stored.is_null()) {
    return raise(exc::AttributeError, std::string("'") + type_name_of(self) + "' object has no attribute '" +
                                          attribute + "'");
  }
  return Ref::borrow(stored);
}
Ref get_name(Value self) { return stored_or_raw(self, as_file(self)->name, "name"); }
Ref get_mode(Value self) { return stored_or_raw(self, as_file(self)->mode, "mode"); }
// FileIO's name may be set and deleted (CPython keeps it in the instance dict).
int set_name(Value self, Value v) {
  BinaryFile* f = as_file(self);
  Value old = f->name;
  f->name = v.is_null() ? Value() : Ref::borrow(v).release();
  decref(old);
  return 0;
}
// None once detached, as CPython's.
Ref get_raw(Value self) {
  BinaryFile* f = as_file(self);
  if (f->detached || !f->initialized) return Ref::none();
  return raw_of(f);
}
Ref get_closefd(Value self) { return Ref::boolean(as_file(self)->closefd); }

const GetSetDef kRawFileGetSets[] = {
    {"closed", get_closed, nullptr, nullptr},
    {"name", get_name, set_name, nullptr},
    {"mode", get_mode, nullptr, nullptr},
    {"closefd", get_closefd, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const GetSetDef kBufferedFileGetSets[] = {
    {"closed", get_closed, nullptr, nullptr},
    {"name", get_name, nullptr, nullptr},
    {"mode", get_mode, nullptr, nullptr},
    {"raw", get_raw, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// <_io.FileIO name='f' mode='rb' closefd=True> (fd=3 without a name,
// [closed] once closed); <_io.BufferedReader name='f'> (no name: none shown).
Ref file_repr(Value self) {
  BinaryFile* f = as_file(self);
  bool raw = is_unbuffered(self);
  std::string out = raw ? "<_io.FileIO" : std::string("<") + type_name_of(self);
  if (raw && f->stream->closed()) return str_from_utf8(out + " [closed]>");
  Ref name = getattr_optional(self, intern("name"));
  if (!name && error_occurred()) {
    if (!error_matches(exc::AttributeError) && (raw || !error_matches(exc::ValueError))) return nullptr;
    clear_error();
  }
  if (name) {
    Ref shown = repr(name.get());
    if (!shown) return nullptr;
    out += " name=" + str_to_std(shown.as<Str>());
  } else if (raw) {
    out += " fd=" + std::to_string(f->stream->fd());
  }
  if (raw) out += " mode='" + str_to_std(f->mode.as<Str>()) + "' closefd=" + (f->closefd ? "True" : "False");
  return str_from_utf8(out + ">");
}

// Native files over a descriptor need no finaliser (dealloc flushes, and
// closes with the last reference); subclasses and files over Python objects
// close as _IOBase does.
void file_finalize(Value self) {
  if (!type_has_flag(type_of(self), kTypeHeap) && generic_raw(self).is_null()) return;
  io_finalize(self);
}

void file_traverse(Object* self, VisitFn visit, void* arg) {
  BinaryFile* f = static_cast<BinaryFile*>(self);
  io_dict_traverse(f->dict, visit, arg);
  if (!f->raw.is_null()) visit(f->raw, arg);
}

// Lets go of the raw object; a stream over it is told first.
void drop_raw(BinaryFile* f) {
  if (!f->stream->source().is_null()) {
    static_cast<ObjectStream*>(f->stream)->forget();
    f->stream->abandon();
  }
  Value raw = f->raw;
  f->raw = Value();
  decref(raw);
}

void file_clear(Object* self) {
  BinaryFile* f = static_cast<BinaryFile*>(self);
  Dict* d = f->dict;
  f->dict = nullptr;
  if (d != nullptr) decref(static_cast<Object*>(d));
  drop_raw(f);
}

void file_dealloc(Object* self) {
  BinaryFile* f = static_cast<BinaryFile*>(self);
  file_clear(self);
  f->stream->release();
  decref(f->name);
  decref(f->mode);
  free_object(self);
}

// A file object not yet initialised: over a closed stream, so every
// operation reports a closed file until __init__ gives it one.
Ref file_new(Type* type, const Value*, size_t, Tuple*) {
  BinaryFile* f = new_object<BinaryFile>(type, static_cast<size_t>(type->basic_size));
  if (f == nullptr) return nullptr;
  f->stream = new FdStream(-1, false, false, false, false, kDefaultBufferSize);
  f->stream->abandon();
  return Ref::steal(static_cast<Object*>(f));
}

// Gives f a new stream (retained by the caller for f) and forgets the old one.
void replace_stream(BinaryFile* f, FdStream* stream, Value name, Value mode, Value raw) {
  drop_raw(f);
  f->stream->release();
  f->stream = stream;
  Value old_name = f->name, old_mode = f->mode;
  f->name = name.is_null() ? Value() : Ref::borrow(name).release();
  f->mode = mode.is_null() ? Value() : Ref::borrow(mode).release();
  f->raw = raw.is_null() ? Value() : Ref::borrow(raw).release();
  f->detached = false;
  decref(old_name);
  decref(old_mode);
}

// FileIO(file, mode='r', closefd=True, opener=None).
int fileio_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"file", "mode", "closefd", "opener"};
  static const ArgSpec spec = {"FileIO", names, 4, 0, 1};
  Value a[4];
  if (!bind_args(spec, args, nargs, kwnames, a)) return -1;
  std::string mode = "r";
  if (!a[1].is_null()) {
    if (!is_str(a[1])) {
      return fail(exc::TypeError, std::string("FileIO() argument 'mode' must be str, not ") + type_name_of(a[1]));
    }
    mode = str_to_std(a[1].as<Str>());
  }
  OpenMode m;
  if (!parse_raw_mode(mode, &m)) return -1;
  bool closefd = true;
  if (!a[2].is_null()) {
    int truth = is_true(a[2]);
    if (truth < 0) return -1;
    closefd = truth != 0;
  }
  Ref name;
  FdStream* stream = open_file_stream(a[0], m, closefd, a[3], -1, &name);
  if (stream == nullptr) return -1;
  Ref mode_str = str_from_utf8(raw_mode(m));
  if (!mode_str) {
    stream->release();
    return -1;
  }
  BinaryFile* f = as_file(self);
  replace_stream(f, stream, name.get(), mode_str.get(), Value());
  f->closefd = closefd;
  return 0;
}

// BufferedReader / BufferedWriter / BufferedRandom (raw, buffer_size=DEFAULT_BUFFER_SIZE).
int buffered_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"raw", "buffer_size"};
  std::string_view qualified = type_name_of(self);
  std::string function(qualified.substr(qualified.rfind('.') + 1));  // "BufferedReader", as CPython words it
  const ArgSpec spec = {function.c_str(), names, 2, 0, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return -1;
  int64_t size = kDefaultBufferSize;
  if (!a[1].is_null()) {
    size = as_int64(a[1]);
    if (size == -1 && error_occurred()) return -1;
  }
  if (size <= 0) return fail(exc::ValueError, "buffer size must be strictly positive");
  Value raw = a[0];
  bool reads = class_reads(self), writes = class_writes(self);
  if ((reads && writes && io_check_ability(raw, "seekable") < 0) || (reads && io_check_ability(raw, "readable") < 0) ||
      (writes && io_check_ability(raw, "writable") < 0)) {
    return -1;
  }
  FdStream* stream;
  if (type_of(raw) == &file_io_type && !as_file(raw)->stream->closed()) {
    // Over a FileIO: its own stream, so the two see the same data.
    stream = as_file(raw)->stream;
    stream->retain();
    stream->set_buffer_size(static_cast<size_t>(size));
  } else {
    stream = new ObjectStream(raw, ObjectStream::Kind::Raw, reads, writes, static_cast<size_t>(size));
  }
  BinaryFile* f = as_file(self);
  replace_stream(f, stream, Value(), Value(), raw);
  f->initialized = true;
  return 0;
}

int init_file_type(Type* t, const char* name, Type* base) {
  bool raw = base == &raw_io_base_type;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = name;
  t->base = base;
  t->basic_size = sizeof(BinaryFile);
  t->flags = kTypeBaseType | kTypeGC;
  t->dict_offset = kIODictOffset;
  t->methods = raw ? kRawFileMethods : kBufferedFileMethods;
  t->getsets = raw ? kRawFileGetSets : kBufferedFileGetSets;
  t->repr = file_repr;
  t->new_ = file_new;
  t->init = raw ? fileio_init : buffered_init;
  t->finalize = file_finalize;
  t->dealloc = file_dealloc;
  t->traverse = file_traverse;
  t->clear = file_clear;
  return type_ready(t);
}

}  // namespace

Ref binary_file_new(FdStream* stream, Value name, std::string_view mode, bool buffered, bool closefd) {
  Type* type = !buffered                                 ? &file_io_type
               : mode.find('+') != std::string_view::npos ? &buffered_random_type
               : mode[0] == 'r'                           ? &buffered_reader_type
                                                          : &buffered_writer_type;
  Ref mode_str = str_from_utf8(mode);
  if (!mode_str) return nullptr;
  BinaryFile* f = new_object<BinaryFile>(type);
  if (f == nullptr) return nullptr;
  stream->retain();
  f->stream = stream;
  f->name = Ref::borrow(name).release();
  f->mode = mode_str.release();
  f->closefd = closefd;
  f->initialized = true;
  return Ref::steal(static_cast<Object*>(f));
}

Value binary_file_stored_name(Value v) {
  if (!v.is_object()) return Value();
  Type* t = type_of(v);
  if (t != &buffered_reader_type && t != &buffered_writer_type && t != &buffered_random_type) return Value();
  BinaryFile* f = as_file(v);
  return f->raw.is_null() && !f->detached ? f->name : Value();
}

FdStream* buffered_file_stream(Value v) {
  if (!v.is_object()) return nullptr;
  Type* t = type_of(v);
  if (t != &buffered_reader_type && t != &buffered_writer_type && t != &buffered_random_type) return nullptr;
  BinaryFile* f = as_file(v);
  return f->detached || f->stream->closed() ? nullptr : f->stream;
}

int init_binary_file_types() {
  if (init_file_type(&file_io_type, "_io.FileIO", &raw_io_base_type) < 0 ||
      init_file_type(&buffered_reader_type, "_io.BufferedReader", &buffered_io_base_type) < 0 ||
      init_file_type(&buffered_writer_type, "_io.BufferedWriter", &buffered_io_base_type) < 0 ||
      init_file_type(&buffered_random_type, "_io.BufferedRandom", &buffered_io_base_type) < 0) {
    return -1;
  }
  return 0;
}

}  // namespace taipan
