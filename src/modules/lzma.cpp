// The `_lzma` module over liblzma: LZMACompressor and LZMADecompressor for
// the .xz, .lzma ("alone") and raw formats, filter chains given as dicts
// ({'id': FILTER_LZMA2, 'preset': 9, ...}), the filter property codecs and
// the constants, with CPython's arguments and messages. lzma.py builds on it.
#include <lzma.h>

#include <climits>
#include <string>
#include <vector>

#include "modules/module_exception.h"
#include "modules/modules.h"
#include "objects/buffer_pin.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
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
Type* lzma_error = nullptr;

// A stream whose check is not known yet (CPython names it; liblzma does not).
constexpr int kCheckUnknown = LZMA_CHECK_ID_MAX + 1;

enum Format { kFormatAuto = 0, kFormatXz = 1, kFormatAlone = 2, kFormatRaw = 3 };

// liblzma's status as CPython raises it; false with the exception set.
bool check_lzma(lzma_ret status) {
  const char* message = nullptr;
  switch (status) {
    case LZMA_OK: case LZMA_GET_CHECK: case LZMA_NO_CHECK: case LZMA_STREAM_END:
      return true;
    case LZMA_MEM_ERROR:
      raise_no_memory();
      return false;
    case LZMA_UNSUPPORTED_CHECK: message = "Unsupported integrity check"; break;
    case LZMA_MEMLIMIT_ERROR: message = "Memory usage limit exceeded"; break;
    case LZMA_FORMAT_ERROR: message = "Input format not supported by decoder"; break;
    case LZMA_OPTIONS_ERROR: message = "Invalid or unsupported options"; break;
    case LZMA_DATA_ERROR: message = "Corrupt input data"; break;
    case LZMA_BUF_ERROR: message = "Insufficient buffer space"; break;
    case LZMA_PROG_ERROR: message = "Internal error"; break;
    default:
      raise(lzma_error, "Unrecognized error from liblzma: " + std::to_string(static_cast<int>(status)));
      return false;
  }
  raise(lzma_error, message);
  return false;
}

// CPython's unsigned converters: an int, not negative, within `max`.
bool unsigned_arg(Value v, uint64_t max, uint64_t* out) {
  if (!is_int(v)) {
    raise(exc::TypeError, "an integer is required");
    return false;
  }
  if (int_sign(v) < 0) {
    raise(exc::OverflowError, "can't convert negative int to unsigned");
    return false;
  }
  int64_t n;
  if (!int_to_int64(v, &n) || static_cast<uint64_t>(n) > max) {
    raise(exc::OverflowError, max == UINT32_MAX ? "Value too large for uint32_t type" : "int too big to convert");
    return false;
  }
  *out = static_cast<uint64_t>(n);
  return true;
}

bool uint32_arg(Value v, uint32_t* out) {
  uint64_t n;
  if (!unsigned_arg(v, UINT32_MAX, &n)) return false;
  *out = static_cast<uint32_t>(n);
  return true;
}

// ---- Filter chains ----

// The parsed chain; each filter's options are owned here.
struct FilterChain {
  lzma_filter filters[LZMA_FILTERS_MAX + 1];
  std::vector<lzma_options_lzma> lzma_options;
  std::vector<lzma_options_delta> delta_options;
  std::vector<lzma_options_bcj> bcj_options;
  FilterChain() {
    lzma_options.reserve(LZMA_FILTERS_MAX);
    delta_options.reserve(LZMA_FILTERS_MAX);
    bcj_options.reserve(LZMA_FILTERS_MAX);
    for (auto& f : filters) f = {LZMA_VLI_UNKNOWN, nullptr};
  }
};

