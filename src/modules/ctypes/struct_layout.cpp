// Structure and Union, their metaclasses, and the layout of _fields_: each
// field's offset as GCC on x86-64 places it (alignment, _pack_, bit fields
// packed into units of their type), the CField descriptors that read and
// write a field, the ffi_type a structure is passed by value with, and the
// instances' __init__ (positional values in field order, then keywords).
#include <algorithm>
#include <cstring>
#include <string>

#include "modules/ctypes/ctypes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

CTypeObject cstruct_type, cunion_type;
Type cfield_type;

namespace {

struct CFieldObject : Object {
  CFieldInfo f;
  Value type;  // owned
  int64_t index;
};

// ---- CField ----

uint64_t field_mask(int bits) { return bits >= 64 ? ~uint64_t{0} : (uint64_t{1} << bits) - 1; }

// The storage unit of a bit field as a native integer (a byte-swapped
// type's unit is stored reversed).
uint64_t load_unit(const CFieldInfo& f, char code, const char* p) {
  unsigned char bytes[8] = {};
  std::memcpy(bytes, p, static_cast<size_t>(f.size));
  if ((code & kSwappedCode) != 0) std::reverse(bytes, bytes + f.size);
  uint64_t unit = 0;
  std::memcpy(&unit, bytes, 8);
  return unit;
}

void store_unit(const CFieldInfo& f, char code, char* p, uint64_t unit) {
  unsigned char bytes[8];
  std::memcpy(bytes, &unit, 8);
  if ((code & kSwappedCode) != 0) std::reverse(bytes, bytes + f.size);
  std::memcpy(p, bytes, static_cast<size_t>(f.size));
}

Ref field_get_bits(const CFieldInfo& f, char code, const char* p) {
  uint64_t v = (load_unit(f, code, p) >> f.bit_offset) & field_mask(f.bit_count);
  char plain = static_cast<char>(code & ~kSwappedCode);
  if (std::strchr("bhilq", plain) != nullptr && f.bit_count < 64 && (v >> (f.bit_count - 1)) != 0) {
    return int_from_int64(static_cast<int64_t>(v | ~field_mask(f.bit_count)));
  }
  if (plain == '?') return Ref::boolean(v != 0);
  return int_from_uint64(v);
}

int field_set_bits(const CFieldInfo& f, char code, char* p, Value v) {
  char tmp[8] = {};
  Ref keep;
  if (simple_set(static_cast<char>(code & ~kSwappedCode), tmp, v, &keep) < 0) return -1;
  uint64_t nv = 0;
  std::memcpy(&nv, tmp, 8);
  uint64_t mask = field_mask(f.bit_count) << f.bit_offset;
  uint64_t unit = (load_unit(f, code, p) & ~mask) | ((nv << f.bit_offset) & mask);
  store_unit(f, code, p, unit);
  return 0;
}

Ref cfield_get(Value descr, Value obj, Type*) {
  if (obj.is_null() || obj.is_none()) return Ref::borrow(descr);
  CFieldObject* fo = descr.as<CFieldObject>();
  if (!is_cdata(obj)) return raise(exc::TypeError, "not a ctype instance");
  CDataObject* c = obj.as<CDataObject>();
  char* p = c->ptr + fo->f.offset;
  if (fo->f.bit_count != 0) return field_get_bits(fo->f, ctype_info(fo->type)->code, p);
  return cdata_get(fo->type, p, obj);
}

int cfield_set(Value descr, Value obj, Value v) {
  CFieldObject* fo = descr.as<CFieldObject>();
  if (v.is_null()) return fail(exc::TypeError, "can't delete attribute");
  if (!is_cdata(obj)) return fail(exc::TypeError, "not a ctype instance");
  CDataObject* c = obj.as<CDataObject>();
  char* p = c->ptr + fo->f.offset;
  if (fo->f.bit_count != 0) return field_set_bits(fo->f, ctype_info(fo->type)->code, p, v);
  return cdata_set(obj, fo->type, p, v, Value::small_int(fo->index));
}

Ref cfield_repr(Value self) {
  CFieldObject* fo = self.as<CFieldObject>();
  std::string s = "<Field type=" + ctype_name(fo->type) + ", ofs=" + std::to_string(fo->f.offset);
  if (fo->f.bit_count != 0) {
    s += ":" + std::to_string(fo->f.bit_offset) + ", bits=" + std::to_string(fo->f.bit_count) + ">";
  } else {
    s += ", size=" + std::to_string(fo->f.size) + ">";
  }
  return str_from_utf8(s);
}

Ref cfield_offset(Value self) { return int_from_int64(self.as<CFieldObject>()->f.offset); }
Ref cfield_size(Value self) {
  const CFieldInfo& f = self.as<CFieldObject>()->f;
  if (f.bit_count != 0) return int_from_int64((int64_t{f.bit_count} << 16) | f.bit_offset);
  return int_from_int64(f.size);
}

const GetSetDef kFieldGetSets[] = {
    {"offset", cfield_offset, nullptr, "offset in bytes of this field"},
    {"size", cfield_size, nullptr, "size in bytes of this field"},
    {nullptr, nullptr, nullptr, nullptr},
};

void cfield_dealloc(Object* o) {
  decref(static_cast<CFieldObject*>(o)->type);
  free_object(o);
}

void cfield_traverse(Object* o, VisitFn visit, void* arg) { visit(static_cast<CFieldObject*>(o)->type, arg); }

void cfield_clear(Object* o) {
  CFieldObject* fo = static_cast<CFieldObject*>(o);
  Value t = fo->type;
  fo->type = Value();
  decref(t);
}

Ref cfield_new(const CFieldInfo& f, Value type, int64_t index) {
  CFieldObject* fo = new_object<CFieldObject>(&cfield_type);
  if (fo == nullptr) return nullptr;
  fo->f = f;
  incref(type);
  fo->type = type;
  fo->index = index;
  return Ref::steal(fo);
}

// ---- Layout ----

ffi_type* unit_ffi(int64_t align) {
  switch (align) {
    case 1: return &ffi_type_uint8;
    case 2: return &ffi_type_uint16;
    case 4: return &ffi_type_uint32;
    default: return &ffi_type_uint64;
  }
}

// The fields' ffi element list: each field's type (array fields as their
// items, repeated), or for unions units of the union's alignment.
void append_ffi(CTypeInfo* info, const CTypeInfo* fi) {
  if (fi->kind == CKind::Array) {
    const CTypeInfo* item = fi;
    int64_t count = 1;
    while (item->kind == CKind::Array) {
      count *= item->length;
      item = ctype_info(item->proto);
    }
    for (int64_t i = 0; i < count; ++i) info->ffi_elements.push_back(item->ffi);
    return;
  }
  info->ffi_elements.push_back(fi->ffi);
}

void finish_ffi(CTypeInfo* info, bool is_union) {
  if (is_union || info->ffi_elements.empty()) {
    info->ffi_elements.clear();
    int64_t a = std::max<int64_t>(info->align, 1);
    for (int64_t i = 0; i < (info->size + a - 1) / a; ++i) info->ffi_elements.push_back(unit_ffi(a));
  }
  info->ffi_elements.push_back(nullptr);
  info->own_ffi = ffi_type{};
  info->own_ffi.size = static_cast<size_t>(info->size);
  info->own_ffi.alignment = static_cast<unsigned short>(std::max<int64_t>(info->align, 1));
  info->own_ffi.type = FFI_TYPE_STRUCT;
  info->own_ffi.elements = info->ffi_elements.data();
  info->ffi = &info->own_ffi;
}

// _anonymous_: the fields of each named structure or union field become
// fields of this type too, at their offsets within it.
int promote_anonymous(Type* t) {
  Ref anon = getattr_optional(Value::object(t), intern("_anonymous_"));
  if (!anon) return error_occurred() ? -1 : 0;
  Ref names = tuple_from_iterable(*anon);
  if (!names) return -1;
  Tuple* items = names.as<Tuple>();
  for (int64_t i = 0; i < items->size; ++i) {
    Value name = items->items[i];
    Value descr = is_str(name) ? dict_get_str(t->dict, name.as<Str>()) : Value();
    if (descr.is_null() || type_of(descr) != &cfield_type) {
      Ref s = str(name);
      if (!s) return -1;
      return fail(exc::AttributeError, "type object '" + ctype_name(Value::object(t)) + "' has no attribute '" +
                                           str_to_std(s.as<Str>()) + "'");
    }
    CFieldObject* outer = descr.as<CFieldObject>();
    CTypeInfo* inner = ctype_info(outer->type);
    if (inner == nullptr || inner->names.is_null()) continue;
    Tuple* inner_names = inner->names.as<Tuple>();
    for (int64_t k = 0; k < inner_names->size; ++k) {
      Value fd = type_lookup(outer->type.as<Type>(), inner_names->items[k].as<Str>());
      if (fd.is_null() || type_of(fd) != &cfield_type) continue;
      CFieldObject* f = fd.as<CFieldObject>();
      CFieldInfo moved = f->f;
      moved.offset += outer->f.offset;
      Ref promoted = cfield_new(moved, f->type, outer->index);
      if (!promoted || dict_set(t->dict, inner_names->items[k], *promoted) < 0) return -1;
    }
  }
  return 0;
}

std::string pair_message() { return "'_fields_' must be a sequence of pairs"; }

}  // namespace

