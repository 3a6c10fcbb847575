// array.array: a growable C array of one machine type, chosen by a type code
// (b B u h H i I l L q Q f d with x86-64 Linux sizes; 'u' is a 4-byte
// wchar_t). Shared by the files of src/modules/array/: the item
// conversions (array_items.cpp), the type (array_type.cpp) and the module
// with its pickling support (array_module.cpp).
#pragma once

#include <string_view>

#include "objects/type.h"

namespace taipan {

// What a type code stores and how its items convert.
struct ArrayDescr {
  char code;
  int itemsize;
  bool is_signed;
  int machine_format;  // the pickle format code of the native layout
};

struct ArrayObject : Object {
  const ArrayDescr* descr;
  int64_t size;      // items
  int64_t capacity;  // items allocated
  char* data;        // owned (malloc); null when capacity is 0
  int64_t exports;   // live buffer views: resizing is refused while > 0
  Value weakrefs;
};

extern Type array_type;

inline bool is_array(Value v) { return v.is_object() && type_is_subtype(v.as_object()->type, &array_type); }

// The descriptor of a type code, or null.
const ArrayDescr* array_descr(char code);
// "bBuhHiIlLqQfd"
extern const char kArrayTypecodes[];

// Item i as a Python value.
Ref array_item(const ArrayObject* a, int64_t i);
// Converts v into the bytes of one item at p (CPython's messages). 0 or -1.
int array_store(const ArrayDescr* d, Value v, char* p);

// A new empty array of the given type (array.array or a subclass).
ArrayObject* array_new_empty(Type* type, const ArrayDescr* d);
// Grows or shrinks to n items (the new items are zero). 0 or -1
// (BufferError while exported, MemoryError).
int array_resize(ArrayObject* a, int64_t n);
// Appends the items packed in `bytes` (a whole number of items). 0 or -1.
int array_append_bytes(ArrayObject* a, std::string_view bytes);
// Appends every item of an iterable. 0 or -1.
int array_extend_iterable(ArrayObject* a, Value iterable);

inline std::string_view array_bytes(const ArrayObject* a) {
  return {a->data, static_cast<size_t>(a->size * a->descr->itemsize)};
}

// The pickling helper array._array_reconstructor(arraytype, typecode, mformat_code, items).
Ref array_reconstructor(Value module, const Value* args, size_t nargs, Tuple* kwnames);
// The built-in function object of _array_reconstructor (set by the module).
extern Value array_reconstructor_function;

extern Type array_iterator_type;
int init_array_types();

}  // namespace taipan