// Reads the keys of a filter spec; every value an uint32. False (with the
// filter's ValueError) for an unknown key or a bad value.
template <class F>
bool read_spec_keys(Value spec, std::initializer_list<const char*> keys, const char* what, F&& store) {
  Dict* d = spec.as<Dict>();
  int64_t pos = 0;
  Value key, value;
  while (dict_next(d, &pos, &key, &value)) {
    bool known = false;
    if (is_str(key)) {
      std::string_view name = str_utf8(key.as<Str>());
      for (const char* k : keys) known = known || name == k;
      if (known && name != "id") {
        uint32_t n;
        if (!uint32_arg(value, &n) || !store(name, n)) known = false;
      }
    }
    if (!known) {
      clear_error();
      raise(exc::ValueError, std::string("Invalid filter specifier for ") + what + " filter");
      return false;
    }
  }
  return true;
}

bool parse_filter_spec(Value spec, FilterChain& chain, int index) {
  Ref as_dict;
  if (is_dict(spec)) {
    as_dict = Ref::borrow(spec);
  } else {
    Ref keys = getattr_optional(spec, intern("keys"));
    if (!keys) {
      if (error_occurred()) return false;
      raise(exc::TypeError, "Filter specifier must be a dict or dict-like object");
      return false;
    }
    as_dict = Ref::steal(dict_new());
    if (!as_dict || dict_update(as_dict.get().as<Dict>(), spec) < 0) return false;
  }
  Value id_value = dict_get_str(as_dict.get().as<Dict>(), intern("id"));
  if (id_value.is_null()) {
    raise(exc::ValueError, "Filter specifier must have an \"id\" entry");
    return false;
  }
  uint64_t id;
  if (!unsigned_arg(id_value, UINT64_MAX, &id)) return false;
  lzma_filter& f = chain.filters[index];
  f.id = id;
  switch (id) {
    case LZMA_FILTER_LZMA1:
    case LZMA_FILTER_LZMA2: {
      Value preset_value = dict_get_str(as_dict.get().as<Dict>(), intern("preset"));
      uint32_t preset = LZMA_PRESET_DEFAULT;
      if (!preset_value.is_null() && !uint32_arg(preset_value, &preset)) {
        clear_error();
        raise(exc::ValueError, "Invalid filter specifier for LZMA filter");
        return false;
      }
      chain.lzma_options.emplace_back();
      lzma_options_lzma& o = chain.lzma_options.back();
      if (lzma_lzma_preset(&o, preset)) {
        raise(lzma_error, "Invalid compression preset: " + std::to_string(preset));
        return false;
      }
      bool ok = read_spec_keys(as_dict.get(), {"id", "preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len",
                                               "mf", "depth"},
                               "LZMA", [&](std::string_view k, uint32_t n) {
                                 if (k == "dict_size") o.dict_size = n;
                                 else if (k == "lc") o.lc = n;
                                 else if (k == "lp") o.lp = n;
                                 else if (k == "pb") o.pb = n;
                                 else if (k == "mode") o.mode = static_cast<lzma_mode>(n);
                                 else if (k == "nice_len") o.nice_len = n;
                                 else if (k == "mf") o.mf = static_cast<lzma_match_finder>(n);
                                 else if (k == "depth") o.depth = n;
                                 return true;
                               });
      f.options = &o;
      return ok;
    }
    case LZMA_FILTER_DELTA: {
      chain.delta_options.push_back({});
      lzma_options_delta& o = chain.delta_options.back();
      o.type = LZMA_DELTA_TYPE_BYTE;
      o.dist = 1;
      f.options = &o;
      return read_spec_keys(as_dict.get(), {"id", "dist"}, "delta", [&](std::string_view, uint32_t n) {
        o.dist = n;
        return true;
      });
    }
    case LZMA_FILTER_X86: case LZMA_FILTER_POWERPC: case LZMA_FILTER_IA64:
    case LZMA_FILTER_ARM: case LZMA_FILTER_ARMTHUMB: case LZMA_FILTER_SPARC: {
      chain.bcj_options.push_back({});
      lzma_options_bcj& o = chain.bcj_options.back();
      f.options = &o;
      return read_spec_keys(as_dict.get(), {"id", "start_offset"}, "BCJ", [&](std::string_view, uint32_t n) {
        o.start_offset = n;
        return true;
      });
    }
    default:
      raise(exc::ValueError, "Invalid filter ID: " + std::to_string(id));
      return false;
  }
}

