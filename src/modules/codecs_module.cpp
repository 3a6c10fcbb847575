// The `_codecs` module under CPython's `codecs` and `encodings`: the codec
// and error-handler registries, codecs.encode/decode, and one function per
// built-in codec (utf_8_decode, charmap_encode ...) answering (result,
// length consumed) as CPython's do. The codecs themselves live in
// src/objects/codecs*.cpp; this file only binds arguments.
#include <string>

#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/codec_errors.h"
#include "objects/codec_registry.h"
#include "objects/codecs.h"
#include "objects/codecs_charmap.h"
#include "objects/codecs_escape.h"
#include "objects/codecs_utf7.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

// "NAME expected at most 3 arguments, got 4", as argument clinic says, and no keywords.
bool positional(const char* name, size_t nargs, Tuple* kwnames, size_t min, size_t max) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, std::string("_codecs.") + name + "() takes no keyword arguments");
    return false;
  }
  if (nargs < min) {
    raise(exc::TypeError, std::string(name) + " expected at least " + std::to_string(min) + " argument" +
                              (min == 1 ? "" : "s") + ", got " + std::to_string(nargs));
    return false;
  }
  if (nargs > max) {
    raise(exc::TypeError, std::string(name) + " expected at most " + std::to_string(max) + " argument" +
                              (max == 1 ? "" : "s") + ", got " + std::to_string(nargs));
    return false;
  }
  return true;
}

Str* text_arg(const char* name, Value v) {
  if (is_str(v)) return v.as<Str>();
  raise(exc::TypeError, std::string(name) + "() argument 1 must be str, not " + arg_type_name(v));
  return nullptr;
}

// The errors argument (position 2 unless said): absent or None is "strict".
bool errors_arg(const char* name, const Value* args, size_t nargs, size_t index, std::string_view* out) {
  *out = "strict";
  if (index >= nargs || args[index].is_none()) return true;
  if (is_str(args[index])) {
    *out = str_utf8(args[index].as<Str>());
    return true;
  }
  raise(exc::TypeError, std::string(name) + "() argument " + std::to_string(index + 1) + " must be str or None, not " +
                            arg_type_name(args[index]));
  return false;
}

// A bytes-like argument; with accept_str a str stands for its UTF-8.
bool data_arg(Value v, bool accept_str, Buffer* out) {
  if (accept_str && is_str(v)) {
    out->data = str_utf8(v.as<Str>());
    return true;
  }
  return require_buffer(v, out);
}

bool flag_arg(const Value* args, size_t nargs, size_t index, bool fallback, bool* out) {
  *out = fallback;
  if (index >= nargs) return true;
  int truth = is_true(args[index]);
  if (truth < 0) return false;
  *out = truth != 0;
  return true;
}

bool int_arg(const Value* args, size_t nargs, size_t index, int* out) {
  *out = 0;
  if (index >= nargs) return true;
  int64_t v;
  if (!is_int(args[index])) {
    raise(exc::TypeError, "'" + std::string(type_name_of(args[index])) + "' object cannot be interpreted as an integer");
    return false;
  }
  if (!int_to_int64(args[index], &v)) return false;
  *out = v < 0 ? -1 : v > 0 ? 1 : 0;
  return true;
}

// (result, consumed); the caller computes result first, as consumed is set with it.
Ref pair(Ref result, int64_t consumed) {
  if (!result) return nullptr;
  return tuple_pack({result.get(), Value::small_int(consumed)});
}

// ---- The native codecs: X_encode(str, errors) and X_decode(data, errors[, final]) ----

struct NativeEntry {
  const char* name;
  NativeCodec codec;
  bool has_final;
};

