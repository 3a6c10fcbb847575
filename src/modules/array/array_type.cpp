// The array.array type: construction, the sequence protocol (indexing,
// slicing and slice assignment, concatenation, repetition, comparison),
// the methods, pickling through __reduce_ex__, and its bytes for the buffer
// protocol (so bytes(arr), memoryview(arr) and struct.pack_into work).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "modules/array/array.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type array_type;
Type array_iterator_type;
Value array_reconstructor_function;

namespace {

ArrayObject* as_array(Value v) { return v.as<ArrayObject>(); }

}  // namespace

// ---- Storage ----

ArrayObject* array_new_empty(Type* type, const ArrayDescr* d) {
  ArrayObject* a = new_object<ArrayObject>(type, static_cast<size_t>(type->basic_size));
  if (a == nullptr) return nullptr;
  a->descr = d;
  return a;
}

int array_resize(ArrayObject* a, int64_t n) {
  if (n == a->size) return 0;
  if (a->exports > 0) return fail(exc::BufferError, "cannot resize an array that is exporting buffers");
  int64_t itemsize = a->descr->itemsize;
  if (n > a->capacity || n < a->capacity / 2) {
    // Over-allocate as lists do, so that appending runs in amortised O(1).
    int64_t capacity = n == 0 ? 0 : n + (n >> 4) + (n < 8 ? 3 : 7);
    if (capacity > (int64_t{1} << 60) / itemsize) {
      raise_no_memory();
      return -1;
    }
    size_t bytes = static_cast<size_t>(capacity * itemsize);
    char* data = nullptr;
    if (capacity > 0) {
      data = exceeds_memory(bytes) ? nullptr : static_cast<char*>(std::realloc(a->data, bytes));
      if (data == nullptr) {
        raise_no_memory();
        return -1;
      }
    } else {
      std::free(a->data);
    }
    a->data = data;
    a->capacity = capacity;
  }
  if (n > a->size) std::memset(a->data + a->size * itemsize, 0, static_cast<size_t>((n - a->size) * itemsize));
  a->size = n;
  return 0;
}

int array_append_bytes(ArrayObject* a, std::string_view bytes) {
  int64_t itemsize = a->descr->itemsize;
  if (bytes.size() % static_cast<size_t>(itemsize) != 0) {
    return fail(exc::ValueError, "bytes length not a multiple of item size");
  }
  std::string copy(bytes);  // the bytes may be the array's own
  int64_t old = a->size;
  if (array_resize(a, old + static_cast<int64_t>(copy.size()) / itemsize) < 0) return -1;
  if (!copy.empty()) std::memcpy(a->data + old * itemsize, copy.data(), copy.size());
  return 0;
}

namespace {

int append_item(ArrayObject* a, Value v) {
  int64_t n = a->size;
  if (array_resize(a, n + 1) < 0) return -1;
  if (array_store(a->descr, v, a->data + n * a->descr->itemsize) < 0) {
    a->size = n;  // the slot was only reserved
    return -1;
  }
  return 0;
}

}  // namespace

int array_extend_iterable(ArrayObject* a, Value iterable) {
  Ref it = iter(iterable);
  if (!it) return -1;
  while (true) {
    Ref item = next(*it);
    if (!item) return error_occurred() ? -1 : 0;
    if (append_item(a, *item) < 0) return -1;
  }
}

namespace {

Ref new_array_like(const ArrayDescr* d, int64_t n) {
  ArrayObject* a = array_new_empty(&array_type, d);
  if (a == nullptr) return nullptr;
  Ref result = Ref::steal(a);
  if (array_resize(a, n) < 0) return nullptr;
  return result;
}

Ref array_from_bytes(const ArrayDescr* d, std::string_view bytes) {
  Ref r = new_array_like(d, 0);
  if (!r || array_append_bytes(r.as<ArrayObject>(), bytes) < 0) return nullptr;
  return r;
}

// a == b for two items. CPython compares fresh objects, so identity never
// stands for equality (a NaN item equals nothing), unlike rich_compare_bool.
int items_equal(Value a, Value b) {
  Ref r = rich_compare(a, b, CompareOp::Eq);
  return r ? is_true(*r) : -1;
}

std::string quoted_name(Value v) { return std::string("\"") + type_name_of(v) + "\""; }

// ---- Construction ----

int extend_with_array(ArrayObject* a, ArrayObject* other, const char* kind_message) {
  if (other->descr != a->descr) return fail(exc::TypeError, kind_message);
  return array_append_bytes(a, array_bytes(other));
}

int fill_from_unicode(ArrayObject* a, Str* s) {
  int64_t old = a->size;
  if (array_resize(a, old + s->length) < 0) return -1;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t cp = str_char_at(s, i);
    std::memcpy(a->data + (old + i) * 4, &cp, 4);
  }
  return 0;
}

