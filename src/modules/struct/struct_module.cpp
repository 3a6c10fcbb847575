// The `_struct` module (what struct.py re-exports): the Struct type, its
// unpack iterator, the module functions over a cache of compiled formats,
// and struct.error. Formats are compiled once (struct_format.cpp); the
// module functions look the format object up in a dict of Structs, as
// CPython's do, so `struct.pack('<I', x)` in a loop costs one dict lookup.
#include <cstring>
#include <limits>
#include <string>

#include "modules/module_exception.h"
#include "modules/modules.h"
#include "modules/struct/struct_format.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

Type struct_type;
Type unpack_iterator_type;

struct StructObject : Object {
  StructLayout* layout;  // owned; null until __init__ ran
  Value format;          // the format as a str (owned)
  Value weakrefs;
};

struct UnpackIterator : Object {
  Value structure;  // the Struct (owned)
  Value buffer;     // the object unpacked (owned); null when exhausted
  int64_t offset;   // next record
};

StructObject* as_struct(Value v) { return v.as<StructObject>(); }

// The cache of the module functions: format object -> Struct. CPython
// empties it once it holds 100 formats.
constexpr int64_t kMaxCachedFormats = 100;
Dict* format_cache = nullptr;

// ---- Struct ----

// Compiles `format` (a str or bytes) into the Struct. 0 or -1.
int struct_set_format(StructObject* s, Value format) {
  std::string_view text;
  if (is_str(format)) {
    Str* f = format.as<Str>();
    if (!f->ascii) {
      encode(f, "ascii", "strict");  // raises CPython's UnicodeEncodeError
      return -1;
    }
    text = str_utf8(f);
  } else if (is_bytes(format)) {
    text = bytes_view(format.as<Bytes>());
  } else {
    return fail(exc::TypeError, std::string("Struct() argument 1 must be a str or bytes object, not ") +
                                    type_name_of(format));
  }
  // CPython replaces the format before compiling it, so a failed
  // __init__ leaves the new format with the old layout.
  Ref text_str = str_from_utf8(text);
  if (!text_str) return -1;
  Value old = s->format;
  s->format = text_str.release();
  decref(old);
  auto* layout = new StructLayout;
  if (!compile_struct_format(text, layout)) {
    delete layout;
    return -1;
  }
  delete s->layout;
  s->layout = layout;
  return 0;
}

Ref struct_new(Type* type, const Value*, size_t, Tuple*) {
  StructObject* s = new_object<StructObject>(type, static_cast<size_t>(type->basic_size));
  if (s == nullptr) return nullptr;
  s->layout = new StructLayout;
  s->format = Value::object(str_empty());
  incref(s->format);
  return Ref::steal(s);
}

int struct_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"format"};
  static const ArgSpec spec{"Struct", names, 1, 0, 1};
  Value format;
  if (!bind_args(spec, args, nargs, kwnames, &format)) return -1;
  return struct_set_format(as_struct(self), format);
}

void struct_dealloc(Object* o) {
  StructObject* s = static_cast<StructObject*>(o);
  delete s->layout;
  decref(s->format);
  free_object(o);
}

// A new Struct for `format`, as Struct(format) makes it.
Ref make_struct(Value format) {
  Ref s = struct_new(&struct_type, nullptr, 0, nullptr);
  if (!s || struct_set_format(s.as<StructObject>(), format) < 0) return nullptr;
  return s;
}

// The Struct for a format argument of a module function, from the cache.
Ref cached_struct(Value format) {
  Value hit = dict_get(format_cache, format);
  if (!hit.is_null()) return Ref::borrow(hit);
  if (error_occurred()) return nullptr;  // unhashable
  Ref s = make_struct(format);
  if (!s) return nullptr;
  if (dict_size(format_cache) >= kMaxCachedFormats) dict_clear(format_cache);
  if (dict_set(format_cache, format, *s) < 0) return nullptr;
  return s;
}

