// The `_bz2` module over libbz2: BZ2Compressor (compress, flush) and
// BZ2Decompressor (decompress with max_length, eof, unused_data,
// needs_input), with CPython's arguments, messages and the way it keeps
// input that max_length left unread. bz2.py builds its files on them.
#include <bzlib.h>

#include <climits>
#include <string>

#include "modules/modules.h"
#include "objects/buffer_pin.h"
#include "objects/bytes.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/gil.h"

namespace taipan {

namespace {

Type compressor_type;
Type decompressor_type;

// libbz2's status as CPython raises it; false with the exception set.
bool check_bz2(int status) {
  switch (status) {
    case BZ_OK: case BZ_RUN_OK: case BZ_FLUSH_OK: case BZ_FINISH_OK: case BZ_STREAM_END:
      return true;
    case BZ_PARAM_ERROR:
      raise(exc::ValueError, "Internal error - invalid parameters passed to libbzip2");
      return false;
    case BZ_MEM_ERROR:
      raise_no_memory();
      return false;
    case BZ_DATA_ERROR: case BZ_DATA_ERROR_MAGIC:
      raise(exc::OSError, "Invalid data stream");
      return false;
    case BZ_IO_ERROR:
      raise(exc::OSError, "Unknown I/O error");
      return false;
    case BZ_UNEXPECTED_EOF:
      raise(exc::EOFError, "Compressed file ended before the logical end-of-stream was detected");
      return false;
    case BZ_SEQUENCE_ERROR:
      raise(exc::RuntimeError, "Internal error - Invalid sequence of commands sent to libbzip2");
      return false;
    default:
      raise(exc::OSError, "Unrecognized error from libbzip2: " + std::to_string(status));
      return false;
  }
}

// Makes room for more output: doubles the string (at least 8 KiB) but never
// past `limit` bytes when limit >= 0. Points the stream's next_out there.
void grow_output(bz_stream* bzs, std::string* out, size_t used, int64_t limit) {
  size_t size = std::max<size_t>(out->size() * 2, 8192);
  if (limit >= 0) size = std::min(size, static_cast<size_t>(limit));
  out->resize(size);
  bzs->next_out = out->data() + used;
  bzs->avail_out = static_cast<unsigned>(std::min<size_t>(size - used, UINT_MAX));
}

size_t produced(const bz_stream* bzs, const std::string& out) {
  return static_cast<size_t>(bzs->next_out - out.data());
}

// ---- BZ2Compressor ----

struct Compressor : Object {
  pthread_mutex_t lock;  // one operation at a time (the stream runs without the GIL)
  bz_stream bzs;
  bool initialised;
  bool flushed;
};

// Runs BZ2_bzCompress with `action` over `input` until the input is used up
// (BZ_RUN) or the stream ends (BZ_FINISH); the compressed bytes, or null.
Ref compress_with(Compressor* c, std::string_view input, int action) {
  std::string out;
  bz_stream* bzs = &c->bzs;
  bzs->next_in = const_cast<char*>(input.data());
  size_t remaining = input.size();
  grow_output(bzs, &out, 0, -1);
  for (;;) {
    bzs->avail_in = static_cast<unsigned>(std::min<size_t>(remaining, UINT_MAX));
    remaining -= bzs->avail_in;
    int status;
    {
      AllowThreads allow;
      status = BZ2_bzCompress(bzs, action);
    }
    remaining += bzs->avail_in;
    if (!check_bz2(status)) return nullptr;
    if (action == BZ_RUN && remaining == 0) break;
    if (action == BZ_FINISH && status == BZ_STREAM_END) break;
    if (bzs->avail_out == 0) grow_output(bzs, &out, produced(bzs, out), -1);
  }
  out.resize(produced(bzs, out));
  return bytes_from_string(out);
}

Compressor* as_compressor(Value v) { return v.as<Compressor>(); }

Ref compressor_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    return raise(exc::TypeError, "BZ2Compressor() takes no keyword arguments");
  }
  if (nargs > 1) {
    return raise(exc::TypeError, "BZ2Compressor expected at most 1 argument, got " + std::to_string(nargs));
  }
  int64_t level = 9;
  if (nargs == 1) {
    level = as_int64(args[0]);
    if (level == -1 && error_occurred()) return nullptr;
  }
  if (level < 1 || level > 9) return raise(exc::ValueError, "compresslevel must be between 1 and 9");
  auto* c = new_object<Compressor>(type, static_cast<size_t>(type->basic_size));
  if (c == nullptr) return nullptr;
  pthread_mutex_init(&c->lock, nullptr);
  Ref self = Ref::steal(c);
  if (!check_bz2(BZ2_bzCompressInit(&c->bzs, static_cast<int>(level), 0, 0))) return nullptr;
  c->initialised = true;
  return self;
}