Ref array_type_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == &array_type && kwnames != nullptr && kwnames->size > 0) {
    return raise(exc::TypeError, "array.array() takes no keyword arguments");
  }
  if (nargs < 1) return raise(exc::TypeError, "array() takes at least 1 argument (0 given)");
  if (nargs > 2) {
    return raise(exc::TypeError, "array() takes at most 2 arguments (" + std::to_string(nargs) + " given)");
  }
  Value code = args[0];
  if (!is_str(code) || code.as<Str>()->length != 1) {
    return raise(exc::TypeError, std::string("array() argument 1 must be a unicode character, not ") +
                                     (is_str(code) ? "str" : type_name_of(code)));
  }
  uint32_t c = str_char_at(code.as<Str>(), 0);
  const ArrayDescr* d = c < 128 ? array_descr(static_cast<char>(c)) : nullptr;
  if (d == nullptr) return raise(exc::ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  Value init = nargs == 2 ? args[1] : Value();
  if (!init.is_null()) {
    if (is_str(init) && d->code != 'u') {
      return raise(exc::TypeError, std::string("cannot use a str to initialize an array with typecode '") + d->code +
                                       "'");
    }
    if (is_array(init) && as_array(init)->descr->code == 'u' && d->code != 'u') {
      return raise(exc::TypeError, std::string("cannot use a unicode array to initialize an array with typecode '") +
                                       d->code + "'");
    }
  }
  ArrayObject* a = array_new_empty(type, d);
  if (a == nullptr) return nullptr;
  Ref result = Ref::steal(a);
  if (init.is_null()) return result;
  Buffer b;
  int status;
  if (is_str(init)) {
    status = fill_from_unicode(a, init.as<Str>());
  } else if (is_array(init) && as_array(init)->descr == d) {
    status = array_append_bytes(a, array_bytes(as_array(init)));
  } else if ((is_bytes(init) || is_bytearray(init)) && get_buffer(init, &b)) {
    status = array_append_bytes(a, b.data);
  } else {
    status = array_extend_iterable(a, init);
  }
  if (status < 0) return nullptr;
  return result;
}

void array_dealloc(Object* o) {
  ArrayObject* a = static_cast<ArrayObject*>(o);
  std::free(a->data);
  free_object(o);
}

// ---- Sequence protocol ----

int64_t array_len(Value self) { return as_array(self)->size; }

bool normalize_index(ArrayObject* a, Value key, int64_t* i, const char* range_message) {
  if (!is_int(key) && type_of(key)->number.index == nullptr) {
    raise(exc::TypeError, "array indices must be integers");
    return false;
  }
  if (!arg_to_index(key, i)) {
    if (error_matches(exc::OverflowError)) {
      clear_error();
      raise(exc::IndexError, "cannot fit 'int' into an index-sized integer");
    }
    return false;
  }
  if (*i < 0) *i += a->size;
  if (*i < 0 || *i >= a->size) {
    raise(exc::IndexError, range_message);
    return false;
  }
  return true;
}

Ref array_getitem(Value self, Value key) {
  ArrayObject* a = as_array(self);
  if (key.is_small_int()) {
    int64_t i = key.as_small_int();
    if (i < 0) i += a->size;
    if (i >= 0 && i < a->size) return array_item(a, i);
  }
  if (is_slice(key)) {
    int64_t start, stop, step;
    if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return nullptr;
    int64_t n = slice_adjust_indices(a->size, &start, &stop, step);
    Ref r = new_array_like(a->descr, n);
    if (!r) return nullptr;
    int64_t itemsize = a->descr->itemsize;
    char* out = r.as<ArrayObject>()->data;
    for (int64_t k = 0; k < n; ++k) {
      std::memcpy(out + k * itemsize, a->data + (start + k * step) * itemsize, static_cast<size_t>(itemsize));
    }
    return r;
  }
  int64_t i;
  if (!normalize_index(a, key, &i, "array index out of range")) return nullptr;
  return array_item(a, i);
}