// The bytes an unpack reads: any C-contiguous bytes-like object.
bool read_buffer(Value v, Buffer* out) {
  if (!require_buffer(v, out)) return false;
  if (!out->copy.empty()) {
    raise(exc::BufferError, "memoryview: underlying buffer is not C-contiguous");
    return false;
  }
  return true;
}

Ref unpack_exact(StructObject* s, Value buffer) {
  Buffer b;
  if (!read_buffer(buffer, &b)) return nullptr;
  if (static_cast<int64_t>(b.data.size()) != s->layout->size) {
    return raise(struct_error, "unpack requires a buffer of " + std::to_string(s->layout->size) + " bytes");
  }
  return unpack_struct(*s->layout, reinterpret_cast<const unsigned char*>(b.data.data()));
}

// An offset argument (a C ssize_t).
bool offset_argument(Value v, int64_t* out) {
  Ref i = index(v);
  if (!i) return false;
  if (!int_to_int64(*i, out)) {
    raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

Ref unpack_at(StructObject* s, Value buffer, Value offset_arg) {
  Buffer b;
  if (!read_buffer(buffer, &b)) return nullptr;
  int64_t offset = 0;
  if (!offset_arg.is_null() && !offset_argument(offset_arg, &offset)) return nullptr;
  int64_t len = static_cast<int64_t>(b.data.size());
  int64_t size = s->layout->size;
  if (offset < 0) {
    if (offset + size > 0) {
      return raise(struct_error, "not enough data to unpack " + std::to_string(size) + " bytes at offset " +
                                     std::to_string(offset));
    }
    if (offset + len < 0) {
      return raise(struct_error, "offset " + std::to_string(offset) + " out of range for " + std::to_string(len) +
                                     "-byte buffer");
    }
    offset += len;
  }
  if (len - offset < size) {
    return raise(struct_error, "unpack_from requires a buffer of at least " + std::to_string(size + offset) +
                                   " bytes for unpacking " + std::to_string(size) + " bytes at offset " +
                                   std::to_string(offset) + " (actual buffer size is " + std::to_string(len) + ")");
  }
  return unpack_struct(*s->layout, reinterpret_cast<const unsigned char*>(b.data.data()) + offset);
}

Ref pack_values(StructObject* s, const Value* values, size_t n) {
  if (static_cast<int64_t>(n) != s->layout->items) {
    return raise(struct_error, "pack expected " + std::to_string(s->layout->items) + " items for packing (got " +
                                   std::to_string(n) + ")");
  }
  if (s->layout->size > std::numeric_limits<int64_t>::max() - 64) {
    return raise(exc::OverflowError, "byte string is too large");
  }
  Bytes* out = bytes_alloc(s->layout->size);
  if (out == nullptr) return nullptr;
  Ref result = Ref::steal(out);
  std::memset(out->data, 0, static_cast<size_t>(s->layout->size));
  if (pack_struct(*s->layout, values, out->data) < 0) return nullptr;
  return result;
}

// pack_into(buffer, offset, *values) once the format is known.
Ref pack_values_into(StructObject* s, const Value* args, size_t nargs) {
  int64_t items = s->layout->items;
  if (static_cast<int64_t>(nargs) != items + 2) {
    if (nargs == 0) return raise(struct_error, "pack_into expected buffer argument");
    if (nargs == 1) return raise(struct_error, "pack_into expected offset argument");
    return raise(struct_error, "pack_into expected " + std::to_string(items) + " items for packing (got " +
                                   std::to_string(nargs - 2) + ")");
  }
  Buffer b;
  if (!get_buffer(args[0], &b) || b.readonly || !b.copy.empty()) {
    if (error_occurred()) return nullptr;
    return raise(exc::TypeError, std::string("argument must be read-write bytes-like object, not ") +
                                     type_name_of(args[0]));
  }
  int64_t offset;
  if (!offset_argument(args[1], &offset)) return nullptr;
  int64_t len = static_cast<int64_t>(b.data.size());
  int64_t size = s->layout->size;
  if (offset < 0) {
    if (offset + size > 0) {
      return raise(struct_error, "no space to pack " + std::to_string(size) + " bytes at offset " +
                                     std::to_string(offset));
    }
    if (offset + len < 0) {
      return raise(struct_error, "offset " + std::to_string(offset) + " out of range for " + std::to_string(len) +
                                     "-byte buffer");
    }
    offset += len;
  }
  if (len - offset < size) {
    return raise(struct_error, "pack_into requires a buffer of at least " + std::to_string(size + offset) +
                                   " bytes for packing " + std::to_string(size) + " bytes at offset " +
                                   std::to_string(offset) + " (actual buffer size is " + std::to_string(len) + ")");
  }
  // A writable buffer's bytes are the exporter's own memory.
  auto* target = reinterpret_cast<unsigned char*>(const_cast<char*>(b.data.data())) + offset;
  std::memset(target, 0, static_cast<size_t>(size));
  if (pack_struct(*s->layout, args + 2, target) < 0) return nullptr;
  return Ref::none();
}

Ref make_unpack_iterator(Value structure, Value buffer) {
  StructObject* s = as_struct(structure);
  Buffer b;
  if (!read_buffer(buffer, &b)) return nullptr;
  int64_t size = s->layout->size;
  if (size == 0) return raise(struct_error, "cannot iteratively unpack with a struct of length 0");
  if (static_cast<int64_t>(b.data.size()) % size != 0) {
    return raise(struct_error, "iterative unpacking requires a buffer of a multiple of " + std::to_string(size) +
                                   " bytes");
  }
  UnpackIterator* it = new_object<UnpackIterator>(&unpack_iterator_type);
  if (it == nullptr) return nullptr;
  incref(structure);
  incref(buffer);
  it->structure = structure;
  it->buffer = buffer;
  return Ref::steal(it);
}

Ref s_pack(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("Struct.pack", kwnames)) return nullptr;
  return pack_values(as_struct(self), args, nargs);
}

Ref s_pack_into(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("Struct.pack_into", kwnames)) return nullptr;
  return pack_values_into(as_struct(self), args, nargs);
}

