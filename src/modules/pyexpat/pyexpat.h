// The `pyexpat` module over libexpat (xml.parsers.expat, and through it
// ElementTree, minidom, SAX and plistlib): the xmlparser type, whose
// handlers are Python callables called from expat's callbacks, and the
// module with its `errors` and `model` submodules.
#pragma once

#include "objects/type.h"

namespace taipan::pyexpat {

extern Type parser_type;
extern Type* expat_error;  // xml.parsers.expat.ExpatError

int init_parser_type();
// ParserCreate(encoding=None, namespace_separator=None, intern=<new dict>)
Ref parser_create(Value module, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace taipan::pyexpat