void compressor_dealloc(Object* self) {
  auto* c = static_cast<Compressor*>(self);
  if (c->initialised) BZ2_bzCompressEnd(&c->bzs);
  pthread_mutex_destroy(&c->lock);
  free_object(self);
}

Ref compressor_compress(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("compress", nargs, 1, 1) || !no_keywords("compress", kwnames)) return nullptr;
  Buffer data;
  if (!require_buffer(args[0], &data)) return nullptr;
  BufferPin pin(data);  // used with the GIL released
  Compressor* c = as_compressor(self);
  HoldObjectMutex hold(&c->lock);
  if (c->flushed) return raise(exc::ValueError, "Compressor has been flushed");
  return compress_with(c, data.data, BZ_RUN);
}

Ref compressor_flush(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("flush", nargs, 0, 0) || !no_keywords("flush", kwnames)) return nullptr;
  Compressor* c = as_compressor(self);
  HoldObjectMutex hold(&c->lock);
  if (c->flushed) return raise(exc::ValueError, "Repeated call to flush()");
  c->flushed = true;
  return compress_with(c, {}, BZ_FINISH);
}

// ---- BZ2Decompressor ----

struct Decompressor : Object {
  pthread_mutex_t lock;  // one operation at a time (the stream runs without the GIL)
  bz_stream bzs;
  bool initialised;
  bool eof;
  bool needs_input;
  Value unused_data;    // bytes (owned)
  std::string* pending; // owned: input that max_length left unread
};

Decompressor* as_decompressor(Value v) { return v.as<Decompressor>(); }

// Decompresses what bzs holds (remaining bytes at next_in), up to max_length
// bytes of output when max_length >= 0.
Ref decompress_buffered(Decompressor* d, size_t* remaining, int64_t max_length) {
  std::string out;
  bz_stream* bzs = &d->bzs;
  if (max_length == 0) return bytes_from_string("");
  grow_output(bzs, &out, 0, max_length);
  for (;;) {
    bzs->avail_in = static_cast<unsigned>(std::min<size_t>(*remaining, UINT_MAX));
    *remaining -= bzs->avail_in;
    int status;
    {
      AllowThreads allow;
      status = BZ2_bzDecompress(bzs);
    }
    *remaining += bzs->avail_in;
    if (!check_bz2(status)) return nullptr;
    if (status == BZ_STREAM_END) {
      d->eof = true;
      break;
    }
    if (*remaining == 0) break;
    if (bzs->avail_out == 0) {
      size_t used = produced(bzs, out);
      if (max_length >= 0 && static_cast<int64_t>(used) == max_length) break;
      grow_output(bzs, &out, used, max_length);
    }
  }
  out.resize(produced(bzs, out));
  return bytes_from_string(out);
}

Ref decompressor_decompress(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"data", "max_length"};
  Value a[2];
  if (!bind_args(ArgSpec{"decompress", names, 2, 0, 1}, args, nargs, kwnames, a)) return nullptr;
  Buffer data;
  if (!require_buffer(a[0], &data)) return nullptr;
  BufferPin pin(data);  // used with the GIL released
  int64_t max_length = -1;
  if (!a[1].is_null()) {
    max_length = as_int64(a[1]);
    if (max_length == -1 && error_occurred()) return nullptr;
  }
  Decompressor* d = as_decompressor(self);
  HoldObjectMutex hold(&d->lock);
  if (d->eof) return raise(exc::EOFError, "End of stream already reached");
  // Input held back by an earlier max_length comes first.
  std::string input;
  std::string_view view = data.data;
  if (!d->pending->empty()) {
    input = *d->pending + std::string(data.data);
    view = input;
  }
  d->bzs.next_in = const_cast<char*>(view.data());
  size_t remaining = view.size();
  Ref result = decompress_buffered(d, &remaining, max_length);
  std::string rest(d->bzs.next_in, remaining);
  d->bzs.next_in = nullptr;
  if (!result) return nullptr;
  d->pending->clear();
  if (d->eof) {
    d->needs_input = false;
    if (!rest.empty()) {
      Ref unused = bytes_from_string(rest);
      if (!unused) return nullptr;
      Value old = d->unused_data;
      d->unused_data = unused.release();
      decref(old);
    }
  } else if (rest.empty()) {
    d->needs_input = true;
  } else {
    d->needs_input = false;
    *d->pending = std::move(rest);
  }
  return result;
}

