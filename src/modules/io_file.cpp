// Binary files: FileIO (every write goes straight to the descriptor) and
// BufferedReader / BufferedWriter / BufferedRandom, all one layout over an
// FdStream; they differ in their type name and buffering.
#include <algorithm>
#include <string>

#include "modules/io_internal.h"
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

// The common precondition of every operation: an open file. A closed
// buffered file names the operation ("read of closed file"); FileIO, and the
// operations a buffered file hands to its raw file, say "I/O operation on
// closed file".
constexpr const char* kRawClosedMessage = "I/O operation on closed file";

bool check_attached(Value self) {
  if (!as_file(self)->detached) return true;
  raise(exc::ValueError, "raw stream has been detached");
  return false;
}

FdStream* open_stream(Value self, const char* buffered_message = kRawClosedMessage) {
  if (!check_attached(self)) return nullptr;
  FdStream* s = as_file(self)->stream;
  if (s->closed()) {
    raise(exc::ValueError, is_unbuffered(self) ? kRawClosedMessage : buffered_message);
    return nullptr;
  }
  return s;
}

// An open file that can read (want_read) or write. A buffered reader or
// writer lacks the other ability whether open or not, so that is checked
// first; FileIO checks that it is open first.
FdStream* capable_stream(Value self, bool want_read, const char* buffered_message) {
  FdStream* s = as_file(self)->stream;
  bool capable = want_read ? s->readable() : s->writable();
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
  if (!s->read(n, &out)) return raise_stream_error(s);
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
  if (!s->read_line(n, &out)) return raise_stream_error(s);
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
  if (!is_unbuffered(self) && !as_file(self)->stream->writable()) return raise_unsupported("write");
  Buffer buffer;
  if (!require_buffer(args[0], &buffer)) return nullptr;
  FdStream* s = writable_stream(self, "write to closed file");
  if (s == nullptr) return nullptr;
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
  if (s->closed()) {
    if (is_unbuffered(self) || !s->writable()) return raise_closed_file();
    return raise(exc::ValueError, "flush of closed file");
  }
  if (!s->flush()) return raise_stream_error(s);
  return Ref::none();
}

Ref file_close(Value self, const Value*, size_t, Tuple*) {
  if (!check_attached(self)) return nullptr;
  FdStream* s = as_file(self)->stream;
  if (!s->close()) return raise_stream_error(s);
  return Ref::none();
}

Ref file_fileno(Value self, const Value*, size_t, Tuple*) {
  FdStream* s = open_stream(self);
  if (s == nullptr) return nullptr;
  return Ref::small_int(s->fd());
}

Ref file_isatty(Value self, const Value*, size_t, Tuple*) {
  FdStream* s = open_stream(self);
  if (s == nullptr) return nullptr;
  return Ref::boolean(s->isatty());
}

// A buffered reader is never writable and a buffered writer never readable,
// open or closed; otherwise asking a closed file is an error.
Ref ability(Value self, bool able) {
  if (!able && !is_unbuffered(self)) return Ref::boolean(false);
  if (open_stream(self) == nullptr) return nullptr;
  return Ref::boolean(able);
}

Ref file_readable(Value self, const Value*, size_t, Tuple*) { return ability(self, as_file(self)->stream->readable()); }

Ref file_writable(Value self, const Value*, size_t, Tuple*) { return ability(self, as_file(self)->stream->writable()); }

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
  if (!s->read(static_cast<int64_t>(target.data.size()), &data)) return raise_stream_error(s);
  std::copy(data.begin(), data.end(), const_cast<char*>(target.data.data()));
  return int_from_int64(static_cast<int64_t>(data.size()));
}

Ref file_seekable(Value self, const Value*, size_t, Tuple*) {
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
Ref file_detach(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("detach", kwnames) || !check_arg_count("detach", nargs, 0, 0)) return nullptr;
  FdStream* s = open_stream(self);
  if (s == nullptr) return nullptr;
  if (!s->flush()) return raise_stream_error(s);
  BinaryFile* f = as_file(self);
  Ref raw = binary_file_new(s, f->name, str_utf8(f->mode.as<Str>()), false, f->closefd);
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
  return Ref::boolean(as_file(self)->stream->closed());
}
Ref get_name(Value self) { return Ref::borrow(as_file(self)->name); }
Ref get_mode(Value self) { return Ref::borrow(as_file(self)->mode); }
Ref get_raw(Value self) {
  BinaryFile* f = as_file(self);
  if (is_unbuffered(self)) return raise(exc::AttributeError, "'_io.FileIO' object has no attribute 'raw'");
  return binary_file_new(f->stream, f->name, str_utf8(f->mode.as<Str>()), false, f->closefd);
}
Ref get_closefd(Value self) { return Ref::boolean(as_file(self)->closefd); }

const GetSetDef kBinaryFileGetSets[] = {
    {"closed", get_closed, nullptr, nullptr},
    {"name", get_name, nullptr, nullptr},
    {"mode", get_mode, nullptr, nullptr},
    {"raw", get_raw, nullptr, nullptr},
    {"closefd", get_closefd, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

Ref file_repr(Value self) {
  BinaryFile* f = as_file(self);
  std::string out = std::string("<") + type_name_of(self);
  if (f->stream->closed()) return str_from_utf8(out + " [closed]>");
  Ref name = repr(f->name);
  if (!name) return nullptr;
  out += " name=" + str_to_std(name.as<Str>());
  if (is_unbuffered(self)) {
    out += " mode='" + str_to_std(f->mode.as<Str>()) + "' closefd=" + (f->closefd ? "True" : "False");
  }
  return str_from_utf8(out + ">");
}

void file_traverse(Object* self, VisitFn visit, void* arg) {
  io_dict_traverse(static_cast<BinaryFile*>(self)->dict, visit, arg);
}

void file_clear(Object* self) {
  BinaryFile* f = static_cast<BinaryFile*>(self);
  Dict* d = f->dict;
  f->dict = nullptr;
  if (d != nullptr) decref(static_cast<Object*>(d));
}

void file_dealloc(Object* self) {
  BinaryFile* f = static_cast<BinaryFile*>(self);
  file_clear(self);
  f->stream->release();
  decref(f->name);
  decref(f->mode);
  free_object(self);
}

int init_file_type(Type* t, const char* name, Type* base) {
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = name;
  t->base = base;
  t->basic_size = sizeof(BinaryFile);
  t->flags = kTypeBaseType | kTypeGC;
  t->dict_offset = kBinaryFileDictOffset;
  t->methods = base == &raw_io_base_type ? kRawFileMethods : kBufferedFileMethods;
  t->getsets = kBinaryFileGetSets;
  t->repr = file_repr;
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
  return Ref::steal(static_cast<Object*>(f));
}

FdStream* buffered_file_stream(Value v) {
  if (!v.is_object()) return nullptr;
  Type* t = type_of(v);
  if (t != &buffered_reader_type && t != &buffered_writer_type && t != &buffered_random_type) return nullptr;
  BinaryFile* f = as_file(v);
  return f->detached ? nullptr : f->stream;
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
