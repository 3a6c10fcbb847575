// The codec registry: search functions, the lookup cache, coding through a
// CodecInfo, and CPython's wrapping of a codec's plain exceptions
// ("decoding with 'base64' codec failed (Error: Incorrect padding)").
#include "objects/codec_registry.h"

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

struct Registry {
  List* search_functions = nullptr;
  Dict* cache = nullptr;
  bool encodings_imported = false;
};

// The registry, with CPython's `encodings` search function registered first
// (imported here on first use; when it cannot be imported, only the
// functions registered by the program are searched).
Registry* registry() {
  static Registry r;
  if (r.search_functions == nullptr) {
    r.search_functions = list_new(0);
    r.cache = dict_new();
  }
  if (!r.encodings_imported) {
    r.encodings_imported = true;
    Ref saved = fetch_error();
    Ref module = import_module("encodings");
    if (!module) clear_error();
    restore_error(std::move(saved));
  }
  return &r;
}

// CPython's normalisation before the cache and the search functions: ASCII
// lower case, spaces and hyphens to underscores.
Ref normalized_name(std::string_view encoding) {
  std::string key(encoding);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    else if (c == ' ' || c == '-') c = '_';
  }
  return str_from_utf8(key);
}

// The codec's function at `index` of its CodecInfo (0 encoder, 1 decoder).
Ref codec_function(std::string_view encoding, int index) {
  Ref info = codec_lookup(encoding);
  if (!info) return nullptr;
  return getitem(info.get(), Value::small_int(index));
}

// True when the type takes BaseException's own __init__ and __new__, so a
// new instance with another message loses nothing.
bool has_plain_constructor(Type* t) {
  // UnicodeError shares its subclasses' constructor here, but in CPython it
  // is a plain exception; only the subclasses hold a codec's state.
  bool plain_unicode_error = type_is_subtype(t, exc::UnicodeError) &&
                             !type_is_subtype(t, exc::UnicodeDecodeError) &&
                             !type_is_subtype(t, exc::UnicodeEncodeError) &&
                             !type_is_subtype(t, exc::UnicodeTranslateError);
  bool init_found = false, new_found = false;
  Tuple* mro = t->mro;
  for (int64_t i = 0; mro != nullptr && i < mro->size && !(init_found && new_found); ++i) {
    Type* k = mro->items[i].as<Type>();
    if (k->dict == nullptr) continue;
    bool plain = !type_has_flag(k, kTypeHeap);
    if (!init_found && !dict_get_str(k->dict, INTERNED("__init__")).is_null()) {
      bool plain_init = k->init == exc::Exception->init || (plain_unicode_error && k == exc::UnicodeError);
      if (!plain || !plain_init) return false;
      init_found = true;
    }
    if (!new_found && !dict_get_str(k->dict, INTERNED("__new__")).is_null()) {
      if (!plain || k->new_ != exc::Exception->new_) return false;
      new_found = true;
    }
  }
  return true;
}

// A codec function failed: an exception of a plain type is replaced by one
// of the same type whose message names the codec, caused by the original.
void wrap_codec_error(const char* operation, std::string_view encoding) {
  Value pending = current_error();
  if (pending.is_null()) return;
  Type* t = type_of(pending);
  if (!has_plain_constructor(t)) return;
  Dict* dict = pending.as<BaseException>()->dict;
  if (dict != nullptr && dict_size(dict) > 0) return;
  // Only a message (or nothing) can be carried over: no args but one str.
  Value args = pending.as<BaseException>()->args;
  if (!args.is_null() && is_tuple(args)) {
    Tuple* a = args.as<Tuple>();
    if (a->size > 1 || (a->size == 1 && !is_exact_str(a->items[0]))) return;
  }
  Ref original = fetch_error();
  Ref text = str(original.get());
  if (!text) {
    clear_error();
    restore_error(std::move(original));
    return;
  }
  std::string message = std::string(operation) + " with '" + std::string(encoding) + "' codec failed (" +
                        type_name_of(original.get()) + ": " + str_to_std(text.as<Str>()) + ")";
  Ref msg = str_from_utf8(message);
  Ref wrapped = msg ? call(Value::object(t), {msg.get()}) : Ref();
  if (!wrapped) {
    clear_error();
    restore_error(std::move(original));
    return;
  }
  BaseException* w = wrapped.as<BaseException>();
  BaseException* o = original.as<BaseException>();
  Ref old_traceback = Ref::steal(w->traceback);
  w->traceback = o->traceback.is_null() ? Value() : Ref::borrow(o->traceback).release();
  Ref old_cause = Ref::steal(w->cause);
  w->cause = original.release();
  w->suppress_context = true;
  raise_value(wrapped.get());
}

