// The `zlib` module over the system's zlib: one-shot compress/decompress,
// the streaming Compress and Decompress objects (unused_data,
// unconsumed_tail, eof, copy), crc32/adler32 and the constants, with
// CPython 3.11's arguments and messages (gzip, zipfile and tarfile build on it).
#include <zlib.h>

#include <climits>
#include <string>

#include "modules/c_int_arg.h"
#include "modules/module_exception.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

Type* zlib_error = nullptr;
Type compress_type;
Type decompress_type;

constexpr int64_t kDefaultBufferSize = 16384;  // DEF_BUF_SIZE
constexpr int kDefaultMemLevel = 8;             // DEF_MEM_LEVEL

// Raises zlib.error for a failed zlib call: "Error -3 while decompressing
// data: invalid stored block lengths".
Ref raise_zlib(const z_stream& zst, int err, const char* while_doing) {
  const char* detail = err == Z_VERSION_ERROR ? "library version mismatch" : zst.msg;
  if (detail == nullptr) {
    switch (err) {
      case Z_BUF_ERROR: detail = "incomplete or truncated stream"; break;
      case Z_STREAM_ERROR: detail = "inconsistent stream state"; break;
      case Z_DATA_ERROR: detail = "invalid input data"; break;
      default: break;
    }
  }
  std::string message = "Error " + std::to_string(err) + " " + while_doing;
  if (detail != nullptr) message += std::string(": ") + detail;
  return raise(zlib_error, message);
}

// A Py_ssize_t argument.
bool size_argument(Value v, int64_t* out) {
  Ref i = index(v);
  if (!i) return false;
  if (!int_to_int64(*i, out)) {
    raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

// Feeds `input` to zlib through the stream in chunks of at most UINT_MAX.
void set_input(z_stream* zst, std::string_view* input) {
  uInt n = input->size() > UINT_MAX ? UINT_MAX : static_cast<uInt>(input->size());
  zst->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input->data()));
  zst->avail_in = n;
  input->remove_prefix(n);
}

// Makes room for more output at the end of `out` (doubling, at most `limit`
// bytes in all when limit > 0) and points the stream at it.
void grow_output(z_stream* zst, std::string* out, size_t* used, size_t limit) {
  size_t want = out->size() < kDefaultBufferSize ? kDefaultBufferSize : out->size();
  size_t size = *used + want;
  if (limit > 0 && size > limit) size = limit;
  out->resize(size);
  size_t room = size - *used;
  if (room > UINT_MAX) room = UINT_MAX;
  zst->next_out = reinterpret_cast<Bytef*>(out->data() + *used);
  zst->avail_out = static_cast<uInt>(room);
}

// ---- One-shot functions ----

Ref compress_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"", "level", "wbits"};
  static const ArgSpec spec{"compress", names, 3, 1, 1};
  Value a[3];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Buffer in;
  if (!require_buffer(a[0], &in)) return nullptr;
  int level = Z_DEFAULT_COMPRESSION, wbits = MAX_WBITS;
  if ((!a[1].is_null() && !c_int_arg(a[1], &level)) || (!a[2].is_null() && !c_int_arg(a[2], &wbits))) {
    return nullptr;
  }
  z_stream zst{};
  int err = deflateInit2(&zst, level, Z_DEFLATED, wbits, kDefaultMemLevel, Z_DEFAULT_STRATEGY);
  if (err == Z_MEM_ERROR) return raise(exc::MemoryError, "Out of memory while compressing data");
  if (err == Z_STREAM_ERROR) return raise(zlib_error, "Bad compression level");
  if (err != Z_OK) {
    deflateEnd(&zst);
    return raise_zlib(zst, err, "while compressing data");
  }
  std::string_view input = in.data;
  std::string out;
  size_t used = 0;
  int flush;
  do {
    set_input(&zst, &input);
    flush = input.empty() ? Z_FINISH : Z_NO_FLUSH;
    do {
      grow_output(&zst, &out, &used, 0);
      size_t before = zst.avail_out;
      err = deflate(&zst, flush);
      used += before - zst.avail_out;
      if (err == Z_STREAM_ERROR) {
        deflateEnd(&zst);
        return raise_zlib(zst, err, "while compressing data");
      }
    } while (zst.avail_out == 0);
  } while (flush != Z_FINISH);
  deflateEnd(&zst);
  out.resize(used);
  return bytes_from_string(out);
}

