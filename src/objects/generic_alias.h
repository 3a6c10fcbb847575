// types.GenericAlias (list[int]) and types.UnionType (int | str): the
// run-time objects of PEP 585 generics and PEP 604 unions.
#pragma once

#include "objects/type.h"

namespace taipan {

extern Type generic_alias_type;
extern Type union_type;

// origin[args] as a GenericAlias.
Ref generic_alias_new(Value origin, Value args);
// The __class_getitem__ classmethod of the generic built-in classes.
Ref generic_alias_class_getitem(Value cls, const Value* args, size_t nargs, Tuple* kwnames);
// a | b for types, None, aliases and unions; NotImplemented for anything else.
Ref union_or(Value a, Value b);

// Readies both types, and gives list, dict, tuple, set and frozenset their
// __class_getitem__ (type[...] is special-cased by getitem(), as in CPython,
// so that classes do not inherit it from their metaclass).
int init_generic_alias_types();

}  // namespace taipan
