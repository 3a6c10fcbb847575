// The `_multibytecodec` module: MultibyteCodec (the object getcodec()
// returns: encode, decode), MultibyteIncrementalEncoder / Decoder and
// MultibyteStreamReader / Writer, which CPython's encodings/*.py subclass
// with the class attribute `codec`. Runs a cjk::Codec step by step, sends
// illegal and incomplete sequences to the error handler with CPython's
// positions and reasons, and keeps what an incremental coder holds back.
#include "modules/cjk/multibytecodec.h"

#include <gmp.h>

#include <string>

#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/codec_errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

using cjk::Codec;
using cjk::CodecState;

constexpr const char* kIllegal = "illegal multibyte sequence";
constexpr const char* kIncomplete = "incomplete multibyte sequence";

Type codec_type, encoder_type, decoder_type, reader_type, writer_type;

struct CodecObject : Object {
  const Codec* codec;
};

// Every incremental coder and stream: the codec, its errors, its state and
// what it holds back (characters for encoders, bytes for decoders).
struct Coder : Object {
  const Codec* codec;
  Value errors;  // str (owned)
  Value stream;  // streams only (owned)
  CodecState state;
  std::u32string* pending_text;
  std::string* pending_bytes;
};

Coder* as_coder(Value v) { return v.as<Coder>(); }

std::u32string text_of(Str* s) {
  std::u32string text(static_cast<size_t>(s->length), U'\0');
  for (int64_t i = 0; i < s->length; ++i) text[static_cast<size_t>(i)] = str_char_at(s, i);
  return text;
}

Ref str_of(const std::u32string& text) {
  return str_from_code_points(reinterpret_cast<const uint32_t*>(text.data()), static_cast<int64_t>(text.size()));
}

// Encodes a handler's replacement text with the codec, strictly.
bool encode_replacement(const Codec* codec, CodecState& st, const std::u32string& text, Str* whole, int64_t start,
                        int64_t end, std::string& out) {
  for (size_t i = 0; i < text.size();) {
    int r = codec->encode(st, text.data() + i, text.size() - i, true, out);
    if (r <= 0) {
      raise_encode_error(codec->name(), whole, start, end, kIllegal);
      return false;
    }
    i += static_cast<size_t>(r);
  }
  return true;
}

// Encodes whole[from, end of whole) onto out; returns where it stopped (the
// characters after that wait for more input when !final), or -1 with an
// exception set. On final, the state goes back to its initial one.
int64_t encode_text(const Codec* codec, CodecState& st, Str* whole, int64_t from, std::string_view errors, bool final,
                    std::string& out) {
  ErrorHandler handler(errors);
  handler.refuse_bytes();
  std::u32string text = text_of(whole);
  int64_t n = static_cast<int64_t>(text.size());
  int64_t i = from;
  while (i < n) {
    int r = codec->encode(st, text.data() + i, static_cast<size_t>(n - i), final, out);
    if (r > 0) {
      i += r;
      continue;
    }
    if (r == 0) break;
    EncodeReplacement rep;
    int64_t resume = handler.on_encode(codec->name(), whole, i, i - r, kIllegal, &rep);
    if (resume < 0) return -1;
    if (rep.is_bytes) {
      out += rep.bytes;
    } else if (!encode_replacement(codec, st, rep.text, whole, i, i - r, out)) {
      return -1;
    }
    i = resume;
  }
  if (final && i >= n) codec->encode_reset(st, out);
  return i;
}

// Decodes in onto out; returns the bytes used (the rest is an incomplete
// unit when !final), or -1 with an exception set.
int64_t decode_bytes(const Codec* codec, CodecState& st, std::string_view in, std::string_view errors, bool final,
                     StrBuilder& out) {
  ErrorHandler handler(errors);
  const auto* p = reinterpret_cast<const uint8_t*>(in.data());
  int64_t n = static_cast<int64_t>(in.size());
  int64_t i = 0;
  while (i < n) {
    int r = codec->decode(st, p + i, static_cast<size_t>(n - i), out);
    if (r > 0) {
      i += r;
      continue;
    }
    if (r == 0 && !final) break;
    int64_t end = r == 0 ? n : i - r;
    i = handler.on_decode(codec->name(), in, i, end, r == 0 ? kIncomplete : kIllegal, out);
    if (i < 0) return -1;
  }
  return i;
}

