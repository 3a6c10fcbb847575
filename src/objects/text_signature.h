// CPython's convention for the docstrings of native code: a docstring that
// starts "name(signature)\n--\n\n" carries the signature inspect reads
// (__text_signature__) ahead of the documentation proper (__doc__).
#pragma once

#include "objects/value.h"

namespace taipan {

// __doc__ of a native callable or static type called `name` (a dotted name
// counts by its last part): the docstring without its signature, None when
// nothing is left.
Ref native_doc(const char* name, const char* doc);

// __text_signature__: "(...)" from the docstring's signature, or None.
Ref native_text_signature(const char* name, const char* doc);

}  // namespace taipan
