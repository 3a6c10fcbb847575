// The `_json` module, the accelerator of CPython's json package: the
// scanner (make_scanner, scanstring) that json.decoder drives, and the
// encoder (make_encoder, encode_basestring, encode_basestring_ascii) that
// json.encoder uses for compact output.
#pragma once

#include "objects/type.h"

namespace taipan::json {

extern Type scanner_type;  // _json.make_scanner
extern Type encoder_type;  // _json.make_encoder

int init_scanner_type();
int init_encoder_type();

// scanstring(string, end, strict=True) -> (str, end after the closing quote)
Ref py_scanstring(Value module, const Value* args, size_t nargs, Tuple* kwnames);
// encode_basestring(s) and encode_basestring_ascii(s): s as a JSON string literal.
Ref py_encode_basestring(Value module, const Value* args, size_t nargs, Tuple* kwnames);
Ref py_encode_basestring_ascii(Value module, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace taipan::json