bool parse_filter_chain(Value specs, FilterChain& chain) {
  int64_t n = length(specs);
  if (n < 0) return false;
  if (n > LZMA_FILTERS_MAX) {
    raise(exc::ValueError, "Too many filters - liblzma supports a maximum of " + std::to_string(LZMA_FILTERS_MAX));
    return false;
  }
  for (int64_t i = 0; i < n; ++i) {
    Ref spec = getitem(specs, Value::small_int(i));
    if (!spec || !parse_filter_spec(spec.get(), chain, static_cast<int>(i))) return false;
  }
  return true;
}

// ---- Streams ----

void grow_output(lzma_stream* s, std::string* out, size_t used, int64_t limit) {
  size_t size = std::max<size_t>(out->size() * 2, 8192);
  if (limit >= 0) size = std::min(size, static_cast<size_t>(limit));
  out->resize(size);
  s->next_out = reinterpret_cast<uint8_t*>(out->data()) + used;
  s->avail_out = size - used;
}

size_t produced(const lzma_stream* s, const std::string& out) {
  return static_cast<size_t>(s->next_out - reinterpret_cast<const uint8_t*>(out.data()));
}

lzma_ret run_code(lzma_stream* s, lzma_action action) {
  AllowThreads allow;
  return lzma_code(s, action);
}

struct Compressor : Object {
  pthread_mutex_t lock;  // one operation at a time (the stream runs without the GIL)
  lzma_stream lzs;
  bool initialised;
  bool flushed;
};

Ref compress_with(Compressor* c, std::string_view input, lzma_action action) {
  std::string out;
  lzma_stream* s = &c->lzs;
  s->next_in = reinterpret_cast<const uint8_t*>(input.data());
  s->avail_in = input.size();
  grow_output(s, &out, 0, -1);
  for (;;) {
    lzma_ret status = run_code(s, action);
    if (status == LZMA_BUF_ERROR && input.empty() && s->avail_out > 0) status = LZMA_OK;
    if (!check_lzma(status)) return nullptr;
    if ((action == LZMA_RUN && s->avail_in == 0) || (action == LZMA_FINISH && status == LZMA_STREAM_END)) break;
    if (s->avail_out == 0) grow_output(s, &out, produced(s, out), -1);
  }
  out.resize(produced(s, out));
  return bytes_from_string(out);
}

