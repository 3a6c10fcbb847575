// printf-style formatting: str % args and bytes % args share one engine.
#include "objects/bytes.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan {

Ref str_percent_format(Str*, Value) { return raise(exc::NotImplementedError, "str %"); }
Ref bytes_percent_format(std::string_view, Value, bool) { return raise(exc::NotImplementedError, "bytes %"); }

}  // namespace taipan