constexpr NativeEntry kDecoders[] = {
    {"utf_8_decode", NativeCodec::Utf8, true},       {"utf_16_decode", NativeCodec::Utf16, true},
    {"utf_16_le_decode", NativeCodec::Utf16LE, true}, {"utf_16_be_decode", NativeCodec::Utf16BE, true},
    {"utf_32_decode", NativeCodec::Utf32, true},     {"utf_32_le_decode", NativeCodec::Utf32LE, true},
    {"utf_32_be_decode", NativeCodec::Utf32BE, true}, {"latin_1_decode", NativeCodec::Latin1, false},
    {"ascii_decode", NativeCodec::Ascii, false},
};

constexpr NativeEntry kEncoders[] = {
    {"utf_8_encode", NativeCodec::Utf8, false},       {"utf_16_le_encode", NativeCodec::Utf16LE, false},
    {"utf_16_be_encode", NativeCodec::Utf16BE, false}, {"utf_32_le_encode", NativeCodec::Utf32LE, false},
    {"utf_32_be_encode", NativeCodec::Utf32BE, false}, {"latin_1_encode", NativeCodec::Latin1, false},
    {"ascii_encode", NativeCodec::Ascii, false},
};

template <int I>
Ref native_decoder(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  const NativeEntry& e = kDecoders[I];
  std::string_view errors;
  Buffer data;
  bool final;
  if (!positional(e.name, nargs, kwnames, 1, e.has_final ? 3 : 2) || !data_arg(args[0], false, &data) ||
      !errors_arg(e.name, args, nargs, 1, &errors) || !flag_arg(args, nargs, 2, !e.has_final, &final)) {
    return nullptr;
  }
  int64_t consumed = 0;
  Ref text = native_decode(e.codec, data.data, errors, final, &consumed, nullptr);
  return pair(std::move(text), consumed);
}

template <int I>
Ref native_encoder(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  const NativeEntry& e = kEncoders[I];
  std::string_view errors;
  if (!positional(e.name, nargs, kwnames, 1, 2)) return nullptr;
  Str* s = text_arg(e.name, args[0]);
  if (s == nullptr || !errors_arg(e.name, args, nargs, 1, &errors)) return nullptr;
  return pair(native_encode(e.codec, s, errors, 0), s->length);
}

// utf_16_encode / utf_32_encode(str, errors=None, byteorder=0).
template <NativeCodec C>
Ref bom_encoder(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = C == NativeCodec::Utf16 ? "utf_16_encode" : "utf_32_encode";
  std::string_view errors;
  int byteorder;
  if (!positional(name, nargs, kwnames, 1, 3)) return nullptr;
  Str* s = text_arg(name, args[0]);
  if (s == nullptr || !errors_arg(name, args, nargs, 1, &errors) || !int_arg(args, nargs, 2, &byteorder)) {
    return nullptr;
  }
  NativeCodec codec = byteorder == 0 ? C : C == NativeCodec::Utf16 ? (byteorder < 0 ? NativeCodec::Utf16LE : NativeCodec::Utf16BE)
                                                                  : (byteorder < 0 ? NativeCodec::Utf32LE : NativeCodec::Utf32BE);
  return pair(native_encode(codec, s, errors, byteorder), s->length);
}

// utf_16_ex_decode / utf_32_ex_decode(data, errors=None, byteorder=0, final=False)
// -> (str, consumed, byteorder).
template <NativeCodec C>
Ref ex_decoder(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = C == NativeCodec::Utf16 ? "utf_16_ex_decode" : "utf_32_ex_decode";
  std::string_view errors;
  Buffer data;
  int byteorder;
  bool final;
  if (!positional(name, nargs, kwnames, 1, 4) || !data_arg(args[0], false, &data) ||
      !errors_arg(name, args, nargs, 1, &errors) || !int_arg(args, nargs, 2, &byteorder) ||
      !flag_arg(args, nargs, 3, false, &final)) {
    return nullptr;
  }
  NativeCodec codec = byteorder == 0 ? C : C == NativeCodec::Utf16 ? (byteorder < 0 ? NativeCodec::Utf16LE : NativeCodec::Utf16BE)
                                                                  : (byteorder < 0 ? NativeCodec::Utf32LE : NativeCodec::Utf32BE);
  int64_t consumed = 0;
  Ref text = native_decode(codec, data.data, errors, final, &consumed, &byteorder);
  if (!text) return nullptr;
  return tuple_pack({text.get(), Value::small_int(consumed), Value::small_int(byteorder)});
}

