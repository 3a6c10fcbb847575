// Array and _Pointer with their metaclasses: `T * n` types (cached) with
// indexing, slicing and the value/raw attributes of character arrays;
// POINTER(T) types (cached in _pointer_type_cache) with contents, indexing
// and from_param; and how any ctypes value is read from or stored into C
// memory (cdata_get/cdata_set), which fields, items and pointers share.
#include <cstring>
#include <cwchar>
#include <string>

#include "modules/ctypes/ctypes.h"
#include "objects/bytes.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

CTypeObject array_type_c, pointer_type_c;
Value pointer_type_cache;

namespace {

Value array_type_cache;

char item_code(const CTypeInfo* info) {
  CTypeInfo* pi = ctype_info(info->proto);
  return pi != nullptr && pi->kind == CKind::Simple && !simple_instance_type(info->proto) ? pi->code : 0;
}

Ref read_chars(const char* p, int64_t max) {
  int64_t n = 0;
  while (n < max && p[n] != 0) ++n;
  return bytes_from_string(std::string_view(p, static_cast<size_t>(n)));
}

Ref read_wide(const char* p, int64_t max) {
  const auto* w = reinterpret_cast<const uint32_t*>(p);
  int64_t n = 0;
  while (n < max && w[n] != 0) ++n;
  return str_from_code_points(w, n);
}

int store_chars(char* p, int64_t length, Value v) {
  if (!is_bytes(v)) {
    return fail(exc::TypeError, std::string("bytes expected instead of ") + type_name_of(v) + " instance");
  }
  std::string_view data = bytes_view(v.as<Bytes>());
  int64_t n = static_cast<int64_t>(data.size());
  if (n > length) return fail(exc::ValueError, "byte string too long");
  std::memcpy(p, data.data(), data.size());
  if (n < length) p[n] = 0;
  return 0;
}

int store_wide(char* p, int64_t length, Value v) {
  if (!is_str(v)) {
    return fail(exc::TypeError, std::string("unicode string expected instead of ") + type_name_of(v) + " instance");
  }
  Str* s = v.as<Str>();
  if (s->length > length) return fail(exc::ValueError, "string too long");
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    std::memcpy(p + i * 4, &c, 4);
  }
  if (s->length < length) std::memset(p + s->length * 4, 0, 4);
  return 0;
}

}  // namespace

Ref cdata_get(Value type, char* p, Value base) {
  CTypeInfo* info = ctype_info(type);
  if (info->kind == CKind::Simple && !simple_instance_type(type)) return simple_get(info->code, p, info->size);
  if (info->kind == CKind::Array) {
    char code = item_code(info);
    if (code == 'c') return read_chars(p, info->length);
    if (code == 'u') return read_wide(p, info->length);
  }
  CDataObject* o = cdata_new_at(type.as<Type>(), p, base);
  return o == nullptr ? nullptr : Ref::steal(o);
}

int cdata_set(Value owner, Value type, char* p, Value v, Value key) {
  CTypeInfo* info = ctype_info(type);
  if (is_cdata(v)) {
    int inst = isinstance(v, type);
    if (inst < 0) return -1;
    if (inst) {
      std::memmove(p, v.as<CDataObject>()->ptr, static_cast<size_t>(info->size));
      return cdata_keep(owner, key, v);
    }
    if (info->kind == CKind::Pointer && cdata_info(v)->kind == CKind::Array && cdata_info(v)->proto == info->proto) {
      void* addr = v.as<CDataObject>()->ptr;
      std::memcpy(p, &addr, 8);
      return cdata_keep(owner, key, v);
    }
  } else if (info->kind == CKind::Simple) {
    Ref keep;
    if (simple_set(info->code, p, v, &keep) < 0) return -1;
    return cdata_keep(owner, key, *keep);
  } else if (info->kind == CKind::Array && item_code(info) == 'c' && is_bytes(v)) {
    if (bytes_view(v.as<Bytes>()).size() > static_cast<size_t>(info->length)) {
      return fail(exc::ValueError, "bytes too long (" + std::to_string(bytes_view(v.as<Bytes>()).size()) +
                                       ", maximum length " + std::to_string(info->length) + ")");
    }
    return store_chars(p, info->length, v);
  } else if (info->kind == CKind::Array && item_code(info) == 'u' && is_str(v)) {
    return store_wide(p, info->length, v);
  } else if (is_tuple(v)) {
    Tuple* t = v.as<Tuple>();
    Ref inst = call(type, t->items, static_cast<size_t>(t->size));
    if (!inst) return -1;
    std::memmove(p, inst.as<CDataObject>()->ptr, static_cast<size_t>(info->size));
    return cdata_keep(owner, key, *inst);
  }
  if (info->kind == CKind::Pointer) {
    return fail(exc::TypeError, std::string("incompatible types, ") + type_name_of(v) + " instance instead of " +
                                    ctype_name(type) + " instance");
  }
  return fail(exc::TypeError, "expected " + ctype_name(type) + " instance, got " + type_name_of(v));
}

