// memoryview (one-dimensional): a window of offset/length/step onto the
// bytes of a bytes, bytearray, another memoryview or a registered exporter
// (array.array), without copying. Items are bytes (format 'B') or, for an
// exporter with typed items, that exporter's native C values ('i', 'd' ...).
// A view of a resizable exporter pins its size until released.
#include <cstdio>
#include <cstring>
#include <string>

#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type memoryview_type;

namespace {

MemoryView* as_mv(Value v) { return v.as<MemoryView>(); }

bool check_released(MemoryView* m) {
  if (m->released) {
    raise(exc::ValueError, "operation forbidden on released memoryview object");
    return false;
  }
  return true;
}

// The exporter's bytes (the underlying bytes, bytearray or registered
// exporter, never a view).
std::string_view base_bytes(MemoryView* m) {
  if (is_bytearray(m->obj)) return bytearray_view(m->obj.as<ByteArray>());
  if (is_bytes(m->obj)) return bytes_view(m->obj.as<Bytes>());
  Buffer b;
  get_buffer(m->obj, &b);  // a registered exporter hands out its own memory
  return b.data;
}

unsigned char* writable_base(MemoryView* m) {
  return reinterpret_cast<unsigned char*>(const_cast<char*>(base_bytes(m).data()));
}

// The exporter's count of live views, or null when it keeps none.
int64_t* export_count(Value base) {
  if (is_bytearray(base)) return &base.as<ByteArray>()->exports;
  if (is_bytes(base)) return nullptr;
  Buffer b;
  return get_buffer(base, &b) ? b.exports : nullptr;
}

Ref make_view(Value base, int64_t offset, int64_t length, int64_t step, bool readonly, char format = 'B',
              int itemsize = 1) {
  MemoryView* m = new_object<MemoryView>(&memoryview_type);
  if (m == nullptr) return nullptr;
  incref(base);
  m->obj = base;
  m->offset = offset;
  m->length = length;
  m->step = step;
  m->readonly = readonly;
  m->format = format;
  m->itemsize = itemsize;
  if (int64_t* count = export_count(base)) ++*count;
  return Ref::steal(m);
}

// A view with the same items as m (format and item size kept).
Ref derived_view(MemoryView* m, int64_t offset, int64_t length, int64_t step, bool readonly) {
  return make_view(m->obj, offset, length, step, readonly, m->format, m->itemsize);
}

template <class T>
T load(const unsigned char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// The item at p in the view's format.
Ref item_at(MemoryView* m, const unsigned char* p) {
  switch (m->format) {
    case 'B': return Ref::small_int(*p);
    case 'c': return bytes_from_string(std::string_view(reinterpret_cast<const char*>(p), 1));
    case '?': return Ref::boolean(*p != 0);
    case 'b': return Ref::small_int(load<int8_t>(p));
    case 'h': return Ref::small_int(load<int16_t>(p));
    case 'H': return Ref::small_int(load<uint16_t>(p));
    case 'i': return Ref::small_int(load<int32_t>(p));
    case 'I': return Ref::small_int(load<uint32_t>(p));
    case 'l': case 'q': return int_from_int64(load<int64_t>(p));
    case 'L': case 'Q': return int_from_uint64(load<uint64_t>(p));
    case 'f': return Ref::from_double(load<float>(p));
    case 'd': return Ref::from_double(load<double>(p));
    default:
      return raise(exc::NotImplementedError, std::string("memoryview: format ") + m->format + " not supported");
  }
}

// A non-negative int beyond int64 that fits 64 bits.
bool int_to_uint64_exact(Value v, uint64_t* out) {
  mpz_t m;
  mpz_init(m);
  int_to_mpz(v, m);
  bool fits = mpz_sizeinbase(m, 2) <= 64;
  if (fits) {
    *out = 0;
    mpz_export(out, nullptr, -1, sizeof *out, 0, 0, m);
  }
  mpz_clear(m);
  return fits;
}

// Stores v as one item in the view's format ("memoryview: invalid type /
// value for format 'x'").
int store_item(MemoryView* m, Value v, unsigned char* p) {
  std::string fmt = std::string("format '") + m->format + "'";
  if (m->format == 'f' || m->format == 'd') {
    double d;
    if (number_to_double(v, &d) <= 0) {
      if (error_occurred()) return -1;
      return fail(exc::TypeError, "memoryview: invalid type for " + fmt);
    }
    if (m->format == 'f') {
      float f = static_cast<float>(d);
      std::memcpy(p, &f, sizeof f);
    } else {
      std::memcpy(p, &d, sizeof d);
    }
    return 0;
  }
  if (!is_int(v) || m->format == 'w') return fail(exc::TypeError, "memoryview: invalid type for " + fmt);
  bool is_signed = m->format == 'b' || m->format == 'h' || m->format == 'i' || m->format == 'l' || m->format == 'q';
  int bits = m->itemsize * 8;
  int64_t x;
  uint64_t u;
  bool fits;
  if (int_to_int64(v, &x)) {
    fits = is_signed ? (bits == 64 || (x >= -(int64_t{1} << (bits - 1)) && x < (int64_t{1} << (bits - 1))))
                     : (x >= 0 && (bits == 64 || x < (int64_t{1} << bits)));
    u = static_cast<uint64_t>(x);
  } else {
    fits = !is_signed && bits == 64 && int_sign(v) > 0 && int_to_uint64_exact(v, &u);
  }
  if (!fits) return fail(exc::ValueError, "memoryview: invalid value for " + fmt);
  std::memcpy(p, &u, static_cast<size_t>(m->itemsize));  // little-endian: the low bytes
  return 0;
}

void release(MemoryView* m) {
  if (m->released) return;
  m->released = true;
  if (int64_t* count = export_count(m->obj)) --*count;
}

}  // namespace

bool memoryview_buffer(MemoryView* m, Buffer* out) {
  if (!check_released(m)) return false;
  std::string_view base = base_bytes(m);
  out->readonly = m->readonly;
  out->format = m->format;
  out->itemsize = m->itemsize;
  out->exports = export_count(m->obj);  // pinning the view pins what it shows
  size_t itemsize = static_cast<size_t>(m->itemsize);
  if (m->step == m->itemsize) {
    out->data = base.substr(static_cast<size_t>(m->offset), static_cast<size_t>(m->length) * itemsize);
    return true;
  }
  out->copy.clear();
  for (int64_t i = 0; i < m->length; ++i) out->copy.append(base.substr(static_cast<size_t>(m->offset + i * m->step), itemsize));
  out->data = out->copy;
  return true;
}

namespace {

void mv_dealloc(Object* o) {
  MemoryView* m = static_cast<MemoryView*>(o);
  release(m);
  decref(m->obj);
  free_object(o);
}

Ref mv_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"object"};
  Value a[1];
  if (!bind_method_args("memoryview", names, 1, args, nargs, kwnames, a)) return nullptr;
  if (a[0].is_null()) return raise(exc::TypeError, "memoryview() missing required argument 'object' (pos 1)");
  Value src = a[0];
  if (is_memoryview(src)) {
    MemoryView* m = as_mv(src);
    if (!check_released(m)) return nullptr;
    return derived_view(m, m->offset, m->length, m->step, m->readonly);
  }
  if (is_bytes(src)) return make_view(src, 0, src.as<Bytes>()->size, 1, true);
  if (is_bytearray(src)) return make_view(src, 0, src.as<ByteArray>()->size, 1, false);
  Buffer b;
  if (get_buffer(src, &b) && b.copy.empty()) {
    return make_view(src, 0, static_cast<int64_t>(b.data.size()) / b.itemsize, b.itemsize, b.readonly, b.format,
                     b.itemsize);
  }
  if (error_occurred()) return nullptr;
  return raise(exc::TypeError, std::string("memoryview: a bytes-like object is required, not '") + type_name_of(src) + "'");
}