// ---- UTF-7 and the escape codecs ----

Ref codecs_utf_7_encode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string_view errors;
  if (!positional("utf_7_encode", nargs, kwnames, 1, 2)) return nullptr;
  Str* s = text_arg("utf_7_encode", args[0]);
  if (s == nullptr || !errors_arg("utf_7_encode", args, nargs, 1, &errors)) return nullptr;
  return pair(utf7_encode(s), s->length);
}

Ref codecs_utf_7_decode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string_view errors;
  Buffer data;
  bool final;
  if (!positional("utf_7_decode", nargs, kwnames, 1, 3) || !data_arg(args[0], false, &data) ||
      !errors_arg("utf_7_decode", args, nargs, 1, &errors) || !flag_arg(args, nargs, 2, false, &final)) {
    return nullptr;
  }
  int64_t consumed = 0;
  Ref text = utf7_decode(data.data, errors, final, &consumed);
  return pair(std::move(text), consumed);
}

template <bool Raw>
Ref escape_encoder(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = Raw ? "raw_unicode_escape_encode" : "unicode_escape_encode";
  std::string_view errors;
  if (!positional(name, nargs, kwnames, 1, 2)) return nullptr;
  Str* s = text_arg(name, args[0]);
  if (s == nullptr || !errors_arg(name, args, nargs, 1, &errors)) return nullptr;
  return pair(unicode_escape_encode(s, Raw), s->length);
}

template <bool Raw>
Ref escape_decoder(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = Raw ? "raw_unicode_escape_decode" : "unicode_escape_decode";
  std::string_view errors;
  Buffer data;
  bool final;
  if (!positional(name, nargs, kwnames, 1, 3) || !data_arg(args[0], true, &data) ||
      !errors_arg(name, args, nargs, 1, &errors) || !flag_arg(args, nargs, 2, true, &final)) {
    return nullptr;
  }
  int64_t consumed = 0;
  Ref text = Raw ? raw_unicode_escape_decode(data.data, errors, final, &consumed)
                 : unicode_escape_decode(data.data, errors, final, &consumed);
  return pair(std::move(text), consumed);
}

Ref codecs_escape_encode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string_view errors;
  if (!positional("escape_encode", nargs, kwnames, 1, 2)) return nullptr;
  if (!is_bytes(args[0])) {
    return raise(exc::TypeError, std::string("escape_encode() argument 1 must be bytes, not ") + arg_type_name(args[0]));
  }
  if (!errors_arg("escape_encode", args, nargs, 1, &errors)) return nullptr;
  std::string_view in = bytes_view(args[0].as<Bytes>());
  return pair(bytes_escape_encode(in), static_cast<int64_t>(in.size()));
}

Ref codecs_escape_decode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string_view errors;
  Buffer data;
  if (!positional("escape_decode", nargs, kwnames, 1, 2) || !data_arg(args[0], true, &data) ||
      !errors_arg("escape_decode", args, nargs, 1, &errors)) {
    return nullptr;
  }
  return pair(bytes_escape_decode(data.data, errors), static_cast<int64_t>(data.data.size()));
}

Ref codecs_readbuffer_encode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string_view errors;
  Buffer data;
  if (!positional("readbuffer_encode", nargs, kwnames, 1, 2) || !data_arg(args[0], true, &data) ||
      !errors_arg("readbuffer_encode", args, nargs, 1, &errors)) {
    return nullptr;
  }
  return pair(bytes_from_string(data.data), static_cast<int64_t>(data.data.size()));
}