// The errors argument: "strict" for None, else a str.
bool errors_name(Value v, std::string* out) {
  if (v.is_null() || v.is_none()) {
    *out = "strict";
    return true;
  }
  if (!is_str(v)) {
    raise(exc::TypeError, std::string("errors must be a string, not ") + type_name_of(v));
    return false;
  }
  *out = std::string(str_utf8(v.as<Str>()));
  return true;
}

// What the encoders take: a str, or str() of anything else.
Ref str_of_object(Value v) {
  if (is_str(v)) return Ref::borrow(v);
  return str(v);
}

// ---- MultibyteCodec ----

Ref codec_encode(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"input", "errors"};
  Value a[2];
  if (!bind_args(ArgSpec{"encode", names, 2, 0, 1}, args, nargs, kwnames, a)) return nullptr;
  Ref text = str_of_object(a[0]);
  if (!text) return nullptr;
  std::string errors;
  if (!errors_name(a[1], &errors)) return nullptr;
  const Codec* codec = self.as<CodecObject>()->codec;
  CodecState st{};
  std::string out;
  Str* s = text.as<Str>();
  if (encode_text(codec, st, s, 0, errors, true, out) < 0) return nullptr;
  Ref bytes = bytes_from_string(out);
  Ref length = int_from_int64(s->length);
  if (!bytes || !length) return nullptr;
  return tuple_pack({bytes.get(), length.get()});
}

Ref codec_decode(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"input", "errors"};
  Value a[2];
  if (!bind_args(ArgSpec{"decode", names, 2, 0, 1}, args, nargs, kwnames, a)) return nullptr;
  Buffer data;
  if (!require_buffer(a[0], &data)) return nullptr;
  std::string errors;
  if (!errors_name(a[1], &errors)) return nullptr;
  const Codec* codec = self.as<CodecObject>()->codec;
  CodecState st{};
  StrBuilder out;
  if (decode_bytes(codec, st, data.data, errors, true, out) < 0) return nullptr;
  Ref text = out.finish();
  Ref length = int_from_int64(static_cast<int64_t>(data.data.size()));
  if (!text || !length) return nullptr;
  return tuple_pack({text.get(), length.get()});
}

Ref codec_new(Type*, const Value*, size_t, Tuple*) {
  return raise(exc::TypeError, "cannot create '_multibytecodec.MultibyteCodec' instances");
}

// ---- What the coders share ----

// A new coder of `type` (a subclass naming its codec in `codec`).
Ref coder_new(Type* type, Value errors, Value stream) {
  Ref codec = getattr(Value::object(type), "codec");
  if (!codec) return nullptr;
  if (type_of(codec.get()) != &codec_type) return raise(exc::TypeError, "codec is unexpected type");
  std::string name;
  if (!errors_name(errors, &name)) return nullptr;
  Ref errors_str = str_from_utf8(name);
  if (!errors_str) return nullptr;
  auto* c = new_object<Coder>(type, static_cast<size_t>(type->basic_size));
  if (c == nullptr) return nullptr;
  Ref self = Ref::steal(c);
  c->codec = codec.as<CodecObject>()->codec;
  c->errors = errors_str.release();
  if (!stream.is_null()) c->stream = Ref::borrow(stream).release();
  c->pending_text = new std::u32string();
  c->pending_bytes = new std::string();
  return self;
}

void coder_clear(Object* self) {
  auto* c = static_cast<Coder*>(self);
  Value errors = c->errors, stream = c->stream;
  c->errors = Value();
  c->stream = Value();
  decref(errors);
  decref(stream);
}

void coder_dealloc(Object* self) {
  auto* c = static_cast<Coder*>(self);
  coder_clear(self);
  delete c->pending_text;
  delete c->pending_bytes;
  free_object(self);
}

void coder_traverse(Object* self, VisitFn visit, void* arg) {
  auto* c = static_cast<Coder*>(self);
  if (!c->stream.is_null()) visit(c->stream, arg);
}

// __init__ does nothing: __new__ took the arguments (so a Python base's
// __init__, later in the MRO, never runs).
int coder_init(Value, const Value*, size_t, Tuple*) { return 0; }

std::string_view coder_errors(Coder* c) { return str_utf8(c->errors.as<Str>()); }

Ref get_errors(Value self) { return Ref::borrow(as_coder(self)->errors); }

