// The storage every ctypes instance shares (a CDataObject over C memory,
// its keep-alive dict, its buffer export) and the machinery every ctypes
// metaclass shares: the CTypeInfo slot and its lifetime, `type * n` making
// array types, and the class methods from_address, from_buffer,
// from_buffer_copy and in_dll.
#include <dlfcn.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "modules/ctypes/ctypes.h"
#include "objects/bytes.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Value cdata_unpickle_function;
Type simple_meta, struct_meta, union_meta, array_meta, pointer_meta, funcptr_meta;

namespace {

bool is_ctype_meta(Type* m) {
  for (Type* meta : {&simple_meta, &struct_meta, &union_meta, &array_meta, &pointer_meta, &funcptr_meta}) {
    if (type_is_subtype(m, meta)) return true;
  }
  return false;
}

void ctype_meta_dealloc(Object* o) {
  CTypeObject* t = static_cast<CTypeObject*>(o);
  info_free(t->info);
  t->info = nullptr;
  type_type.dealloc(o);
}

void ctype_meta_traverse(Object* o, VisitFn visit, void* arg) {
  CTypeObject* t = static_cast<CTypeObject*>(o);
  if (t->info != nullptr) {
    visit(t->info->proto, arg);
    visit(t->info->argtypes, arg);
    visit(t->info->restype, arg);
    visit(t->info->names, arg);
  }
  type_type.traverse(o, visit, arg);
}

void ctype_meta_clear(Object* o) {
  CTypeObject* t = static_cast<CTypeObject*>(o);
  if (t->info != nullptr) {
    Value p = t->info->proto, a = t->info->argtypes, r = t->info->restype, n = t->info->names;
    t->info->proto = t->info->argtypes = t->info->restype = t->info->names = Value();
    decref(p);
    decref(a);
    decref(r);
    decref(n);
  }
  if (type_type.clear != nullptr) type_type.clear(o);
}

// type * n and n * type: the array type of n items.
Ref ctype_multiply(Value a, Value b) {
  Value type = ctype_info(a) != nullptr ? a : b;
  Value count = type == a ? b : a;
  if (type_of(count)->number.index == nullptr && !is_int(count)) {
    return raise(exc::TypeError, std::string("can't multiply sequence by non-int of type '") + type_name_of(count) + "'");
  }
  int64_t n;
  if (!arg_to_index(count, &n)) {
    if (error_matches(exc::OverflowError)) {
      clear_error();
      raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return nullptr;
  }
  if (n < 0) return raise(exc::ValueError, "Array length must be >= 0, not " + std::to_string(n));
  return array_type_for(type, n);
}

// ---- Class methods (methods of the metaclasses) ----

CTypeInfo* require_info(Value cls) {
  CTypeInfo* info = ctype_info(cls);
  if (info == nullptr) raise(exc::TypeError, "abstract class");
  return info;
}

Ref from_address(Value cls, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "from_address() takes exactly one argument");
  if (require_info(cls) == nullptr) return nullptr;
  if (!is_int(args[0])) return raise(exc::TypeError, "integer expected");
  Ref addr = index(args[0]);
  uint64_t a = static_cast<uint64_t>(as_int64(*addr));
  if (error_occurred()) return nullptr;
  CDataObject* o = cdata_new_at(cls.as<Type>(), reinterpret_cast<char*>(a), Value());
  return o == nullptr ? nullptr : Ref::steal(o);
}

bool buffer_args(const char* fname, Value cls, const Value* args, size_t nargs, Buffer* b, int64_t* offset,
                 CTypeInfo** info) {
  if (nargs < 1 || nargs > 2) {
    raise(exc::TypeError, std::string(fname) + "() takes 1 or 2 arguments");
    return false;
  }
  *info = require_info(cls);
  if (*info == nullptr) return false;
  if (!get_buffer(args[0], b)) {
    if (!error_occurred()) {
      raise(exc::TypeError,
            std::string("memoryview: a bytes-like object is required, not '") + type_name_of(args[0]) + "'");
    }
    return false;
  }
  *offset = 0;
  if (nargs == 2 && !arg_to_index(args[1], offset)) return false;
  if (*offset < 0) {
    raise(exc::ValueError, "offset cannot be negative");
    return false;
  }
  int64_t need = (*info)->size + *offset;
  if (static_cast<int64_t>(b->data.size()) < need) {
    raise(exc::ValueError, "Buffer size too small (" + std::to_string(b->data.size()) + " instead of at least " +
                               std::to_string(need) + " bytes)");
    return false;
  }
  return true;
}

Ref from_buffer(Value cls, const Value* args, size_t nargs, Tuple*) {
  Buffer b;
  int64_t offset;
  CTypeInfo* info;
  if (!buffer_args("from_buffer", cls, args, nargs, &b, &offset, &info)) return nullptr;
  if (b.readonly) return raise(exc::TypeError, "underlying buffer is not writable");
  if (!b.copy.empty()) return raise(exc::TypeError, "underlying buffer is not C contiguous");
  char* p = const_cast<char*>(b.data.data()) + offset;
  CDataObject* o = cdata_new_at(cls.as<Type>(), p, Value());
  if (o == nullptr) return nullptr;
  Ref r = Ref::steal(o);
  // A memoryview keeps the exporter alive and its size pinned, as CPython's.
  Ref view = call(Value::object(&memoryview_type), {args[0]});
  if (!view || cdata_keep(r.get(), Value::small_int(-1), *view) < 0) return nullptr;
  return r;
}

Ref from_buffer_copy(Value cls, const Value* args, size_t nargs, Tuple*) {
  Buffer b;
  int64_t offset;
  CTypeInfo* info;
  if (!buffer_args("from_buffer_copy", cls, args, nargs, &b, &offset, &info)) return nullptr;
  CDataObject* o = cdata_new_owned(cls.as<Type>(), info->size);
  if (o == nullptr) return nullptr;
  if (info->size > 0) std::memcpy(o->ptr, b.data.data() + offset, static_cast<size_t>(info->size));
  return Ref::steal(o);
}

Ref in_dll(Value cls, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2) return raise(exc::TypeError, "in_dll() takes exactly 2 arguments");
  if (require_info(cls) == nullptr) return nullptr;
  if (!is_str(args[1])) return raise(exc::TypeError, "in_dll() argument 2 must be str");
  Ref handle = getattr(args[0], "_handle");
  if (!handle) return nullptr;
  int64_t h = as_int64(*handle);
  if (error_occurred()) return nullptr;
  std::string name = str_to_std(args[1].as<Str>());
  dlerror();
  void* addr = dlsym(reinterpret_cast<void*>(h), name.c_str());
  if (addr == nullptr) {
    const char* e = dlerror();
    return raise(exc::ValueError, e != nullptr ? e : "symbol not found");
  }
  CDataObject* o = cdata_new_at(cls.as<Type>(), static_cast<char*>(addr), Value());
  return o == nullptr ? nullptr : Ref::steal(o);
}