// Inflates `input` into `out` until the stream ends or the input is used
// up. Returns zlib's last result, or Z_NEED_DICT after failing to set zdict.
int inflate_all(z_stream* zst, std::string_view* input, std::string* out, size_t* used) {
  int err = Z_OK;
  do {
    set_input(zst, input);
    int flush = input->empty() ? Z_FINISH : Z_NO_FLUSH;
    do {
      grow_output(zst, out, used, 0);
      size_t before = zst->avail_out;
      err = inflate(zst, flush);
      *used += before - zst->avail_out;
      if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) return err;
    } while (zst->avail_out == 0 && err != Z_STREAM_END);
  } while (err != Z_STREAM_END && !input->empty());
  return err;
}

Ref decompress_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"", "wbits", "bufsize"};
  static const ArgSpec spec{"decompress", names, 3, 1, 1};
  Value a[3];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Buffer in;
  if (!require_buffer(a[0], &in)) return nullptr;
  int wbits = MAX_WBITS;
  int64_t bufsize = kDefaultBufferSize;
  if ((!a[1].is_null() && !c_int_arg(a[1], &wbits)) || (!a[2].is_null() && !size_argument(a[2], &bufsize))) {
    return nullptr;
  }
  if (bufsize < 0) return raise(exc::ValueError, "bufsize must be non-negative");
  z_stream zst{};
  int err = inflateInit2(&zst, wbits);
  if (err == Z_MEM_ERROR) return raise(exc::MemoryError, "Out of memory while decompressing data");
  if (err != Z_OK) {
    inflateEnd(&zst);
    return raise_zlib(zst, err, "while preparing to decompress data");
  }
  std::string_view input = in.data;
  std::string out;
  size_t used = 0;
  err = inflate_all(&zst, &input, &out, &used);
  if (err == Z_MEM_ERROR) {
    inflateEnd(&zst);
    return raise(exc::MemoryError, "Out of memory while decompressing data");
  }
  if (err != Z_STREAM_END) {
    inflateEnd(&zst);
    return raise_zlib(zst, err, "while decompressing data");
  }
  err = inflateEnd(&zst);
  if (err != Z_OK) return raise_zlib(zst, err, "while finishing decompression");
  out.resize(used);
  return bytes_from_string(out);
}

uint32_t checksum_start(const Value* args, size_t nargs, uint32_t fallback, bool* ok) {
  *ok = true;
  if (nargs < 2) return fallback;
  Ref i = index(args[1]);
  if (!i) {
    *ok = false;
    return 0;
  }
  mpz_t m;
  mpz_init(m);
  int_to_mpz(*i, m);
  mpz_fdiv_r_2exp(m, m, 32);
  uint32_t v = static_cast<uint32_t>(mpz_get_ui(m));
  mpz_clear(m);
  return v;
}

template <uLong (*Checksum)(uLong, const Bytef*, uInt)>
Ref checksum(const char* name, uint32_t start, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords(name, kwnames) || !check_arg_count(name, nargs, 1, 2)) return nullptr;
  Buffer in;
  if (!require_buffer(args[0], &in)) return nullptr;
  bool ok;
  uLong value = checksum_start(args, nargs, start, &ok);
  if (!ok) return nullptr;
  std::string_view data = in.data;
  while (!data.empty()) {
    uInt n = data.size() > (1u << 30) ? (1u << 30) : static_cast<uInt>(data.size());
    value = Checksum(value, reinterpret_cast<const Bytef*>(data.data()), n);
    data.remove_prefix(n);
  }
  return Ref::small_int(static_cast<int64_t>(value & 0xffffffffu));
}

Ref crc32_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return checksum<::crc32>("crc32", 0, args, nargs, kwnames);
}
Ref adler32_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return checksum<::adler32>("adler32", 1, args, nargs, kwnames);
}

// ---- Stream objects ----

struct ZStream : Object {
  z_stream zst;
  bool initialised;
  bool eof;               // Decompress: the end of the compressed stream was seen
  Value unused_data;      // Decompress: bytes after the end of the stream (owned)
  Value unconsumed_tail;  // Decompress: input held back by max_length (owned)
  Value zdict;            // the dictionary (owned), or null
};