Ref compressor_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs + (kwnames ? kwnames->size : 0) > 4 && nargs > 4) {
    return raise(exc::TypeError, "LZMACompressor() takes at most 4 arguments (" + std::to_string(nargs) + " given)");
  }
  static const char* const names[] = {"format", "check", "preset", "filters"};
  Value a[4];
  if (!bind_args(ArgSpec{"LZMACompressor", names, 4, 0, 0}, args, nargs, kwnames, a)) return nullptr;
  int64_t format = kFormatXz, check = -1;
  if (!a[0].is_null() && (format = as_int64(a[0])) == -1 && error_occurred()) return nullptr;
  if (!a[1].is_null() && (check = as_int64(a[1])) == -1 && error_occurred()) return nullptr;
  Value preset_arg = a[2].is_null() ? Value::none() : a[2];
  Value filters = a[3].is_null() ? Value::none() : a[3];
  if (format != kFormatXz && check != -1 && check != LZMA_CHECK_NONE) {
    return raise(exc::ValueError, "Integrity checks are only supported by FORMAT_XZ");
  }
  if (!preset_arg.is_none() && !filters.is_none()) {
    return raise(exc::ValueError, "Cannot specify both preset and filter chain");
  }
  uint32_t preset = LZMA_PRESET_DEFAULT;
  if (!preset_arg.is_none() && !uint32_arg(preset_arg, &preset)) return nullptr;
  auto* c = new_object<Compressor>(type, static_cast<size_t>(type->basic_size));
  if (c == nullptr) return nullptr;
  pthread_mutex_init(&c->lock, nullptr);
  Ref self = Ref::steal(c);
  c->lzs = LZMA_STREAM_INIT;
  FilterChain chain;
  if (!filters.is_none() && !parse_filter_chain(filters, chain)) return nullptr;
  lzma_ret status;
  switch (format) {
    case kFormatXz:
      if (check == -1) check = LZMA_CHECK_CRC64;
      status = filters.is_none() ? lzma_easy_encoder(&c->lzs, preset, static_cast<lzma_check>(check))
                                 : lzma_stream_encoder(&c->lzs, chain.filters, static_cast<lzma_check>(check));
      break;
    case kFormatAlone:
      if (filters.is_none()) {
        lzma_options_lzma options;
        if (lzma_lzma_preset(&options, preset)) {
          return raise(lzma_error, "Invalid compression preset: " + std::to_string(preset));
        }
        status = lzma_alone_encoder(&c->lzs, &options);
      } else {
        if (chain.filters[0].id != LZMA_FILTER_LZMA1 || chain.filters[1].id != LZMA_VLI_UNKNOWN) {
          return raise(exc::ValueError, "Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
        }
        status = lzma_alone_encoder(&c->lzs, static_cast<const lzma_options_lzma*>(chain.filters[0].options));
      }
      break;
    case kFormatRaw:
      if (filters.is_none()) return raise(exc::ValueError, "Must specify filters for FORMAT_RAW");
      status = lzma_raw_encoder(&c->lzs, chain.filters);
      break;
    default:
      return raise(exc::ValueError, "Invalid container format: " + std::to_string(format));
  }
  if (!check_lzma(status)) return nullptr;
  c->initialised = true;
  return self;
}

void compressor_dealloc(Object* self) {
  auto* c = static_cast<Compressor*>(self);
  if (c->initialised) lzma_end(&c->lzs);
  pthread_mutex_destroy(&c->lock);
  free_object(self);
}

Ref compressor_compress(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("compress", nargs, 1, 1) || !no_keywords("compress", kwnames)) return nullptr;
  Buffer data;
  if (!require_buffer(args[0], &data)) return nullptr;
  BufferPin pin(data);  // used with the GIL released
  auto* c = self.as<Compressor>();
  HoldObjectMutex hold(&c->lock);
  if (c->flushed) return raise(exc::ValueError, "Compressor has been flushed");
  return compress_with(c, data.data, LZMA_RUN);
}

Ref compressor_flush(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("flush", nargs, 0, 0) || !no_keywords("flush", kwnames)) return nullptr;
  auto* c = self.as<Compressor>();
  HoldObjectMutex hold(&c->lock);
  if (c->flushed) return raise(exc::ValueError, "Repeated call to flush()");
  c->flushed = true;
  return compress_with(c, {}, LZMA_FINISH);
}

struct Decompressor : Object {
  pthread_mutex_t lock;  // one operation at a time (the stream runs without the GIL)
  lzma_stream lzs;
  bool initialised;
  bool eof;
  bool needs_input;
  int check;
  Value unused_data;     // bytes (owned)
  std::string* pending;  // owned: input that max_length left unread
};