// ---- Instances ----

void cdata_dealloc(Object* o) {
  CDataObject* c = static_cast<CDataObject*>(o);
  callback_free(c);
  if (c->owns) std::free(c->ptr);
  decref(c->base);
  decref(c->keep);
  decref(c->argtypes);
  decref(c->restype);
  decref(c->errcheck);
  decref(c->callable);
  decref(c->argtypes_given);
  free_object(o);
}

void cdata_traverse(Object* o, VisitFn visit, void* arg) {
  CDataObject* c = static_cast<CDataObject*>(o);
  for (Value v : {c->base, c->keep, c->argtypes, c->restype, c->errcheck, c->callable, c->argtypes_given}) {
    visit(v, arg);
  }
}

void cdata_clear(Object* o) {
  CDataObject* c = static_cast<CDataObject*>(o);
  for (Value* v : {&c->keep, &c->argtypes, &c->restype, &c->errcheck, &c->callable, &c->argtypes_given}) {
    Value old = *v;
    *v = Value();
    decref(old);
  }
}

bool cdata_buffer(Value v, Buffer* out) {
  CDataObject* c = v.as<CDataObject>();
  out->data = std::string_view(c->ptr, static_cast<size_t>(c->size));
  out->readonly = false;
  out->exports = &c->exports;
  return true;
}

Ref get_objects(Value self) {
  Value k = self.as<CDataObject>()->keep;
  return k.is_null() ? Ref::none() : Ref::borrow(k);
}
Ref get_b_base(Value self) {
  Value b = self.as<CDataObject>()->base;
  return b.is_null() ? Ref::none() : Ref::borrow(b);
}
Ref get_needsfree(Value self) { return Ref::small_int(self.as<CDataObject>()->owns ? 1 : 0); }

int64_t cdata_nohash(Value) {
  fail(exc::TypeError, "unhashable type");
  return -1;
}

