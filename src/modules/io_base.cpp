// The abstract bases of every stream: _io._IOBase (closing, iteration, line
// reading, context management, the ability checks), _io._RawIOBase (read and
// readall over readinto), _io._BufferedIOBase (readinto over read) and
// _io._TextIOBase. Written against the public methods, so a Python subclass
// that defines only readinto, or read, gets the rest from here.
#include <cstring>
#include <string>

#include "modules/io_internal.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type io_base_type;
Type raw_io_base_type;
Type buffered_io_base_type;
Type text_io_base_type;

namespace {

// _IOBase keeps its closed state in the instance dict under this name, as CPython.
Str* closed_flag_name() {
  static Str* name = intern("__IOBase_closed");
  return name;
}

// The _IOBase flag: 1 when close() has run, 0 if not, -1 on error.
int iobase_flag_closed(Value self) {
  Ref flag = getattr_optional(self, closed_flag_name());
  if (!flag) return error_occurred() ? -1 : 0;
  return is_true(flag.get());
}

// self.closed as the object answers it.
int closed_attribute(Value self) {
  Ref closed = getattr(self, intern("closed"));
  if (!closed) return -1;
  return is_true(closed.get());
}

// _checkClosed: 0 when open, -1 (ValueError) when closed.
int check_open(Value self) {
  int closed = closed_attribute(self);
  if (closed < 0) return -1;
  if (closed) {
    raise_closed_file();
    return -1;
  }
  return 0;
}

Ref base_closed(Value self) {
  int closed = iobase_flag_closed(self);
  return closed < 0 ? nullptr : Ref::boolean(closed != 0);
}

Ref base_close(Value self, const Value*, size_t, Tuple*) {
  int closed = iobase_flag_closed(self);
  if (closed < 0) return nullptr;
  if (closed) return Ref::none();
  Ref flushed = call_method(self, "flush", {});
  // Closed even when flush() failed; its error is the one reported.
  Ref pending = flushed ? Ref() : fetch_error();
  if (setattr(self, closed_flag_name(), Value::boolean(true)) < 0) return nullptr;
  if (pending) {
    restore_error(std::move(pending));
    return nullptr;
  }
  return Ref::none();
}

Ref base_flush(Value self, const Value*, size_t, Tuple*) {
  int closed = iobase_flag_closed(self);
  if (closed < 0) return nullptr;
  if (closed) return raise_closed_file();
  return Ref::none();
}

Ref base_enter(Value self, const Value*, size_t, Tuple*) {
  if (check_open(self) < 0) return nullptr;
  return Ref::borrow(self);
}

Ref base_exit(Value self, const Value*, size_t, Tuple*) { return call_method(self, "close", {}); }

Ref base_iter(Value self) {
  if (check_open(self) < 0) return nullptr;
  return Ref::borrow(self);
}

Ref base_next(Value self) {
  Ref line = call_method(self, "readline", {});
  if (!line) return nullptr;
  int64_t n = length(line.get());
  if (n < 0) return nullptr;
  return n == 0 ? Ref() : line;
}

// readline(size=-1) over peek() (when there is one) and read().
Ref base_readline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t limit;
  if (!size_argument("readline", args, nargs, kwnames, &limit)) return nullptr;
  Ref peek = getattr_optional(self, intern("peek"));
  if (!peek && error_occurred()) return nullptr;
  std::string line;
  while (limit < 0 || line.size() < static_cast<size_t>(limit)) {
    int64_t want = 1;
    if (peek) {
      Ref ahead = call(peek.get(), {Value::small_int(1)});
      if (!ahead) return nullptr;
      if (!is_bytes(ahead.get())) {
        return raise(exc::OSError, std::string("peek() should have returned a bytes object, not '") +
                                       type_name_of(ahead.get()) + "'");
      }
      std::string_view seen = bytes_view(ahead.as<Bytes>());
      if (!seen.empty()) {
        size_t nl = seen.find('\n');
        want = static_cast<int64_t>(nl == std::string_view::npos ? seen.size() : nl + 1);
        if (limit >= 0) want = std::min<int64_t>(want, limit - static_cast<int64_t>(line.size()));
      }
    }
    Ref chunk = call_method(self, "read", {Value::small_int(want)});
    if (!chunk) return nullptr;
    if (!is_bytes(chunk.get())) {
      return raise(exc::OSError, std::string("read() should have returned a bytes object, not '") +
                                     type_name_of(chunk.get()) + "'");
    }
    std::string_view got = bytes_view(chunk.as<Bytes>());
    if (got.empty()) break;
    line += got;
    if (line.back() == '\n') break;
  }
  return bytes_from_string(line);
}

