// str.format / str.format_map (the replacement-field syntax) and format(str, spec).
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan {

Ref str_format_call(Str*, const Value*, size_t, Tuple*, Value) { return raise(exc::NotImplementedError, "str.format"); }
Ref str_format_spec(Str*, Str*) { return raise(exc::NotImplementedError, "format(str)"); }

}  // namespace taipan
