// bytes: immutable byte strings stored inline; the buffer protocol that every
// bytes-like object answers; repr; the constructor logic shared with
// bytearray; and the bytes type's slots. The methods common to bytes and
// bytearray live in bytes_methods.cpp.
#include "objects/bytes.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "objects/codecs.h"
#include "objects/hash_bytes.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type bytes_type;
Type bytes_iterator_type;
Type bytearray_iterator_type;
Type memory_iterator_type;

namespace {
Bytes* g_empty_bytes = nullptr;
Bytes* g_single_bytes[256];
}  // namespace

Bytes* bytes_alloc(int64_t n) {
  if (n < 0 || n > (int64_t{1} << 40)) {
    raise_no_memory();
    return nullptr;
  }
  Bytes* b = new_object<Bytes>(&bytes_type, sizeof(Bytes) + static_cast<size_t>(n) + 1);
  if (b == nullptr) return nullptr;
  b->size = n;
  b->hash = -1;
  return b;
}

Ref bytes_from_string(std::string_view data) {
  if (data.empty() && g_empty_bytes != nullptr) return Ref::borrow(g_empty_bytes);
  if (data.size() == 1 && g_empty_bytes != nullptr) return Ref::borrow(g_single_bytes[static_cast<unsigned char>(data[0])]);
  Bytes* b = bytes_alloc(static_cast<int64_t>(data.size()));
  if (b == nullptr) return nullptr;
  if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
  return Ref::steal(b);
}

int64_t bytes_hash(Bytes* b) {
  if (b->hash == -1) b->hash = hash_bytes(b->data, static_cast<size_t>(b->size));
  return b->hash;
}

std::string bytes_repr_text(std::string_view data, bool always_escape_single_quote) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  static const char hex[] = "0123456789abcdef";
  std::string out = "b";
  out.push_back(quote);
  for (char ch : data) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\' || (c == '\'' && always_escape_single_quote)) {
      out.push_back('\\');
      out.push_back(ch);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    } else {
      out.push_back(ch);
    }
  }
  out.push_back(quote);
  return out;
}

// ---- Buffers ----

namespace {
std::vector<std::pair<Type*, BufferGetter>>& buffer_types() {
  static std::vector<std::pair<Type*, BufferGetter>> types;
  return types;
}
}  // namespace

bool get_buffer(Value v, Buffer* out) {
  if (!v.is_object()) return false;
  if (is_bytes(v)) {
    out->data = bytes_view(v.as<Bytes>());
    out->readonly = true;
    return true;
  }
  if (is_bytearray(v)) {
    out->data = bytearray_view(v.as<ByteArray>());
    out->readonly = false;
    out->exports = &v.as<ByteArray>()->exports;
    return true;
  }
  if (is_memoryview(v)) return memoryview_buffer(v.as<MemoryView>(), out);
  for (const auto& [type, getter] : buffer_types()) {
    if (type_is_subtype(type_of(v), type)) return getter(v, out);
  }
  return false;
}

void register_buffer_type(Type* type, BufferGetter getter) { buffer_types().emplace_back(type, getter); }

bool require_buffer(Value v, Buffer* out) {
  if (get_buffer(v, out)) return true;
  if (!error_occurred()) raise(exc::TypeError, std::string("a bytes-like object is required, not '") + type_name_of(v) + "'");
  return false;
}

// ---- Construction (shared with bytearray) ----

namespace {

bool byte_value(Value item, const char* range_message, unsigned char* out) {
  int64_t v;
  if (item.is_small_int()) {
    v = item.as_small_int();
  } else {
    Ref idx = index(item);
    if (!idx) return false;
    if (!int_to_int64(*idx, &v)) v = -1;
  }
  if (v < 0 || v > 255) {
    raise(exc::ValueError, range_message);
    return false;
  }
  *out = static_cast<unsigned char>(v);
  return true;
}


}  // namespace

bool bytes_item_value(Value item, unsigned char* out) { return byte_value(item, "byte must be in range(0, 256)", out); }

bool bytes_from_iterable(Value iterable, const char* range_message, std::string* out) {
  Ref it = iter(iterable);
  if (!it) return false;
  for (;;) {
    Ref item = next(*it);
    if (!item) return !error_occurred();
    unsigned char c;
    if (!byte_value(*item, range_message, &c)) return false;
    out->push_back(static_cast<char>(c));
  }
}