int set_errors(Value self, Value v) {
  if (v.is_null()) {
    raise(exc::AttributeError, "cannot delete attribute");
    return -1;
  }
  if (!is_str(v)) {
    raise(exc::TypeError, "errors must be a string");
    return -1;
  }
  Coder* c = as_coder(self);
  Value old = c->errors;
  c->errors = Ref::borrow(v).release();
  decref(old);
  return 0;
}

Ref get_stream(Value self) { return Ref::borrow(as_coder(self)->stream); }

void reset_coder(Coder* c) {
  c->state = CodecState{};
  c->pending_text->clear();
  c->pending_bytes->clear();
}

Ref coder_reset(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("reset", nargs, 0, 0) || !no_keywords("reset", kwnames)) return nullptr;
  reset_coder(as_coder(self));
  return Ref::none();
}

// Encodes the held-back characters and `input` (may be null); keeps what
// waits for more input. Null with an exception set.
Ref encode_with_pending(Coder* c, Str* input, bool final) {
  Ref whole;
  if (c->pending_text->empty()) {
    whole = input != nullptr ? Ref::borrow(Value::object(input)) : Ref::steal(Value::object(str_empty()));
  } else {
    std::u32string text = *c->pending_text;
    if (input != nullptr) text += text_of(input);
    whole = str_of(text);
  }
  if (!whole) return nullptr;
  Str* s = whole.as<Str>();
  std::string out;
  int64_t used = encode_text(c->codec, c->state, s, 0, coder_errors(c), final, out);
  if (used < 0) return nullptr;
  std::u32string rest;
  for (int64_t i = used; i < s->length; ++i) rest.push_back(str_char_at(s, i));
  *c->pending_text = std::move(rest);
  return bytes_from_string(out);
}

// Decodes the held-back bytes and `input`; keeps an incomplete unit.
Ref decode_with_pending(Coder* c, std::string_view input, bool final) {
  std::string whole = *c->pending_bytes;
  whole += input;
  StrBuilder out;
  int64_t used = decode_bytes(c->codec, c->state, whole, coder_errors(c), final, out);
  if (used < 0) return nullptr;
  *c->pending_bytes = whole.substr(static_cast<size_t>(used));
  return out.finish();
}

bool final_flag(Value v, bool* out) {
  if (v.is_null()) {
    *out = false;
    return true;
  }
  int truth = is_true(v);
  if (truth < 0) return false;
  *out = truth != 0;
  return true;
}

// An int made of little-endian bytes, and back.
Ref int_from_le(const std::string& bytes) {
  mpz_t v;
  mpz_init(v);
  mpz_import(v, bytes.size(), -1, 1, 0, 0, bytes.data());
  Ref r = int_from_mpz(v);
  mpz_clear(v);
  return r;
}

bool le_from_int(Value v, size_t max_bytes, std::string* out) {
  if (!is_int(v)) {
    raise(exc::TypeError, std::string("an integer is required (got type ") + type_name_of(v) + ")");
    return false;
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  bool ok = mpz_sgn(z) >= 0 && (mpz_sizeinbase(z, 256) <= max_bytes);
  if (ok) {
    out->assign(max_bytes, '\0');
    size_t count = 0;
    mpz_export(out->data(), &count, -1, 1, 0, 0, z);
  } else {
    raise(exc::OverflowError, mpz_sgn(z) < 0 ? "can't convert negative int to unsigned"
                                             : "int too big to convert");
  }
  mpz_clear(z);
  return ok;
}

// ---- MultibyteIncrementalEncoder ----

constexpr size_t kMaxPendingUtf8 = 4;

Ref encoder_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"errors"};
  Value a[1];
  if (!bind_args(ArgSpec{"MultibyteIncrementalEncoder", names, 1, 0, 0}, args, nargs, kwnames, a)) return nullptr;
  return coder_new(type, a[0], Value());
}

Ref encoder_encode(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"input", "final"};
  Value a[2];
  if (!bind_args(ArgSpec{"encode", names, 2, 0, 1}, args, nargs, kwnames, a)) return nullptr;
  Ref text = str_of_object(a[0]);
  if (!text) return nullptr;
  bool final;
  if (!final_flag(a[1], &final)) return nullptr;
  return encode_with_pending(as_coder(self), text.as<Str>(), final);
}