namespace {

// ---- Arrays ----

bool array_index(Value self, Value key, int64_t* i) {
  int64_t length = cdata_info(self)->length;
  if (!arg_to_index(key, i)) return false;
  if (*i < 0) *i += length;
  if (*i < 0 || *i >= length) {
    raise(exc::IndexError, "invalid index");
    return false;
  }
  return true;
}

// Items [start, start+step*n) as bytes, str or a list.
Ref items_slice(Value self, Value itemtype, char* base_ptr, int64_t start, int64_t step, int64_t n) {
  CTypeInfo* item = ctype_info(itemtype);
  char code = item->kind == CKind::Simple && !simple_instance_type(itemtype) ? item->code : 0;
  if (code == 'c') {
    std::string s;
    for (int64_t k = 0; k < n; ++k) s += base_ptr[start + k * step];
    return bytes_from_string(s);
  }
  if (code == 'u') {
    std::vector<uint32_t> cps(static_cast<size_t>(n));
    for (int64_t k = 0; k < n; ++k) std::memcpy(&cps[static_cast<size_t>(k)], base_ptr + (start + k * step) * 4, 4);
    return str_from_code_points(cps.data(), n);
  }
  List* l = list_new(0);
  if (l == nullptr) return nullptr;
  Ref result = Ref::steal(l);
  for (int64_t k = 0; k < n; ++k) {
    Ref v = cdata_get(itemtype, base_ptr + (start + k * step) * item->size, self);
    if (!v || list_append(l, *v) < 0) return nullptr;
  }
  return result;
}

Ref array_getitem(Value self, Value key) {
  CTypeInfo* info = cdata_info(self);
  CDataObject* c = self.as<CDataObject>();
  if (is_slice(key)) {
    int64_t start, stop, step;
    if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return nullptr;
    int64_t n = slice_adjust_indices(info->length, &start, &stop, step);
    return items_slice(self, info->proto, c->ptr, start, step, n);
  }
  if (!is_int(key) && type_of(key)->number.index == nullptr) return raise(exc::TypeError, "indices must be integers");
  int64_t i;
  if (!array_index(self, key, &i)) return nullptr;
  return cdata_get(info->proto, c->ptr + i * ctype_info(info->proto)->size, self);
}

int array_setitem(Value self, Value key, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "Array does not support item deletion");
  CTypeInfo* info = cdata_info(self);
  CDataObject* c = self.as<CDataObject>();
  int64_t itemsize = ctype_info(info->proto)->size;
  if (is_slice(key)) {
    int64_t start, stop, step;
    if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return -1;
    int64_t n = slice_adjust_indices(info->length, &start, &stop, step);
    int64_t given = length(v);
    if (given < 0) return -1;
    if (given != n) return fail(exc::ValueError, "Can only assign sequence of same size");
    for (int64_t k = 0; k < n; ++k) {
      Ref item = getitem(v, Value::small_int(k));
      if (!item) return -1;
      int64_t at = start + k * step;
      if (cdata_set(self, info->proto, c->ptr + at * itemsize, *item, Value::small_int(at)) < 0) return -1;
    }
    return 0;
  }
  if (!is_int(key) && type_of(key)->number.index == nullptr) return fail(exc::TypeError, "indices must be integers");
  int64_t i;
  if (!array_index(self, key, &i)) return -1;
  return cdata_set(self, info->proto, c->ptr + i * itemsize, v, Value::small_int(i));
}