Ref base_readlines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t hint;
  if (!size_argument("readlines", args, nargs, kwnames, &hint)) return nullptr;
  Ref lines = Ref::steal(static_cast<Object*>(list_new(0)));
  if (!lines) return nullptr;
  Ref it = iter(self);
  if (!it) return nullptr;
  int64_t total = 0;
  while (Ref line = next(it.get())) {
    if (list_append(lines.as<List>(), line.get()) < 0) return nullptr;
    if (hint <= 0) continue;
    int64_t n = length(line.get());
    if (n < 0) return nullptr;
    if (n > hint - total) break;  // lines are taken until their total passes the hint
    total += n;
  }
  if (error_occurred()) return nullptr;
  return lines;
}

Ref base_writelines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("writelines", kwnames) || !check_arg_count("writelines", nargs, 1, 1)) return nullptr;
  if (check_open(self) < 0) return nullptr;
  Ref it = iter(args[0]);
  if (!it) return nullptr;
  while (Ref line = next(it.get())) {
    if (!call_method(self, "write", {line.get()})) return nullptr;
  }
  if (error_occurred()) return nullptr;
  return Ref::none();
}

Ref base_false(Value, const Value*, size_t, Tuple*) { return Ref::boolean(false); }

Ref base_isatty(Value self, const Value*, size_t, Tuple*) {
  if (check_open(self) < 0) return nullptr;
  return Ref::boolean(false);
}

Ref base_seek(Value, const Value*, size_t, Tuple*) { return raise_unsupported("seek"); }
Ref base_truncate(Value, const Value*, size_t, Tuple*) { return raise_unsupported("truncate"); }
Ref base_fileno(Value, const Value*, size_t, Tuple*) { return raise_unsupported("fileno"); }

Ref base_tell(Value self, const Value*, size_t, Tuple*) {
  return call_method(self, "seek", {Value::small_int(0), Value::small_int(1)});
}

Ref base_check_closed(Value self, const Value*, size_t, Tuple*) {
  if (check_open(self) < 0) return nullptr;
  return Ref::none();
}

Ref base_check_readable(Value self, const Value*, size_t, Tuple*) {
  return io_check_ability(self, "readable") < 0 ? nullptr : Ref::none();
}
Ref base_check_writable(Value self, const Value*, size_t, Tuple*) {
  return io_check_ability(self, "writable") < 0 ? nullptr : Ref::none();
}
Ref base_check_seekable(Value self, const Value*, size_t, Tuple*) {
  return io_check_ability(self, "seekable") < 0 ? nullptr : Ref::none();
}

const MethodDef kIOBaseMethods[] = {
    {"seek", base_seek, kMethodInstance, "Change the stream position to the given byte offset."},
    {"tell", base_tell, kMethodInstance, "Return current stream position."},
    {"truncate", base_truncate, kMethodInstance, "Truncate file to size bytes."},
    {"flush", base_flush, kMethodInstance, "Flush write buffers, if applicable."},
    {"close", base_close, kMethodInstance, "Flush and close the IO object."},
    {"seekable", base_false, kMethodInstance, "Return whether object supports random access."},
    {"readable", base_false, kMethodInstance, "Return whether object was opened for reading."},
    {"writable", base_false, kMethodInstance, "Return whether object was opened for writing."},
    {"_checkClosed", base_check_closed, kMethodInstance, nullptr},
    {"_checkSeekable", base_check_seekable, kMethodInstance, nullptr},
    {"_checkReadable", base_check_readable, kMethodInstance, nullptr},
    {"_checkWritable", base_check_writable, kMethodInstance, nullptr},
    {"fileno", base_fileno, kMethodInstance, "Returns underlying file descriptor if one exists."},
    {"isatty", base_isatty, kMethodInstance, "Return whether this is an 'interactive' stream."},
    {"__enter__", base_enter, kMethodInstance, nullptr},
    {"__exit__", base_exit, kMethodInstance, nullptr},
    {"readline", base_readline, kMethodInstance, "Read and return a line from the stream."},
    {"readlines", base_readlines, kMethodInstance, "Return a list of lines from the stream."},
    {"writelines", base_writelines, kMethodInstance, "Write a list of lines to stream."},
    {nullptr, nullptr, 0, nullptr},
};

// __dict__, made on first use.
Ref base_dict(Value self) {
  IOObject* o = self.as<IOObject>();
  if (o->dict == nullptr) {
    o->dict = dict_new();
    if (o->dict == nullptr) return nullptr;
  }
  return Ref::borrow(Value::object(o->dict));
}