// The state as CPython packs it: the length of the held-back characters in
// UTF-8, those bytes, then the codec's eight state bytes, little-endian.
Ref encoder_getstate(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("getstate", nargs, 0, 0) || !no_keywords("getstate", kwnames)) return nullptr;
  Coder* c = as_coder(self);
  Ref pending = str_of(*c->pending_text);
  if (!pending) return nullptr;
  std::string_view utf8 = str_utf8(pending.as<Str>());
  if (utf8.size() > kMaxPendingUtf8) return raise(exc::UnicodeError, "pending buffer too large");
  std::string bytes(1, static_cast<char>(utf8.size()));
  bytes += utf8;
  bytes.append(reinterpret_cast<const char*>(c->state.c), sizeof c->state.c);
  return int_from_le(bytes);
}

Ref encoder_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("setstate", nargs, 1, 1) || !no_keywords("setstate", kwnames)) return nullptr;
  std::string bytes;
  if (!le_from_int(args[0], 1 + kMaxPendingUtf8 + sizeof(CodecState), &bytes)) return nullptr;
  auto length = static_cast<size_t>(static_cast<uint8_t>(bytes[0]));
  if (length > kMaxPendingUtf8) return raise(exc::UnicodeError, "pending buffer too large");
  Ref pending = str_from_utf8(std::string_view(bytes).substr(1, length));
  if (!pending) return nullptr;
  Coder* c = as_coder(self);
  *c->pending_text = text_of(pending.as<Str>());
  for (size_t i = 0; i < sizeof c->state.c; ++i) c->state.c[i] = static_cast<uint8_t>(bytes[1 + length + i]);
  return Ref::none();
}

// ---- MultibyteIncrementalDecoder ----

constexpr size_t kMaxPendingBytes = 8;

Ref decoder_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"errors"};
  Value a[1];
  if (!bind_args(ArgSpec{"MultibyteIncrementalDecoder", names, 1, 0, 0}, args, nargs, kwnames, a)) return nullptr;
  return coder_new(type, a[0], Value());
}

Ref decoder_decode(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"input", "final"};
  Value a[2];
  if (!bind_args(ArgSpec{"decode", names, 2, 0, 1}, args, nargs, kwnames, a)) return nullptr;
  Buffer data;
  if (!require_buffer(a[0], &data)) return nullptr;
  bool final;
  if (!final_flag(a[1], &final)) return nullptr;
  return decode_with_pending(as_coder(self), data.data, final);
}

Ref decoder_getstate(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("getstate", nargs, 0, 0) || !no_keywords("getstate", kwnames)) return nullptr;
  Coder* c = as_coder(self);
  Ref pending = bytes_from_string(*c->pending_bytes);
  Ref state = int_from_le(std::string(reinterpret_cast<const char*>(c->state.c), sizeof c->state.c));
  if (!pending || !state) return nullptr;
  return tuple_pack({pending.get(), state.get()});
}

Ref decoder_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("setstate", nargs, 1, 1) || !no_keywords("setstate", kwnames)) return nullptr;
  Value st = args[0];
  if (!is_tuple(st)) return raise(exc::TypeError, std::string("setstate() argument must be tuple, not ") + type_name_of(st));
  if (st.as<Tuple>()->size != 2 || !is_bytes(st.as<Tuple>()->items[0])) {
    return raise(exc::TypeError, "setstate(): illegal state argument");
  }
  std::string_view pending = bytes_view(st.as<Tuple>()->items[0].as<Bytes>());
  if (pending.size() > kMaxPendingBytes) return raise(exc::UnicodeError, "pending buffer too large");
  std::string state;
  if (!le_from_int(st.as<Tuple>()->items[1], sizeof(CodecState), &state)) return nullptr;
  Coder* c = as_coder(self);
  *c->pending_bytes = std::string(pending);
  for (size_t i = 0; i < sizeof c->state.c; ++i) c->state.c[i] = static_cast<uint8_t>(state[i]);
  return Ref::none();
}

// ---- MultibyteStreamReader ----

Ref stream_new(const char* name, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"stream", "errors"};
  Value a[2];
  if (!bind_args(ArgSpec{name, names, 2, 0, 1}, args, nargs, kwnames, a)) return nullptr;
  return coder_new(type, a[1], a[0]);
}

Ref reader_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return stream_new("MultibyteStreamReader", type, args, nargs, kwnames);
}

