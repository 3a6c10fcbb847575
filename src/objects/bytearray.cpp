// bytearray: the mutable byte string. Storage grows geometrically; while a
// memoryview exports it (exports > 0) its size may not change. Holds the
// type's slots and the mutating methods; the read-only methods are shared
// with bytes (bytes_methods.cpp).
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type bytearray_type;

namespace {

ByteArray* as_ba(Value v) { return v.as<ByteArray>(); }

bool check_resizable(ByteArray* a) {
  if (a->exports > 0) {
    raise(exc::BufferError, "Existing exports of data: object cannot be re-sized");
    return false;
  }
  return true;
}

bool reserve(ByteArray* a, int64_t n) {
  if (n <= a->capacity) return true;
  int64_t cap = std::max<int64_t>(n, a->capacity + a->capacity / 2 + 8);
  size_t bytes = static_cast<size_t>(cap) + 1;
  auto* data = static_cast<unsigned char*>(exceeds_memory(bytes) ? nullptr : std::realloc(a->data, bytes));
  if (data == nullptr) {
    raise_no_memory();
    return false;
  }
  a->data = data;
  a->capacity = cap;
  return true;
}

// Replaces bytes [lo, hi) with `with`; 0 or -1.
int splice(ByteArray* a, int64_t lo, int64_t hi, std::string_view with) {
  int64_t delta = static_cast<int64_t>(with.size()) - (hi - lo);
  if (delta != 0 && !check_resizable(a)) return -1;
  if (!reserve(a, a->size + delta)) return -1;
  if (delta != 0) std::memmove(a->data + hi + delta, a->data + hi, static_cast<size_t>(a->size - hi));
  if (!with.empty()) std::memcpy(a->data + lo, with.data(), with.size());
  a->size += delta;
  if (a->data != nullptr) a->data[a->size] = 0;
  return 0;
}

}  // namespace

Ref bytearray_from_string(std::string_view data) {
  ByteArray* a = new_object<ByteArray>(&bytearray_type);
  if (a == nullptr) return nullptr;
  Ref r = Ref::steal(a);
  if (splice(a, 0, 0, data) < 0) return nullptr;
  return r;
}

int bytearray_append_bytes(ByteArray* a, std::string_view data) { return splice(a, a->size, a->size, data); }