const GetSetDef kIOBaseGetSets[] = {
    {"__dict__", base_dict, nullptr, nullptr},
    {"closed", base_closed, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// --- _RawIOBase --------------------------------------------------------------------

Ref raw_read(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t n;
  if (!size_argument("read", args, nargs, kwnames, &n)) return nullptr;
  if (n < 0) return call_method(self, "readall", {});
  Ref target = bytearray_from_string(std::string(static_cast<size_t>(n), '\0'));
  if (!target) return nullptr;
  Ref got = call_method(self, "readinto", {target.get()});
  if (!got || got.get().is_none()) return got;
  int64_t count = as_int64(got.get());
  if (count == -1 && error_occurred()) return nullptr;
  ByteArray* data = target.as<ByteArray>();
  if (count < 0 || count > data->size) {
    return raise(exc::ValueError, "readinto returned " + std::to_string(count) + " outside buffer size " +
                                      std::to_string(data->size));
  }
  return bytes_from_string(std::string_view(reinterpret_cast<const char*>(data->data), static_cast<size_t>(count)));
}

Ref raw_readall(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("readall", kwnames) || !check_arg_count("readall", nargs, 0, 0)) return nullptr;
  std::string all;
  bool any = false;
  for (;;) {
    Ref chunk = call_method(self, "read", {Value::small_int(kDefaultBufferSize)});
    if (!chunk) return nullptr;
    if (chunk.get().is_none()) {
      if (!any) return chunk;
      break;
    }
    if (!is_bytes(chunk.get())) return raise(exc::TypeError, "read() should return bytes");
    std::string_view got = bytes_view(chunk.as<Bytes>());
    if (got.empty()) break;
    all += got;
    any = true;
  }
  return bytes_from_string(all);
}

Ref not_implemented(Value, const Value*, size_t, Tuple*) { return raise_empty(exc::NotImplementedError); }

const MethodDef kRawIOBaseMethods[] = {
    {"read", raw_read, kMethodInstance, nullptr},
    {"readall", raw_readall, kMethodInstance, "Read until EOF, using multiple read() call."},
    {"readinto", not_implemented, kMethodInstance, nullptr},
    {"write", not_implemented, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// --- _BufferedIOBase ---------------------------------------------------------------

// readinto(b) / readinto1(b): read(len(b)) or read1(len(b)) copied into b.
Ref readinto_via(Value self, const Value* args, size_t nargs, Tuple* kwnames, const char* name, const char* read) {
  if (!no_keywords(name, kwnames) || !check_arg_count(name, nargs, 1, 1)) return nullptr;
  Buffer target;
  if (!get_buffer(args[0], &target) || target.readonly || !target.copy.empty()) {
    if (error_occurred()) return nullptr;
    return raise(exc::TypeError, std::string(name) + "() argument must be read-write bytes-like object, not " +
                                     type_name_of(args[0]));
  }
  int64_t size = static_cast<int64_t>(target.data.size());
  Ref data = call_method(self, read, {Value::small_int(size)});
  if (!data) return nullptr;
  if (!is_bytes(data.get())) return raise(exc::TypeError, "read() should return bytes");
  std::string_view got = bytes_view(data.as<Bytes>());
  if (static_cast<int64_t>(got.size()) > size) {
    return raise(exc::ValueError, "read() returned too much data: " + std::to_string(size) + " bytes requested, " +
                                      std::to_string(got.size()) + " returned");
  }
  std::memcpy(const_cast<char*>(target.data.data()), got.data(), got.size());
  return int_from_int64(static_cast<int64_t>(got.size()));
}

Ref buffered_readinto(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return readinto_via(self, args, nargs, kwnames, "readinto", "read");
}
Ref buffered_readinto1(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return readinto_via(self, args, nargs, kwnames, "readinto1", "read1");
}
Ref unsupported_read(Value, const Value*, size_t, Tuple*) { return raise_unsupported("read"); }
Ref unsupported_read1(Value, const Value*, size_t, Tuple*) { return raise_unsupported("read1"); }
Ref unsupported_write(Value, const Value*, size_t, Tuple*) { return raise_unsupported("write"); }
Ref unsupported_detach(Value, const Value*, size_t, Tuple*) { return raise_unsupported("detach"); }
Ref unsupported_readline(Value, const Value*, size_t, Tuple*) { return raise_unsupported("readline"); }

const MethodDef kBufferedIOBaseMethods[] = {
    {"detach", unsupported_detach, kMethodInstance, nullptr},
    {"read", unsupported_read, kMethodInstance, nullptr},
    {"read1", unsupported_read1, kMethodInstance, nullptr},
    {"readinto", buffered_readinto, kMethodInstance, nullptr},
    {"readinto1", buffered_readinto1, kMethodInstance, nullptr},
    {"write", unsupported_write, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// --- _TextIOBase -------------------------------------------------------------------

const MethodDef kTextIOBaseMethods[] = {
    {"detach", unsupported_detach, kMethodInstance, nullptr},
    {"read", unsupported_read, kMethodInstance, nullptr},
    {"readline", unsupported_readline, kMethodInstance, nullptr},
    {"write", unsupported_write, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Ref none_getter(Value) { return Ref::none(); }

const GetSetDef kTextIOBaseGetSets[] = {
    {"encoding", none_getter, nullptr, "Encoding of the text stream."},
    {"newlines", none_getter, nullptr, "Line endings translated so far."},
    {"errors", none_getter, nullptr, "The error setting of the decoder or encoder."},
    {nullptr, nullptr, nullptr, nullptr},
};

Ref base_new(Type* type, const Value*, size_t, Tuple*) {
  IOObject* o = new_object<IOObject>(type, static_cast<size_t>(type->basic_size));
  return o == nullptr ? nullptr : Ref::steal(static_cast<Object*>(o));
}

void base_traverse(Object* self, VisitFn visit, void* arg) { io_dict_traverse(static_cast<IOObject*>(self)->dict, visit, arg); }

void base_clear(Object* self) {
  IOObject* o = static_cast<IOObject*>(self);
  Dict* d = o->dict;
  o->dict = nullptr;
  if (d != nullptr) decref(static_cast<Object*>(d));
}

void base_dealloc(Object* self) {
  base_clear(self);
  free_object(self);
}

int init_base(Type* t, const char* name, Type* base, const MethodDef* methods, const GetSetDef* getsets,
              const char* doc) {
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = name;
  t->basic_size = sizeof(IOObject);
  t->flags = kTypeBaseType | kTypeGC;
  t->dict_offset = kIODictOffset;
  t->base = base;
  t->methods = methods;
  t->getsets = getsets;
  t->doc = doc;
  if (base == &object_type) {
    t->new_ = base_new;
    t->iter = base_iter;
    t->next = base_next;
    t->finalize = io_finalize;
    t->traverse = base_traverse;
    t->clear = base_clear;
    t->dealloc = base_dealloc;
  }
  return type_ready(t);
}

}  // namespace

void io_finalize(Value self) {
  int closed = closed_attribute(self);
  if (closed < 0) {
    clear_error();  // a half-built object: nothing to close
    return;
  }
  if (closed) return;
  Value flag = Value::boolean(true);
  if (setattr(self, intern("_finalizing"), flag) < 0) clear_error();
  // As CPython (outside its development mode): an error closing an object
  // that goes away is dropped, not reported.
  if (!call_method(self, "close", {})) clear_error();
}

int io_check_ability(Value self, const char* method) {
  Ref able = call_method(self, method, {});
  if (!able) return -1;
  int truth = is_true(able.get());
  if (truth < 0) return -1;
  if (truth) return 0;
  std::string what = std::string(method).substr(0, std::string_view(method).size() - 4);  // "read", "writ", "seek"
  static const char* const kMessages[] = {"File or stream is not readable.", "File or stream is not writable.",
                                          "File or stream is not seekable."};
  const char* message = what == "read" ? kMessages[0] : what == "writ" ? kMessages[1] : kMessages[2];
  raise_unsupported(message);
  return -1;
}

int init_io_base_types() {
  if (init_base(&io_base_type, "_io._IOBase", &object_type, kIOBaseMethods, kIOBaseGetSets,
                "The abstract base class for all I/O classes.") < 0 ||
      init_base(&raw_io_base_type, "_io._RawIOBase", &io_base_type, kRawIOBaseMethods, nullptr,
                "Base class for raw binary I/O.") < 0 ||
      init_base(&buffered_io_base_type, "_io._BufferedIOBase", &io_base_type, kBufferedIOBaseMethods, nullptr,
                "Base class for buffered IO objects.") < 0 ||
      init_base(&text_io_base_type, "_io._TextIOBase", &io_base_type, kTextIOBaseMethods, kTextIOBaseGetSets,
                "Base class for text I/O.") < 0) {
    return -1;
  }
  return 0;
}

}  // namespace taipan