int64_t array_len(Value self) { return cdata_info(self)->length; }

Ref array_new(Type* type, const Value*, size_t, Tuple*) {
  CTypeInfo* info = ctype_info(Value::object(type));
  if (info == nullptr) return raise(exc::TypeError, "abstract class");
  CDataObject* o = cdata_new_owned(type, info->size);
  return o == nullptr ? nullptr : Ref::steal(o);
}

int array_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) return fail(exc::TypeError, "Array() takes no keyword arguments");
  for (size_t i = 0; i < nargs; ++i) {
    if (array_setitem(self, Value::small_int(static_cast<int64_t>(i)), args[i]) < 0) return -1;
  }
  return 0;
}

Ref char_value(Value self) {
  CDataObject* c = self.as<CDataObject>();
  return read_chars(c->ptr, cdata_info(self)->length);
}
int set_char_value(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "can't delete attribute");
  CDataObject* c = self.as<CDataObject>();
  return store_chars(c->ptr, cdata_info(self)->length, v);
}
Ref char_raw(Value self) {
  CDataObject* c = self.as<CDataObject>();
  return bytes_from_string(std::string_view(c->ptr, static_cast<size_t>(c->size)));
}
int set_char_raw(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "can't delete attribute");
  Buffer b;
  if (!require_buffer(v, &b)) return -1;
  CDataObject* c = self.as<CDataObject>();
  if (static_cast<int64_t>(b.data.size()) > c->size) return fail(exc::ValueError, "byte string too long");
  std::memcpy(c->ptr, b.data.data(), b.data.size());
  return 0;
}
Ref wide_value(Value self) {
  CDataObject* c = self.as<CDataObject>();
  return read_wide(c->ptr, cdata_info(self)->length);
}
int set_wide_value(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "can't delete attribute");
  CDataObject* c = self.as<CDataObject>();
  return store_wide(c->ptr, cdata_info(self)->length, v);
}

const GetSetDef kCharArrayGetSets[] = {
    {"value", char_value, set_char_value, "string value"},
    {"raw", char_raw, set_char_raw, "value"},
    {nullptr, nullptr, nullptr, nullptr},
};
const GetSetDef kWideArrayGetSets[] = {
    {"value", wide_value, set_wide_value, "string value"},
    {nullptr, nullptr, nullptr, nullptr},
};

Ref array_meta_new(Type* meta, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref t = type_type.new_(meta, args, nargs, kwnames);
  if (!t) return nullptr;
  Ref length_v = getattr_optional(*t, intern("_length_"));
  if (!length_v) {
    if (error_occurred()) return nullptr;
    return raise(exc::AttributeError, "class must define a '_length_' attribute");
  }
  int64_t length;
  if (!is_int(*length_v)) return raise(exc::TypeError, "The '_length_' attribute must be an integer");
  if (!int_to_int64(*length_v, &length)) {
    clear_error();
    return raise(exc::OverflowError, "The '_length_' attribute is too large");
  }
  if (length < 0) return raise(exc::ValueError, "The '_length_' attribute must not be negative");
  Ref item = getattr_optional(*t, intern("_type_"));
  if (!item) {
    if (error_occurred()) return nullptr;
    return raise(exc::AttributeError, "class must define a '_type_' attribute");
  }
  CTypeInfo* ii = ctype_info(*item);
  if (ii == nullptr || ii->kind == CKind::None) return raise(exc::TypeError, "_type_ must have storage info");
  if (ii->size != 0 && length > (int64_t{1} << 62) / ii->size) {
    return raise(exc::OverflowError, "array too large");
  }
  auto* info = new CTypeInfo;
  info->kind = CKind::Array;
  info->size = ii->size * length;
  info->align = ii->align;
  info->length = length;
  info->ffi = &ffi_type_pointer;
  info->proto = item.release();
  static_cast<CTypeObject*>(t.as<Type>())->info = info;
  char code = item_code(info);
  const GetSetDef* extra = code == 'c' ? kCharArrayGetSets : code == 'u' ? kWideArrayGetSets : nullptr;
  Type* tp = t.as<Type>();
  for (const GetSetDef* g = extra; g != nullptr && g->name != nullptr; ++g) {
    Ref d = getset_descriptor_new(tp, g);
    if (!d || dict_set_str(tp->dict, g->name, d.get()) < 0) return nullptr;
  }
  if (extra != nullptr) type_modified(tp);
  return t;
}