Ref decompress_buffered(Decompressor* d, int64_t max_length) {
  std::string out;
  lzma_stream* s = &d->lzs;
  if (max_length == 0) return bytes_from_string("");
  grow_output(s, &out, 0, max_length);
  for (;;) {
    lzma_ret status = run_code(s, LZMA_RUN);
    if (status == LZMA_BUF_ERROR && s->avail_in == 0 && s->avail_out > 0) status = LZMA_OK;
    if (!check_lzma(status)) return nullptr;
    if (status == LZMA_GET_CHECK || status == LZMA_NO_CHECK) d->check = lzma_get_check(s);
    if (status == LZMA_STREAM_END) {
      d->eof = true;
      break;
    }
    if (s->avail_out == 0) {
      size_t used = produced(s, out);
      if (max_length >= 0 && static_cast<int64_t>(used) == max_length) break;
      grow_output(s, &out, used, max_length);
    } else if (s->avail_in == 0) {
      break;
    }
  }
  out.resize(produced(s, out));
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
  if (!a[1].is_null() && (max_length = as_int64(a[1])) == -1 && error_occurred()) return nullptr;
  auto* d = self.as<Decompressor>();
  HoldObjectMutex hold(&d->lock);
  if (d->eof) return raise(exc::EOFError, "End of stream already reached");
  std::string input;
  std::string_view view = data.data;
  if (!d->pending->empty()) {
    input = *d->pending + std::string(data.data);
    view = input;
  }
  d->lzs.next_in = reinterpret_cast<const uint8_t*>(view.data());
  d->lzs.avail_in = view.size();
  Ref result = decompress_buffered(d, max_length);
  std::string rest(reinterpret_cast<const char*>(d->lzs.next_in), d->lzs.avail_in);
  bool output_full = d->lzs.avail_out == 0;
  d->lzs.next_in = nullptr;
  d->lzs.avail_in = 0;
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
    // Output that filled the buffer may leave more inside liblzma.
    d->needs_input = !output_full;
  } else {
    d->needs_input = false;
    *d->pending = std::move(rest);
  }
  return result;
}

Ref decompressor_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs > 3) {
    return raise(exc::TypeError, "LZMADecompressor() takes at most 3 arguments (" + std::to_string(nargs) + " given)");
  }
  static const char* const names[] = {"format", "memlimit", "filters"};
  Value a[3];
  if (!bind_args(ArgSpec{"LZMADecompressor", names, 3, 0, 0}, args, nargs, kwnames, a)) return nullptr;
  int64_t format = kFormatAuto;
  if (!a[0].is_null() && (format = as_int64(a[0])) == -1 && error_occurred()) return nullptr;
  Value memlimit_arg = a[1].is_null() ? Value::none() : a[1];
  Value filters = a[2].is_null() ? Value::none() : a[2];
  if (!memlimit_arg.is_none() && format == kFormatRaw) {
    return raise(exc::ValueError, "Cannot specify memory limit with FORMAT_RAW");
  }
  if (format == kFormatRaw && filters.is_none()) return raise(exc::ValueError, "Must specify filters for FORMAT_RAW");
  if (format != kFormatRaw && !filters.is_none()) {
    return raise(exc::ValueError, "Cannot specify filters except with FORMAT_RAW");
  }
  uint64_t memlimit = UINT64_MAX;
  if (!memlimit_arg.is_none() && !unsigned_arg(memlimit_arg, UINT64_MAX, &memlimit)) return nullptr;
  auto* d = new_object<Decompressor>(type, static_cast<size_t>(type->basic_size));
  if (d == nullptr) return nullptr;
  pthread_mutex_init(&d->lock, nullptr);
  Ref self = Ref::steal(d);
  d->lzs = LZMA_STREAM_INIT;
  d->pending = new std::string();
  Ref empty = bytes_from_string("");
  if (!empty) return nullptr;
  d->unused_data = empty.release();
  d->needs_input = true;
  d->check = kCheckUnknown;
  const uint32_t flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
  lzma_ret status;
  switch (format) {
    case kFormatAuto: status = lzma_auto_decoder(&d->lzs, memlimit, flags); break;
    case kFormatXz: status = lzma_stream_decoder(&d->lzs, memlimit, flags); break;
    case kFormatAlone:
      d->check = LZMA_CHECK_NONE;
      status = lzma_alone_decoder(&d->lzs, memlimit);
      break;
    case kFormatRaw: {
      d->check = LZMA_CHECK_NONE;
      FilterChain chain;
      if (!parse_filter_chain(filters, chain)) return nullptr;
      status = lzma_raw_decoder(&d->lzs, chain.filters);
      break;
    }
    default:
      return raise(exc::ValueError, "Invalid container format: " + std::to_string(format));
  }
  if (!check_lzma(status)) return nullptr;
  d->initialised = true;
  return self;
}