namespace {

std::string_view view(Value self) { return bytearray_view(as_ba(self)); }

void bytearray_dealloc(Object* o) {
  std::free(static_cast<ByteArray*>(o)->data);
  free_object(o);
}

Ref bytearray_repr(Value self) {
  std::string text = type_name_of(self);
  text += "(" + bytes_repr_text(view(self), true) + ")";
  return str_from_utf8(text);
}

int64_t bytearray_len(Value self) { return as_ba(self)->size; }

Ref bytearray_richcompare(Value a, Value b, CompareOp op) { return bytes_like_richcompare(view(a), b, op); }
Ref bytearray_getitem(Value self, Value key) { return bytes_like_getitem(self, view(self), key, true); }
int bytearray_contains(Value self, Value item) { return bytes_like_contains(view(self), item); }

Ref bytearray_add(Value a, Value b) {
  if (!is_bytearray(a)) return ref_not_implemented();
  return bytes_like_concat(a, b, true);
}
Ref bytearray_multiply(Value a, Value b) { return bytes_like_repeat(a, b, true); }
Ref bytearray_remainder(Value a, Value b) {
  if (!is_bytearray(a)) return ref_not_implemented();
  return bytes_percent_format(view(a), b, true);
}

// The bytes a slice assignment or extend() takes: a buffer or an iterable of ints.
bool assigned_bytes(Value v, std::string* out) {
  Buffer b;
  if (get_buffer(v, &b)) {
    out->assign(b.data);
    return true;
  }
  if (is_int(v) || is_str(v)) {
    raise(exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  return bytes_source("bytearray", v, Value(), Value(), out);
}

Ref bytearray_inplace_add(Value a, Value b) {
  Buffer buf;
  if (!get_buffer(b, &buf)) {
    return raise(exc::TypeError, std::string("can't concat ") + type_name_of(b) + " to " + type_name_of(a));
  }
  std::string data(buf.data);
  if (bytearray_append_bytes(as_ba(a), data) < 0) return nullptr;
  return Ref::borrow(a);
}

Ref bytearray_inplace_multiply(Value a, Value b) {
  Ref repeated = bytes_like_repeat(a, b, true);
  if (!repeated || !is_bytearray(*repeated)) return repeated;
  ByteArray* self = as_ba(a);
  std::string data(view(*repeated));
  if (splice(self, 0, self->size, data) < 0) return nullptr;
  return Ref::borrow(a);
}

int bytearray_setitem(Value self, Value key, Value v) {
  ByteArray* a = as_ba(self);
  if (is_slice(key)) {
    int64_t start, stop, step;
    if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return -1;
    int64_t n = slice_adjust_indices(a->size, &start, &stop, step);
    std::string data;
    if (!v.is_null() && !assigned_bytes(v, &data)) return -1;
    if (step == 1) return splice(a, start, start + n, data);
    if (v.is_null()) {
      if (n > 0 && !check_resizable(a)) return -1;
      std::vector<bool> drop(static_cast<size_t>(a->size), false);
      for (int64_t i = 0, j = start; i < n; ++i, j += step) drop[static_cast<size_t>(j)] = true;
      std::string kept;
      for (int64_t i = 0; i < a->size; ++i)
        if (!drop[static_cast<size_t>(i)]) kept.push_back(static_cast<char>(a->data[i]));
      return splice(a, 0, a->size, kept);
    }
    if (static_cast<int64_t>(data.size()) != n) {
      return fail(exc::ValueError, "attempt to assign bytes of size " + std::to_string(data.size()) +
                                       " to extended slice of size " + std::to_string(n));
    }
    for (int64_t i = 0, j = start; i < n; ++i, j += step) a->data[j] = static_cast<unsigned char>(data[static_cast<size_t>(i)]);
    return 0;
  }
  if (!is_int(key) && type_of(key)->number.index == nullptr) {
    return fail(exc::TypeError, std::string("bytearray indices must be integers or slices, not ") + type_name_of(key));
  }
  int64_t i;
  if (!arg_to_index(key, &i)) return -1;
  if (i < 0) i += a->size;
  if (i < 0 || i >= a->size) return fail(exc::IndexError, "bytearray index out of range");
  if (v.is_null()) return splice(a, i, i + 1, "");
  unsigned char c;
  if (!bytes_item_value(v, &c)) return -1;
  a->data[i] = c;
  return 0;
}

int bytearray_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"source", "encoding", "errors"};
  Value a[3];
  if (!bind_method_args("bytearray", names, 3, args, nargs, kwnames, a)) return -1;
  std::string data;
  if (!bytes_source("bytearray", a[0], a[1], a[2], &data)) return -1;
  ByteArray* ba = as_ba(self);
  return splice(ba, 0, ba->size, data);
}

Ref bytearray_new(Type* type, const Value*, size_t, Tuple*) {
  ByteArray* a = new_object<ByteArray>(type, static_cast<size_t>(type->basic_size));
  if (a == nullptr) return nullptr;
  return Ref::steal(a);
}

// ---- Mutating methods ----

bool arity(const char* name, Arity style, size_t nargs, Tuple* kwnames, size_t min, size_t max) {
  return check_arity("bytearray", name, style, nargs, kwnames, min, max);
}

Ref ba_append(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!arity("append", Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  unsigned char c;
  if (!bytes_item_value(args[0], &c)) return nullptr;
  if (bytearray_append_bytes(as_ba(self), {reinterpret_cast<const char*>(&c), 1}) < 0) return nullptr;
  return Ref::none();
}

Ref ba_extend(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!arity("extend", Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  std::string data;
  Buffer b;
  if (get_buffer(args[0], &b)) {
    data.assign(b.data);
  } else if (type_of(args[0])->iter == nullptr && type_lookup(type_of(args[0]), "__getitem__").is_null()) {
    return raise(exc::TypeError, std::string("can't extend bytearray with ") + type_name_of(args[0]));
  } else if (!bytes_from_iterable(args[0], "byte must be in range(0, 256)", &data)) {
    return nullptr;
  }
  if (bytearray_append_bytes(as_ba(self), data) < 0) return nullptr;
  return Ref::none();
}

Ref ba_insert(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!arity("insert", Arity::Clinic, nargs, kwnames, 2, 2)) return nullptr;
  int64_t i;
  unsigned char c;
  if (!arg_to_index(args[0], &i) || !bytes_item_value(args[1], &c)) return nullptr;
  ByteArray* a = as_ba(self);
  if (i < 0) i = std::max<int64_t>(0, i + a->size);
  if (i > a->size) i = a->size;
  if (splice(a, i, i, {reinterpret_cast<const char*>(&c), 1}) < 0) return nullptr;
  return Ref::none();
}

Ref ba_pop(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!arity("pop", Arity::Clinic, nargs, kwnames, 0, 1)) return nullptr;
  ByteArray* a = as_ba(self);
  int64_t i = -1;
  if (nargs == 1 && !arg_to_index(args[0], &i)) return nullptr;
  if (a->size == 0) return raise(exc::IndexError, "pop from empty bytearray");
  if (i < 0) i += a->size;
  if (i < 0 || i >= a->size) return raise(exc::IndexError, "pop index out of range");
  int64_t c = a->data[i];
  if (splice(a, i, i + 1, "") < 0) return nullptr;
  return Ref::small_int(c);
}

Ref ba_remove(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!arity("remove", Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  unsigned char c;
  if (!bytes_item_value(args[0], &c)) return nullptr;
  ByteArray* a = as_ba(self);
  size_t at = view(self).find(static_cast<char>(c));
  if (at == std::string_view::npos) return raise(exc::ValueError, "value not found in bytearray");
  if (splice(a, static_cast<int64_t>(at), static_cast<int64_t>(at) + 1, "") < 0) return nullptr;
  return Ref::none();
}

Ref ba_reverse(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity("reverse", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  ByteArray* a = as_ba(self);
  std::reverse(a->data, a->data + a->size);
  return Ref::none();
}

Ref ba_clear(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity("clear", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  ByteArray* a = as_ba(self);
  if (splice(a, 0, a->size, "") < 0) return nullptr;
  return Ref::none();
}

Ref ba_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity("copy", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  return bytearray_from_string(view(self));
}

Ref ba_alloc(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity("__alloc__", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  ByteArray* a = as_ba(self);
  return Ref::small_int(a->capacity == 0 ? 0 : a->capacity + 1);
}

// The reduction CPython gives: protocols 3 and up carry the bytes, older
// ones a latin-1 str (nothing when empty); the state is __getstate__()'s.
Ref reduce_with_protocol(Value self, int64_t protocol) {
  std::string_view data = view(self);
  Ref args;
  if (protocol >= 3) {
    Ref bytes = bytes_from_string(data);
    args = bytes ? tuple_pack({bytes.get()}) : nullptr;
  } else if (data.empty()) {
    args = tuple_pack({});
  } else {
    Ref text = str_from_latin1(data);
    Ref encoding = str_from_utf8("latin-1");
    args = text && encoding ? tuple_pack({text.get(), encoding.get()}) : nullptr;
  }
  Ref state = call_method(self, "__getstate__", {});
  if (!args || !state) return nullptr;
  return tuple_pack({Value::object(type_of(self)), args.get(), state.get()});
}

Ref ba_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity("__reduce__", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  return reduce_with_protocol(self, 0);
}

Ref ba_reduce_ex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!arity("__reduce_ex__", Arity::Clinic, nargs, kwnames, 0, 1)) return nullptr;
  int64_t protocol = 0;
  if (nargs == 1) {
    Ref n = index(args[0]);
    if (!n) return nullptr;
    protocol = as_int64(n.get());
    if (protocol == -1 && error_occurred()) return nullptr;
  }
  return reduce_with_protocol(self, protocol);
}

std::vector<MethodDef>& bytearray_methods() {
  static std::vector<MethodDef> table = [] {
    std::vector<MethodDef> t = {
        {"append", ba_append, kMethodInstance, "append($self, item, /)\n--\n\n"},
        {"extend", ba_extend, kMethodInstance, "extend($self, iterable_of_ints, /)\n--\n\n"},
        {"insert", ba_insert, kMethodInstance, "insert($self, index, item, /)\n--\n\n"},
        {"pop", ba_pop, kMethodInstance, "pop($self, index=-1, /)\n--\n\n"},
        {"remove", ba_remove, kMethodInstance, "remove($self, value, /)\n--\n\n"},
        {"reverse", ba_reverse, kMethodInstance, "reverse($self, /)\n--\n\n"},
        {"clear", ba_clear, kMethodInstance, "clear($self, /)\n--\n\n"},
        {"copy", ba_copy, kMethodInstance, "copy($self, /)\n--\n\n"},
        {"__alloc__", ba_alloc, kMethodInstance, nullptr},
        {"__reduce__", ba_reduce, kMethodInstance, "__reduce__($self, /)\n--\n\nReturn state information for pickling."},
        {"__reduce_ex__", ba_reduce_ex, kMethodInstance, "__reduce_ex__($self, proto=0, /)\n--\n\nReturn state information for pickling."},
    };
    for (const MethodDef* m = bytes_shared_methods(); m->name != nullptr; ++m) t.push_back(*m);
    t.push_back({nullptr, nullptr, 0, nullptr});
    return t;
  }();
  return table;
}

}  // namespace

int init_bytearray_type() {
  Type& t = bytearray_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "bytearray";
  t.basic_size = sizeof(ByteArray);
  t.flags = kTypeBaseType;
  t.doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray";
  t.dealloc = bytearray_dealloc;
  t.repr = bytearray_repr;
  t.str = bytearray_repr;
  t.hash = hash_not_implemented;
  t.richcompare = bytearray_richcompare;
  t.iter = bytes_like_iter;
  t.new_ = bytearray_new;
  t.init = bytearray_init;
  t.len = bytearray_len;
  t.getitem = bytearray_getitem;
  t.setitem = bytearray_setitem;
  t.contains = bytearray_contains;
  t.number.add = bytearray_add;
  t.number.multiply = bytearray_multiply;
  t.number.remainder = bytearray_remainder;
  t.number.inplace_add = bytearray_inplace_add;
  t.number.inplace_multiply = bytearray_inplace_multiply;
  t.methods = bytearray_methods().data();
  return type_ready(&t);
}

}  // namespace taipan