// Whether instances of a type hold addresses (which cannot be pickled).
bool holds_pointers(Value type) {
  CTypeInfo* info = ctype_info(type);
  if (info == nullptr) return false;
  switch (info->kind) {
    case CKind::Pointer:
    case CKind::Function: return true;
    case CKind::Simple: return std::strchr("zZPO", info->code) != nullptr;
    case CKind::Array: return holds_pointers(info->proto);
    case CKind::Struct:
    case CKind::Union: {
      Tuple* names = info->names.is_null() ? empty_tuple() : info->names.as<Tuple>();
      for (int64_t i = 0; i < names->size; ++i) {
        Value ftype = struct_field_type(type, names->items[i].as<Str>());
        if (!ftype.is_null() && holds_pointers(ftype)) return true;
      }
      return false;
    }
    default: return false;
  }
}

// __reduce__: (_ctypes._unpickle, (type, (__dict__, the memory's bytes))).
Ref cdata_reduce(Value self, const Value*, size_t nargs, Tuple*) {
  if (nargs != 0) return raise(exc::TypeError, "__reduce__() takes no arguments");
  Value type = Value::object(type_of(self));
  if (holds_pointers(type)) return raise(exc::ValueError, "ctypes objects containing pointers cannot be pickled");
  Ref dict = getattr_optional(self, intern("__dict__"));
  if (!dict) {
    if (error_occurred()) return nullptr;
    dict = Ref::steal(Value::object(dict_new()));
  }
  CDataObject* c = self.as<CDataObject>();
  Ref data = bytes_from_string(std::string_view(c->ptr, static_cast<size_t>(c->size)));
  if (!dict || !data) return nullptr;
  Ref state = tuple_pack({*dict, *data});
  Ref args = state ? tuple_pack({type, *state}) : Ref();
  return args ? tuple_pack({cdata_unpickle_function, *args}) : nullptr;
}

Ref cdata_setstate(Value self, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2 || !is_dict(args[0]) || !is_bytes(args[1])) {
    return raise(exc::TypeError, "__setstate__() takes a dict and a bytes object");
  }
  CDataObject* c = self.as<CDataObject>();
  std::string_view data = bytes_view(args[1].as<Bytes>());
  std::memmove(c->ptr, data.data(), std::min(data.size(), static_cast<size_t>(c->size)));
  Ref dict = getattr_optional(self, intern("__dict__"));
  if (!dict) return error_occurred() ? nullptr : Ref::none();
  if (dict_update(dict.as<Dict>(), args[0]) < 0) return nullptr;
  return Ref::none();
}