Value struct_field_type(Value type, Str* name) {
  Value descr = type_lookup(type.as<Type>(), name);
  return !descr.is_null() && type_of(descr) == &cfield_type ? descr.as<CFieldObject>()->type : Value();
}

int struct_set_fields(Type* t, Value fields) {
  CTypeObject* ct = static_cast<CTypeObject*>(t);
  bool is_union = type_is_subtype(type_of(Value::object(t)), &union_meta);
  if (ct->info != nullptr && ct->info->final) return fail(exc::AttributeError, "_fields_ is final");
  int64_t pack = 0;
  Ref pack_v = getattr_optional(Value::object(t), intern("_pack_"));
  if (pack_v) {
    if (!is_int(*pack_v) || !int_to_int64(*pack_v, &pack) || pack < 0) {
      clear_error();
      return fail(exc::ValueError, "_pack_ must be a non-negative integer");
    }
  } else if (error_occurred()) {
    return -1;
  }
  Ref seq = tuple_from_iterable(fields);
  if (!seq) {
    if (error_matches(exc::TypeError)) {
      clear_error();
      return fail(exc::TypeError, pair_message());
    }
    return -1;
  }
  auto* info = new CTypeInfo;
  std::unique_ptr<CTypeInfo, void (*)(CTypeInfo*)> guard(info, info_free);
  info->kind = is_union ? CKind::Union : CKind::Struct;
  // Fields of a base structure come first.
  CTypeInfo* base_info = ctype_info(Value::object(t->base));
  List* names = list_new(0);
  if (names == nullptr) return -1;
  Ref names_ref = Ref::steal(names);
  int64_t bitpos = 0;
  int64_t first_index = 0;
  if (base_info != nullptr && base_info->size > 0 && !is_union) {
    bitpos = base_info->size * 8;
    info->align = base_info->align;
    info->ffi_elements = base_info->ffi_elements;
    if (!info->ffi_elements.empty()) info->ffi_elements.pop_back();
    if (!base_info->names.is_null() && list_extend(names, base_info->names) < 0) return -1;
    first_index = static_cast<int64_t>(names->size);
  }
  info->align = std::max<int64_t>(info->align, 1);
  Tuple* items = seq.as<Tuple>();
  for (int64_t i = 0; i < items->size; ++i) {
    Value item = items->items[i];
    if (!is_tuple(item) || item.as<Tuple>()->size < 2 || item.as<Tuple>()->size > 3 ||
        !is_str(item.as<Tuple>()->items[0]) || (item.as<Tuple>()->size == 3 && !is_int(item.as<Tuple>()->items[2]))) {
      return fail(exc::TypeError, "'_fields_' must be a sequence of (name, C type) pairs");
    }
    Tuple* pair = item.as<Tuple>();
    Value name = pair->items[0], ftype = pair->items[1];
    CTypeInfo* fi = ctype_info(ftype);
    if (fi == nullptr || fi->kind == CKind::None) {
      return fail(exc::TypeError, "second item in _fields_ tuple (index " + std::to_string(i) + ") must be a C type");
    }
    int64_t fsize = fi->size, falign = fi->align;
    if (pack > 0) falign = std::min(falign, pack);
    falign = std::max<int64_t>(falign, 1);
    CFieldInfo f{0, fsize, 0, 0, ftype};
    if (pair->size == 3) {
      int64_t bits;
      char plain = static_cast<char>(fi->code & ~kSwappedCode);
      if (!(fi->kind == CKind::Simple && plain != 0 && std::strchr("bBhHiIlLqQ?", plain) != nullptr)) {
        return fail(exc::TypeError, "bit fields not allowed for type " + ctype_name(ftype));
      }
      if (!arg_to_index(pair->items[2], &bits)) return -1;
      if (bits <= 0 || bits > fsize * 8) return fail(exc::ValueError, "number of bits invalid for bit field");
      int64_t unit_bits = fsize * 8;
      if (is_union) bitpos = 0;
      if (bitpos % unit_bits + bits > unit_bits) bitpos = (bitpos + unit_bits - 1) / unit_bits * unit_bits;
      f.offset = bitpos / unit_bits * fsize;
      f.bit_offset = static_cast<int>(bitpos - f.offset * 8);
      f.bit_count = static_cast<int>(bits);
      if (f.bit_offset == 0) append_ffi(info, fi);  // the first field of a unit
      // A big-endian unit numbers its bits from the top, as CPython's does.
      if ((fi->code & kSwappedCode) != 0) f.bit_offset = static_cast<int>(unit_bits - f.bit_offset - bits);
      bitpos += bits;
    } else {
      int64_t offset = is_union ? 0 : ((bitpos + 7) / 8 + falign - 1) / falign * falign;
      f.offset = offset;
      append_ffi(info, fi);
      bitpos = is_union ? std::max(bitpos, (offset + fsize) * 8) : (offset + fsize) * 8;
    }
    if (is_union) info->size = std::max(info->size, (f.offset + fsize));
    info->align = std::max(info->align, falign);
    Ref descr = cfield_new(f, ftype, first_index + i);
    if (!descr || dict_set(t->dict, name, descr.get()) < 0) return -1;
    if (list_append(names, name) < 0) return -1;
  }
  if (!is_union) info->size = (bitpos + 7) / 8;
  info->size = (info->size + info->align - 1) / info->align * info->align;
  finish_ffi(info, is_union);
  info->final = true;
  info->names = list_as_tuple(names).release();
  info_free(ct->info);
  ct->info = guard.release();
  if (promote_anonymous(t) < 0) return -1;
  type_modified(t);
  return 0;
}

