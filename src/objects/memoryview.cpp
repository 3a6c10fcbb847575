// memoryview (one-dimensional, format 'B'): a window of offset/length/step
// onto the bytes of a bytes, bytearray or another memoryview, without
// copying. A view of a bytearray pins its size until released.
#include <cstdio>
#include <string>

#include "objects/bytes.h"
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

// The exporter's bytes (the underlying bytes or bytearray, never a view).
std::string_view base_bytes(MemoryView* m) {
  return is_bytearray(m->obj) ? bytearray_view(m->obj.as<ByteArray>()) : bytes_view(m->obj.as<Bytes>());
}

Ref make_view(Value base, int64_t offset, int64_t length, int64_t step, bool readonly) {
  MemoryView* m = new_object<MemoryView>(&memoryview_type);
  if (m == nullptr) return nullptr;
  incref(base);
  m->obj = base;
  m->offset = offset;
  m->length = length;
  m->step = step;
  m->readonly = readonly;
  if (is_bytearray(base)) ++base.as<ByteArray>()->exports;
  return Ref::steal(m);
}

void release(MemoryView* m) {
  if (m->released) return;
  m->released = true;
  if (is_bytearray(m->obj)) --m->obj.as<ByteArray>()->exports;
}

}  // namespace

bool memoryview_buffer(MemoryView* m, Buffer* out) {
  if (!check_released(m)) return false;
  std::string_view base = base_bytes(m);
  out->readonly = m->readonly;
  if (m->step == 1) {
    out->data = base.substr(static_cast<size_t>(m->offset), static_cast<size_t>(m->length));
    return true;
  }
  out->copy.clear();
  for (int64_t i = 0; i < m->length; ++i) out->copy.push_back(base[static_cast<size_t>(m->offset + i * m->step)]);
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
    return make_view(m->obj, m->offset, m->length, m->step, m->readonly);
  }
  if (is_bytes(src)) return make_view(src, 0, src.as<Bytes>()->size, 1, true);
  if (is_bytearray(src)) return make_view(src, 0, src.as<ByteArray>()->size, 1, false);
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
    return make_view(m->obj, m->offset + start * m->step, n, step * m->step, m->readonly);
  }
  if (!is_int(key) && type_of(key)->number.index == nullptr) {
    return raise(exc::TypeError, "memoryview: invalid slice key");
  }
  int64_t i;
  if (!arg_to_index(key, &i)) return nullptr;
  if (i < 0) i += m->length;
  if (i < 0 || i >= m->length) return raise(exc::IndexError, "index out of bounds on dimension 1");
  return Ref::small_int(static_cast<unsigned char>(base_bytes(m)[static_cast<size_t>(m->offset + i * m->step)]));
}

int mv_setitem(Value self, Value key, Value v) {
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return -1;
  if (m->readonly) return fail(exc::TypeError, "cannot modify read-only memory");
  if (v.is_null()) return fail(exc::TypeError, "cannot delete memory");
  unsigned char* data = m->obj.as<ByteArray>()->data;
  if (is_slice(key)) {
    int64_t start, stop, step;
    if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return -1;
    int64_t n = slice_adjust_indices(m->length, &start, &stop, step);
    Buffer b;
    if (!require_buffer(v, &b)) return -1;
    std::string copy(b.data);
    if (static_cast<int64_t>(copy.size()) != n) {
      return fail(exc::ValueError, "memoryview assignment: lvalue and rvalue have different structures");
    }
    for (int64_t i = 0; i < n; ++i)
      data[m->offset + (start + i * step) * m->step] = static_cast<unsigned char>(copy[static_cast<size_t>(i)]);
    return 0;
  }
  int64_t i;
  if (!arg_to_index(key, &i)) return -1;
  if (i < 0) i += m->length;
  if (i < 0 || i >= m->length) return fail(exc::IndexError, "index out of bounds on dimension 1");
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
  Buffer b;
  if (!memoryview_buffer(as_mv(self), &b)) return nullptr;
  List* l = list_new(static_cast<int64_t>(b.data.size()));
  if (l == nullptr) return nullptr;
  for (size_t i = 0; i < b.data.size(); ++i) l->items[i] = Value::small_int(static_cast<unsigned char>(b.data[i]));
  return Ref::steal(l);
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

Ref mv_toreadonly(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity("toreadonly", nargs, kwnames)) return nullptr;
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return nullptr;
  return make_view(m->obj, m->offset, m->length, m->step, true);
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
  return Ref::small_int(m->length);
}
Ref get_readonly(Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(m)) return nullptr;
  return Ref::boolean(m->readonly);
}
Ref get_format(Value self) {
  if (!check_released(as_mv(self))) return nullptr;
  return str_from_utf8("B");
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
  return Ref::boolean(m->step == 1 || m->length <= 1);
}

const GetSetDef kGetSets[] = {
    {"obj", get_obj, nullptr, nullptr},
    {"nbytes", get_nbytes, nullptr, nullptr},
    {"readonly", get_readonly, nullptr, nullptr},
    {"format", get_format, nullptr, nullptr},
    {"itemsize", get_one, nullptr, nullptr},
    {"ndim", get_one, nullptr, nullptr},
    {"shape", get_shape, nullptr, nullptr},
    {"strides", get_strides, nullptr, nullptr},
    {"contiguous", get_contiguous, nullptr, nullptr},
    {"c_contiguous", get_contiguous, nullptr, nullptr},
    {"f_contiguous", get_contiguous, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

int init_memoryview_type() {
  Type& t = memoryview_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "memoryview";
  t.flags = kTypeSequence;
  t.basic_size = sizeof(MemoryView);
  t.doc = "Create a new memoryview object which references the given object.";
  t.dealloc = mv_dealloc;
  t.repr = mv_repr;
  t.hash = mv_hash;
  t.richcompare = mv_richcompare;
  t.iter = bytes_like_iter;
  t.new_ = mv_new;
  t.len = mv_len;
  t.getitem = mv_getitem;
  t.setitem = mv_setitem;
  t.methods = kMethods;
  t.getsets = kGetSets;
  return type_ready(&t);
}

}  // namespace taipan