ZStream* as_zs(Value v) { return v.as<ZStream>(); }

void zs_dealloc(Object* o) {
  ZStream* z = static_cast<ZStream*>(o);
  if (z->initialised) {
    if (o->type == &compress_type) {
      deflateEnd(&z->zst);
    } else {
      inflateEnd(&z->zst);
    }
  }
  decref(z->unused_data);
  decref(z->unconsumed_tail);
  decref(z->zdict);
  free_object(o);
}

ZStream* new_stream(Type* type) {
  ZStream* z = new_object<ZStream>(type);
  if (z == nullptr) return nullptr;
  z->unused_data = Value::object(bytes_alloc(0));
  z->unconsumed_tail = Value::object(bytes_alloc(0));
  if (z->unused_data.is_null() || z->unconsumed_tail.is_null()) {
    decref(z);
    return nullptr;
  }
  return z;
}

void replace(Value* field, Ref v) {
  Value old = *field;
  *field = v.release();
  decref(old);
}

Ref compressobj_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"level", "method", "wbits", "memLevel", "strategy", "zdict"};
  static const ArgSpec spec{"compressobj", names, 6, 0, 0};
  Value a[6];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  int options[5] = {Z_DEFAULT_COMPRESSION, Z_DEFLATED, MAX_WBITS, kDefaultMemLevel, Z_DEFAULT_STRATEGY};
  for (int i = 0; i < 5; ++i) {
    if (!a[i].is_null() && !c_int_arg(a[i], &options[i])) return nullptr;
  }
  Buffer dict;
  bool has_dict = !a[5].is_null() && !a[5].is_none();
  if (has_dict && !require_buffer(a[5], &dict)) return nullptr;
  ZStream* z = new_stream(&compress_type);
  if (z == nullptr) return nullptr;
  Ref result = Ref::steal(z);
  int err = deflateInit2(&z->zst, options[0], options[1], options[2], options[3], options[4]);
  if (err == Z_MEM_ERROR) return raise(exc::MemoryError, "Can't allocate memory for compression object");
  if (err == Z_STREAM_ERROR) return raise(exc::ValueError, "Invalid initialization option");
  if (err != Z_OK) return raise_zlib(z->zst, err, "while creating compression object");
  z->initialised = true;
  if (has_dict) {
    err = deflateSetDictionary(&z->zst, reinterpret_cast<const Bytef*>(dict.data.data()),
                               static_cast<uInt>(dict.data.size()));
    if (err != Z_OK) return raise(exc::ValueError, "Invalid dictionary");
  }
  return result;
}

bool set_inflate_dictionary(ZStream* z) {
  Buffer dict;
  if (!get_buffer(z->zdict, &dict)) {
    raise(exc::TypeError, "zdict argument must support the buffer protocol");
    return false;
  }
  int err = inflateSetDictionary(&z->zst, reinterpret_cast<const Bytef*>(dict.data.data()),
                                 static_cast<uInt>(dict.data.size()));
  if (err != Z_OK) {
    raise_zlib(z->zst, err, "while setting zdict");
    return false;
  }
  return true;
}

Ref decompressobj_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"wbits", "zdict"};
  static const ArgSpec spec{"decompressobj", names, 2, 0, 0};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  int wbits = MAX_WBITS;
  if (!a[0].is_null() && !c_int_arg(a[0], &wbits)) return nullptr;
  Buffer probe;
  if (!a[1].is_null() && !get_buffer(a[1], &probe)) {
    return raise(exc::TypeError, "zdict argument must support the buffer protocol");
  }
  ZStream* z = new_stream(&decompress_type);
  if (z == nullptr) return nullptr;
  Ref result = Ref::steal(z);
  if (!a[1].is_null()) {
    incref(a[1]);
    z->zdict = a[1];
  }
  int err = inflateInit2(&z->zst, wbits);
  if (err == Z_MEM_ERROR) return raise(exc::MemoryError, "Can't allocate memory for decompression object");
  if (err == Z_STREAM_ERROR) return raise(exc::ValueError, "Invalid initialization option");
  if (err != Z_OK) return raise_zlib(z->zst, err, "while creating decompression object");
  z->initialised = true;
  // A raw stream (negative wbits) never asks for its dictionary.
  if (!z->zdict.is_null() && wbits < 0 && !set_inflate_dictionary(z)) return nullptr;
  return result;
}

