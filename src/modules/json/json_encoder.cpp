// _json's encoder half: encode_basestring(_ascii) and the Encoder
// (make_encoder(markers, default, encoder, indent, key_separator,
// item_separator, sort_keys, skipkeys, allow_nan)) that json.encoder calls
// for output without indentation. Calling it with (obj, level) returns a
// 1-item list holding the whole text; containers are checked for cycles through
// `markers` (ids of the containers being encoded) as CPython does.
#include <cmath>
#include <string>

#include "modules/json/json.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/thread_state.h"

namespace taipan::json {

Type encoder_type;

namespace {

// Appends s as a JSON string literal: quotes, backslash escapes, and with
// ascii_only every non-ASCII character as \uXXXX (surrogate pairs above the BMP).
void append_quoted(StrBuilder& out, Str* s, bool ascii_only) {
  static const char kHex[] = "0123456789abcdef";
  auto append_u = [&](uint32_t c) {
    char buf[6] = {'\\', 'u', kHex[(c >> 12) & 15], kHex[(c >> 8) & 15], kHex[(c >> 4) & 15], kHex[c & 15]};
    out.append_ascii(std::string_view(buf, 6));
  };
  out.append('"');
  int64_t run_start = 0;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    bool plain = c >= ' ' && c != '"' && c != '\\' && (!ascii_only || c < 0x7f);
    if (plain) continue;
    if (i > run_start) out.append(s, run_start, i);
    run_start = i + 1;
    switch (c) {
      case '"': out.append_ascii("\\\""); break;
      case '\\': out.append_ascii("\\\\"); break;
      case '\b': out.append_ascii("\\b"); break;
      case '\f': out.append_ascii("\\f"); break;
      case '\n': out.append_ascii("\\n"); break;
      case '\r': out.append_ascii("\\r"); break;
      case '\t': out.append_ascii("\\t"); break;
      default:
        if (c >= 0x10000) {
          uint32_t v = c - 0x10000;
          append_u(0xD800 | (v >> 10));
          append_u(0xDC00 | (v & 0x3FF));
        } else {
          append_u(c);
        }
    }
  }
  if (s->length > run_start) out.append(s, run_start, s->length);
  out.append('"');
}

Ref quoted(const char* function, const Value* args, size_t nargs, Tuple* kwnames, bool ascii_only) {
  if (!no_keywords(function, kwnames) || !check_arg_count(function, nargs, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("first argument must be a string, not ") + type_name_of(args[0]));
  }
  StrBuilder out;
  append_quoted(out, args[0].as<Str>(), ascii_only);
  return out.finish();
}

enum class FastEncode { None, Unicode, Ascii };

struct EncoderObject : Object {
  Value markers;  // dict or None
  Value default_fn;
  Value encoder;
  Value indent;
  Value key_separator;   // str
  Value item_separator;  // str
  bool sort_keys;
  bool skipkeys;
  bool allow_nan;
  FastEncode fast_encode;
};

constexpr int kEncoderFields = 6;
Value* encoder_fields(EncoderObject* e) { return &e->markers; }

class Encoding {
 public:
  explicit Encoding(EncoderObject* e) : e_(e) {}
  StrBuilder out;

  bool encode(Value obj) {
    if (obj.is_none()) {
      out.append_ascii("null");
    } else if (obj.is_bool()) {
      out.append_ascii(obj.is_true() ? "true" : "false");
    } else if (is_str(obj)) {
      return encode_string(obj);
    } else if (is_int(obj)) {
      return append_repr(obj, int_type.repr);
    } else if (is_float(obj)) {
      return encode_float(obj);
    } else if (is_list(obj) || is_tuple(obj)) {
      if (!enter_recursive_call(" while encoding a JSON object")) return false;
      bool ok = encode_list(obj);
      leave_recursive_call();
      return ok;
    } else if (is_dict(obj)) {
      if (!enter_recursive_call(" while encoding a JSON object")) return false;
      bool ok = encode_dict(obj);
      leave_recursive_call();
      return ok;
    } else {
      Ref id;
      if (!mark(obj, &id)) return false;
      Ref replacement = call(e_->default_fn, {obj});
      if (!replacement) return false;
      if (!enter_recursive_call(" while encoding a JSON object")) return false;
      bool ok = encode(replacement.get());
      leave_recursive_call();
      return ok && unmark(id);
    }
    return true;
  }

 private:
  bool append_repr(Value v, UnaryFn repr_slot) {
    Ref text = repr_slot(v);
    if (!text) return false;
    out.append(text.get().as<Str>());
    return true;
  }