Ref decompressor_new(Type* type, const Value*, size_t nargs, Tuple* kwnames) {
  if (nargs > 0) return raise(exc::TypeError, "BZ2Decompressor() takes no positional arguments");
  if (kwnames != nullptr && kwnames->size > 0) {
    return raise(exc::TypeError, "BZ2Decompressor() takes no keyword arguments");
  }
  auto* d = new_object<Decompressor>(type, static_cast<size_t>(type->basic_size));
  if (d == nullptr) return nullptr;
  pthread_mutex_init(&d->lock, nullptr);
  Ref self = Ref::steal(d);
  d->pending = new std::string();
  Ref empty = bytes_from_string("");
  if (!empty) return nullptr;
  d->unused_data = empty.release();
  d->needs_input = true;
  if (!check_bz2(BZ2_bzDecompressInit(&d->bzs, 0, 0))) return nullptr;
  d->initialised = true;
  return self;
}

void decompressor_dealloc(Object* self) {
  auto* d = static_cast<Decompressor*>(self);
  if (d->initialised) BZ2_bzDecompressEnd(&d->bzs);
  delete d->pending;
  decref(d->unused_data);
  pthread_mutex_destroy(&d->lock);
  free_object(self);
}

Ref get_eof(Value self) { return Ref::boolean(as_decompressor(self)->eof); }
Ref get_needs_input(Value self) { return Ref::boolean(as_decompressor(self)->needs_input); }
Ref get_unused_data(Value self) { return Ref::borrow(as_decompressor(self)->unused_data); }

const MethodDef kCompressorMethods[] = {
    {"compress", compressor_compress, kMethodInstance, nullptr},
    {"flush", compressor_flush, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kDecompressorMethods[] = {
    {"decompress", decompressor_decompress, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kDecompressorGetSets[] = {
    {"eof", get_eof, nullptr, nullptr},
    {"needs_input", get_needs_input, nullptr, nullptr},
    {"unused_data", get_unused_data, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

int init_type(Type& t, const char* name, const char* doc, int64_t size, NewFn new_fn, DeallocFn dealloc,
              const MethodDef* methods, const GetSetDef* getsets) {
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = name;
  t.doc = doc;
  t.basic_size = size;
  t.flags = kTypeBaseType;
  t.base = &object_type;
  t.new_ = new_fn;
  t.dealloc = dealloc;
  t.methods = methods;
  t.getsets = getsets;
  return type_ready(&t);
}

}  // namespace

Ref make_bz2_module() {
  if (init_type(compressor_type, "_bz2.BZ2Compressor",
                "Create a compressor object for compressing data incrementally.\n\n  compresslevel\n    "
                "Compression level, as a number between 1 and 9.\n\nFor one-shot compression, use the "
                "compress() function instead.",
                sizeof(Compressor), compressor_new, compressor_dealloc, kCompressorMethods, nullptr) < 0 ||
      init_type(decompressor_type, "_bz2.BZ2Decompressor",
                "Create a decompressor object for decompressing data incrementally.\n\nFor one-shot "
                "decompression, use the decompress() function instead.",
                sizeof(Decompressor), decompressor_new, decompressor_dealloc, kDecompressorMethods,
                kDecompressorGetSets) < 0) {
    return nullptr;
  }
  Ref module = module_new("_bz2", true);
  if (!module || module_add(*module, "BZ2Compressor", Value::object(&compressor_type)) < 0 ||
      module_add(*module, "BZ2Decompressor", Value::object(&decompressor_type)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