bool positional_count(const char* name, const char* qualified, size_t nargs, Tuple* kwnames, size_t expected) {
  if (!no_keywords(qualified, kwnames)) return false;
  if (nargs == expected) return true;
  raise(exc::TypeError, std::string(name) + " expected " + std::to_string(expected) + " argument" +
                            (expected == 1 ? "" : "s") + ", got " + std::to_string(nargs));
  return false;
}

Ref s_unpack(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if ((nargs != 1 || kwnames != nullptr) && !check_arity("Struct", "unpack", Arity::One, nargs, kwnames, 1, 1)) {
    return nullptr;
  }
  return unpack_exact(as_struct(self), args[0]);
}

Ref s_unpack_from(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"buffer", "offset"};
  static const ArgSpec spec{"unpack_from", names, 2, 0, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  return unpack_at(as_struct(self), a[0], a[1]);
}

Ref s_iter_unpack(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity("Struct", "iter_unpack", Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  return make_unpack_iterator(self, args[0]);
}

Ref s_sizeof(Value self, const Value*, size_t, Tuple*) {
  StructObject* s = as_struct(self);
  return Ref::small_int(static_cast<int64_t>(type_of(self)->basic_size) +
                        static_cast<int64_t>(s->layout->codes.size() * sizeof(StructCode)));
}

const MethodDef kStructMethods[] = {
    {"pack", s_pack, kMethodInstance, "S.pack(v1, v2, ...) -> bytes"},
    {"pack_into", s_pack_into, kMethodInstance, "S.pack_into(buffer, offset, v1, v2, ...)"},
    {"unpack", s_unpack, kMethodInstance, "Return a tuple containing unpacked values."},
    {"unpack_from", s_unpack_from, kMethodInstance, "Return a tuple containing unpacked values."},
    {"iter_unpack", s_iter_unpack, kMethodInstance, "Return an iterator yielding tuples."},
    {"__sizeof__", s_sizeof, kMethodInstance, "S.__sizeof__() -> size of S in memory, in bytes"},
    {nullptr, nullptr, 0, nullptr},
};

Ref get_format(Value self) { return Ref::borrow(as_struct(self)->format); }
Ref get_size(Value self) { return int_from_int64(as_struct(self)->layout->size); }

const GetSetDef kStructGetSets[] = {
    {"format", get_format, nullptr, "struct format string"},
    {"size", get_size, nullptr, "struct size in bytes"},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---- The unpack iterator ----

void iterator_dealloc(Object* o) {
  UnpackIterator* it = static_cast<UnpackIterator*>(o);
  decref(it->structure);
  decref(it->buffer);
  free_object(o);
}

void iterator_traverse(Object* o, VisitFn visit, void* arg) {
  UnpackIterator* it = static_cast<UnpackIterator*>(o);
  visit(it->structure, arg);
  visit(it->buffer, arg);
}

void iterator_clear(Object* o) {
  UnpackIterator* it = static_cast<UnpackIterator*>(o);
  Value buffer = it->buffer;
  it->buffer = Value();
  decref(buffer);
}

Ref iterator_next(Value self) {
  UnpackIterator* it = self.as<UnpackIterator>();
  if (it->buffer.is_null()) return nullptr;
  StructLayout& layout = *as_struct(it->structure)->layout;
  Buffer b;
  if (!get_buffer(it->buffer, &b)) return nullptr;
  if (it->offset + layout.size > static_cast<int64_t>(b.data.size())) {
    iterator_clear(it);
    return nullptr;
  }
  Ref values = unpack_struct(layout, reinterpret_cast<const unsigned char*>(b.data.data()) + it->offset);
  it->offset += layout.size;
  return values;
}

Ref iterator_length_hint(Value self, const Value*, size_t, Tuple*) {
  UnpackIterator* it = self.as<UnpackIterator>();
  if (it->buffer.is_null()) return Ref::small_int(0);
  Buffer b;
  if (!get_buffer(it->buffer, &b)) return nullptr;
  int64_t left = static_cast<int64_t>(b.data.size()) - it->offset;
  return Ref::small_int(left > 0 ? left / as_struct(it->structure)->layout->size : 0);
}

Ref iterator_new(Type*, const Value*, size_t, Tuple*) {
  return raise(exc::TypeError, "Cannot create 'unpack_iterator objects");
}

const MethodDef kIteratorMethods[] = {
    {"__length_hint__", iterator_length_hint, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- Module functions ----

Ref m_pack(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_struct.pack", kwnames)) return nullptr;
  if (nargs == 0) return raise(exc::TypeError, "missing format argument");
  Ref s = cached_struct(args[0]);
  if (!s) return nullptr;
  return pack_values(s.as<StructObject>(), args + 1, nargs - 1);
}

Ref m_pack_into(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_struct.pack_into", kwnames)) return nullptr;
  if (nargs == 0) return raise(exc::TypeError, "missing format argument");
  Ref s = cached_struct(args[0]);
  if (!s) return nullptr;
  return pack_values_into(s.as<StructObject>(), args + 1, nargs - 1);
}

Ref m_unpack(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!positional_count("unpack", "_struct.unpack", nargs, kwnames, 2)) return nullptr;
  Ref s = cached_struct(args[0]);
  if (!s) return nullptr;
  return unpack_exact(s.as<StructObject>(), args[1]);
}

Ref m_unpack_from(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"", "buffer", "offset"};
  static const ArgSpec spec{"unpack_from", names, 3, 1, 2};
  Value a[3];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Ref s = cached_struct(a[0]);
  if (!s) return nullptr;
  return unpack_at(s.as<StructObject>(), a[1], a[2]);
}

Ref m_iter_unpack(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!positional_count("iter_unpack", "_struct.iter_unpack", nargs, kwnames, 2)) return nullptr;
  Ref s = cached_struct(args[0]);
  if (!s) return nullptr;
  return make_unpack_iterator(*s, args[1]);
}

Ref m_calcsize(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_struct.calcsize", kwnames)) return nullptr;
  if (nargs != 1) {
    return raise(exc::TypeError, "_struct.calcsize() takes exactly one argument (" + std::to_string(nargs) +
                                     " given)");
  }
  Ref s = cached_struct(args[0]);
  if (!s) return nullptr;
  return int_from_int64(s.as<StructObject>()->layout->size);
}

Ref m_clearcache(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("_struct", "_clearcache", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  dict_clear(format_cache);
  return Ref::none();
}

const MethodDef kFunctions[] = {
    {"pack", m_pack, kMethodInstance, "pack(format, v1, v2, ...) -> bytes"},
    {"pack_into", m_pack_into, kMethodInstance, "pack_into(format, buffer, offset, v1, v2, ...)"},
    {"unpack", m_unpack, kMethodInstance, "Return a tuple containing values unpacked according to the format."},
    {"unpack_from", m_unpack_from, kMethodInstance, "Return a tuple containing values unpacked from a buffer."},
    {"iter_unpack", m_iter_unpack, kMethodInstance, "Return an iterator yielding tuples unpacked from a buffer."},
    {"calcsize", m_calcsize, kMethodInstance, "Return size in bytes of the struct described by the format."},
    {"_clearcache", m_clearcache, kMethodInstance, "Clear the internal cache."},
    {nullptr, nullptr, 0, nullptr},
};

constexpr const char* kModuleDoc =
    "Functions to convert between Python values and C structs.\n"
    "Python bytes objects are used to hold the data representing the C struct\n"
    "and also as format strings (explained below) to describe the layout of data\n"
    "in the C struct.\n";

int init_struct_types() {
  if (type_has_flag(&struct_type, kTypeReady)) return 0;
  Type& t = struct_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_struct.Struct";
  t.basic_size = sizeof(StructObject);
  t.flags = kTypeBaseType;
  t.base = &object_type;
  StructObject probe{};
  t.weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  t.dealloc = struct_dealloc;
  t.new_ = struct_new;
  t.init = struct_init;
  t.methods = kStructMethods;
  t.getsets = kStructGetSets;
  t.doc = "Struct(format)\n--\n\nCreate a compiled struct object.";
  if (type_ready(&t) < 0) return -1;

  Type& i = unpack_iterator_type;
  i.refcnt = kImmortalRefcnt;
  i.type = &type_type;
  i.name = "_struct.unpack_iterator";
  i.basic_size = sizeof(UnpackIterator);
  i.flags = kTypeGC;
  i.base = &object_type;
  i.dealloc = iterator_dealloc;
  i.traverse = iterator_traverse;
  i.clear = iterator_clear;
  i.new_ = iterator_new;
  i.iter = iter_self;
  i.next = iterator_next;
  i.methods = kIteratorMethods;
  return type_ready(&i);
}

}  // namespace

Ref make_struct_module() {
  if (init_struct_types() < 0) return nullptr;
  if (struct_error == nullptr) {
    struct_error = new_exception_class("struct", "error", {exc::Exception});
    if (struct_error == nullptr) return nullptr;
  }
  if (format_cache == nullptr) {
    format_cache = dict_new();
    if (format_cache == nullptr) return nullptr;
  }
  Ref module = module_new("_struct", true);
  Ref doc = str_from_utf8(kModuleDoc);
  if (!module || !doc || module_add_functions(*module, kFunctions) < 0 ||
      module_add(*module, "__doc__", *doc) < 0 ||
      module_add(*module, "Struct", Value::object(&struct_type)) < 0 ||
      module_add(*module, "error", Value::object(struct_error)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