namespace {

Ref struct_new(Type* type, const Value*, size_t, Tuple*) {
  CTypeInfo* info = ctype_info(Value::object(type));
  if (info == nullptr) return raise(exc::TypeError, "abstract class");
  info->final = true;
  CDataObject* o = cdata_new_owned(type, info->size);
  return o == nullptr ? nullptr : Ref::steal(o);
}

int struct_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  CTypeInfo* info = cdata_info(self);
  Tuple* names = info->names.is_null() ? empty_tuple() : info->names.as<Tuple>();
  if (static_cast<int64_t>(nargs) > names->size) return fail(exc::TypeError, "too many initializers");
  for (size_t i = 0; i < nargs; ++i) {
    if (setattr(self, names->items[i].as<Str>(), args[i]) < 0) return -1;
  }
  int64_t nkw = kwnames == nullptr ? 0 : kwnames->size;
  for (int64_t k = 0; k < nkw; ++k) {
    Value key = kwnames->items[k];
    for (size_t i = 0; i < nargs; ++i) {
      if (str_equal(names->items[i].as<Str>(), key.as<Str>())) {
        return fail(exc::TypeError, "duplicate values for field '" + str_to_std(key.as<Str>()) + "'");
      }
    }
    if (setattr(self, key.as<Str>(), args[nargs + static_cast<size_t>(k)]) < 0) return -1;
  }
  return 0;
}

