// The compiled form of a struct format string ("<2hxq10s") and the packing
// and unpacking of values by it, with CPython's sizes, alignment and error
// messages (x86-64 Linux native sizes). Shared by the _struct module's
// functions and its Struct type.
#pragma once

#include <string_view>
#include <vector>

#include "objects/type.h"

namespace taipan {

// struct.error (set up by the module before any format is compiled).
extern Type* struct_error;

// One run of items of the same format character.
struct StructCode {
  char format;       // the format character ('x' never appears: pads are gaps)
  uint8_t size;      // bytes per item
  bool little;       // byte order of the packed bytes
  bool native_rule;  // packed by CPython's native functions (their range messages)
  int64_t offset;    // where the first item starts
  int64_t count;     // items in the run, or the byte length of an 's'/'p' field
};

struct StructLayout {
  std::vector<StructCode> codes;
  int64_t size = 0;   // bytes packed
  int64_t items = 0;  // values packed or unpacked
};

// Compiles a format (the bytes of the format string). False with
// struct.error set ("bad char in struct format" ...).
bool compile_struct_format(std::string_view format, StructLayout* out);

// Packs layout.items values into out[0..layout.size), which the caller has
// zeroed. 0 or -1 (struct.error, OverflowError ...).
int pack_struct(const StructLayout& layout, const Value* values, unsigned char* out);

// The tuple of values packed in data[0..layout.size).
Ref unpack_struct(const StructLayout& layout, const unsigned char* data);

}  // namespace taipan