Ref mv_repr(Value self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "<%smemory at %p>", as_mv(self)->released ? "released " : "",
                static_cast<void*>(self.as_object()));
  return str_from_utf8(buf);
}

int64_t mv_len(Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return -1;
  return m->length;
}

Ref mv_getitem(Value self, Value key) {
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return nullptr;
  if (is_slice(key)) {
    int64_t start, stop, step;
    if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return nullptr;
    int64_t n = slice_adjust_indices(m->length, &start, &stop, step);
    return derived_view(m, m->offset + start * m->step, n, step * m->step, m->readonly);
  }
  if (!is_int(key) && type_of(key)->number.index == nullptr) {
    return raise(exc::TypeError, "memoryview: invalid slice key");
  }
  int64_t i;
  if (!arg_to_index(key, &i)) return nullptr;
  if (i < 0) i += m->length;
  if (i < 0 || i >= m->length) return raise(exc::IndexError, "index out of bounds on dimension 1");
  return item_at(m, reinterpret_cast<const unsigned char*>(base_bytes(m).data()) + m->offset + i * m->step);
}

int mv_setitem(Value self, Value key, Value v) {
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return -1;
  if (m->readonly) return fail(exc::TypeError, "cannot modify read-only memory");
  if (v.is_null()) return fail(exc::TypeError, "cannot delete memory");
  unsigned char* data = writable_base(m);
  size_t itemsize = static_cast<size_t>(m->itemsize);
  if (is_slice(key)) {
    int64_t start, stop, step;
    if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return -1;
    int64_t n = slice_adjust_indices(m->length, &start, &stop, step);
    Buffer b;
    if (!require_buffer(v, &b)) return -1;
    std::string copy(b.data);
    if (copy.size() != static_cast<size_t>(n) * itemsize) {
      return fail(exc::ValueError, "memoryview assignment: lvalue and rvalue have different structures");
    }
    for (int64_t i = 0; i < n; ++i) {
      std::memcpy(data + m->offset + (start + i * step) * m->step, copy.data() + static_cast<size_t>(i) * itemsize,
                  itemsize);
    }
    return 0;
  }
  int64_t i;
  if (!arg_to_index(key, &i)) return -1;
  if (i < 0) i += m->length;
  if (i < 0 || i >= m->length) return fail(exc::IndexError, "index out of bounds on dimension 1");
  if (m->format != 'B') return store_item(m, v, data + m->offset + i * m->step);
  if (!is_int(v)) return fail(exc::TypeError, "memoryview: invalid type for format 'B'");
  int64_t x;
  if (!int_to_int64(v, &x) || x < 0 || x > 255) return fail(exc::ValueError, "memoryview: invalid value for format 'B'");
  data[m->offset + i * m->step] = static_cast<unsigned char>(x);
  return 0;
}