Ref struct_meta_new(Type* meta, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref t = type_type.new_(meta, args, nargs, kwnames);
  if (!t) return nullptr;
  Type* tp = t.as<Type>();
  Value fields = dict_get_str(tp->dict, intern("_fields_"));
  if (!fields.is_null()) {
    // Through setattr, as CPython does, so that a metaclass's __setattr__
    // (ctypes._endian's, which swaps the fields' byte order) sees them.
    Ref hold = Ref::borrow(fields);
    if (setattr(*t, intern("_fields_"), *hold) < 0) return nullptr;
    return t;
  }
  CTypeInfo* base_info = ctype_info(Value::object(tp->base));
  CTypeInfo* info = base_info != nullptr ? info_copy(base_info) : new CTypeInfo;
  if (base_info != nullptr) base_info->final = true;
  info->final = false;
  bool is_union = type_is_subtype(meta, &union_meta);
  info->kind = is_union ? CKind::Union : CKind::Struct;
  if (base_info == nullptr || base_info->kind == CKind::None) {
    info->align = 1;
    finish_ffi(info, is_union);
  }
  static_cast<CTypeObject*>(tp)->info = info;
  return t;
}

int struct_meta_setattr(Value self, Str* name, Value v) {
  if (!v.is_null() && str_equal(name, intern("_fields_"))) {
    CTypeObject* ct = static_cast<CTypeObject*>(self.as<Type>());
    if (ct->info != nullptr && ct->info->final) return fail(exc::AttributeError, "_fields_ is final");
    if (type_type.setattr(self, name, v) < 0) return -1;
    return struct_set_fields(self.as<Type>(), v);
  }
  return type_type.setattr(self, name, v);
}