// Calls a codec's encoder or decoder and takes the object from its
// (object, length) answer.
Ref run_codec(std::string_view encoding, int index, Value input, std::string_view errors) {
  Ref fn = codec_function(encoding, index);
  if (!fn) return nullptr;
  Ref errs = str_from_utf8(errors);
  if (!errs) return nullptr;
  Ref answer = call(fn.get(), {input, errs.get()});
  if (!answer) {
    wrap_codec_error(index == 0 ? "encoding" : "decoding", encoding);
    return nullptr;
  }
  if (!is_tuple(answer.get()) || answer.as<Tuple>()->size != 2) {
    return raise(exc::TypeError, index == 0 ? "encoder must return a tuple (object, integer)"
                                            : "decoder must return a tuple (object,integer)");
  }
  return Ref::borrow(answer.as<Tuple>()->items[0]);
}

}  // namespace

Ref codec_lookup(std::string_view encoding) {
  Registry* r = registry();
  Ref key = normalized_name(encoding);
  if (!key) return nullptr;
  Value cached = dict_get(r->cache, key.get());
  if (!cached.is_null()) return Ref::borrow(cached);
  if (error_occurred()) return nullptr;
  // Hold the list: a search function may register or unregister others.
  Ref functions = Ref::borrow(Value::object(r->search_functions));
  for (int64_t i = 0; i < r->search_functions->size; ++i) {
    Ref fn = Ref::borrow(r->search_functions->items[i]);
    Ref found = call(fn.get(), {key.get()});
    if (!found) return nullptr;
    if (found.get().is_none()) continue;
    if (!is_tuple(found.get()) || found.as<Tuple>()->size != 4) {
      return raise(exc::TypeError, "codec search functions must return 4-tuples");
    }
    if (dict_set(r->cache, key.get(), found.get()) < 0) return nullptr;
    return found;
  }
  return raise(exc::LookupError, "unknown encoding: " + std::string(encoding));
}

bool codec_register(Value search_function) {
  if (type_of(search_function)->call == nullptr) {
    raise(exc::TypeError, "argument must be callable");
    return false;
  }
  return list_append(registry()->search_functions, search_function) == 0;
}

bool codec_unregister(Value search_function) {
  Registry* r = registry();
  for (int64_t i = 0; i < r->search_functions->size; ++i) {
    if (r->search_functions->items[i] == search_function) {
      dict_clear(r->cache);
      Ref removed = Ref::steal(r->search_functions->items[i]);
      for (int64_t j = i + 1; j < r->search_functions->size; ++j) {
        r->search_functions->items[j - 1] = r->search_functions->items[j];
      }
      --r->search_functions->size;
      return true;
    }
  }
  return true;
}

Ref codec_lookup_text(std::string_view encoding, const char* alternative) {
  Ref info = codec_lookup(encoding);
  if (!info) return nullptr;
  Ref flag = getattr_optional(info.get(), INTERNED("_is_text_encoding"));
  if (!flag) return error_occurred() ? nullptr : info;
  int is_text = is_true(flag.get());
  if (is_text < 0) return nullptr;
  if (is_text) return info;
  return raise(exc::LookupError, "'" + std::string(encoding) + "' is not a text encoding; use " + alternative +
                                     "() to handle arbitrary codecs");
}

Ref codec_encode_object(Value obj, std::string_view encoding, std::string_view errors) {
  return run_codec(encoding, 0, obj, errors);
}

Ref codec_decode_object(Value obj, std::string_view encoding, std::string_view errors) {
  return run_codec(encoding, 1, obj, errors);
}

Ref registry_encode_text(Str* s, std::string_view encoding, std::string_view errors) {
  if (!codec_lookup_text(encoding, "codecs.encode")) return nullptr;
  Ref result = run_codec(encoding, 0, Value::object(s), errors);
  if (!result) return nullptr;
  if (is_bytes(result.get())) return result;
  if (is_bytearray(result.get())) return bytes_from_string(bytearray_view(result.as<ByteArray>()));
  return raise(exc::TypeError, "'" + std::string(encoding) + "' encoder returned '" + type_name_of(result.get()) +
                                   "' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
}

Ref registry_decode_text(std::string_view bytes, std::string_view encoding, std::string_view errors) {
  if (!codec_lookup_text(encoding, "codecs.decode")) return nullptr;
  Ref input = bytes_from_string(bytes);
  if (!input) return nullptr;
  Ref result = run_codec(encoding, 1, input.get(), errors);
  if (!result) return nullptr;
  if (is_str(result.get())) return result;
  return raise(exc::TypeError, "'" + std::string(encoding) + "' decoder returned '" + type_name_of(result.get()) +
                                   "' instead of 'str'; use codecs.decode() to decode to arbitrary types");
}

}  // namespace taipan