// Compress.compress(data) and Compress.flush(mode): deflate with `flush`.
Ref deflate_with(ZStream* z, std::string_view input, int flush, const char* while_doing) {
  std::string out;
  size_t used = 0;
  int err = Z_OK;
  do {
    set_input(&z->zst, &input);
    int mode = input.empty() ? flush : Z_NO_FLUSH;
    do {
      grow_output(&z->zst, &out, &used, 0);
      size_t before = z->zst.avail_out;
      err = deflate(&z->zst, mode);
      used += before - z->zst.avail_out;
      if (err == Z_STREAM_ERROR) return raise_zlib(z->zst, err, while_doing);
    } while (z->zst.avail_out == 0);
  } while (!input.empty());
  if (flush == Z_FINISH && err == Z_STREAM_END) {
    err = deflateEnd(&z->zst);
    z->initialised = false;
    if (err != Z_OK) return raise_zlib(z->zst, err, "while finishing compression");
  }
  out.resize(used);
  return bytes_from_string(out);
}

Ref comp_compress(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("compress", kwnames) || !check_arg_count("compress", nargs, 1, 1)) return nullptr;
  Buffer in;
  if (!require_buffer(args[0], &in)) return nullptr;
  ZStream* z = as_zs(self);
  if (!z->initialised) return raise_zlib(z->zst, Z_STREAM_ERROR, "while compressing data");
  return deflate_with(z, in.data, Z_NO_FLUSH, "while compressing data");
}

Ref comp_flush(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("flush", kwnames) || !check_arg_count("flush", nargs, 0, 1)) return nullptr;
  int mode = Z_FINISH;
  if (nargs == 1 && !c_int_arg(args[0], &mode)) return nullptr;
  if (mode == Z_NO_FLUSH) return bytes_from_string("");
  ZStream* z = as_zs(self);
  if (!z->initialised) return raise_zlib(z->zst, Z_STREAM_ERROR, "while flushing");
  return deflate_with(z, std::string_view(), mode, "while flushing");
}

Ref copy_stream(Value self, bool compress) {
  ZStream* z = as_zs(self);
  if (!z->initialised) return raise(exc::ValueError, "Inconsistent stream state");
  ZStream* c = new_stream(type_of(self));
  if (c == nullptr) return nullptr;
  Ref result = Ref::steal(c);
  int err = compress ? deflateCopy(&c->zst, &z->zst) : inflateCopy(&c->zst, &z->zst);
  if (err == Z_STREAM_ERROR) return raise(exc::ValueError, "Inconsistent stream state");
  if (err == Z_MEM_ERROR) {
    return raise(exc::MemoryError, compress ? "Can't allocate memory for compression object"
                                            : "Can't allocate memory for decompression object");
  }
  if (err != Z_OK) {
    return raise_zlib(z->zst, err, compress ? "while copying compression object" : "while copying decompression object");
  }
  c->initialised = true;
  c->eof = z->eof;
  replace(&c->unused_data, Ref::borrow(z->unused_data));
  replace(&c->unconsumed_tail, Ref::borrow(z->unconsumed_tail));
  if (!z->zdict.is_null()) replace(&c->zdict, Ref::borrow(z->zdict));
  return result;
}

Ref comp_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("Compress", "copy", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  return copy_stream(self, true);
}
Ref comp_deepcopy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__deepcopy__", kwnames) || !check_arg_count("__deepcopy__", nargs, 1, 1)) return nullptr;
  return copy_stream(self, true);
}
Ref decomp_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("Decompress", "copy", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  return copy_stream(self, false);
}
Ref decomp_deepcopy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__deepcopy__", kwnames) || !check_arg_count("__deepcopy__", nargs, 1, 1)) return nullptr;
  return copy_stream(self, false);
}

