// _io.IncrementalNewlineDecoder: wraps an incremental decoder (or none, for
// str input) and, for universal newlines, records which line endings it has
// seen and optionally translates "\r\n" and "\r" to "\n". A "\r" at the end
// of a chunk is held back until the next chunk shows whether "\n" follows.
#include <string>

#include "modules/io_internal.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type newline_decoder_type;

namespace {

constexpr unsigned kSeenLF = 1, kSeenCR = 2, kSeenCRLF = 4;

struct NewlineDecoder : Object {
  Value decoder;  // owned; None when input is already str
  Value errors;   // owned
  bool translate;
  bool pending_cr;
  bool initialized;
  unsigned seen;
};

NewlineDecoder* as_decoder(Value v) { return v.as<NewlineDecoder>(); }

NewlineDecoder* initialized(Value self) {
  NewlineDecoder* d = as_decoder(self);
  if (d->initialized) return d;
  raise(exc::ValueError, "IncrementalNewlineDecoder.__init__() not called");
  return nullptr;
}

Ref decoder_new(Type* type, const Value*, size_t, Tuple*) {
  NewlineDecoder* d = new_object<NewlineDecoder>(type, static_cast<size_t>(type->basic_size));
  return d == nullptr ? nullptr : Ref::steal(static_cast<Object*>(d));
}

int decoder_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"decoder", "translate", "errors"};
  static const ArgSpec spec = {"IncrementalNewlineDecoder", names, 3, 0, 2};
  Value a[3];
  if (!bind_args(spec, args, nargs, kwnames, a)) return -1;
  int translate = is_true(a[1]);
  if (translate < 0) return -1;
  Ref errors = a[2].is_null() ? str_from_utf8("strict") : Ref::borrow(a[2]);
  if (!errors) return -1;
  NewlineDecoder* d = as_decoder(self);
  Value old_decoder = d->decoder, old_errors = d->errors;
  d->decoder = Ref::borrow(a[0]).release();
  d->errors = errors.release();
  decref(old_decoder);
  decref(old_errors);
  d->translate = translate != 0;
  d->pending_cr = false;
  d->seen = 0;
  d->initialized = true;
  return 0;
}

std::string replace_all(std::string_view text, std::string_view from, char to) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (text.substr(i, from.size()) == from) {
      out += to;
      i += from.size();
    } else {
      out += text[i++];
    }
  }
  return out;
}

}  // namespace

static Ref newline_decoder_decode(Value self, Value input, bool final) {
  NewlineDecoder* d = initialized(self);
  if (d == nullptr) return nullptr;
  Ref output;
  if (d->decoder.is_none()) {
    output = Ref::borrow(input);
  } else {
    Ref names = tuple_pack({Value::object(intern("final"))});
    if (!names) return nullptr;
    Value call_args[2] = {input, Value::boolean(final)};
    Ref decode = getattr(d->decoder, intern("decode"));
    if (!decode) return nullptr;
    output = call(decode.get(), call_args, 1, names.as<Tuple>());
    if (!output) return nullptr;
  }
  if (!is_str(output.get())) {
    return raise(exc::TypeError,
                 std::string("decoder should return a string result, not '") + type_name_of(output.get()) + "'");
  }
  std::string_view text = str_utf8(output.as<Str>());
  std::string held;
  bool changed = false;
  if (d->pending_cr && (!text.empty() || final)) {
    held = "\r";
    held += text;
    d->pending_cr = false;
    changed = true;
  } else {
    held = std::string(text);
  }
  if (!final && !held.empty() && held.back() == '\r') {
    held.pop_back();
    d->pending_cr = true;
    changed = true;
  }
  size_t crlf = 0, cr = 0, lf = 0;
  for (size_t i = 0; i < held.size(); ++i) {
    if (held[i] == '\r') {
      if (i + 1 < held.size() && held[i + 1] == '\n') {
        ++crlf;
        ++i;
      } else {
        ++cr;
      }
    } else if (held[i] == '\n') {
      ++lf;
    }
  }
  d->seen |= (lf ? kSeenLF : 0) | (cr ? kSeenCR : 0) | (crlf ? kSeenCRLF : 0);
  if (d->translate && (crlf || cr)) {
    if (crlf) held = replace_all(held, "\r\n", '\n');
    if (cr) held = replace_all(held, "\r", '\n');
    changed = true;
  }
  return changed ? str_from_utf8(held) : output;
}