Ref mv_richcompare(Value a, Value b, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return ref_not_implemented();
  Buffer x, y;
  if (as_mv(a)->released || !get_buffer(b, &y)) {
    if (error_occurred()) clear_error();
    return Ref::boolean((a == b) == (op == CompareOp::Eq));
  }
  if (!memoryview_buffer(as_mv(a), &x)) return nullptr;
  return Ref::boolean((x.data == y.data) == (op == CompareOp::Eq));
}

int64_t mv_hash(Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return -1;
  if (!m->readonly) return fail(exc::ValueError, "cannot hash writable memoryview object");
  Buffer b;
  memoryview_buffer(m, &b);
  Ref copy = bytes_from_string(b.data);
  if (!copy) return -1;
  return bytes_hash(copy.as<Bytes>());
}

bool arity(const char* name, size_t nargs, Tuple* kwnames) {
  return check_arity("memoryview", name, Arity::NoArgs, nargs, kwnames, 0, 0);
}

Ref mv_tobytes(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity("tobytes", nargs, kwnames)) return nullptr;
  Buffer b;
  if (!memoryview_buffer(as_mv(self), &b)) return nullptr;
  return bytes_from_string(b.data);
}

Ref mv_tolist(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity("tolist", nargs, kwnames)) return nullptr;
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return nullptr;
  List* l = list_new(m->length);
  if (l == nullptr) return nullptr;
  Ref result = Ref::steal(l);
  const auto* base = reinterpret_cast<const unsigned char*>(base_bytes(m).data());
  for (int64_t i = 0; i < m->length; ++i) {
    Ref item = item_at(m, base + m->offset + i * m->step);
    if (!item) return nullptr;
    l->items[i] = item.release();
  }
  return result;
}

Ref mv_hex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Buffer b;
  if (!memoryview_buffer(as_mv(self), &b)) return nullptr;
  Ref copy = bytes_from_string(b.data);
  if (!copy) return nullptr;
  Ref method = getattr(*copy, "hex");
  if (!method) return nullptr;
  return call(*method, args, nargs, kwnames);
}

// The item size of a native single-character format, 0 for any other.
int native_itemsize(std::string_view format) {
  if (format.size() == 2 && format[0] == '@') format.remove_prefix(1);
  if (format.size() != 1) return 0;
  switch (format[0]) {
    case 'b': case 'B': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    default: return 0;
  }
}

// cast(format): the same bytes seen as items of another native format
// (one-dimensional views; one side of the cast must be a byte format).
Ref mv_cast(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"format", "shape"};
  Value a[2];
  if (!bind_method_args("cast", names, 2, args, nargs, kwnames, a)) return nullptr;
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return nullptr;
  if (a[0].is_null()) return raise(exc::TypeError, "cast() missing required argument 'format' (pos 1)");
  if (!is_str(a[0])) {
    return raise(exc::TypeError, std::string("cast() argument 'format' must be str, not ") + type_name_of(a[0]));
  }
  std::string_view format = str_utf8(a[0].as<Str>());
  int itemsize = native_itemsize(format);
  if (itemsize == 0) {
    return raise(exc::ValueError,
                 "memoryview: destination format must be a native single character format prefixed with an "
                 "optional '@'");
  }
  if (m->step != m->itemsize) return raise(exc::TypeError, "memoryview: casts are restricted to C-contiguous views");
  char target = format.back();
  bool byte_source = m->format == 'B' || m->format == 'b' || m->format == 'c';
  bool byte_target = target == 'B' || target == 'b' || target == 'c';
  if (!byte_source && !byte_target) {
    return raise(exc::TypeError, "memoryview: cannot cast between two non-byte formats");
  }
  int64_t nbytes = m->length * m->itemsize;
  if (nbytes % itemsize != 0) return raise(exc::TypeError, "memoryview: length is not a multiple of itemsize");
  int64_t length = nbytes / itemsize;
  if (!a[1].is_null()) {
    Ref shape = list_from_iterable(a[1]);
    if (!shape) return nullptr;
    int64_t n;
    List* l = shape.as<List>();
    if (l->size != 1 || !int_to_int64(l->items[0], &n) || n != length) {
      if (error_occurred()) return nullptr;
      return raise(exc::NotImplementedError, "memoryview: casts to multi-dimensional shapes are not supported");
    }
  }
  return make_view(m->obj, m->offset, length, itemsize, m->readonly, target, itemsize);
}