bool bytes_source(const char* fname, Value source, Value encoding, Value errors, std::string* out) {
  if (source.is_null()) {
    if (!encoding.is_null() || !errors.is_null()) {
      raise(exc::TypeError, encoding.is_null() ? "errors without a string argument" : "encoding without a string argument");
      return false;
    }
    return true;
  }
  if (is_str(source)) {
    if (encoding.is_null()) {
      raise(exc::TypeError, "string argument without an encoding");
      return false;
    }
    std::string parts[2] = {"", "strict"};
    Value given[2] = {encoding, errors};
    static const char* const names[] = {"encoding", "errors"};
    for (int i = 0; i < 2; ++i) {
      if (given[i].is_null()) continue;
      if (!is_str(given[i])) {
        raise(exc::TypeError, std::string(fname) + "() argument '" + names[i] + "' must be str, not " +
                                  arg_type_name(given[i]));
        return false;
      }
      parts[i] = str_to_std(given[i].as<Str>());
    }
    Ref encoded = encode(source.as<Str>(), parts[0], parts[1]);
    if (!encoded) return false;
    out->assign(bytes_view(encoded.as<Bytes>()));
    return true;
  }
  if (!encoding.is_null() || !errors.is_null()) {
    raise(exc::TypeError, encoding.is_null() ? "errors without a string argument" : "encoding without a string argument");
    return false;
  }
  Buffer buf;
  if (get_buffer(source, &buf)) {
    out->assign(buf.data);
    return true;
  }
  if (is_int(source) || type_of(source)->number.index != nullptr) {
    Ref idx = index(source);
    if (!idx) return false;
    int64_t n;
    if (!int_to_int64(*idx, &n)) {
      raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
      return false;
    }
    if (n < 0) {
      raise(exc::ValueError, "negative count");
      return false;
    }
    if (exceeds_memory(static_cast<size_t>(n))) {
      raise_no_memory();
      return false;
    }
    out->assign(static_cast<size_t>(n), '\0');
    return true;
  }
  if (is_str(source) || type_of(source)->iter == nullptr) {
    if (type_lookup(type_of(source), "__getitem__").is_null()) {
      raise(exc::TypeError, std::string("cannot convert '") + type_name_of(source) + "' object to " + fname);
      return false;
    }
  }
  bool is_bytes_call = std::string_view(fname) == "bytes";
  return bytes_from_iterable(source, is_bytes_call ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)", out);
}

namespace {

Bytes* as_bytes(Value v) { return v.as<Bytes>(); }

Ref bytes_repr_slot(Value self) { return str_from_utf8(bytes_repr_text(bytes_view(as_bytes(self)))); }

int64_t bytes_hash_slot(Value self) { return bytes_hash(as_bytes(self)); }

int64_t bytes_len(Value self) { return as_bytes(self)->size; }

}  // namespace

Ref bytes_like_richcompare(std::string_view a, Value other, CompareOp op) {
  Buffer b;
  if (!is_bytes(other) && !is_bytearray(other)) return ref_not_implemented();
  get_buffer(other, &b);
  if (op == CompareOp::Eq || op == CompareOp::Ne) {
    return Ref::boolean((a == b.data) == (op == CompareOp::Eq));
  }
  int c = a.compare(b.data);
  switch (op) {
    case CompareOp::Lt: return Ref::boolean(c < 0);
    case CompareOp::Le: return Ref::boolean(c <= 0);
    case CompareOp::Gt: return Ref::boolean(c > 0);
    default: return Ref::boolean(c >= 0);
  }
}

Ref bytes_like_getitem(Value self, std::string_view data, Value key, bool bytearray) {
  int64_t n = static_cast<int64_t>(data.size());
  if (is_slice(key)) {
    int64_t start, stop, step;
    if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return nullptr;
    int64_t len = slice_adjust_indices(n, &start, &stop, step);
    std::string out;
    out.reserve(static_cast<size_t>(len));
    for (int64_t i = 0, j = start; i < len; ++i, j += step) out.push_back(data[static_cast<size_t>(j)]);
    if (bytearray) return bytearray_from_string(out);
    if (step == 1 && len == n && self.as_object()->type == &bytes_type) return Ref::borrow(self);
    return bytes_from_string(out);
  }
  if (!is_int(key) && type_of(key)->number.index == nullptr) {
    return raise(exc::TypeError, std::string(bytearray ? "bytearray" : "byte") + " indices must be integers or slices, not " +
                                     type_name_of(key));
  }
  int64_t i;
  Ref idx = index(key);
  if (!idx) return nullptr;
  if (!int_to_int64(*idx, &i)) return raise(exc::IndexError, "cannot fit 'int' into an index-sized integer");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(exc::IndexError, bytearray ? "bytearray index out of range" : "index out of range");
  return Ref::small_int(static_cast<unsigned char>(data[static_cast<size_t>(i)]));
}

int bytes_like_contains(std::string_view data, Value item) {
  if (is_int(item)) {
    unsigned char c;
    if (!bytes_item_value(item, &c)) return -1;
    return data.find(static_cast<char>(c)) != std::string_view::npos;
  }
  Buffer b;
  if (!require_buffer(item, &b)) return -1;
  return data.find(b.data) != std::string_view::npos;
}