// Reads with the stream's `method` (read or readline) and decodes, as
// CPython does: everything when size < 0 (then the end is final), else at
// least one character, reading one more byte at a time while none came.
Ref reader_read_with(Coder* c, const char* method, int64_t size) {
  if (size == 0) return Ref::steal(Value::object(str_empty()));
  for (;;) {
    Ref data;
    if (size < 0) {
      data = call_method(c->stream, method, {});
    } else {
      Ref n = int_from_int64(size);
      if (!n) return nullptr;
      data = call_method(c->stream, method, {n.get()});
    }
    if (!data) return nullptr;
    if (!is_bytes(data.get())) {
      return raise(exc::TypeError, std::string("stream function returned a non-bytes object (") +
                                       type_name_of(data.get()) + ")");
    }
    std::string_view chunk = bytes_view(data.as<Bytes>());
    bool end = chunk.empty();
    Ref text = decode_with_pending(c, chunk, end || size < 0);
    if (!text) return nullptr;
    if (size < 0 || text.as<Str>()->length != 0 || end) return text;
    size = 1;
  }
}

// The size argument of read / readline / readlines: -1 for None or absent.
bool size_arg(const char* name, const Value* args, size_t nargs, Tuple* kwnames, int64_t* out) {
  if (!check_arg_count(name, nargs, 0, 1) || !no_keywords(name, kwnames)) return false;
  *out = -1;
  if (nargs == 0 || args[0].is_none()) return true;
  if (!is_int(args[0])) {
    raise(exc::TypeError, std::string("arg 1 must be an integer"));
    return false;
  }
  *out = as_int64(args[0]);
  if (*out == -1 && error_occurred()) return false;
  if (*out < 0) *out = -1;
  return true;
}

Ref reader_read(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t size;
  if (!size_arg("read", args, nargs, kwnames, &size)) return nullptr;
  return reader_read_with(as_coder(self), "read", size);
}

Ref reader_readline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t size;
  if (!size_arg("readline", args, nargs, kwnames, &size)) return nullptr;
  return reader_read_with(as_coder(self), "readline", size);
}

Ref reader_readlines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t size;
  if (!size_arg("readlines", args, nargs, kwnames, &size)) return nullptr;
  Ref text = reader_read_with(as_coder(self), "read", size);
  if (!text) return nullptr;
  Ref keepends = Ref::boolean(true);
  return call_method(text.get(), "splitlines", {keepends.get()});
}

// ---- MultibyteStreamWriter ----

Ref writer_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return stream_new("MultibyteStreamWriter", type, args, nargs, kwnames);
}

bool write_text(Coder* c, Value obj) {
  Ref text = str_of_object(obj);
  if (!text) return false;
  Ref bytes = encode_with_pending(c, text.as<Str>(), false);
  if (!bytes) return false;
  return static_cast<bool>(call_method(c->stream, "write", {bytes.get()}));
}

Ref writer_write(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("write", nargs, 1, 1) || !no_keywords("write", kwnames)) return nullptr;
  if (!write_text(as_coder(self), args[0])) return nullptr;
  return Ref::none();
}

Ref writer_writelines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("writelines", nargs, 1, 1) || !no_keywords("writelines", kwnames)) return nullptr;
  Ref it = iter(args[0]);
  if (!it) return nullptr;
  while (Ref line = next(it.get())) {
    if (!write_text(as_coder(self), line.get())) return nullptr;
  }
  if (error_occurred()) return nullptr;
  return Ref::none();
}

// Writes what is held back and the escape back to the initial state; as
// CPython's, does nothing at all when nothing is held back.
Ref writer_reset(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("reset", nargs, 0, 0) || !no_keywords("reset", kwnames)) return nullptr;
  Coder* c = as_coder(self);
  if (c->pending_text->empty()) return Ref::none();
  Ref bytes = encode_with_pending(c, nullptr, true);
  if (!bytes) return nullptr;
  if (!bytes_view(bytes.as<Bytes>()).empty() && !call_method(c->stream, "write", {bytes.get()})) return nullptr;
  return Ref::none();
}

// ---- Tables and types ----

Ref create_codec(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("__create_codec", nargs, 1, 1) || !no_keywords("__create_codec", kwnames)) return nullptr;
  return raise(exc::ValueError, "argument type invalid");
}