  bool encode_float(Value v) {
    double d = float_value(v);
    if (std::isfinite(d)) return append_repr(v, float_type.repr);
    if (!e_->allow_nan) {
      raise(exc::ValueError, "Out of range float values are not JSON compliant");
      return false;
    }
    out.append_ascii(d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN");
    return true;
  }

  bool encode_string(Value s) {
    if (e_->fast_encode != FastEncode::None) {
      append_quoted(out, s.as<Str>(), e_->fast_encode == FastEncode::Ascii);
      return true;
    }
    Ref encoded = call(e_->encoder, {s});
    if (!encoded) return false;
    if (!is_str(encoded.get())) {
      raise(exc::TypeError, std::string("encoder() must return a string, not ") + type_name_of(encoded.get()));
      return false;
    }
    out.append(encoded.get().as<Str>());
    return true;
  }

  // Records a container in markers (refusing one already being encoded);
  // *id is left null when there are no markers.
  bool mark(Value obj, Ref* id) {
    if (e_->markers.is_none()) return true;
    *id = int_from_uint64(reinterpret_cast<uintptr_t>(obj.as_object()));
    if (!*id) return false;
    Dict* markers = e_->markers.as<Dict>();
    int has = dict_contains(markers, id->get());
    if (has != 0) {
      if (has > 0) raise(exc::ValueError, "Circular reference detected");
      return false;
    }
    return dict_set(markers, id->get(), obj) == 0;
  }

  bool unmark(const Ref& id) { return !id || dict_del(e_->markers.as<Dict>(), id.get()) == 0; }

  bool encode_list(Value seq) {
    Ref items = is_list(seq) ? list_as_tuple(seq.as<List>()) : Ref::borrow(seq);
    if (!items) return false;
    Tuple* t = items.get().as<Tuple>();
    if (t->size == 0) {
      out.append_ascii("[]");
      return true;
    }
    Ref id;
    if (!mark(seq, &id)) return false;
    out.append('[');
    for (int64_t i = 0; i < t->size; ++i) {
      if (i > 0) out.append(e_->item_separator.as<Str>());
      if (!encode(t->items[i])) return false;
    }
    if (!unmark(id)) return false;
    out.append(']');
    return true;
  }

  // The text of a dict key, or null with no error to skip it (skipkeys).
  Ref key_text(Value key) {
    if (is_str(key)) return Ref::borrow(key);
    if (is_float(key)) {
      double d = float_value(key);
      if (std::isfinite(d)) return float_type.repr(key);
      if (!e_->allow_nan) return raise(exc::ValueError, "Out of range float values are not JSON compliant");
      return str_from_utf8(d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN");
    }
    if (key.is_bool()) return str_from_utf8(key.is_true() ? "true" : "false");
    if (key.is_none()) return str_from_utf8("null");
    if (is_int(key)) return int_type.repr(key);
    if (e_->skipkeys) return nullptr;
    return raise(exc::TypeError,
                 std::string("keys must be str, int, float, bool or None, not ") + type_name_of(key));
  }

  bool encode_dict(Value dct) {
    Dict* d = dct.as<Dict>();
    if (dict_size(d) == 0) {
      out.append_ascii("{}");
      return true;
    }
    Ref id;
    if (!mark(dct, &id)) return false;
    out.append('{');
    Ref items = dict_items(dct);
    if (!items) return false;
    List* list = items.get().as<List>();
    if (e_->sort_keys && list_sort(list, Value(), false) < 0) return false;
    int64_t written = 0;
    for (int64_t i = 0; i < list->size; ++i) {
      if (!is_tuple(list->items[i]) || list->items[i].as<Tuple>()->size != 2) {
        raise(exc::ValueError, "items must return 2-tuples");
        return false;
      }
      Tuple* item = list->items[i].as<Tuple>();
      Ref key = key_text(item->items[0]);
      if (!key) {
        if (error_occurred()) return false;
        continue;
      }
      if (written++ > 0) out.append(e_->item_separator.as<Str>());
      if (!encode_string(key.get())) return false;
      out.append(e_->key_separator.as<Str>());
      if (!encode(item->items[1])) return false;
    }
    if (!unmark(id)) return false;
    out.append('}');
    return true;
  }

  // PyMapping_Items: a dict's own items, or list(obj.items()) for a subclass.
  static Ref dict_items(Value dct) {
    if (type_of(dct) == &dict_type) return dict_items_list(dct.as<Dict>());
    Ref items = call_method(dct, "items", {});
    if (!items) return nullptr;
    Ref it = iter(items.get());
    if (!it && error_matches(exc::TypeError)) {
      clear_error();
      return raise(exc::TypeError, std::string(type_name_of(dct)) + ".items() returned a non-iterable (type " +
                                       type_name_of(items.get()) + ")");
    }
    return it ? list_from_iterable(it.get()) : nullptr;
  }

  EncoderObject* e_;
};

Ref encoder_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"obj", "_current_indent_level"};
  Value a[2];
  if (!bind_args(ArgSpec{"_iterencode", names, 2, 0, 2}, args, nargs, kwnames, a)) return nullptr;
  if (as_int64(a[1]) == -1 && error_occurred()) return nullptr;
  Encoding encoding(self.as<EncoderObject>());
  if (!encoding.encode(a[0])) return nullptr;
  Ref text = encoding.out.finish();
  if (!text) return nullptr;
  List* result = list_new(0);
  if (result == nullptr) return nullptr;
  Ref owned = Ref::steal(result);
  if (list_append(result, text.get()) < 0) return nullptr;
  return owned;
}

bool is_module_function(Value v, const char* name) {
  if (!v.is_object() || type_of(v) != &builtin_function_type) return false;
  Ref fn_name = getattr(v, "__name__");
  if (!fn_name) {
    clear_error();
    return false;
  }
  Ref module = getattr(v, "__self__");
  if (!module) {
    clear_error();
    return false;
  }
  return str_utf8(fn_name.get().as<Str>()) == name && module_name(module.get()) == "_json";
}

Ref encoder_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"markers", "default", "encoder", "indent", "key_separator",
                                      "item_separator", "sort_keys", "skipkeys", "allow_nan"};
  Value a[9];
  if (!bind_args(ArgSpec{"make_encoder", names, 9, 0, 9}, args, nargs, kwnames, a)) return nullptr;
  if (!a[0].is_none() && !is_dict(a[0])) {
    return raise(exc::TypeError, std::string("make_encoder() argument 1 must be dict or None, not ") +
                                     type_name_of(a[0]));
  }
  for (int i : {4, 5}) {
    if (!is_str(a[i])) {
      return raise(exc::TypeError, std::string("make_encoder() argument ") + std::to_string(i + 1) +
                                       " must be str, not " + type_name_of(a[i]));
    }
  }
  bool flags[3];
  for (int i = 0; i < 3; ++i) {
    int truth = is_true(a[6 + i]);
    if (truth < 0) return nullptr;
    flags[i] = truth != 0;
  }
  auto* e = new_object<EncoderObject>(type, static_cast<size_t>(type->basic_size));
  if (e == nullptr) return nullptr;
  for (int i = 0; i < kEncoderFields; ++i) {
    incref(a[i]);
    encoder_fields(e)[i] = a[i];
  }
  e->sort_keys = flags[0];
  e->skipkeys = flags[1];
  e->allow_nan = flags[2];
  e->fast_encode = is_module_function(a[2], "encode_basestring_ascii") ? FastEncode::Ascii
                   : is_module_function(a[2], "encode_basestring")     ? FastEncode::Unicode
                                                                       : FastEncode::None;
  return Ref::steal(e);
}

