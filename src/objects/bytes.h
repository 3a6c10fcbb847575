// bytes, bytearray and memoryview: immutable and mutable byte strings, and the
// buffer view over them. `Buffer` is the one way native code reads the bytes
// of any bytes-like object (bytes, bytearray, memoryview).
#pragma once

#include <string>
#include <string_view>

#include "objects/type.h"

namespace taipan {

struct Bytes : Object {
  int64_t size;
  int64_t hash;  // -1 until computed
  alignas(8) unsigned char data[];  // size bytes, then a 0
};

struct ByteArray : Object {
  int64_t size;
  int64_t capacity;
  unsigned char* data;  // owned; null when capacity is 0
  int64_t exports;      // live memoryviews: resizing is refused while > 0
};

struct MemoryView : Object {
  Value obj;        // the exporter (owned); null once released
  int64_t offset;   // first byte in the exporter
  int64_t length;   // items in the view
  int64_t step;     // bytes between the starts of consecutive items in the exporter
  bool readonly;
  bool released;
  char format;      // the struct-style item format: 'B' for bytes, an array's type code ...
  int itemsize;     // bytes per item
};

extern Type bytes_type;
extern Type bytearray_type;
extern Type memoryview_type;
extern Type bytes_iterator_type;

inline bool is_bytes(Value v) {
  return v.is_object() && (v.as_object()->type == &bytes_type ||
                           type_has_flag(v.as_object()->type, kTypeBytesSubclass));
}
inline bool is_bytearray(Value v) {
  return v.is_object() && (v.as_object()->type == &bytearray_type ||
                           type_is_subtype(v.as_object()->type, &bytearray_type));
}
inline bool is_memoryview(Value v) {
  return v.is_object() && v.as_object()->type == &memoryview_type;
}

// New bytes objects. bytes_from_string copies; bytes_alloc leaves n bytes for
// the caller to fill (null + MemoryError on failure).
Ref bytes_from_string(std::string_view data);
Bytes* bytes_alloc(int64_t n);
inline std::string_view bytes_view(const Bytes* b) {
  return {reinterpret_cast<const char*>(b->data), static_cast<size_t>(b->size)};
}
Ref bytearray_from_string(std::string_view data);
// Appends to a bytearray; 0 or -1 (BufferError while exported, MemoryError).
int bytearray_append_bytes(ByteArray* a, std::string_view data);
inline std::string_view bytearray_view(const ByteArray* a) {
  return {reinterpret_cast<const char*>(a->data), static_cast<size_t>(a->size)};
}

// A read view of the bytes of a bytes-like object. For memoryviews with a step
// the bytes are gathered into `copy`. Valid while the object lives unchanged.
struct Buffer {
  std::string_view data;
  bool readonly = true;
  std::string copy;
  // What the items are (memoryview's format and itemsize), and the
  // exporter's count of live views, which pins its size (null: none kept).
  char format = 'B';
  int itemsize = 1;
  int64_t* exports = nullptr;
};
// True if v supports the buffer protocol (and fills `out`); false with no
// exception set otherwise.
bool get_buffer(Value v, Buffer* out);
// Lets another type (array.array, ...) expose its bytes to get_buffer() and
// memoryview(); a writable exporter's bytes may be written through
// data.data() while its size is pinned.
using BufferGetter = bool (*)(Value v, Buffer* out);
void register_buffer_type(Type* type, BufferGetter getter);
// Like get_buffer, but raises TypeError "a bytes-like object is required, not 'X'".
bool require_buffer(Value v, Buffer* out);

// bytes % args (shares the engine with str % args).
Ref bytes_percent_format(std::string_view format, Value args, bool as_bytearray);
// repr(b'..') text for the given bytes; bytearray's repr escapes ' even
// inside double quotes (always_escape_single_quote), as CPython does.
std::string bytes_repr_text(std::string_view data, bool always_escape_single_quote = false);

int64_t bytes_hash(Bytes* b);

// ---- Shared by bytes, bytearray and memoryview (bytes.cpp, bytes_methods.cpp) ----

// The bytes of a memoryview (gathered into out->copy when it has a step);
// false with ValueError set once released.
bool memoryview_buffer(MemoryView* m, Buffer* out);
// An int 0..255 from an item ("byte must be in range(0, 256)").
bool bytes_item_value(Value item, unsigned char* out);
// The bytes of an iterable of ints 0..255 (`range_message` for a ValueError).
bool bytes_from_iterable(Value iterable, const char* range_message, std::string* out);
// The bytes that bytes(source, encoding, errors) / bytearray(...) hold; the
// arguments may be null when not given. `fname` is "bytes" or "bytearray".
bool bytes_source(const char* fname, Value source, Value encoding, Value errors, std::string* out);
// Slot bodies parameterised by the result type (bytearray or bytes).
Ref bytes_like_richcompare(std::string_view a, Value other, CompareOp op);
Ref bytes_like_getitem(Value self, std::string_view data, Value key, bool bytearray);
int bytes_like_contains(std::string_view data, Value item);
Ref bytes_like_concat(Value a, Value b, bool bytearray);
Ref bytes_like_repeat(Value a, Value b, bool bytearray);
Ref bytes_like_iter(Value self);
// The methods bytes and bytearray share (ending with a null entry).
const MethodDef* bytes_shared_methods();

int init_bytes_type();
int init_bytearray_type();
int init_memoryview_type();

}  // namespace taipan