Ref mv_toreadonly(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity("toreadonly", nargs, kwnames)) return nullptr;
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return nullptr;
  return derived_view(m, m->offset, m->length, m->step, true);
}

Ref mv_release(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity("release", nargs, kwnames)) return nullptr;
  release(as_mv(self));
  return Ref::none();
}

Ref mv_enter(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity("__enter__", nargs, kwnames)) return nullptr;
  if (!check_released(as_mv(self))) return nullptr;
  return Ref::borrow(self);
}

Ref mv_exit(Value self, const Value*, size_t, Tuple*) {
  release(as_mv(self));
  return Ref::none();
}

const MethodDef kMethods[] = {
    {"tobytes", mv_tobytes, kMethodInstance, nullptr},
    {"tolist", mv_tolist, kMethodInstance, nullptr},
    {"hex", mv_hex, kMethodInstance, nullptr},
    {"release", mv_release, kMethodInstance, nullptr},
    {"toreadonly", mv_toreadonly, kMethodInstance, nullptr},
    {"cast", mv_cast, kMethodInstance, "Cast a memoryview to a new format or shape."},
    {"__enter__", mv_enter, kMethodInstance, nullptr},
    {"__exit__", mv_exit, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Ref get_obj(Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return nullptr;
  return Ref::borrow(m->obj);
}
Ref get_nbytes(Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return nullptr;
  return Ref::small_int(m->length * m->itemsize);
}
Ref get_readonly(Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return nullptr;
  return Ref::boolean(m->readonly);
}
Ref get_format(Value self) {
  if (!check_released(as_mv(self))) return nullptr;
  return str_from_char(static_cast<uint32_t>(as_mv(self)->format));
}
Ref get_itemsize(Value self) {
  if (!check_released(as_mv(self))) return nullptr;
  return Ref::small_int(as_mv(self)->itemsize);
}
Ref get_one(Value self) {
  if (!check_released(as_mv(self))) return nullptr;
  return Ref::small_int(1);
}
Ref get_shape(Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return nullptr;
  return tuple_pack({Value::small_int(m->length)});
}
Ref get_strides(Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return nullptr;
  return tuple_pack({Value::small_int(m->step)});
}
Ref get_contiguous(Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return nullptr;
  return Ref::boolean(m->step == m->itemsize || m->length <= 1);
}

const GetSetDef kGetSets[] = {
    {"obj", get_obj, nullptr, nullptr},
    {"nbytes", get_nbytes, nullptr, nullptr},
    {"readonly", get_readonly, nullptr, nullptr},
    {"format", get_format, nullptr, nullptr},
    {"itemsize", get_itemsize, nullptr, nullptr},
    {"ndim", get_one, nullptr, nullptr},
    {"shape", get_shape, nullptr, nullptr},
    {"strides", get_strides, nullptr, nullptr},
    {"contiguous", get_contiguous, nullptr, nullptr},
    {"c_contiguous", get_contiguous, nullptr, nullptr},
    {"f_contiguous", get_contiguous, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

// Bytes iterate as ints through the shared bytes iterator; typed items
// through their list.
static Ref mv_iter(Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return nullptr;
  if (m->format == 'B') return bytes_like_iter(self);
  Ref items = mv_tolist(self, nullptr, 0, nullptr);
  if (!items) return nullptr;
  return iter(*items);
}

int init_memoryview_type() {
  Type& t = memoryview_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "memoryview";
  t.flags = kTypeSequence;
  t.basic_size = sizeof(MemoryView);
  t.doc = "memoryview(object)\n--\n\nCreate a new memoryview object which references the given object.";
  t.dealloc = mv_dealloc;
  t.repr = mv_repr;
  t.hash = mv_hash;
  t.richcompare = mv_richcompare;
  t.iter = mv_iter;
  t.new_ = mv_new;
  t.len = mv_len;
  t.getitem = mv_getitem;
  t.setitem = mv_setitem;
  t.methods = kMethods;
  t.getsets = kGetSets;
  return type_ready(&t);
}

}  // namespace taipan