// After inflating: input left over is appended to unused_data once the
// stream ended, else kept in unconsumed_tail (held back by max_length). As
// in CPython, a non-empty unconsumed_tail is replaced by the leftover even
// when the stream ended.
bool save_unconsumed(ZStream* z, std::string_view rest, int err) {
  std::string tail(reinterpret_cast<const char*>(z->zst.next_in), z->zst.avail_in);
  tail.append(rest);
  bool ended = err == Z_STREAM_END;
  if (ended && !tail.empty()) {
    std::string unused(bytes_view(z->unused_data.as<Bytes>()));
    unused += tail;
    Ref b = bytes_from_string(unused);
    if (!b) return false;
    replace(&z->unused_data, std::move(b));
    z->zst.avail_in = 0;
  }
  if ((!ended && !tail.empty()) || z->unconsumed_tail.as<Bytes>()->size != 0) {
    Ref b = bytes_from_string(tail);
    if (!b) return false;
    replace(&z->unconsumed_tail, std::move(b));
  }
  return true;
}

// Decompress.decompress / flush: inflate `input`, producing at most
// max_length bytes when max_length > 0. A data error raises zlib.error when
// `strict`; flush() returns what it got instead.
Ref inflate_with(ZStream* z, std::string_view input, int64_t max_length, int flush, bool strict) {
  std::string out;
  size_t used = 0;
  int err = Z_OK;
  size_t limit = static_cast<size_t>(max_length);
  bool stop = false;  // output limit reached, or an error
  do {
    set_input(&z->zst, &input);
    for (;;) {
      if (limit > 0 && used >= limit) {
        stop = true;
        break;
      }
      grow_output(&z->zst, &out, &used, limit);
      size_t before = z->zst.avail_out;
      err = inflate(&z->zst, flush);
      used += before - z->zst.avail_out;
      if (err == Z_NEED_DICT && !z->zdict.is_null()) {
        if (!set_inflate_dictionary(z)) return nullptr;
        continue;  // inflate again with the dictionary set
      }
      if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
        stop = true;
        break;
      }
      if (z->zst.avail_out != 0 || err == Z_STREAM_END) break;
    }
  } while (!stop && err != Z_STREAM_END && !input.empty());
  if (!save_unconsumed(z, input, err)) return nullptr;
  if (err == Z_STREAM_END) {
    z->eof = true;
  } else if (strict && err != Z_OK && err != Z_BUF_ERROR) {
    if (err == Z_MEM_ERROR) return raise(exc::MemoryError, "Out of memory while decompressing data");
    return raise_zlib(z->zst, err, "while decompressing data");
  }
  out.resize(used);
  return bytes_from_string(out);
}

Ref decomp_decompress(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"", "max_length"};
  static const ArgSpec spec{"decompress", names, 2, 1, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Buffer in;
  if (!require_buffer(a[0], &in)) return nullptr;
  int64_t max_length = 0;
  if (!a[1].is_null() && !size_argument(a[1], &max_length)) return nullptr;
  if (max_length < 0) return raise(exc::ValueError, "max_length must be non-negative");
  ZStream* z = as_zs(self);
  if (!z->initialised) return raise_zlib(z->zst, Z_STREAM_ERROR, "while decompressing data");
  std::string copy(in.data);  // the stream may point into it until saved
  return inflate_with(z, copy, max_length, Z_SYNC_FLUSH, true);
}

Ref decomp_flush(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("flush", kwnames) || !check_arg_count("flush", nargs, 0, 1)) return nullptr;
  int64_t length = kDefaultBufferSize;
  if (nargs == 1 && !size_argument(args[0], &length)) return nullptr;
  if (length <= 0) return raise(exc::ValueError, "length must be greater than zero");
  ZStream* z = as_zs(self);
  if (!z->initialised) return bytes_from_string("");
  std::string tail(bytes_view(z->unconsumed_tail.as<Bytes>()));
  Ref out = inflate_with(z, tail, 0, Z_FINISH, false);
  if (!out) return nullptr;
  if (z->eof) {
    int err = inflateEnd(&z->zst);
    z->initialised = false;
    if (err != Z_OK) return raise_zlib(z->zst, err, "while finishing decompression");
  }
  return out;
}