Ref struct_from_param(Value cls, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "from_param() takes exactly one argument");
  int inst = isinstance(args[0], cls);
  if (inst < 0) return nullptr;
  if (inst) return Ref::borrow(args[0]);
  if (type_of(args[0]) == &carg_type) return Ref::borrow(args[0]);
  Ref as_param = getattr_optional(args[0], intern("_as_parameter_"));
  if (as_param) return as_param;
  if (error_occurred()) return nullptr;
  return raise(exc::TypeError, "expected " + ctype_name(cls) + " instance instead of " + type_name_of(args[0]));
}

const MethodDef kStructMetaMethods[] = {
    {"from_param", struct_from_param, kMethodInstance, "Convert a Python object into a function call parameter."},
    {nullptr, nullptr, 0, nullptr},
};

int init_meta(Type& meta, const char* name) {
  init_ctype_meta(meta, name);
  meta.new_ = struct_meta_new;
  meta.setattr = struct_meta_setattr;
  meta.methods = kStructMetaMethods;
  return finish_ctype_meta(meta);
}

int init_base(CTypeObject& t, Type* meta, const char* name) {
  init_cdata_base(t, meta, name);
  t.new_ = struct_new;
  t.init = struct_init;
  return finish_cdata_base(t);
}

}  // namespace

int init_struct_types() {
  cfield_type.refcnt = kImmortalRefcnt;
  cfield_type.type = &type_type;
  cfield_type.name = "_ctypes.CField";
  cfield_type.base = &object_type;
  cfield_type.basic_size = sizeof(CFieldObject);
  cfield_type.flags = kTypeGC;
  cfield_type.dealloc = cfield_dealloc;
  cfield_type.traverse = cfield_traverse;
  cfield_type.clear = cfield_clear;
  cfield_type.descr_get = cfield_get;
  cfield_type.descr_set = cfield_set;
  cfield_type.repr = cfield_repr;
  cfield_type.getsets = kFieldGetSets;
  if (type_ready(&cfield_type) < 0) return -1;
  if (init_meta(struct_meta, "_ctypes.PyCStructType") < 0 || init_meta(union_meta, "_ctypes.UnionType") < 0) return -1;
  return init_base(cstruct_type, &struct_meta, "_ctypes.Structure") < 0 ||
                 init_base(cunion_type, &union_meta, "_ctypes.Union") < 0
             ? -1
             : 0;
}

}  // namespace taipan