const MethodDef kCDataMethods[] = {
    {"__reduce__", cdata_reduce, kMethodInstance, nullptr},
    {"__setstate__", cdata_setstate, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kCDataGetSets[] = {
    {"_objects", get_objects, nullptr, "internal objects tree (NEVER CHANGE THIS OBJECT!)"},
    {"_b_base_", get_b_base, nullptr, "the base object"},
    {"_b_needsfree_", get_needsfree, nullptr, "whether the object owns the memory or not"},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kCDataClassMethods[] = {
    {"from_address", from_address, kMethodInstance, "C.from_address(integer) -> C instance"},
    {"from_buffer", from_buffer, kMethodInstance, "C.from_buffer(object, offset=0) -> C instance"},
    {"from_buffer_copy", from_buffer_copy, kMethodInstance, "C.from_buffer_copy(object, offset=0) -> C instance"},
    {"in_dll", in_dll, kMethodInstance, "C.in_dll(dll, name) -> C instance"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void info_free(CTypeInfo* info) {
  if (info == nullptr) return;
  decref(info->proto);
  decref(info->argtypes);
  decref(info->restype);
  decref(info->names);
  delete info;
}

CTypeInfo* info_copy(const CTypeInfo* from) {
  auto* info = new CTypeInfo;
  info->kind = from->kind;
  info->size = from->size;
  info->align = from->align;
  info->length = from->length;
  info->code = from->code;
  info->ffi_elements = from->ffi_elements;
  info->own_ffi = from->own_ffi;
  if (from->ffi == &from->own_ffi) {
    info->ffi = &info->own_ffi;
    info->own_ffi.elements = info->ffi_elements.empty() ? nullptr : info->ffi_elements.data();
  } else {
    info->ffi = from->ffi;
  }
  for (auto [dst, src] : {std::pair{&info->proto, from->proto}, std::pair{&info->argtypes, from->argtypes},
                          std::pair{&info->restype, from->restype}, std::pair{&info->names, from->names}}) {
    incref(src);
    *dst = src;
  }
  info->flags = from->flags;
  return info;
}

int add_methods(Type* t, const MethodDef* methods) {
  for (const MethodDef* m = methods; m->name != nullptr; ++m) {
    Ref d = method_descriptor_new(t, m);
    if (!d || dict_set_str(t->dict, m->name, d.get()) < 0) return -1;
  }
  type_modified(t);
  return 0;
}

CTypeInfo* ctype_info(Value type) {
  if (!is_type(type)) return nullptr;
  Type* m = type_of(type);
  if (m == &type_type || !is_ctype_meta(m)) return nullptr;
  return static_cast<CTypeObject*>(type.as<Type>())->info;
}

bool is_cdata(Value v) { return v.is_object() && cdata_info(v) != nullptr; }

CDataObject* cdata_new_owned(Type* type, int64_t size) {
  CDataObject* o = new_object<CDataObject>(type, static_cast<size_t>(type->basic_size));
  if (o == nullptr) return nullptr;
  o->ptr = static_cast<char*>(std::calloc(static_cast<size_t>(size > 0 ? size : 1), 1));
  if (o->ptr == nullptr) {
    decref(o);
    raise_no_memory();
    return nullptr;
  }
  o->size = size;
  o->owns = true;
  return o;
}

CDataObject* cdata_new_at(Type* type, char* ptr, Value base) {
  CTypeInfo* info = ctype_info(Value::object(type));
  CDataObject* o = new_object<CDataObject>(type, static_cast<size_t>(type->basic_size));
  if (o == nullptr) return nullptr;
  o->ptr = ptr;
  o->size = info != nullptr ? info->size : 0;
  incref(base);
  o->base = base;
  return o;
}

Ref cdata_objects(Value self) {
  CDataObject* c = self.as<CDataObject>();
  while (!c->base.is_null() && is_cdata(c->base)) c = c->base.as<CDataObject>();
  if (c->keep.is_null()) {
    Dict* d = dict_new();
    if (d == nullptr) return nullptr;
    c->keep = Value::object(d);
  }
  return Ref::borrow(c->keep);
}

int cdata_keep(Value self, Value key, Value obj) {
  if (obj.is_null() || obj.is_none() || !obj.is_object()) return 0;
  Ref d = cdata_objects(self);
  if (!d) return -1;
  return dict_set(d.as<Dict>(), key, obj);
}

std::string ctype_name(Value type) {
  Type* t = type.as<Type>();
  return is_str(t->heap_name) ? str_to_std(t->heap_name.as<Str>()) : t->name;
}

Ref cdata_object_repr(Value self) {
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(self.as_object()));
  return str_from_utf8("<" + ctype_name(Value::object(type_of(self))) + " object at " + addr + ">");
}

int64_t ctype_sizeof(Value v) {
  CTypeInfo* info = ctype_info(v);
  if (info != nullptr) return info->size;
  if (is_cdata(v)) return v.as<CDataObject>()->size;
  fail(exc::TypeError, "this type has no size");
  return -1;
}

void init_ctype_meta(Type& meta, const char* name) {
  meta.refcnt = kImmortalRefcnt;
  meta.type = &type_type;
  meta.name = name;
  meta.base = &type_type;
  meta.basic_size = sizeof(CTypeObject);
  meta.flags = kTypeBaseType | kTypeGC;
  meta.dealloc = ctype_meta_dealloc;
  meta.traverse = ctype_meta_traverse;
  meta.clear = ctype_meta_clear;
  meta.number.multiply = ctype_multiply;
}

int finish_ctype_meta(Type& meta) {
  if (type_ready(&meta) < 0) return -1;
  return add_methods(&meta, kCDataClassMethods);
}

int finish_cdata_base(CTypeObject& t) {
  if (type_ready(&t) < 0) return -1;
  for (const GetSetDef* g = kCDataGetSets; g->name != nullptr; ++g) {
    Ref d = getset_descriptor_new(&t, g);
    if (!d || dict_set_str(t.dict, g->name, d.get()) < 0) return -1;
  }
  return add_methods(&t, kCDataMethods);
}

void init_cdata_base(CTypeObject& t, Type* meta, const char* name) {
  t.refcnt = kImmortalRefcnt;
  t.type = meta;
  t.name = name;
  t.base = &object_type;
  t.basic_size = sizeof(CDataObject);
  t.flags = kTypeBaseType | kTypeGC;
  CDataObject probe{};
  t.weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  t.dealloc = cdata_dealloc;
  t.traverse = cdata_traverse;
  t.clear = cdata_clear;
  t.hash = cdata_nohash;
  register_buffer_type(&t, cdata_buffer);
}

}  // namespace taipan