void decompressor_dealloc(Object* self) {
  auto* d = static_cast<Decompressor*>(self);
  if (d->initialised) lzma_end(&d->lzs);
  delete d->pending;
  decref(d->unused_data);
  pthread_mutex_destroy(&d->lock);
  free_object(self);
}

Ref get_check(Value self) { return Ref::small_int(self.as<Decompressor>()->check); }
Ref get_eof(Value self) { return Ref::boolean(self.as<Decompressor>()->eof); }
Ref get_needs_input(Value self) { return Ref::boolean(self.as<Decompressor>()->needs_input); }
Ref get_unused_data(Value self) { return Ref::borrow(self.as<Decompressor>()->unused_data); }

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
    {"check", get_check, nullptr, nullptr},
    {"eof", get_eof, nullptr, nullptr},
    {"needs_input", get_needs_input, nullptr, nullptr},
    {"unused_data", get_unused_data, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

int init_type(Type& t, const char* name, int64_t size, NewFn new_fn, DeallocFn dealloc, const MethodDef* methods,
              const GetSetDef* getsets) {
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = name;
  t.basic_size = size;
  t.flags = kTypeBaseType;
  t.base = &object_type;
  t.new_ = new_fn;
  t.dealloc = dealloc;
  t.methods = methods;
  t.getsets = getsets;
  return type_ready(&t);
}

// ---- Module functions ----

Ref is_check_supported(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("is_check_supported", nargs, 1, 1) || !no_keywords("is_check_supported", kwnames)) {
    return nullptr;
  }
  int64_t id = as_int64(args[0]);
  if (id == -1 && error_occurred()) return nullptr;
  return Ref::boolean(id >= 0 && id <= INT_MAX && lzma_check_is_supported(static_cast<lzma_check>(id)));
}

Ref encode_filter_properties(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("_encode_filter_properties", nargs, 1, 1) ||
      !no_keywords("_encode_filter_properties", kwnames)) {
    return nullptr;
  }
  FilterChain chain;
  if (!parse_filter_spec(args[0], chain, 0)) return nullptr;
  uint32_t size;
  if (!check_lzma(lzma_properties_size(&size, &chain.filters[0]))) return nullptr;
  std::string out(size, '\0');
  if (!check_lzma(lzma_properties_encode(&chain.filters[0], reinterpret_cast<uint8_t*>(out.data())))) return nullptr;
  return bytes_from_string(out);
}

Ref decode_filter_properties(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("_decode_filter_properties", nargs, 2, 2) ||
      !no_keywords("_decode_filter_properties", kwnames)) {
    return nullptr;
  }
  uint64_t id;
  if (!unsigned_arg(args[0], UINT64_MAX, &id)) return nullptr;
  Buffer props;
  if (!require_buffer(args[1], &props)) return nullptr;
  lzma_filter filter{id, nullptr};
  if (!check_lzma(lzma_properties_decode(&filter, nullptr, reinterpret_cast<const uint8_t*>(props.data.data()),
                                         props.data.size()))) {
    return nullptr;
  }
  Ref spec = Ref::steal(dict_new());
  Ref id_value = int_from_uint64(id);
  bool ok = spec && id_value && dict_set_str(spec.get().as<Dict>(), "id", id_value.get()) == 0;
  auto add = [&](const char* key, uint64_t v) {
    Ref n = int_from_uint64(v);
    ok = ok && n && dict_set_str(spec.get().as<Dict>(), key, n.get()) == 0;
  };
  if (filter.options != nullptr) {
    if (id == LZMA_FILTER_LZMA1 || id == LZMA_FILTER_LZMA2) {
      auto* o = static_cast<lzma_options_lzma*>(filter.options);
      if (id == LZMA_FILTER_LZMA1) {
        add("lc", o->lc);
        add("lp", o->lp);
        add("pb", o->pb);
      }
      add("dict_size", o->dict_size);
    } else if (id == LZMA_FILTER_DELTA) {
      add("dist", static_cast<lzma_options_delta*>(filter.options)->dist);
    } else {
      add("start_offset", static_cast<lzma_options_bcj*>(filter.options)->start_offset);
    }
  }
  free(filter.options);  // liblzma allocated it with malloc
  return ok ? spec : nullptr;
}