// Removes the items at start, start+step, ... (n of them).
int delete_items(ArrayObject* a, int64_t start, int64_t step, int64_t n) {
  if (n == 0) return 0;
  if (a->exports > 0) return fail(exc::BufferError, "cannot resize an array that is exporting buffers");
  int64_t itemsize = a->descr->itemsize;
  if (step < 0) {
    start += (n - 1) * step;
    step = -step;
  }
  int64_t write = start;
  for (int64_t read = start; read < a->size; ++read) {
    bool removed = read >= start && (read - start) % step == 0 && (read - start) / step < n;
    if (!removed) std::memmove(a->data + (write++) * itemsize, a->data + read * itemsize, static_cast<size_t>(itemsize));
  }
  return array_resize(a, a->size - n);
}

int assign_slice(ArrayObject* a, Value key, Value v) {
  int64_t start, stop, step;
  if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return -1;
  int64_t n = slice_adjust_indices(a->size, &start, &stop, step);
  if (v.is_null()) return delete_items(a, start, step, n);
  if (!is_array(v)) return fail(exc::TypeError, "can only assign array (not " + quoted_name(v) + ") to array slice");
  ArrayObject* other = as_array(v);
  if (other->descr != a->descr) return fail(exc::TypeError, "bad argument type for built-in operation");
  std::string source(array_bytes(other));  // the value may be the array itself
  int64_t itemsize = a->descr->itemsize;
  int64_t m = other->size;
  if (step == 1) {
    if (stop < start) stop = start;
    int64_t tail = a->size - stop;
    int64_t new_size = a->size - (stop - start) + m;
    if (m > stop - start) {
      if (array_resize(a, new_size) < 0) return -1;
      std::memmove(a->data + (start + m) * itemsize, a->data + stop * itemsize, static_cast<size_t>(tail * itemsize));
    } else if (m < stop - start) {
      if (a->exports > 0) return fail(exc::BufferError, "cannot resize an array that is exporting buffers");
      std::memmove(a->data + (start + m) * itemsize, a->data + stop * itemsize, static_cast<size_t>(tail * itemsize));
      if (array_resize(a, new_size) < 0) return -1;
    }
    if (m > 0) std::memcpy(a->data + start * itemsize, source.data(), source.size());
    return 0;
  }
  if (m != n) {
    return fail(exc::ValueError, "attempt to assign array of size " + std::to_string(m) + " to extended slice of size " +
                                     std::to_string(n));
  }
  for (int64_t k = 0; k < n; ++k) {
    std::memcpy(a->data + (start + k * step) * itemsize, source.data() + k * itemsize, static_cast<size_t>(itemsize));
  }
  return 0;
}

int array_setitem(Value self, Value key, Value v) {
  ArrayObject* a = as_array(self);
  if (is_slice(key)) return assign_slice(a, key, v);
  int64_t i;
  if (!normalize_index(a, key, &i, "array assignment index out of range")) return -1;
  if (v.is_null()) return delete_items(a, i, 1, 1);
  return array_store(a->descr, v, a->data + i * a->descr->itemsize);
}

int array_contains(Value self, Value item) {
  ArrayObject* a = as_array(self);
  for (int64_t i = 0; i < a->size; ++i) {
    Ref x = array_item(a, i);
    if (!x) return -1;
    int eq = items_equal(*x, item);
    if (eq != 0) return eq;
  }
  return 0;
}

Ref array_concat(Value a, Value b) {
  if (!is_array(a)) return ref_not_implemented();
  if (!is_array(b)) {
    return raise(exc::TypeError, "can only append array (not " + quoted_name(b) + ") to array");
  }
  ArrayObject* x = as_array(a);
  ArrayObject* y = as_array(b);
  if (x->descr != y->descr) return raise(exc::TypeError, "bad argument type for built-in operation");
  Ref r = array_from_bytes(x->descr, array_bytes(x));
  if (!r || array_append_bytes(r.as<ArrayObject>(), array_bytes(y)) < 0) return nullptr;
  return r;
}

// The repetition count of a * n (either side may be the array).
bool repeat_operands(Value a, Value b, ArrayObject** arr, int64_t* count) {
  Value n = is_array(a) ? b : a;
  *arr = as_array(is_array(a) ? a : b);
  if (!is_int(n) && type_of(n)->number.index == nullptr) {
    // A class may still answer with its reflected method.
    if (!type_has_flag(type_of(n), kTypeHeap)) {
      raise(exc::TypeError, std::string("can't multiply sequence by non-int of type '") + type_name_of(n) + "'");
    }
    return false;
  }
  if (!arg_to_index(n, count)) return false;
  if (*count < 0) *count = 0;
  return true;
}