// ---- charmap ----

Ref codecs_charmap_decode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string_view errors;
  Buffer data;
  if (!positional("charmap_decode", nargs, kwnames, 1, 3) || !data_arg(args[0], false, &data) ||
      !errors_arg("charmap_decode", args, nargs, 1, &errors)) {
    return nullptr;
  }
  int64_t size = static_cast<int64_t>(data.data.size());
  if (nargs < 3 || args[2].is_none()) {
    return pair(native_decode(NativeCodec::Latin1, data.data, errors, true, nullptr, nullptr), size);
  }
  return pair(charmap_decode(data.data, errors, args[2]), size);
}

Ref codecs_charmap_encode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string_view errors;
  if (!positional("charmap_encode", nargs, kwnames, 1, 3)) return nullptr;
  Str* s = text_arg("charmap_encode", args[0]);
  if (s == nullptr || !errors_arg("charmap_encode", args, nargs, 1, &errors)) return nullptr;
  if (nargs < 3 || args[2].is_none()) return pair(native_encode(NativeCodec::Latin1, s, errors, 0), s->length);
  return pair(charmap_encode(s, errors, args[2]), s->length);
}

Ref codecs_charmap_build(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("charmap_build", kwnames)) return nullptr;
  if (nargs != 1) {
    return raise(exc::TypeError, "charmap_build() takes exactly one argument (" + std::to_string(nargs) + " given)");
  }
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("charmap_build() argument must be str, not ") + arg_type_name(args[0]));
  }
  return charmap_build(args[0].as<Str>());
}

// ---- The registries ----

bool one_arg(const char* name, size_t nargs, Tuple* kwnames) {
  if (!no_keywords(name, kwnames)) return false;
  if (nargs == 1) return true;
  raise(exc::TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(nargs) + " given)");
  return false;
}

Ref codecs_register(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("register", nargs, kwnames) || !codec_register(args[0])) return nullptr;
  return Ref::none();
}

Ref codecs_unregister(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("unregister", nargs, kwnames) || !codec_unregister(args[0])) return nullptr;
  return Ref::none();
}

Ref codecs_lookup(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("lookup", nargs, kwnames)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("lookup() argument must be str, not ") + arg_type_name(args[0]));
  }
  return codec_lookup(str_utf8(args[0].as<Str>()));
}

// encode / decode(obj, encoding='utf-8', errors='strict').
template <bool Encode>
Ref codecs_transcode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"obj", "encoding", "errors"};
  const char* name = Encode ? "encode" : "decode";
  ArgSpec spec = {name, names, 3, 0, 1};
  Value a[3];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  std::string_view parts[2] = {"utf-8", "strict"};
  for (int i = 0; i < 2; ++i) {
    Value v = a[i + 1];
    if (v.is_null()) continue;
    if (!is_str(v)) {
      return raise(exc::TypeError, std::string(name) + "() argument '" + names[i + 1] + "' must be str, not " +
                                       arg_type_name(v));
    }
    parts[i] = str_utf8(v.as<Str>());
  }
  return Encode ? codec_encode_object(a[0], parts[0], parts[1]) : codec_decode_object(a[0], parts[0], parts[1]);
}

Ref codecs_register_error(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!positional("register_error", nargs, kwnames, 2, 2)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("register_error() argument 1 must be str, not ") + arg_type_name(args[0]));
  }
  if (type_of(args[1])->call == nullptr) return raise(exc::TypeError, "handler must be callable");
  if (!register_error_handler(str_utf8(args[0].as<Str>()), args[1])) return nullptr;
  return Ref::none();
}

Ref codecs_lookup_error(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("lookup_error", nargs, kwnames)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("lookup_error() argument must be str, not ") + arg_type_name(args[0]));
  }
  return lookup_error_handler(str_utf8(args[0].as<Str>()));
}