const MethodDef kCompressMethods[] = {
    {"compress", comp_compress, kMethodInstance, "Returns a bytes object containing compressed data."},
    {"flush", comp_flush, kMethodInstance, "Return a bytes object containing any remaining compressed data."},
    {"copy", comp_copy, kMethodInstance, "Return a copy of the compression object."},
    {"__copy__", comp_copy, kMethodInstance, nullptr},
    {"__deepcopy__", comp_deepcopy, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kDecompressMethods[] = {
    {"decompress", decomp_decompress, kMethodInstance, "Return a bytes object containing the decompressed version of the data."},
    {"flush", decomp_flush, kMethodInstance, "Return a bytes object containing any remaining decompressed data."},
    {"copy", decomp_copy, kMethodInstance, "Return a copy of the decompression object."},
    {"__copy__", decomp_copy, kMethodInstance, nullptr},
    {"__deepcopy__", decomp_deepcopy, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Ref get_unused_data(Value self) { return Ref::borrow(as_zs(self)->unused_data); }
Ref get_unconsumed_tail(Value self) { return Ref::borrow(as_zs(self)->unconsumed_tail); }
Ref get_eof(Value self) { return Ref::boolean(as_zs(self)->eof); }

const GetSetDef kDecompressGetSets[] = {
    {"unused_data", get_unused_data, nullptr, nullptr},
    {"unconsumed_tail", get_unconsumed_tail, nullptr, nullptr},
    {"eof", get_eof, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

Ref no_new(Type* type, const Value*, size_t, Tuple*) {
  return raise(exc::TypeError, std::string("cannot create '") + type->name + "' instances");
}

int init_stream_type(Type& t, const char* name, const MethodDef* methods, const GetSetDef* getsets) {
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = name;
  t.basic_size = sizeof(ZStream);
  t.base = &object_type;
  t.dealloc = zs_dealloc;
  t.new_ = no_new;
  t.methods = methods;
  t.getsets = getsets;
  return type_ready(&t);
}

const MethodDef kFunctions[] = {
    {"compress", compress_fn, kMethodInstance, "Returns a bytes object containing compressed data."},
    {"decompress", decompress_fn, kMethodInstance, "Returns a bytes object containing the uncompressed data."},
    {"compressobj", compressobj_fn, kMethodInstance, "Return a compressor object."},
    {"decompressobj", decompressobj_fn, kMethodInstance, "Return a decompressor object."},
    {"crc32", crc32_fn, kMethodInstance, "Compute a CRC-32 checksum of data."},
    {"adler32", adler32_fn, kMethodInstance, "Compute an Adler-32 checksum of data."},
    {nullptr, nullptr, 0, nullptr},
};

struct IntConstant {
  const char* name;
  int value;
};

const IntConstant kConstants[] = {
    {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", kDefaultMemLevel},
    {"DEF_BUF_SIZE", kDefaultBufferSize}, {"Z_NO_COMPRESSION", Z_NO_COMPRESSION}, {"Z_BEST_SPEED", Z_BEST_SPEED},
    {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION}, {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
    {"Z_FILTERED", Z_FILTERED}, {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
    {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH}, {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
    {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}, {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
    {"Z_TREES", Z_TREES},
};

}  // namespace

Ref make_zlib_module() {
  if (init_stream_type(compress_type, "zlib.Compress", kCompressMethods, nullptr) < 0 ||
      init_stream_type(decompress_type, "zlib.Decompress", kDecompressMethods, kDecompressGetSets) < 0) {
    return nullptr;
  }
  if (zlib_error == nullptr) {
    zlib_error = new_exception_class("zlib", "error", {exc::Exception});
    if (zlib_error == nullptr) return nullptr;
  }
  Ref module = module_new("zlib", true);
  if (!module || module_add_functions(*module, kFunctions) < 0 ||
      module_add(*module, "error", Value::object(zlib_error)) < 0) {
    return nullptr;
  }
  for (const IntConstant& c : kConstants) {
    if (module_add(*module, c.name, Value::small_int(c.value)) < 0) return nullptr;
  }
  Ref version = str_from_utf8(ZLIB_VERSION);
  Ref runtime_version = str_from_utf8(zlibVersion());
  Ref module_version = str_from_utf8("1.0");
  Ref doc = str_from_utf8(
      "The functions in this module allow compression and decompression using the\n"
      "zlib library, which is based on GNU zip.");
  if (!version || !runtime_version || !module_version || !doc || module_add(*module, "ZLIB_VERSION", *version) < 0 ||
      module_add(*module, "ZLIB_RUNTIME_VERSION", *runtime_version) < 0 ||
      module_add(*module, "__doc__", *doc) < 0 || module_add(*module, "__version__", *module_version) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