int repeat_into(ArrayObject* target, std::string_view unit, int64_t count) {
  int64_t itemsize = target->descr->itemsize;
  int64_t items = static_cast<int64_t>(unit.size()) / itemsize;
  if (items > 0 && count > (int64_t{1} << 60) / itemsize / items) {
    raise_no_memory();
    return -1;
  }
  std::string copy(unit);
  if (array_resize(target, items * count) < 0) return -1;
  for (int64_t k = 0; k < count; ++k) std::memcpy(target->data + k * static_cast<int64_t>(copy.size()), copy.data(), copy.size());
  return 0;
}

Ref array_repeat(Value a, Value b) {
  ArrayObject* arr;
  int64_t count;
  if (!repeat_operands(a, b, &arr, &count)) {
    if (error_occurred()) return nullptr;
    return ref_not_implemented();
  }
  Ref r = new_array_like(arr->descr, 0);
  if (!r || repeat_into(r.as<ArrayObject>(), array_bytes(arr), count) < 0) return nullptr;
  return r;
}

Ref array_inplace_concat(Value a, Value b) {
  if (!is_array(b)) {
    return raise(exc::TypeError, "can only extend array with array (not " + quoted_name(b) + ")");
  }
  if (extend_with_array(as_array(a), as_array(b), "can only extend with array of same kind") < 0) return nullptr;
  return Ref::borrow(a);
}

Ref array_inplace_repeat(Value a, Value b) {
  ArrayObject* arr = as_array(a);
  int64_t count;
  if (!is_int(b) && type_of(b)->number.index == nullptr) return ref_not_implemented();
  if (!arg_to_index(b, &count)) return nullptr;
  if (count < 0) count = 0;
  if (repeat_into(arr, array_bytes(arr), count) < 0) return nullptr;
  return Ref::borrow(a);
}

Ref array_richcompare(Value a, Value b, CompareOp op) {
  if (!is_array(a) || !is_array(b)) return ref_not_implemented();
  ArrayObject* x = as_array(a);
  ArrayObject* y = as_array(b);
  if (x->size != y->size && (op == CompareOp::Eq || op == CompareOp::Ne)) return Ref::boolean(op == CompareOp::Ne);
  int64_t n = std::min(x->size, y->size);
  for (int64_t i = 0; i < n; ++i) {
    Ref p = array_item(x, i);
    Ref q = array_item(y, i);
    if (!p || !q) return nullptr;
    int eq = items_equal(*p, *q);
    if (eq < 0) return nullptr;
    if (!eq) {
      if (op == CompareOp::Eq) return Ref::boolean(false);
      if (op == CompareOp::Ne) return Ref::boolean(true);
      return rich_compare(*p, *q, op);
    }
  }
  int64_t xs = x->size, ys = y->size;
  bool result = false;
  switch (op) {
    case CompareOp::Lt: result = xs < ys; break;
    case CompareOp::Le: result = xs <= ys; break;
    case CompareOp::Eq: result = xs == ys; break;
    case CompareOp::Ne: result = xs != ys; break;
    case CompareOp::Gt: result = xs > ys; break;
    case CompareOp::Ge: result = xs >= ys; break;
  }
  return Ref::boolean(result);
}

Ref array_tolist_value(ArrayObject* a) {
  List* l = list_new(a->size);
  if (l == nullptr) return nullptr;
  Ref result = Ref::steal(l);
  for (int64_t i = 0; i < a->size; ++i) {
    Ref x = array_item(a, i);
    if (!x) return nullptr;
    l->items[i] = x.release();
  }
  return result;
}

Ref array_tounicode_value(ArrayObject* a) {
  std::u32string text;
  for (int64_t i = 0; i < a->size; ++i) {
    uint32_t cp;
    std::memcpy(&cp, a->data + i * 4, 4);
    if (cp > 0x10ffff) {
      char hex[16];
      std::snprintf(hex, sizeof hex, "%x", cp);
      return raise(exc::ValueError, std::string("character U+") + hex + " is not in range [U+0000; U+10ffff]");
    }
    text.push_back(cp);
  }
  return str_from_code_points(reinterpret_cast<const uint32_t*>(text.data()), static_cast<int64_t>(text.size()));
}