Ref array_from_param(Value cls, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "from_param() takes exactly one argument");
  int inst = isinstance(args[0], cls);
  if (inst < 0) return nullptr;
  if (inst || type_of(args[0]) == &carg_type) return Ref::borrow(args[0]);
  return raise(exc::TypeError, std::string("expected ") + ctype_name(cls) + " instance instead of " +
                                   type_name_of(args[0]));
}

// ---- Pointers ----

void* pointer_address(Value self) {
  void* addr;
  std::memcpy(&addr, self.as<CDataObject>()->ptr, 8);
  return addr;
}

CTypeInfo* pointer_target(Value self) {
  CTypeInfo* info = cdata_info(self);
  CTypeInfo* ti = ctype_info(info->proto);
  if (ti == nullptr) raise(exc::TypeError, "Cannot create instance: has no _type_");
  return ti;
}

int set_contents(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "Pointer does not support item deletion");
  CTypeInfo* info = cdata_info(self);
  if (pointer_target(self) == nullptr) return -1;
  // Any ctypes instance is taken as it is, as CPython does.
  if (!is_cdata(v)) {
    int inst = isinstance(v, info->proto);
    if (inst < 0) return -1;
    if (!inst) return fail(exc::TypeError, "expected " + ctype_name(info->proto) + " instead of " + type_name_of(v));
  }
  void* addr = v.as<CDataObject>()->ptr;
  std::memcpy(self.as<CDataObject>()->ptr, &addr, 8);
  return cdata_keep(self, Value::small_int(1), v);
}

Ref get_contents(Value self) {
  CTypeInfo* info = cdata_info(self);
  if (pointer_target(self) == nullptr) return nullptr;
  void* addr = pointer_address(self);
  if (addr == nullptr) return raise(exc::ValueError, "NULL pointer access");
  CDataObject* o = cdata_new_at(info->proto.as<Type>(), static_cast<char*>(addr), self);
  return o == nullptr ? nullptr : Ref::steal(o);
}

Ref pointer_getitem(Value self, Value key) {
  CTypeInfo* info = cdata_info(self);
  CTypeInfo* ti = pointer_target(self);
  if (ti == nullptr) return nullptr;
  char* addr = static_cast<char*>(pointer_address(self));
  if (is_slice(key)) {
    Slice* s = key.as<Slice>();
    int64_t start = 0, stop, step = 1;
    if (s->stop.is_none()) return raise(exc::ValueError, "slice stop is required");
    if (!s->step.is_none() && !arg_to_index(s->step, &step)) return nullptr;
    if (step == 0) return raise(exc::ValueError, "slice step cannot be zero");
    if (!s->start.is_none() && !arg_to_index(s->start, &start)) return nullptr;
    if (s->start.is_none() && step < 0) return raise(exc::ValueError, "slice start is required for step < 0");
    if (!arg_to_index(s->stop, &stop)) return nullptr;
    int64_t n = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                         : (start > stop ? (start - stop - step - 1) / -step : 0);
    if (addr == nullptr && n > 0) return raise(exc::ValueError, "NULL pointer access");
    return items_slice(self, info->proto, addr, start, step, n);
  }
  int64_t i;
  if (!arg_to_index(key, &i)) return nullptr;
  if (addr == nullptr) return raise(exc::ValueError, "NULL pointer access");
  return cdata_get(info->proto, addr + i * ti->size, self);
}