const MethodDef kCodecMethods[] = {
    {"encode", codec_encode, kMethodInstance, nullptr},
    {"decode", codec_decode, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kEncoderMethods[] = {
    {"encode", encoder_encode, kMethodInstance, nullptr},
    {"getstate", encoder_getstate, kMethodInstance, nullptr},
    {"setstate", encoder_setstate, kMethodInstance, nullptr},
    {"reset", coder_reset, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kDecoderMethods[] = {
    {"decode", decoder_decode, kMethodInstance, nullptr},
    {"getstate", decoder_getstate, kMethodInstance, nullptr},
    {"setstate", decoder_setstate, kMethodInstance, nullptr},
    {"reset", coder_reset, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kReaderMethods[] = {
    {"read", reader_read, kMethodInstance, nullptr},
    {"readline", reader_readline, kMethodInstance, nullptr},
    {"readlines", reader_readlines, kMethodInstance, nullptr},
    {"reset", coder_reset, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kWriterMethods[] = {
    {"write", writer_write, kMethodInstance, nullptr},
    {"writelines", writer_writelines, kMethodInstance, nullptr},
    {"reset", writer_reset, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const GetSetDef kCoderGetSets[] = {
    {"errors", get_errors, set_errors, "how to treat errors"},
    {nullptr, nullptr, nullptr, nullptr},
};
const GetSetDef kStreamGetSets[] = {
    {"errors", get_errors, set_errors, "how to treat errors"},
    {"stream", get_stream, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
const MethodDef kModuleFunctions[] = {
    {"__create_codec", create_codec, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

int init_coder_type(Type& t, const char* name, NewFn new_fn, const MethodDef* methods, const GetSetDef* getsets) {
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = name;
  t.basic_size = sizeof(Coder);
  t.flags = kTypeBaseType | kTypeGC;
  t.base = &object_type;
  t.new_ = new_fn;
  t.init = coder_init;
  t.dealloc = coder_dealloc;
  t.traverse = coder_traverse;
  t.clear = coder_clear;
  t.methods = methods;
  t.getsets = getsets;
  return type_ready(&t);
}

int init_types() {
  if (!type_has_flag(&codec_type, kTypeReady)) {
    codec_type.refcnt = kImmortalRefcnt;
    codec_type.type = &type_type;
    codec_type.name = "_multibytecodec.MultibyteCodec";
    codec_type.basic_size = sizeof(CodecObject);
    codec_type.base = &object_type;
    codec_type.new_ = codec_new;
    codec_type.dealloc = free_object;
    codec_type.methods = kCodecMethods;
    if (type_ready(&codec_type) < 0) return -1;
  }
  if (init_coder_type(encoder_type, "_multibytecodec.MultibyteIncrementalEncoder", encoder_new, kEncoderMethods,
                      kCoderGetSets) < 0 ||
      init_coder_type(decoder_type, "_multibytecodec.MultibyteIncrementalDecoder", decoder_new, kDecoderMethods,
                      kCoderGetSets) < 0 ||
      init_coder_type(reader_type, "_multibytecodec.MultibyteStreamReader", reader_new, kReaderMethods,
                      kStreamGetSets) < 0 ||
      init_coder_type(writer_type, "_multibytecodec.MultibyteStreamWriter", writer_new, kWriterMethods,
                      kStreamGetSets) < 0) {
    return -1;
  }
  return 0;
}

}  // namespace

Ref make_codec_object(const cjk::Codec* codec) {
  if (init_types() < 0 || !codec->prepare()) return nullptr;
  auto* c = new_object<CodecObject>(&codec_type);
  if (c == nullptr) return nullptr;
  c->codec = codec;
  return Ref::steal(c);
}

Ref make_multibytecodec_module() {
  if (init_types() < 0) return nullptr;
  Ref module = module_new("_multibytecodec", true);
  if (!module || module_add_functions(*module, kModuleFunctions) < 0 ||
      module_add(*module, "MultibyteIncrementalEncoder", Value::object(&encoder_type)) < 0 ||
      module_add(*module, "MultibyteIncrementalDecoder", Value::object(&decoder_type)) < 0 ||
      module_add(*module, "MultibyteStreamReader", Value::object(&reader_type)) < 0 ||
      module_add(*module, "MultibyteStreamWriter", Value::object(&writer_type)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