Ref array_repr(Value self) {
  ArrayObject* a = as_array(self);
  Type* t = type_of(self);
  std::string name = t->name;
  if (type_has_flag(t, kTypeHeap)) {
    name = std::string(str_utf8(t->heap_name.as<Str>()));
  } else {
    size_t dot = name.rfind('.');
    if (dot != std::string::npos) name = name.substr(dot + 1);
  }
  std::string text = name + "('" + a->descr->code + "'";
  if (a->size > 0) {
    Ref body = a->descr->code == 'u' ? array_tounicode_value(a) : array_tolist_value(a);
    if (!body) return nullptr;
    Ref r = repr(*body);
    if (!r) return nullptr;
    text += ", " + std::string(str_utf8(r.as<Str>()));
  }
  return str_from_utf8(text + ")");
}

// ---- Methods ----

bool no_args(const char* name, size_t nargs, Tuple* kwnames) {
  return check_arity("array", name, Arity::NoArgs, nargs, kwnames, 0, 0);
}
bool one_arg(const char* name, size_t nargs, Tuple* kwnames) {
  return check_arity("array", name, Arity::One, nargs, kwnames, 1, 1);
}

Ref m_append(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("append", nargs, kwnames)) return nullptr;
  if (append_item(as_array(self), args[0]) < 0) return nullptr;
  return Ref::none();
}

Ref m_extend(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("extend", nargs, kwnames)) return nullptr;
  ArrayObject* a = as_array(self);
  int status = is_array(args[0]) ? extend_with_array(a, as_array(args[0]), "can only extend with array of same kind")
                                 : array_extend_iterable(a, args[0]);
  if (status < 0) return nullptr;
  return Ref::none();
}

Ref m_frombytes(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("frombytes", nargs, kwnames)) return nullptr;
  Buffer b;
  if (!require_buffer(args[0], &b)) return nullptr;
  if (b.itemsize != 1) return raise(exc::TypeError, "a bytes-like object is required");
  if (array_append_bytes(as_array(self), b.data) < 0) return nullptr;
  return Ref::none();
}

Ref m_tobytes(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("tobytes", nargs, kwnames)) return nullptr;
  return bytes_from_string(array_bytes(as_array(self)));
}

Ref m_fromlist(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("fromlist", nargs, kwnames)) return nullptr;
  if (!is_list(args[0])) return raise(exc::TypeError, "arg must be list");
  ArrayObject* a = as_array(self);
  List* l = args[0].as<List>();
  int64_t old = a->size;
  for (int64_t i = 0; i < l->size; ++i) {
    if (append_item(a, l->items[i]) < 0) {
      Ref err = fetch_error();
      array_resize(a, old);  // all or nothing
      restore_error(std::move(err));
      return nullptr;
    }
  }
  return Ref::none();
}

Ref m_tolist(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("tolist", nargs, kwnames)) return nullptr;
  return array_tolist_value(as_array(self));
}

Ref m_fromunicode(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("fromunicode", nargs, kwnames)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("fromunicode() argument must be str, not ") + type_name_of(args[0]));
  }
  ArrayObject* a = as_array(self);
  if (a->descr->code != 'u') return raise(exc::ValueError, "fromunicode() may only be called on unicode type arrays");
  if (fill_from_unicode(a, args[0].as<Str>()) < 0) return nullptr;
  return Ref::none();
}

Ref m_tounicode(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("tounicode", nargs, kwnames)) return nullptr;
  ArrayObject* a = as_array(self);
  if (a->descr->code != 'u') return raise(exc::ValueError, "tounicode() may only be called on unicode type arrays");
  return array_tounicode_value(a);
}

Ref m_byteswap(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("byteswap", nargs, kwnames)) return nullptr;
  ArrayObject* a = as_array(self);
  int64_t itemsize = a->descr->itemsize;
  for (int64_t i = 0; i < a->size; ++i) std::reverse(a->data + i * itemsize, a->data + (i + 1) * itemsize);
  return Ref::none();
}

Ref m_buffer_info(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("buffer_info", nargs, kwnames)) return nullptr;
  ArrayObject* a = as_array(self);
  Ref address = int_from_uint64(reinterpret_cast<uintptr_t>(a->data));
  if (!address) return nullptr;
  return tuple_pack({*address, Value::small_int(a->size)});
}

// The number of items equal to v from `start`, or the first index (find_first).
int64_t search(ArrayObject* a, Value v, int64_t start, int64_t stop, bool find_first) {
  int64_t count = 0;
  for (int64_t i = start; i < stop && i < a->size; ++i) {
    Ref x = array_item(a, i);
    if (!x) return -2;
    int eq = items_equal(*x, v);
    if (eq < 0) return -2;
    if (eq) {
      if (find_first) return i;
      ++count;
    }
  }
  return find_first ? -1 : count;
}