int pointer_setitem(Value self, Value key, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "Pointer does not support item deletion");
  CTypeInfo* info = cdata_info(self);
  CTypeInfo* ti = pointer_target(self);
  if (ti == nullptr) return -1;
  int64_t i;
  if (!arg_to_index(key, &i)) return -1;
  char* addr = static_cast<char*>(pointer_address(self));
  if (addr == nullptr) return fail(exc::ValueError, "NULL pointer access");
  return cdata_set(self, info->proto, addr + i * ti->size, v, Value::small_int(i));
}

int pointer_bool(Value self) { return pointer_address(self) != nullptr ? 1 : 0; }

Ref pointer_new(Type* type, const Value*, size_t, Tuple*) {
  CTypeInfo* info = ctype_info(Value::object(type));
  if (info == nullptr || info->proto.is_null()) return raise(exc::TypeError, "Cannot create instance: has no _type_");
  CDataObject* o = cdata_new_owned(type, 8);
  return o == nullptr ? nullptr : Ref::steal(o);
}

int pointer_init(Value self, const Value* args, size_t nargs, Tuple*) {
  if (nargs > 1) return fail(exc::TypeError, "Pointer() takes at most 1 argument");
  return nargs == 1 ? set_contents(self, args[0]) : 0;
}

const GetSetDef kPointerGetSets[] = {
    {"contents", get_contents, set_contents, "the object this pointer points to (read-write)"},
    {nullptr, nullptr, nullptr, nullptr},
};

int set_pointer_proto(Value cls, Value proto) {
  if (!is_type(proto)) return fail(exc::TypeError, "_type_ must be a type");
  CTypeInfo* pi = ctype_info(proto);
  if (pi == nullptr || pi->kind == CKind::None) return fail(exc::TypeError, "_type_ must have storage info");
  CTypeInfo* info = ctype_info(cls);
  incref(proto);
  Value old = info->proto;
  info->proto = proto;
  decref(old);
  return 0;
}

Ref pointer_meta_new(Type* meta, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref t = type_type.new_(meta, args, nargs, kwnames);
  if (!t) return nullptr;
  auto* info = new CTypeInfo;
  info->kind = CKind::Pointer;
  info->size = 8;
  info->align = 8;
  info->ffi = &ffi_type_pointer;
  static_cast<CTypeObject*>(t.as<Type>())->info = info;
  Value proto = dict_get_str(t.as<Type>()->dict, intern("_type_"));
  if (!proto.is_null() && set_pointer_proto(*t, proto) < 0) return nullptr;
  return t;
}

Ref pointer_set_type(Value cls, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "set_type() takes exactly one argument");
  if (set_pointer_proto(cls, args[0]) < 0) return nullptr;
  if (dict_set_str(cls.as<Type>()->dict, "_type_", args[0]) < 0) return nullptr;
  type_modified(cls.as<Type>());
  return Ref::none();
}

Ref pointer_from_param(Value cls, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "from_param() takes exactly one argument");
  Value v = args[0];
  if (v.is_none()) return Ref::borrow(v);
  int inst = isinstance(v, cls);
  if (inst < 0) return nullptr;
  if (inst || type_of(v) == &carg_type) return Ref::borrow(v);
  CTypeInfo* info = ctype_info(cls);
  if (!info->proto.is_null()) {
    int target = isinstance(v, info->proto);
    if (target < 0) return nullptr;
    if (target) return carg_new(v.as<CDataObject>()->ptr, v);  // passed by reference
    CTypeInfo* vi = is_cdata(v) ? cdata_info(v) : nullptr;
    if (vi != nullptr && (vi->kind == CKind::Array || vi->kind == CKind::Pointer)) {
      int same = issubclass(vi->proto, info->proto);
      if (same < 0) return nullptr;
      if (same) return Ref::borrow(v);
    }
  }
  return raise(exc::TypeError, std::string("expected ") + ctype_name(cls) + " instance instead of " +
                                   type_name_of(v));
}