void encoder_clear(Object* self) {
  Value* fields = encoder_fields(static_cast<EncoderObject*>(self));
  for (int i = 0; i < kEncoderFields; ++i) {
    Value old = fields[i];
    fields[i] = Value();
    decref(old);
  }
}

void encoder_dealloc(Object* self) {
  encoder_clear(self);
  free_object(self);
}

void encoder_traverse(Object* self, VisitFn visit, void* arg) {
  Value* fields = encoder_fields(static_cast<EncoderObject*>(self));
  for (int i = 0; i < kEncoderFields; ++i) {
    if (!fields[i].is_null()) visit(fields[i], arg);
  }
}

template <int I>
Ref get_field(Value self) {
  return Ref::borrow(encoder_fields(self.as<EncoderObject>())[I]);
}
Ref get_sort_keys(Value self) { return Ref::boolean(self.as<EncoderObject>()->sort_keys); }
Ref get_skipkeys(Value self) { return Ref::boolean(self.as<EncoderObject>()->skipkeys); }

const GetSetDef kEncoderGetSets[] = {
    {"markers", get_field<0>, nullptr, nullptr},
    {"default", get_field<1>, nullptr, nullptr},
    {"encoder", get_field<2>, nullptr, nullptr},
    {"indent", get_field<3>, nullptr, nullptr},
    {"key_separator", get_field<4>, nullptr, nullptr},
    {"item_separator", get_field<5>, nullptr, nullptr},
    {"sort_keys", get_sort_keys, nullptr, nullptr},
    {"skipkeys", get_skipkeys, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref py_encode_basestring(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return quoted("encode_basestring", args, nargs, kwnames, false);
}

Ref py_encode_basestring_ascii(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return quoted("encode_basestring_ascii", args, nargs, kwnames, true);
}

int init_encoder_type() {
  Type& t = encoder_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_json.Encoder";
  t.doc = "_iterencode(obj, _current_indent_level) -> iterable";
  t.basic_size = sizeof(EncoderObject);
  t.flags = kTypeGC | kTypeBaseType;
  t.base = &object_type;
  t.new_ = encoder_new;
  t.call = encoder_call;
  t.dealloc = encoder_dealloc;
  t.traverse = encoder_traverse;
  t.clear = encoder_clear;
  t.getsets = kEncoderGetSets;
  return type_ready(&t);
}

}  // namespace taipan::json