Ref m_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("count", nargs, kwnames)) return nullptr;
  ArrayObject* a = as_array(self);
  int64_t n = search(a, args[0], 0, a->size, false);
  if (n == -2) return nullptr;
  return Ref::small_int(n);
}

Ref m_index(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("index", kwnames) || !check_arg_count("index", nargs, 1, 3)) return nullptr;
  ArrayObject* a = as_array(self);
  int64_t start = 0, stop = a->size;
  for (size_t k = 1; k < nargs; ++k) {
    if (!is_int(args[k]) && type_of(args[k])->number.index == nullptr) {
      return raise(exc::TypeError, "slice indices must be integers or have an __index__ method");
    }
  }
  if (nargs > 1 && !arg_to_index(args[1], &start)) return nullptr;
  if (nargs > 2 && !arg_to_index(args[2], &stop)) return nullptr;
  if (start < 0) start = std::max<int64_t>(0, start + a->size);
  if (stop < 0) stop = std::max<int64_t>(0, stop + a->size);
  int64_t i = search(a, args[0], start, stop, true);
  if (i == -2) return nullptr;
  if (i < 0) return raise(exc::ValueError, "array.index(x): x not in array");
  return Ref::small_int(i);
}

Ref m_remove(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("remove", nargs, kwnames)) return nullptr;
  ArrayObject* a = as_array(self);
  int64_t i = search(a, args[0], 0, a->size, true);
  if (i == -2) return nullptr;
  if (i < 0) return raise(exc::ValueError, "array.remove(x): x not in array");
  if (delete_items(a, i, 1, 1) < 0) return nullptr;
  return Ref::none();
}

Ref m_insert(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("insert", kwnames) || !check_arg_count("insert", nargs, 2, 2)) return nullptr;
  ArrayObject* a = as_array(self);
  int64_t i;
  if (!arg_to_index(args[0], &i)) return nullptr;
  if (i < 0) i = std::max<int64_t>(0, i + a->size);
  if (i > a->size) i = a->size;
  int64_t itemsize = a->descr->itemsize;
  std::string item(static_cast<size_t>(itemsize), '\0');
  if (array_store(a->descr, args[1], item.data()) < 0) return nullptr;
  int64_t n = a->size;
  if (array_resize(a, n + 1) < 0) return nullptr;
  std::memmove(a->data + (i + 1) * itemsize, a->data + i * itemsize, static_cast<size_t>((n - i) * itemsize));
  std::memcpy(a->data + i * itemsize, item.data(), item.size());
  return Ref::none();
}

Ref m_pop(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("pop", kwnames) || !check_arg_count("pop", nargs, 0, 1)) return nullptr;
  ArrayObject* a = as_array(self);
  int64_t i = -1;
  if (nargs == 1 && !arg_to_index(args[0], &i)) return nullptr;
  if (a->size == 0) return raise(exc::IndexError, "pop from empty array");
  if (i < 0) i += a->size;
  if (i < 0 || i >= a->size) return raise(exc::IndexError, "pop index out of range");
  Ref item = array_item(a, i);
  if (!item || delete_items(a, i, 1, 1) < 0) return nullptr;
  return item;
}

Ref m_reverse(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("reverse", nargs, kwnames)) return nullptr;
  ArrayObject* a = as_array(self);
  int64_t itemsize = a->descr->itemsize;
  std::string tmp(static_cast<size_t>(itemsize), '\0');
  for (int64_t i = 0, j = a->size - 1; i < j; ++i, --j) {
    std::memcpy(tmp.data(), a->data + i * itemsize, tmp.size());
    std::memcpy(a->data + i * itemsize, a->data + j * itemsize, tmp.size());
    std::memcpy(a->data + j * itemsize, tmp.data(), tmp.size());
  }
  return Ref::none();
}

Ref m_tofile(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("tofile", nargs, kwnames)) return nullptr;
  constexpr size_t kBlock = 64 * 1024;
  std::string_view data = array_bytes(as_array(self));
  for (size_t pos = 0; pos < data.size(); pos += kBlock) {
    Ref chunk = bytes_from_string(data.substr(pos, kBlock));
    if (!chunk) return nullptr;
    Ref r = call_method(args[0], "write", {*chunk});
    if (!r) return nullptr;
  }
  return Ref::none();
}