Ref bytes_like_concat(Value a, Value b, bool bytearray) {
  Buffer x, y;
  if (!get_buffer(a, &x) || !get_buffer(b, &y)) {
    if (!get_buffer(a, &x)) return ref_not_implemented();
    Ref r = try_reflected(a, b, type_of(a)->number.add, type_of(b)->number.add);
    if (r || error_occurred()) return r;
    return raise(exc::TypeError, std::string("can't concat ") + type_name_of(b) + " to " + type_name_of(a));
  }
  std::string out;
  out.reserve(x.data.size() + y.data.size());
  out.append(x.data);
  out.append(y.data);
  return bytearray ? bytearray_from_string(out) : bytes_from_string(out);
}

Ref bytes_like_repeat(Value a, Value b, bool bytearray) {
  Value seq = is_bytes(a) || is_bytearray(a) ? a : b;
  Value count = seq == a ? b : a;
  if (!is_int(count) && type_of(count)->number.index == nullptr) {
    if (seq == a) {
      Ref r = try_reflected(a, b, type_of(a)->number.multiply, type_of(b)->number.multiply);
      if (r || error_occurred()) return r;
    }
    return raise(exc::TypeError, std::string("can't multiply sequence by non-int of type '") + type_name_of(count) + "'");
  }
  Ref idx = index(count);
  if (!idx) return nullptr;
  int64_t n;
  if (!int_to_int64(*idx, &n)) return raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  Buffer buf;
  get_buffer(seq, &buf);
  if (n <= 0) n = 0;
  if (!buf.data.empty() && n > (int64_t{1} << 40) / static_cast<int64_t>(buf.data.size())) return raise_no_memory();
  std::string out;
  out.reserve(buf.data.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) out.append(buf.data);
  if (bytearray) return bytearray_from_string(out);
  if (n == 1 && seq.as_object()->type == &bytes_type) return Ref::borrow(seq);
  return bytes_from_string(out);
}

// ---- The iterator shared by bytes and bytearray ----