const MethodDef kCodecsFunctions[] = {
    {"register", codecs_register, kMethodInstance, "Register a codec search function."},
    {"unregister", codecs_unregister, kMethodInstance, "Unregister a codec search function and clear the registry's cache."},
    {"lookup", codecs_lookup, kMethodInstance, "Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."},
    {"encode", codecs_transcode<true>, kMethodInstance, "Encodes obj using the codec registered for encoding."},
    {"decode", codecs_transcode<false>, kMethodInstance, "Decodes obj using the codec registered for encoding."},
    {"register_error", codecs_register_error, kMethodInstance, "Register the specified error handler under the name errors."},
    {"lookup_error", codecs_lookup_error, kMethodInstance, "lookup_error(errors) -> handler"},
    {"utf_8_decode", native_decoder<0>, kMethodInstance, nullptr},
    {"utf_16_decode", native_decoder<1>, kMethodInstance, nullptr},
    {"utf_16_le_decode", native_decoder<2>, kMethodInstance, nullptr},
    {"utf_16_be_decode", native_decoder<3>, kMethodInstance, nullptr},
    {"utf_32_decode", native_decoder<4>, kMethodInstance, nullptr},
    {"utf_32_le_decode", native_decoder<5>, kMethodInstance, nullptr},
    {"utf_32_be_decode", native_decoder<6>, kMethodInstance, nullptr},
    {"latin_1_decode", native_decoder<7>, kMethodInstance, nullptr},
    {"ascii_decode", native_decoder<8>, kMethodInstance, nullptr},
    {"utf_8_encode", native_encoder<0>, kMethodInstance, nullptr},
    {"utf_16_le_encode", native_encoder<1>, kMethodInstance, nullptr},
    {"utf_16_be_encode", native_encoder<2>, kMethodInstance, nullptr},
    {"utf_32_le_encode", native_encoder<3>, kMethodInstance, nullptr},
    {"utf_32_be_encode", native_encoder<4>, kMethodInstance, nullptr},
    {"latin_1_encode", native_encoder<5>, kMethodInstance, nullptr},
    {"ascii_encode", native_encoder<6>, kMethodInstance, nullptr},
    {"utf_16_encode", bom_encoder<NativeCodec::Utf16>, kMethodInstance, nullptr},
    {"utf_32_encode", bom_encoder<NativeCodec::Utf32>, kMethodInstance, nullptr},
    {"utf_16_ex_decode", ex_decoder<NativeCodec::Utf16>, kMethodInstance, nullptr},
    {"utf_32_ex_decode", ex_decoder<NativeCodec::Utf32>, kMethodInstance, nullptr},
    {"utf_7_encode", codecs_utf_7_encode, kMethodInstance, nullptr},
    {"utf_7_decode", codecs_utf_7_decode, kMethodInstance, nullptr},
    {"unicode_escape_encode", escape_encoder<false>, kMethodInstance, nullptr},
    {"unicode_escape_decode", escape_decoder<false>, kMethodInstance, nullptr},
    {"raw_unicode_escape_encode", escape_encoder<true>, kMethodInstance, nullptr},
    {"raw_unicode_escape_decode", escape_decoder<true>, kMethodInstance, nullptr},
    {"escape_encode", codecs_escape_encode, kMethodInstance, nullptr},
    {"escape_decode", codecs_escape_decode, kMethodInstance, nullptr},
    {"readbuffer_encode", codecs_readbuffer_encode, kMethodInstance, nullptr},
    {"charmap_decode", codecs_charmap_decode, kMethodInstance, nullptr},
    {"charmap_encode", codecs_charmap_encode, kMethodInstance, nullptr},
    {"charmap_build", codecs_charmap_build, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_codecs_module() {
  Ref module = module_new("_codecs", true);
  if (!module || module_add_functions(module.get(), kCodecsFunctions) < 0) return nullptr;
  return module;
}

}  // namespace taipan