Ref m_fromfile(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("fromfile", kwnames) || !check_arg_count("fromfile", nargs, 2, 2)) return nullptr;
  ArrayObject* a = as_array(self);
  int64_t n;
  if (!arg_to_index(args[1], &n)) return nullptr;
  if (n < 0) return raise(exc::ValueError, "negative count");
  int64_t itemsize = a->descr->itemsize;
  if (n > (int64_t{1} << 60) / itemsize) return raise_no_memory();
  int64_t nbytes = n * itemsize;
  Ref size = int_from_int64(nbytes);
  if (!size) return nullptr;
  Ref data = call_method(args[0], "read", {*size});
  if (!data) return nullptr;
  if (!is_bytes(*data)) return raise(exc::TypeError, "read() didn't return bytes");
  std::string_view got = bytes_view(data.as<Bytes>());
  size_t whole = got.size() - got.size() % static_cast<size_t>(itemsize);
  if (array_append_bytes(a, got.substr(0, whole)) < 0) return nullptr;
  if (static_cast<int64_t>(got.size()) != nbytes) return raise(exc::EOFError, "read() didn't return enough bytes");
  return Ref::none();
}

Ref m_copy(Value self, const Value*, size_t, Tuple*) {
  ArrayObject* a = as_array(self);
  return array_from_bytes(a->descr, array_bytes(a));
}

Ref m_reduce_ex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg("__reduce_ex__", nargs, kwnames)) return nullptr;
  int64_t protocol;
  if (!is_int(args[0])) {
    return raise(exc::TypeError, std::string("'") + type_name_of(args[0]) + "' object cannot be interpreted as an integer");
  }
  if (!arg_to_index(args[0], &protocol)) return nullptr;
  ArrayObject* a = as_array(self);
  Ref dict = getattr_optional(self, INTERNED("__dict__"));
  if (!dict) {
    if (error_occurred()) return nullptr;
    dict = Ref::none();
  }
  Value cls = Value::object(type_of(self));
  Ref code = str_from_char(static_cast<uint32_t>(a->descr->code));
  if (!code) return nullptr;
  if (protocol < 3) {
    Ref items = array_tolist_value(a);
    if (!items) return nullptr;
    Ref state = tuple_pack({*code, *items});
    if (!state) return nullptr;
    return tuple_pack({cls, *state, *dict});
  }
  Ref bytes = bytes_from_string(array_bytes(a));
  if (!bytes) return nullptr;
  Ref state = tuple_pack({cls, *code, Value::small_int(a->descr->machine_format), *bytes});
  if (!state) return nullptr;
  return tuple_pack({array_reconstructor_function, *state, *dict});
}

Ref m_sizeof(Value self, const Value*, size_t, Tuple*) {
  ArrayObject* a = as_array(self);
  return Ref::small_int(type_of(self)->basic_size + a->capacity * a->descr->itemsize);
}