namespace {

struct BytesIterator : Object {
  Value seq;  // owned; null when exhausted
  int64_t index;
};

void bytes_iterator_dealloc(Object* o) {
  decref(static_cast<BytesIterator*>(o)->seq);
  free_object(o);
}

Ref bytes_iterator_next(Value self) {
  BytesIterator* it = self.as<BytesIterator>();
  if (it->seq.is_null()) return Ref();
  Buffer b;
  get_buffer(it->seq, &b);
  if (it->index >= static_cast<int64_t>(b.data.size())) {
    Value old = it->seq;
    it->seq = Value();
    decref(old);
    return Ref();
  }
  return Ref::small_int(static_cast<unsigned char>(b.data[static_cast<size_t>(it->index++)]));
}

Ref bytes_iterator_length_hint(Value self, const Value*, size_t, Tuple*) {
  BytesIterator* it = self.as<BytesIterator>();
  if (it->seq.is_null()) return Ref::small_int(0);
  Buffer b;
  get_buffer(it->seq, &b);
  return Ref::small_int(std::max<int64_t>(0, static_cast<int64_t>(b.data.size()) - it->index));
}

const MethodDef kBytesIteratorMethods[] = {
    {"__length_hint__", bytes_iterator_length_hint, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref bytes_like_iter(Value self) {
  Type* type = is_bytearray(self) ? &bytearray_iterator_type
               : is_memoryview(self) ? &memory_iterator_type
                                     : &bytes_iterator_type;
  BytesIterator* it = new_object<BytesIterator>(type);
  if (it == nullptr) return nullptr;
  incref(self);
  it->seq = self;
  it->index = 0;
  return Ref::steal(it);
}

namespace {

Ref bytes_richcompare(Value a, Value b, CompareOp op) { return bytes_like_richcompare(bytes_view(as_bytes(a)), b, op); }
Ref bytes_getitem(Value self, Value key) { return bytes_like_getitem(self, bytes_view(as_bytes(self)), key, false); }
int bytes_contains(Value self, Value item) { return bytes_like_contains(bytes_view(as_bytes(self)), item); }

Ref bytes_add(Value a, Value b) {
  if (!is_bytes(a)) return ref_not_implemented();
  return bytes_like_concat(a, b, false);
}
Ref bytes_multiply(Value a, Value b) { return bytes_like_repeat(a, b, false); }
Ref bytes_remainder(Value a, Value b) {
  if (!is_bytes(a)) return ref_not_implemented();
  return bytes_percent_format(bytes_view(as_bytes(a)), b, false);
}

// bytes(x) where x defines __bytes__.
Ref call_dunder_bytes(Value source, bool* found) {
  *found = false;
  if (!source.is_object() || is_bytes(source)) return nullptr;
  Value method = type_lookup(type_of(source), "__bytes__");
  if (method.is_null()) return nullptr;
  *found = true;
  Ref r = call(method, {source});
  if (r && !is_bytes(*r)) {
    return raise(exc::TypeError, std::string("__bytes__ returned non-bytes (type ") + type_name_of(*r) + ")");
  }
  return r;
}

Ref bytes_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"source", "encoding", "errors"};
  Value a[3];
  if (!bind_method_args("bytes", names, 3, args, nargs, kwnames, a)) return nullptr;
  Ref result;
  bool has_dunder = false;
  if (!a[0].is_null() && a[1].is_null() && a[2].is_null()) {
    result = call_dunder_bytes(a[0], &has_dunder);
    if (has_dunder && !result) return nullptr;
  }
  if (!has_dunder) {
    if (!a[0].is_null() && a[1].is_null() && a[2].is_null() && type == &bytes_type && a[0].is_object() &&
        a[0].as_object()->type == &bytes_type) {
      return Ref::borrow(a[0]);
    }
    std::string data;
    if (!bytes_source("bytes", a[0], a[1], a[2], &data)) return nullptr;
    result = bytes_from_string(data);
  }
  if (!result || type == &bytes_type) return result;
  std::string_view data = bytes_view(result.as<Bytes>());
  size_t extra = static_cast<size_t>(type->basic_size) - sizeof(Bytes);
  Bytes* b = new_object<Bytes>(type, sizeof(Bytes) + data.size() + 1 + extra);
  if (b == nullptr) return nullptr;
  b->size = static_cast<int64_t>(data.size());
  b->hash = -1;
  std::memcpy(b->data, data.data(), data.size());
  return Ref::steal(b);
}

Ref bytes_getnewargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("bytes", "__getnewargs__", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  Ref copy = bytes_from_string(bytes_view(as_bytes(self)));
  if (!copy) return nullptr;
  return tuple_pack({*copy});
}

Ref bytes_bytes(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("bytes", "__bytes__", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  if (as_bytes(self)->type == &bytes_type) return Ref::borrow(self);
  return bytes_from_string(bytes_view(as_bytes(self)));
}

std::vector<MethodDef>& bytes_methods() {
  static std::vector<MethodDef> table = [] {
    std::vector<MethodDef> t = {
        {"__getnewargs__", bytes_getnewargs, kMethodInstance, nullptr},
        {"__bytes__", bytes_bytes, kMethodInstance, "__bytes__($self, /)\n--\n\n"},
    };
    for (const MethodDef* m = bytes_shared_methods(); m->name != nullptr; ++m) t.push_back(*m);
    t.push_back({nullptr, nullptr, 0, nullptr});
    return t;
  }();
  return table;
}

}  // namespace

int init_bytes_type() {
  Type& t = bytes_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "bytes";
  t.basic_size = sizeof(Bytes);
  t.item_size = 1;
  t.flags = kTypeBaseType | kTypeBytesSubclass;
  t.doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes";
  t.repr = bytes_repr_slot;
  t.str = bytes_repr_slot;
  t.hash = bytes_hash_slot;
  t.richcompare = bytes_richcompare;
  t.iter = bytes_like_iter;
  t.new_ = bytes_new;
  t.len = bytes_len;
  t.getitem = bytes_getitem;
  t.contains = bytes_contains;
  t.number.add = bytes_add;
  t.number.multiply = bytes_multiply;
  t.number.remainder = bytes_remainder;
  t.methods = bytes_methods().data();

  // bytes, bytearray and memoryview iterators share one implementation under three names.
  for (auto [it, name] : {std::pair{&bytes_iterator_type, "bytes_iterator"},
                          std::pair{&bytearray_iterator_type, "bytearray_iterator"},
                          std::pair{&memory_iterator_type, "memory_iterator"}}) {
    it->refcnt = kImmortalRefcnt;
    it->type = &type_type;
    it->name = name;
    it->basic_size = sizeof(BytesIterator);
    it->dealloc = bytes_iterator_dealloc;
    it->iter = iter_self;
    it->next = bytes_iterator_next;
    it->methods = kBytesIteratorMethods;
    if (type_ready(it) < 0) return -1;
  }
  if (type_ready(&t) < 0) return -1;

  if (g_empty_bytes == nullptr) {
    g_empty_bytes = bytes_alloc(0);
    g_empty_bytes->refcnt = kImmortalRefcnt;
    for (int c = 0; c < 256; ++c) {
      Bytes* b = bytes_alloc(1);
      b->data[0] = static_cast<unsigned char>(c);
      b->refcnt = kImmortalRefcnt;
      g_single_bytes[c] = b;
    }
  }
  return 0;
}

}  // namespace taipan