const MethodDef kFunctions[] = {
    {"is_check_supported", is_check_supported, kMethodInstance, nullptr},
    {"_encode_filter_properties", encode_filter_properties, kMethodInstance, nullptr},
    {"_decode_filter_properties", decode_filter_properties, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_lzma_module() {
  if (init_type(compressor_type, "_lzma.LZMACompressor", sizeof(Compressor), compressor_new, compressor_dealloc,
                kCompressorMethods, nullptr) < 0 ||
      init_type(decompressor_type, "_lzma.LZMADecompressor", sizeof(Decompressor), decompressor_new,
                decompressor_dealloc, kDecompressorMethods, kDecompressorGetSets) < 0) {
    return nullptr;
  }
  if (lzma_error == nullptr) {
    lzma_error = new_exception_class("_lzma", "LZMAError", {exc::Exception});
    if (lzma_error == nullptr) return nullptr;
  }
  Ref module = module_new("_lzma", true);
  if (!module || module_add_functions(*module, kFunctions) < 0 ||
      module_add(*module, "LZMACompressor", Value::object(&compressor_type)) < 0 ||
      module_add(*module, "LZMADecompressor", Value::object(&decompressor_type)) < 0 ||
      module_add(*module, "LZMAError", Value::object(lzma_error)) < 0) {
    return nullptr;
  }
  static const std::pair<const char*, uint64_t> kConstants[] = {
      {"FORMAT_AUTO", kFormatAuto}, {"FORMAT_XZ", kFormatXz}, {"FORMAT_ALONE", kFormatAlone},
      {"FORMAT_RAW", kFormatRaw}, {"CHECK_NONE", LZMA_CHECK_NONE}, {"CHECK_CRC32", LZMA_CHECK_CRC32},
      {"CHECK_CRC64", LZMA_CHECK_CRC64}, {"CHECK_SHA256", LZMA_CHECK_SHA256}, {"CHECK_ID_MAX", LZMA_CHECK_ID_MAX},
      {"CHECK_UNKNOWN", kCheckUnknown}, {"FILTER_LZMA1", LZMA_FILTER_LZMA1}, {"FILTER_LZMA2", LZMA_FILTER_LZMA2},
      {"FILTER_DELTA", LZMA_FILTER_DELTA}, {"FILTER_X86", LZMA_FILTER_X86}, {"FILTER_IA64", LZMA_FILTER_IA64},
      {"FILTER_ARM", LZMA_FILTER_ARM}, {"FILTER_ARMTHUMB", LZMA_FILTER_ARMTHUMB},
      {"FILTER_SPARC", LZMA_FILTER_SPARC}, {"FILTER_POWERPC", LZMA_FILTER_POWERPC}, {"MF_HC3", LZMA_MF_HC3},
      {"MF_HC4", LZMA_MF_HC4}, {"MF_BT2", LZMA_MF_BT2}, {"MF_BT3", LZMA_MF_BT3}, {"MF_BT4", LZMA_MF_BT4},
      {"MODE_FAST", LZMA_MODE_FAST}, {"MODE_NORMAL", LZMA_MODE_NORMAL}, {"PRESET_DEFAULT", LZMA_PRESET_DEFAULT},
      {"PRESET_EXTREME", LZMA_PRESET_EXTREME}};
  for (const auto& [name, value] : kConstants) {
    Ref v = int_from_uint64(value);
    if (!v || module_add(*module, name, v.get()) < 0) return nullptr;
  }
  return module;
}

}  // namespace taipan