const MethodDef kMethods[] = {
    {"append", m_append, kMethodInstance, "Append new value v to the end of the array."},
    {"buffer_info", m_buffer_info, kMethodInstance, "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents."},
    {"byteswap", m_byteswap, kMethodInstance, "Byteswap all items of the array."},
    {"count", m_count, kMethodInstance, "Return number of occurrences of v in the array."},
    {"extend", m_extend, kMethodInstance, "Append items to the end of the array."},
    {"frombytes", m_frombytes, kMethodInstance, "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."},
    {"fromfile", m_fromfile, kMethodInstance, "Read n objects from the file object f and append them to the end of the array."},
    {"fromlist", m_fromlist, kMethodInstance, "Append items to array from list."},
    {"fromunicode", m_fromunicode, kMethodInstance, "Extends this array with data from the unicode string ustr."},
    {"index", m_index, kMethodInstance, "Return index of first occurrence of v in the array."},
    {"insert", m_insert, kMethodInstance, "Insert a new item v into the array before position i."},
    {"pop", m_pop, kMethodInstance, "Return the i-th element and delete it from the array."},
    {"remove", m_remove, kMethodInstance, "Remove the first occurrence of v in the array."},
    {"reverse", m_reverse, kMethodInstance, "Reverse the order of the items in the array."},
    {"tobytes", m_tobytes, kMethodInstance, "Convert the array to an array of machine values and return the bytes representation."},
    {"tofile", m_tofile, kMethodInstance, "Write all items (as machine values) to the file object f."},
    {"tolist", m_tolist, kMethodInstance, "Convert array to an ordinary list with the same items."},
    {"tounicode", m_tounicode, kMethodInstance, "Extends this array with data from the unicode string ustr."},
    {"__copy__", m_copy, kMethodInstance, "Return a copy of the array."},
    {"__deepcopy__", m_copy, kMethodInstance, "Return a copy of the array."},
    {"__reduce_ex__", m_reduce_ex, kMethodInstance, "Return state information for pickling."},
    {"__sizeof__", m_sizeof, kMethodInstance, "Size of the array in memory, in bytes."},
    {"__class_getitem__", generic_alias_class_getitem, kMethodClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

Ref get_typecode(Value self) { return str_from_char(static_cast<uint32_t>(as_array(self)->descr->code)); }
Ref get_itemsize(Value self) { return Ref::small_int(as_array(self)->descr->itemsize); }

const GetSetDef kGetSets[] = {
    {"typecode", get_typecode, nullptr, "the typecode character used to create the array"},
    {"itemsize", get_itemsize, nullptr, "the size, in bytes, of one array item"},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---- Iterator ----

struct ArrayIterator : Object {
  Value array;  // owned; null once exhausted
  int64_t index;
};

Ref array_iter(Value self) {
  ArrayIterator* it = new_object<ArrayIterator>(&array_iterator_type);
  if (it == nullptr) return nullptr;
  incref(self);
  it->array = self;
  return Ref::steal(it);
}

Ref iterator_next(Value self) {
  ArrayIterator* it = self.as<ArrayIterator>();
  if (it->array.is_null()) return nullptr;
  ArrayObject* a = as_array(it->array);
  if (it->index < a->size) return array_item(a, it->index++);
  Value array = it->array;
  it->array = Value();
  decref(array);
  return nullptr;
}

void iterator_dealloc(Object* o) {
  decref(static_cast<ArrayIterator*>(o)->array);
  free_object(o);
}

void iterator_traverse(Object* o, VisitFn visit, void* arg) { visit(static_cast<ArrayIterator*>(o)->array, arg); }

void iterator_clear(Object* o) {
  ArrayIterator* it = static_cast<ArrayIterator*>(o);
  Value array = it->array;
  it->array = Value();
  decref(array);
}

// The array's bytes for the buffer protocol: writable, typed by the type
// code ('w' for 'u', as CPython's memoryview names wchar_t), pinned while viewed.
bool array_buffer(Value v, Buffer* out) {
  ArrayObject* a = as_array(v);
  out->data = array_bytes(a);
  out->readonly = false;
  out->format = a->descr->code == 'u' ? 'w' : a->descr->code;
  out->itemsize = a->descr->itemsize;
  out->exports = &a->exports;
  return true;
}

}  // namespace

int init_array_types() {
  if (type_has_flag(&array_type, kTypeReady)) return 0;
  Type& t = array_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "array.array";
  t.basic_size = sizeof(ArrayObject);
  t.flags = kTypeBaseType;
  t.base = &object_type;
  ArrayObject probe{};
  t.weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  t.dealloc = array_dealloc;
  t.repr = array_repr;
  t.hash = hash_not_implemented;
  t.richcompare = array_richcompare;
  t.iter = array_iter;
  t.new_ = array_type_new;
  t.len = array_len;
  t.getitem = array_getitem;
  t.setitem = array_setitem;
  t.contains = array_contains;
  t.number.add = array_concat;
  t.number.multiply = array_repeat;
  t.number.inplace_add = array_inplace_concat;
  t.number.inplace_multiply = array_inplace_repeat;
  t.methods = kMethods;
  t.getsets = kGetSets;
  t.doc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\n"
          "initialized from the optional initializer value, which must be a list,\na bytes-like object, or iterable "
          "over elements of the appropriate type.";
  if (type_ready(&t) < 0) return -1;
  register_buffer_type(&array_type, array_buffer);

  Type& i = array_iterator_type;
  i.refcnt = kImmortalRefcnt;
  i.type = &type_type;
  i.name = "array.arrayiterator";
  i.basic_size = sizeof(ArrayIterator);
  i.flags = kTypeGC;
  i.base = &object_type;
  i.dealloc = iterator_dealloc;
  i.traverse = iterator_traverse;
  i.clear = iterator_clear;
  i.iter = iter_self;
  i.next = iterator_next;
  return type_ready(&i);
}

}  // namespace taipan