namespace {

Ref decoder_decode(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"input", "final"};
  static const ArgSpec spec = {"decode", names, 2, 0, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  int final = a[1].is_null() ? 0 : is_true(a[1]);
  if (final < 0) return nullptr;
  return newline_decoder_decode(self, a[0], final != 0);
}

Ref decoder_getstate(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("getstate", kwnames) || !check_arg_count("getstate", nargs, 0, 0)) return nullptr;
  NewlineDecoder* d = initialized(self);
  if (d == nullptr) return nullptr;
  Ref buffer;
  Ref flag;
  if (d->decoder.is_none()) {
    buffer = bytes_from_string("");
    flag = Ref::small_int(0);
  } else {
    Ref state = call_method(d->decoder, "getstate", {});
    if (!state) return nullptr;
    if (!is_tuple(state.get()) || state.as<Tuple>()->size != 2) {
      return raise(exc::TypeError, "illegal decoder state");
    }
    buffer = Ref::borrow(state.as<Tuple>()->items[0]);
    flag = Ref::borrow(state.as<Tuple>()->items[1]);
  }
  Ref shifted = binary_op(flag.get(), Value::small_int(1), BinaryOp::LShift);
  if (!shifted) return nullptr;
  if (d->pending_cr) {
    shifted = binary_op(shifted.get(), Value::small_int(1), BinaryOp::Or);
    if (!shifted) return nullptr;
  }
  return tuple_pack({buffer.get(), shifted.get()});
}

Ref decoder_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("setstate", kwnames) || !check_arg_count("setstate", nargs, 1, 1)) return nullptr;
  NewlineDecoder* d = initialized(self);
  if (d == nullptr) return nullptr;
  if (!is_tuple(args[0])) return raise(exc::TypeError, "state argument must be a tuple");
  Tuple* state = args[0].as<Tuple>();
  if (state->size != 2) return raise(exc::TypeError, "setstate(): illegal state argument");
  Ref low = binary_op(state->items[1], Value::small_int(1), BinaryOp::And);
  if (!low) return nullptr;
  int pending = is_true(low.get());
  if (pending < 0) return nullptr;
  d->pending_cr = pending != 0;
  if (d->decoder.is_none()) return Ref::none();
  Ref rest = binary_op(state->items[1], Value::small_int(1), BinaryOp::RShift);
  if (!rest) return nullptr;
  Ref inner = tuple_pack({state->items[0], rest.get()});
  if (!inner) return nullptr;
  return call_method(d->decoder, "setstate", {inner.get()});
}

Ref decoder_reset(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("reset", kwnames) || !check_arg_count("reset", nargs, 0, 0)) return nullptr;
  NewlineDecoder* d = initialized(self);
  if (d == nullptr) return nullptr;
  d->seen = 0;
  d->pending_cr = false;
  if (d->decoder.is_none()) return Ref::none();
  return call_method(d->decoder, "reset", {});
}

// None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"), ("\r", "\n", "\r\n").
Ref decoder_newlines(Value self) {
  NewlineDecoder* d = initialized(self);
  if (d == nullptr) return nullptr;
  Ref found[3];
  Value items[3];
  size_t count = 0;
  auto add = [&](const char* ending) {
    found[count] = str_from_utf8(ending);
    items[count] = found[count].get();
    return static_cast<bool>(found[count++]);
  };
  if ((d->seen & kSeenCR) && !add("\r")) return nullptr;
  if ((d->seen & kSeenLF) && !add("\n")) return nullptr;
  if ((d->seen & kSeenCRLF) && !add("\r\n")) return nullptr;
  if (count == 0) return Ref::none();
  if (count == 1) return std::move(found[0]);
  return tuple_from_array(items, static_cast<int64_t>(count));
}

const MethodDef kDecoderMethods[] = {
    {"decode", decoder_decode, kMethodInstance, nullptr},
    {"getstate", decoder_getstate, kMethodInstance, nullptr},
    {"setstate", decoder_setstate, kMethodInstance, nullptr},
    {"reset", decoder_reset, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kDecoderGetSets[] = {
    {"newlines", decoder_newlines, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void decoder_traverse(Object* self, VisitFn visit, void* arg) {
  NewlineDecoder* d = static_cast<NewlineDecoder*>(self);
  if (!d->decoder.is_null()) visit(d->decoder, arg);
  if (!d->errors.is_null()) visit(d->errors, arg);
}

void decoder_clear(Object* self) {
  NewlineDecoder* d = static_cast<NewlineDecoder*>(self);
  Value decoder = d->decoder, errors = d->errors;
  d->decoder = Value();
  d->errors = Value();
  d->initialized = false;
  decref(decoder);
  decref(errors);
}

void decoder_dealloc(Object* self) {
  decoder_clear(self);
  free_object(self);
}

}  // namespace

int init_newline_decoder_type() {
  Type* t = &newline_decoder_type;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = "_io.IncrementalNewlineDecoder";
  t->base = &object_type;
  t->basic_size = sizeof(NewlineDecoder);
  t->flags = kTypeBaseType | kTypeGC;
  t->methods = kDecoderMethods;
  t->getsets = kDecoderGetSets;
  t->new_ = decoder_new;
  t->init = decoder_init;
  t->dealloc = decoder_dealloc;
  t->traverse = decoder_traverse;
  t->clear = decoder_clear;
  return type_ready(t);
}

}  // namespace taipan