const MethodDef kArrayMetaMethods[] = {
    {"from_param", array_from_param, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kPointerMetaMethods[] = {
    {"from_param", pointer_from_param, kMethodInstance, nullptr},
    {"set_type", pointer_set_type, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref array_type_for(Value itemtype, int64_t length) {
  Ref key = tuple_pack({itemtype, Value::small_int(length)});
  if (!key) return nullptr;
  Value cached = dict_get(array_type_cache.as<Dict>(), *key);
  if (!cached.is_null()) return Ref::borrow(cached);
  if (error_occurred()) return nullptr;
  CTypeInfo* ii = ctype_info(itemtype);
  if (ii == nullptr || ii->kind == CKind::None) return raise(exc::TypeError, "_type_ must have storage info");
  Ref name = str_from_utf8(ctype_name(itemtype) + "_Array_" + std::to_string(length));
  Ref bases = tuple_pack({Value::object(&array_type_c)});
  Dict* ns = dict_new();
  if (!name || !bases || ns == nullptr) return nullptr;
  Ref ns_ref = Ref::steal(ns);
  if (dict_set_str(ns, "_length_", Value::small_int(length)) < 0 || dict_set_str(ns, "_type_", itemtype) < 0) {
    return nullptr;
  }
  Ref t = call(Value::object(&array_meta), {*name, *bases, *ns_ref});
  if (!t || dict_set(array_type_cache.as<Dict>(), *key, *t) < 0) return nullptr;
  return t;
}

Ref pointer_type_for(Value type) {
  Value cached = dict_get(pointer_type_cache.as<Dict>(), type);
  if (!cached.is_null()) return Ref::borrow(cached);
  if (error_occurred()) return nullptr;
  Dict* ns = dict_new();
  if (ns == nullptr) return nullptr;
  Ref ns_ref = Ref::steal(ns);
  Ref name;
  if (is_str(type)) {
    name = str_from_utf8("LP_" + str_to_std(type.as<Str>()));
  } else if (is_type(type)) {
    name = str_from_utf8("LP_" + ctype_name(type));
    if (dict_set_str(ns, "_type_", type) < 0) return nullptr;
  } else {
    return raise(exc::TypeError, "must be a ctypes type");
  }
  Ref bases = tuple_pack({Value::object(&pointer_type_c)});
  if (!name || !bases) return nullptr;
  Ref t = call(Value::object(&pointer_meta), {*name, *bases, *ns_ref});
  if (!t) return nullptr;
  Ref key = is_str(type) ? int_from_int64(static_cast<int64_t>(t.get().bits())) : Ref::borrow(type);
  if (!key || dict_set(pointer_type_cache.as<Dict>(), *key, *t) < 0) return nullptr;
  return t;
}

Ref pointer_to(Value obj) {
  Ref t = pointer_type_for(Value::object(type_of(obj)));
  if (!t) return nullptr;
  return call(*t, {obj});
}

int init_array_pointer_types() {
  Dict* cache = dict_new();
  Dict* pcache = dict_new();
  if (cache == nullptr || pcache == nullptr) return -1;
  array_type_cache = Value::object(cache);
  pointer_type_cache = Value::object(pcache);

  init_ctype_meta(array_meta, "_ctypes.PyCArrayType");
  array_meta.new_ = array_meta_new;
  array_meta.methods = kArrayMetaMethods;
  if (finish_ctype_meta(array_meta) < 0) return -1;
  init_cdata_base(array_type_c, &array_meta, "_ctypes.Array");
  array_type_c.new_ = array_new;
  array_type_c.init = array_init;
  array_type_c.getitem = array_getitem;
  array_type_c.setitem = array_setitem;
  array_type_c.len = array_len;
  if (finish_cdata_base(array_type_c) < 0) return -1;

  init_ctype_meta(pointer_meta, "_ctypes.PyCPointerType");
  pointer_meta.new_ = pointer_meta_new;
  pointer_meta.methods = kPointerMetaMethods;
  if (finish_ctype_meta(pointer_meta) < 0) return -1;
  init_cdata_base(pointer_type_c, &pointer_meta, "_ctypes._Pointer");
  pointer_type_c.new_ = pointer_new;
  pointer_type_c.init = pointer_init;
  pointer_type_c.getitem = pointer_getitem;
  pointer_type_c.setitem = pointer_setitem;
  pointer_type_c.number.bool_ = pointer_bool;
  pointer_type_c.getsets = kPointerGetSets;
  return finish_cdata_base(pointer_type_c);
}

}  // namespace taipan
